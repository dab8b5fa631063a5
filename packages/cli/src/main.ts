/** Entry point of the `tensorium` bin. */
import { run } from './program.js';

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`tensorium: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = 1;
  },
);
