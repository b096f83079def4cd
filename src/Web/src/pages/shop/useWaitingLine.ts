import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/ApiError';
import type { WaitingStatus } from '../../api/types';
import { useServices } from '../../AppServices';
import { isPassing, pollDelayMs } from './waitingRoom';

export type LineState =
  | { kind: 'joining' }
  | { kind: 'waiting'; status: WaitingStatus; rejoined: boolean }
  | { kind: 'admitted'; status: WaitingStatus }
  | { kind: 'over' }
  | { kind: 'failed'; error: unknown };

/**
 * Keeps a place in a sale's line: joins, checks in every `pollAfterSeconds`, joins again when the place was
 * released (EXPIRED, or a 403 for a position token that expired), and calls `onAdmitted` once with the admission token. `onSaleOver` is called when the sale is
 * no longer active (the order needs no token then). Unmounting — leaving the page — stops the check-ins at once.
 * `attempt` restarts the line after a failure.
 */
export function useWaitingLine(saleId: string, attempt: number, onAdmitted: (token: string) => void, onSaleOver: () => void): LineState {
  const { api } = useServices();
  const [state, setState] = useState<LineState>({ kind: 'joining' });
  const callbacks = useRef({ onAdmitted, onSaleOver });
  callbacks.current = { onAdmitted, onSaleOver };

  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let rejoined = false;
    setState({ kind: 'joining' });

    // The check-in; null when the place is gone. A position token refused (403) once is taken as expired and the
    // shopper joins again; refused again right after a join, it is a failure to show (a forged or foreign token).
    let refusedAfterJoin = true;
    const checkIn = async (token: string): Promise<WaitingStatus | null> => {
      try {
        const status = await api.checkWaitingRoom(saleId, token, controller.signal);
        refusedAfterJoin = false;
        return status;
      } catch (error) {
        if (!(error instanceof ApiError) || error.status !== 403 || refusedAfterJoin) throw error;
        refusedAfterJoin = true;
        return null;
      }
    };
    const next = (token: string | null, delayMs: number) => {
      timer = setTimeout(() => void step(token), delayMs);
    };
    const step = async (token: string | null) => {
      try {
        let status = token ? await checkIn(token) : await api.joinWaitingRoom(saleId, controller.signal);
        if (status === null || status.state === 'EXPIRED') {
          rejoined = true;
          status = await api.joinWaitingRoom(saleId, controller.signal);
        }
        if (controller.signal.aborted) return;
        if (status.state === 'ADMITTED' && status.admissionToken) {
          setState({ kind: 'admitted', status });
          callbacks.current.onAdmitted(status.admissionToken);
          return;
        }
        setState({ kind: 'waiting', status, rejoined });
        next(status.positionToken, pollDelayMs(status));
      } catch (error) {
        if (controller.signal.aborted) return;
        if (isPassing(error)) {
          next(token, 5000); // the network or the server hiccuped: keep the place and check in again
        } else if (error instanceof ApiError && error.status === 404) {
          setState({ kind: 'over' });
          callbacks.current.onSaleOver();
        } else {
          setState({ kind: 'failed', error });
        }
      }
    };
    void step(null);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [api, saleId, attempt]);

  return state;
}
