/** Errors of the simulator: a code, a short message and structured details (STYLE.md). */
export type SimErrorCode =
  | 'SCENARIO_NOT_FOUND'
  | 'SCENARIO_PARSE'
  | 'SCENARIO_INVALID'
  | 'SETUP_FAILED'
  | 'USAGE';

export class SimError extends Error {
  constructor(
    readonly code: SimErrorCode,
    readonly shortMessage: string,
    readonly details: Readonly<Record<string, unknown>> = {},
    options?: { cause?: unknown },
  ) {
    super(`${code}: ${shortMessage}`, options);
    this.name = 'SimError';
  }
}
