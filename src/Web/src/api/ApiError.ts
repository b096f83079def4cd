import type { Problem } from './types';

/** A failed API call: the HTTP status and the problem details (RFC 9457) the API sent, if any. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  /** Field name (camelCase path such as `shipping.address.city`) → messages, from a 422. */
  get fieldErrors(): Record<string, string[]> {
    return this.problem.errors ?? {};
  }
}
