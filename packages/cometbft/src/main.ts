/** `npx tsx packages/cometbft/src/main.ts testnet --validators 4` or `… app …` (see cli.ts). */
import { appCommand, testnetCommand } from './cli.js';

const [cmd, ...rest] = process.argv.slice(2);
const run = cmd === 'testnet' ? testnetCommand : cmd === 'app' ? appCommand : undefined;
if (!run) {
  console.error('usage: main.ts testnet --validators N [...] | main.ts app [...]');
  process.exit(1);
}
process.exit(await run(rest));
