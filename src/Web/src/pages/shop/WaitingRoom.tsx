import { useState } from 'react';
import { Link } from 'react-router';
import { placeInLine } from './waitingRoom';
import { useWaitingLine, type LineState } from './useWaitingLine';

export interface WaitingRoomProps {
  saleId: string;
  /** Places the order with the admission token (called once per admission). */
  onAdmitted: (admissionToken: string) => void;
  /** The sale ended while waiting: the order goes through without a token. */
  onSaleOver: () => void;
}

/**
 * The checkout's waiting room on a sales day: the shopper's place in line, announced politely as it moves, and the
 * order placed by itself once the shopper is let in. Loaded only when a sale asks for it (a lazy chunk).
 */
export default function WaitingRoom({ saleId, onAdmitted, onSaleOver }: WaitingRoomProps) {
  const [attempt, setAttempt] = useState(0);
  const line = useWaitingLine(saleId, attempt, onAdmitted, onSaleOver);
  return (
    <section aria-labelledby="waiting-heading" className="waiting-room">
      <h2 id="waiting-heading">You're in line</h2>
      <p>Lots of shoppers are checking out right now, so we let them in a few at a time, in the order they arrived.</p>
      <div role="status" aria-live="polite" className="waiting-status">
        <LineWords line={line} />
      </div>
      {line.kind === 'failed' ? (
        <div className="notice notice-error" role="alert">
          <p>We couldn't confirm your place in line. Join the line again to keep going — your order has not been placed.</p>
          <button type="button" onClick={() => setAttempt((n) => n + 1)}>
            Join the line again
          </button>
        </div>
      ) : (
        <p className="hint">Keep this page open: your order is placed by itself when it's your turn. Leaving the page gives up your place.</p>
      )}
      <p>
        <Link to="/cart">Leave the line and go back to the cart</Link>
      </p>
    </section>
  );
}

function LineWords({ line }: { line: LineState }) {
  switch (line.kind) {
    case 'joining':
      return <p>Finding your place in line…</p>;
    case 'waiting':
      return (
        <>
          <p className="waiting-place">{placeInLine(line.status)}</p>
          {line.rejoined && <p>This page stopped checking in for a while, so you have a new place in line.</p>}
        </>
      );
    case 'admitted':
      return <p className="waiting-place">It's your turn! Placing your order…</p>;
    case 'over':
      return <p>The sale's line has closed. Placing your order…</p>;
    case 'failed':
      return <p>Your place in line could not be confirmed.</p>;
  }
}
