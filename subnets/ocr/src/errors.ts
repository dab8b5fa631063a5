/** Errors of the OCR subnet: a code, a short message and details (STYLE.md). */
export type OcrErrorCode =
  /** The request's image is not a decodable PNG (or is too large). */
  | 'INVALID_IMAGE'
  /** An option is out of range. */
  | 'INVALID_OPTIONS'
  /** The OCR engine failed or was closed. */
  | 'ENGINE_FAILED'
  /** The caller's deadline passed before the work started. */
  | 'ABORTED';

export class OcrError extends Error {
  override name = 'OcrError';
  constructor(
    readonly code: OcrErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
