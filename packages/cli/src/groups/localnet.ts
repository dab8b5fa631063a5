/**
 * `tensorium localnet up`: a whole local network in one command (node, subnets with staked validators
 * and miners of three qualities, indexer and explorer) — the same code as `npm start`
 * (scripts/localnet.ts), loaded only when the command runs.
 */
import type { Command } from 'commander';
import type { CommandGroup } from '../command.js';
import { Output } from '../output.js';

interface UpOpts {
  port?: string;
  explorerPort?: string;
  dir?: string;
  subnets?: string;
  validators?: string;
  blocks?: string;
  epochs?: string;
  explorer?: boolean;
  json?: boolean;
}

/** commander options → the script's argv (one parser, in scripts/localnet.ts). */
export function toLocalnetArgv(o: UpOpts): string[] {
  const argv: string[] = [];
  const pairs: [keyof UpOpts, string][] = [['port', '--port'], ['explorerPort', '--explorer-port'], ['dir', '--dir'], ['subnets', '--subnets'], ['validators', '--validators'], ['blocks', '--blocks'], ['epochs', '--epochs']];
  for (const [k, flag] of pairs) if (o[k] !== undefined) argv.push(flag, String(o[k]));
  if (o.explorer === false) argv.push('--no-explorer');
  if (o.json) argv.push('--json');
  return argv;
}

function register(cmd: Command): void {
  cmd
    .command('up')
    .description('start a dev node, subnets, validators, miners, indexer and explorer in this process (Ctrl-C stops)')
    .option('--port <n>', 'node RPC port (0 = any free port)', '9944')
    .option('--explorer-port <n>', 'indexer API and explorer port (0 = any free port)', '3000')
    .option('--dir <dir>', 'wallets (kept), indexer database and neuron state (reset every run)', '.localnet')
    .option('--subnets <list>', 'subnets to create: template,ocr,pretrain (default: all that are ready)')
    .option('--validators <n>', 'validators per subnet', '2')
    .option('--blocks <n>', 'stop after N blocks')
    .option('--epochs <n>', 'stop after N epochs of the first subnet')
    .option('--no-explorer', 'do not build or serve the explorer')
    .action(async (_o: UpOpts, c: Command) => {
      const opts = c.optsWithGlobals() as UpOpts;
      try {
        const { runLocalnet, parseLocalnetArgs } = await import('../../../../scripts/localnet.js');
        process.exitCode = await runLocalnet(parseLocalnetArgs(toLocalnetArgv(opts)));
      } catch (e) {
        process.exitCode = new Output(Boolean(opts.json)).failure(e);
      }
    });
}

export const group: CommandGroup = { name: 'localnet', description: 'a whole local network in one command (`tensorium localnet up`)', order: 85, register };
