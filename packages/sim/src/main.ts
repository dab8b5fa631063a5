/**
 * Standalone entry: `npx tsx packages/sim/src/main.ts sim run halving --out /tmp/x`
 * (the leading "sim" is optional). Same commands as `tensorium sim`.
 */
import { simCommand } from './cli.js';

process.exitCode = await simCommand(process.argv.slice(2));
