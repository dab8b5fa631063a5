// Worker entry when running from TypeScript sources: Node 20 loads a worker's entry module before
// `--import` hooks apply, so register tsx's loader here, then load the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./verifyWorker.ts');
