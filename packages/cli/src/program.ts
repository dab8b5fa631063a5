/**
 * The `tensorium` command: global flags, the command groups found in ./groups, JSON-aware usage
 * errors, and `tensorium node …` handed unchanged to @tensorium/node's CLI.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Command, CommanderError, Option } from 'commander';
import type { CommandGroup } from './command.js';
import { Output } from './output.js';

const GROUPS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'groups');

/** Every `groups/*.ts` (not tests) exporting `group`, sorted by `order` then name. */
export async function loadGroups(dir = GROUPS_DIR): Promise<CommandGroup[]> {
  const files = readdirSync(dir).filter((f) => /\.(ts|js|mjs)$/.test(f) && !/\.test\.|\.d\.ts$|^_/.test(f));
  const groups: CommandGroup[] = [];
  for (const f of files.sort()) {
    const mod = (await import(pathToFileURL(join(dir, f)).href)) as { group?: CommandGroup };
    if (mod.group) groups.push(mod.group);
  }
  return groups.sort((a, b) => (a.order ?? 100) - (b.order ?? 100) || a.name.localeCompare(b.name));
}

export async function buildProgram(): Promise<Command> {
  const program = new Command('tensorium')
    .description('Tensorium: wallets, subnets, staking and weights on a Bittensor-compatible chain')
    .version('0.1.0')
    .showHelpAfterError()
    .option('--json', 'one JSON document on stdout: {"ok":true,"data":…} or {"ok":false,"error":{code,message,remedy,details}}')
    .option('--network <name|url>', 'network name (local, finney, test) or ws(s):// URL (env TENSORIUM_ENDPOINT)')
    .option('--endpoint <url>', 'ws(s):// endpoint (same as --network)')
    .option('-p, --wallet-path <dir>', 'wallets directory (env TENSORIUM_WALLET_PATH; default ~/.bittensor/wallets)')
    .option('--wallet-name <name>', 'wallet name (default "default")')
    .addOption(new Option('--name <name>', 'alias of --wallet-name'))
    .option('-H, --hotkey <name>', 'hotkey name within the wallet (default "default")')
    .option('--password-file <file>', 'read the key password from FILE (or env TENSORIUM_PASSWORD)')
    .option('--no-password', 'create keys unencrypted')
    .option('-y, --yes', 'do not ask for confirmation (implied by --json)')
    .option('--wait-for-finalization', 'wait until the block is finalized, not just included')
    .option('-q, --quiet', 'no human output on success')
    .option('--verbose', 'show library warnings');
  for (const g of await loadGroups()) {
    const cmd = program.command(g.name).description(g.description);
    if (g.aliases) cmd.aliases([...g.aliases]);
    g.register(cmd);
  }
  return program;
}

/** `tensorium <name> …` handed to another package's own argument parser. */
const DELEGATED: Readonly<Record<string, (args: string[]) => Promise<number>>> = {
  sim: async (args) => (await import('@tensorium/sim/cli')).simCommand(args),
  testnet: async (args) => (await import('@tensorium/cometbft/cli')).testnetCommand(args),
  'cometbft-app': async (args) => (await import('@tensorium/cometbft/cli')).appCommand(args),
  indexer: async (args) => (await import('@tensorium/indexer/cli')).indexerCommand(args),
};

/** Run `tensorium` with `argv` (without node and script); resolves with the exit code. */
export async function run(argv: readonly string[]): Promise<number> {
  if (argv[0] === 'node') {
    // `tensorium node …` is @tensorium/node's own CLI, untouched (loaded only when used).
    const { main } = await import('@tensorium/node/cli');
    try {
      await main([...argv]);
    } catch (e) {
      // the same fatal line packages/node/bin/tensorium.mjs prints
      process.stderr.write(JSON.stringify({ level: 'error', time: Date.now(), msg: 'fatal', err: (e as Error)?.message ?? String(e) }) + '\n');
      return 1;
    }
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  }
  // commands owned by other packages take their arguments unchanged (loaded only when used)
  const delegated = DELEGATED[argv[0] ?? ''];
  if (delegated) {
    try {
      return await delegated(argv.slice(1));
    } catch (e) {
      process.stderr.write(JSON.stringify({ level: 'error', time: Date.now(), msg: 'fatal', err: (e as Error)?.message ?? String(e) }) + '\n');
      return 1;
    }
  }
  const json = argv.includes('--json');
  if (!argv.includes('--verbose')) silencePolkadotLogs();
  const program = await buildProgram();
  (function override(c: Command): void {
    c.exitOverride();
    if (json) c.configureOutput({ writeErr: () => undefined, outputError: () => undefined }).showHelpAfterError(false);
    c.commands.forEach(override);
  })(program);
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      if (json) return new Output(true).failure({ code: 'USAGE', message: e.message.replace(/^error: /, ''), remedy: 'see `tensorium --help`', details: { commanderCode: e.code } });
      return 2;
    }
    throw e;
  }
  return typeof process.exitCode === 'number' ? process.exitCode : 0;
}

/** @polkadot/api logs RPC errors we already report as typed errors; keep stderr clean. */
function silencePolkadotLogs(): void {
  for (const level of ['error', 'warn', 'log'] as const) {
    const orig = console[level].bind(console);
    console[level] = (...a: unknown[]) => {
      if (typeof a[0] === 'string' && /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/.test(a[0]) && typeof a[1] === 'string' && /^[A-Z0-9/_-]+:$/.test(a[1])) return;
      orig(...a);
    };
  }
}
