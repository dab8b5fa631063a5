/** Errors of the subnet framework: a stable code, a short message, a remedy and details. */
import { TensoriumError } from '../client/errors.js';

export type SubnetErrorCode = 'NOT_REGISTERED' | 'NO_SERVING_ADDRESS' | 'INVALID_TASK_OUTPUT' | 'STATE_UNREADABLE' | 'ALREADY_STARTED';

export class SubnetError extends TensoriumError {
  override name = 'SubnetError';
  constructor(code: SubnetErrorCode, message: string, details: Readonly<Record<string, unknown>> = {}, remedy?: string) {
    super(code, message, { details, remedy });
  }
}
