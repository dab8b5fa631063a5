/** Errors of the pretraining subnet: a code, a short message and details (STYLE.md). */
export type PretrainErrorCode =
  /** The model file is not in the `TPM1` format or its parts do not add up. */
  | 'BAD_MODEL_FILE'
  /** The model loads but breaks a rule of the competition (layers, shapes, size). */
  | 'MODEL_NOT_ALLOWED'
  /** The served bytes do not hash to the committed hash. */
  | 'HASH_MISMATCH'
  /** A commitment string is not `pt1:<sha256 hex>`. */
  | 'BAD_COMMITMENT'
  /** The miner did not serve its model (transport error, refusal, timeout, bad chunks). */
  | 'FETCH_FAILED'
  | 'BAD_PARAMETER';

export class PretrainError extends Error {
  override name = 'PretrainError';
  constructor(
    readonly code: PretrainErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
