import { ApiError } from './ApiError';

/**
 * Words a shopper understands for any failure. Server `detail`s are written for people (for example "Only 3
 * units of Starfall Vanguard are available."), so conflicts and validation failures show them; everything else
 * gets a plain sentence, with the trace id for support when the server failed.
 */
export function errorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) {
    if (error instanceof TypeError) {
      return "We can't reach Git Goods right now. Check your connection and try again.";
    }
    return error instanceof Error && error.message ? error.message : 'Something went wrong. Please try again.';
  }
  const detail = error.problem.detail;
  switch (error.status) {
    case 400:
      return detail ?? "Something in that request wasn't right. Please check it and try again.";
    case 401:
      return 'Please sign in to continue.';
    case 403:
      return "Your account doesn't have access to this.";
    case 404:
      return "We couldn't find that. It may have been removed.";
    case 409:
      return detail ?? 'That changed while you were looking. Please refresh and try again.';
    case 412:
      return 'Someone changed this while you were editing. Reload it to see their change, then try again.';
    case 413:
      return 'That is too much to send at once.';
    case 422:
      return Object.keys(error.fieldErrors).length > 0 || !detail ? 'Some details need fixing — see the highlighted fields.' : detail;
    case 429:
      return 'Lots of shoppers right now. Please try again in a moment.';
    default: {
      const reference = error.problem.traceId ? ` (reference ${error.problem.traceId})` : '';
      return `Something went wrong on our side. Please try again${reference}.`;
    }
  }
}
