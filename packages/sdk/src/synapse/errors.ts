/** Errors of the synapse protocol: a code, a short message, the HTTP status it maps to and details (STYLE.md). */
export type SynapseErrorCode =
  | 'INVALID_DEFINITION'
  | 'BAD_REQUEST'
  | 'UNKNOWN_SYNAPSE'
  | 'NOT_VERIFIED'
  | 'BLACKLISTED'
  | 'RATE_LIMITED'
  | 'PAYLOAD_TOO_LARGE'
  | 'TIMEOUT'
  | 'OVERLOADED'
  | 'INTERNAL'
  | 'UNAVAILABLE'
  | 'BAD_RESPONSE'
  | 'RESPONSE_NOT_VERIFIED'
  | 'HTTP_ERROR'
  | 'INVALID_TENSOR';

/** Default HTTP status per code (axon answers; dendrite's synthetic codes follow Python's DENDRITE_ERROR_MAPPING). */
export const STATUS_OF: Readonly<Record<SynapseErrorCode, number>> = {
  INVALID_DEFINITION: 500,
  BAD_REQUEST: 400,
  UNKNOWN_SYNAPSE: 404,
  NOT_VERIFIED: 401,
  BLACKLISTED: 403,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
  TIMEOUT: 408,
  OVERLOADED: 503,
  INTERNAL: 500,
  UNAVAILABLE: 503,
  BAD_RESPONSE: 422,
  RESPONSE_NOT_VERIFIED: 401,
  HTTP_ERROR: 500,
  INVALID_TENSOR: 400,
};

export class SynapseError extends Error {
  override name = 'SynapseError';
  readonly statusCode: number;
  constructor(
    readonly code: SynapseErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
    statusCode?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.statusCode = statusCode ?? STATUS_OF[code];
  }
}

/** Map an HTTP status received from an axon to the closest error code. */
export function codeOfStatus(status: number): SynapseErrorCode {
  switch (status) {
    case 400:
      return 'BAD_REQUEST';
    case 401:
      return 'NOT_VERIFIED';
    case 403:
      return 'BLACKLISTED';
    case 404:
      return 'UNKNOWN_SYNAPSE';
    case 408:
      return 'TIMEOUT';
    case 413:
      return 'PAYLOAD_TOO_LARGE';
    case 429:
      return 'RATE_LIMITED';
    case 503:
      return 'UNAVAILABLE';
    case 500:
      return 'INTERNAL';
    default:
      return 'HTTP_ERROR';
  }
}
