/** `node --import tsx packages/indexer/src/bin.ts --node ws://… --db FILE --port N`: the indexer as a process. */
import { indexerCommand } from './cli.js';

process.exitCode = await indexerCommand(process.argv.slice(2));
