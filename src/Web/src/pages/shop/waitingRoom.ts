import { ApiError } from '../../api/ApiError';
import type { ActiveSale, Cart, WaitingStatus } from '../../api/types';

const waitingRoomProblem = 'https://gitgoods.dev/problems/waiting-room';

/** The sale named by POST /api/orders' 403 waiting-room problem, or null for any other failure. */
export function waitingRoomSale(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.status !== 403) return null;
  return error.problem.type === waitingRoomProblem && error.problem.saleId ? error.problem.saleId : null;
}

/** The active sales covering a line of the cart (a sale without products covers the whole shop), in saleId order as the order route checks them. */
export function salesCovering(sales: readonly ActiveSale[] | undefined, cart: Cart): string[] {
  return (sales ?? [])
    .filter((s) => s.productIds === null || cart.items.some((line) => s.productIds!.includes(line.productId)))
    .map((s) => s.saleId)
    .sort();
}

/** "You are number 12 in line — 3 ahead of you, about 2 min", in the words the waiting room shows. */
export function placeInLine(status: WaitingStatus): string {
  const ahead = status.aheadOfYou === 1 ? '1 shopper ahead of you' : `${status.aheadOfYou} shoppers ahead of you`;
  return `You are number ${status.position} in line — ${ahead}, ${aboutWait(status.estimatedWaitSeconds)}.`;
}

function aboutWait(seconds: number): string {
  if (seconds < 60) return 'less than a minute to go';
  const minutes = Math.round(seconds / 60);
  return minutes === 1 ? 'about 1 min' : `about ${minutes} min`;
}

/** The check-in interval in milliseconds: as the server asks, never faster than once a second. */
export function pollDelayMs(status: WaitingStatus): number {
  return Math.max(1, status.pollAfterSeconds) * 1000;
}

/** Failures worth checking in again for (the network, a busy or failing server), rather than stopping. */
export function isPassing(error: unknown): boolean {
  if (error instanceof TypeError) return true;
  return error instanceof ApiError && (error.status === 429 || error.status >= 500);
}
