/**
 * `tensorium localnet up|status|down|reset`: a whole local network in one command (node, subnets with staked validators
 * and miners of three qualities, indexer and explorer) — the same code as `npm start`
 * (scripts/localnet.ts), loaded only when the command runs.
 */
import type { Command } from 'commander';
import type { CommandGroup } from '../command.js';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { action } from '../command.js';
import { CliError, Output } from '../output.js';

type ScriptModule = typeof import('../../../../scripts/localnet.js');
const script = (): Promise<ScriptModule> => import('../../../../scripts/localnet.js');

interface UpOpts {
  port?: string;
  rpcPort?: string;
  explorerPort?: string;
  dir?: string;
  scenario?: string;
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
  const pairs: [keyof UpOpts, string][] = [['rpcPort', '--port'], ['port', '--port'], ['explorerPort', '--explorer-port'], ['dir', '--dir'], ['scenario', '--scenario'], ['subnets', '--subnets'], ['validators', '--validators'], ['blocks', '--blocks'], ['epochs', '--epochs']];
  for (const [k, flag] of pairs) if (o[k] !== undefined) argv.push(flag, String(o[k]));
  if (o.explorer === false) argv.push('--no-explorer');
  if (o.json) argv.push('--json');
  return argv;
}

function register(cmd: Command): void {
  registerState(cmd);
  cmd
    .command('up')
    .description('start a dev node, subnets, validators and miners (one supervised process each, logs in <dir>/logs), indexer and explorer (Ctrl-C stops all)')
    .option('--rpc-port <n>', 'node RPC port (0 = any free port; default 9944)')
    .option('--port <n>', 'alias of --rpc-port')
    .option('--explorer-port <n>', 'indexer API and explorer port (0 = any free port)', '3000')
    .option('--dir <dir>', 'wallets (kept), indexer database, neuron state and logs (reset every run)', '.localnet')
    .option('--scenario <file>', 'a JSON scenario: subnets, validators and stakes, miners, extra wallets and stakes (see scripts/localnet/scenario.ts)')
    .option('--subnets <list>', 'only these subnets of the scenario (default: template,ocr,pretrain — those ready)')
    .option('--validators <n>', 'validators per subnet of the default scenario (default 2)')
    .option('--blocks <n>', 'stop after N blocks')
    .option('--epochs <n>', 'stop after N epochs of the first subnet')
    .option('--no-explorer', 'do not build or serve the explorer')
    .action(async (_o: UpOpts, c: Command) => {
      const opts = c.optsWithGlobals() as UpOpts;
      try {
        const { runLocalnet, parseLocalnetArgs } = await script();
        process.exitCode = await runLocalnet(parseLocalnetArgs(toLocalnetArgv(opts)));
      } catch (e) {
        process.exitCode = new Output(Boolean(opts.json)).failure(e);
      }
    });
}

function registerState(cmd: Command): void {
  cmd
    .command('status')
    .description('whether a localnet runs from --dir, and where (node head, explorer, subnets)')
    .option('--dir <dir>', 'the localnet directory', '.localnet')
    .action(
      action<{ dir: string }>(async (_ctx, o) => {
        const state = (await script()).readLocalnetState(o.dir);
        if (!state) return { data: { running: false, dir: resolve(o.dir) }, human: `no localnet is running from ${resolve(o.dir)} (start one: tensorium localnet up)` };
        const http = state.node.replace(/^ws/, 'http');
        const res = await fetch(http, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'chain_getHeader', params: [] }), signal: AbortSignal.timeout(5000) });
        const head = ((await res.json()) as { result?: { number?: string } }).result?.number;
        const block = head === undefined ? null : Number.parseInt(head, 16);
        const lines = [`localnet running (pid ${state.pid}) since ${state.startedAt}, block #${block ?? '?'}`, `  node      ${state.node}`, `  explorer  ${state.explorer ?? '(not built)'}`, `  api       ${state.api}`, `  wallets   ${state.wallets}`, `  logs      ${state.logs}`, ...state.subnets.map((x) => `  subnet ${x.netuid} ${x.name}`), ...state.processes.map((p) => `  process   ${p.name} pid ${p.pid ?? '-'}  ${p.logFile}`)];
        return { data: { running: true, block, ...state }, human: lines.join('\n') };
      }),
    );
  cmd
    .command('down')
    .description('stop the localnet running from --dir (it stops its node, neurons and indexer cleanly)')
    .option('--dir <dir>', 'the localnet directory', '.localnet')
    .action(
      action<{ dir: string }>(async (_ctx, o) => {
        const { readLocalnetState } = await script();
        const state = readLocalnetState(o.dir);
        if (!state) return { data: { stopped: false, running: false }, human: `no localnet is running from ${resolve(o.dir)}` };
        process.kill(state.pid, 'SIGTERM');
        for (let i = 0; i < 150 && readLocalnetState(o.dir); i++) await new Promise((r) => setTimeout(r, 100));
        if (readLocalnetState(o.dir)) throw new CliError('LOCALNET_STILL_RUNNING', `the localnet (pid ${state.pid}) did not stop within 15 s`, `kill ${state.pid}`, { pid: state.pid });
        return { data: { stopped: true, pid: state.pid }, human: `stopped the localnet (pid ${state.pid})` };
      }),
    );
  cmd
    .command('reset')
    .description('delete the localnet directory (wallets, databases, neuron state); refuses while it runs')
    .option('--dir <dir>', 'the localnet directory', '.localnet')
    .action(
      action<{ dir: string }>(async (_ctx, o) => {
        const state = (await script()).readLocalnetState(o.dir);
        if (state) throw new CliError('LOCALNET_RUNNING', `a localnet (pid ${state.pid}) is running from ${state.dir}`, 'stop it first: tensorium localnet down', { pid: state.pid });
        const dir = resolve(o.dir);
        rmSync(dir, { recursive: true, force: true });
        return { data: { removed: dir }, human: `removed ${dir}` };
      }),
    );
}

export const group: CommandGroup = { name: 'localnet', description: 'a whole local network in one command (`tensorium localnet up`)', order: 85, register };
