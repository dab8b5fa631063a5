/** `tensorium wallet …` (btcli `wallet`): keys on disk, balances, transfers and the dev faucet. */
import type { Command } from 'commander';
import { getBalance, getStakeInfo, getSubnets, Keypair, listWallets, parseTao, transfer, type MnemonicWordCount } from '../sdk.js';
import { action, type CommandGroup } from '../command.js';
import { CliError, keyValues, table } from '../output.js';
import { alpha, parseAmount, tao, txData, txLine } from './_util.js';

interface CreateOpts {
  nWords?: string;
  uri?: string;
  overwrite?: boolean;
  mnemonic?: string;
  seed?: string;
}

function words(v: string | undefined): MnemonicWordCount {
  const n = Number(v ?? 12);
  if (![12, 15, 18, 21, 24].includes(n)) throw new CliError('USAGE', `--n-words ${v} must be 12, 15, 18, 21 or 24`);
  return n as MnemonicWordCount;
}

function source(o: CreateOpts): { mnemonic: string } | { seed: string } | { uri: string } {
  if (o.mnemonic) return { mnemonic: o.mnemonic };
  if (o.seed) return { seed: o.seed };
  if (o.uri) return { uri: o.uri };
  throw new CliError('USAGE', 'pass --mnemonic "words…", --seed 0x… or --uri //Name');
}

/** Dev chains only: the faucet sends from //Alice. */
const DEV_CHAIN = /dev|local/i;

function register(cmd: Command): void {
  cmd
    .command('create')
    .description('create a coldkey (encrypted unless --no-password) and a hotkey')
    .option('--n-words <n>', 'mnemonic length', '12')
    .option('--uri <uri>', 'derive both keys from a dev URI (e.g. //Alice), unencrypted')
    .option('--overwrite', 'replace existing key files')
    .action(
      action<CreateOpts>(async (ctx, o) => {
        const w = ctx.wallet();
        if (o.uri) {
          const kp = w.createFromUri(o.uri, o.overwrite);
          const data = { name: w.name, path: w.path, coldkey: kp.ss58Address, hotkey: kp.ss58Address, hotkeyName: w.hotkeyName, encrypted: false };
          return { data, human: keyValues([['wallet', `${w.name} (${w.path})`], ['coldkey', kp.ss58Address], ['hotkey', `${w.hotkeyName} ${kp.ss58Address}`]]) };
        }
        const password = await ctx.newPassword('coldkey');
        const cold = w.createNewColdkey({ nWords: words(o.nWords), password, overwrite: o.overwrite });
        const hot = w.createNewHotkey({ nWords: words(o.nWords), overwrite: o.overwrite });
        const data = { name: w.name, path: w.path, coldkey: cold.keypair.ss58Address, hotkey: hot.keypair.ss58Address, hotkeyName: w.hotkeyName, encrypted: password !== null, coldkeyMnemonic: cold.mnemonic, hotkeyMnemonic: hot.mnemonic };
        return {
          data,
          human: keyValues([
            ['wallet', `${w.name} (${w.path})`],
            ['coldkey', `${cold.keypair.ss58Address}${password === null ? ' (unencrypted)' : ''}`],
            ['hotkey', `${w.hotkeyName} ${hot.keypair.ss58Address}`],
            ['coldkey mnemonic', cold.mnemonic],
            ['hotkey mnemonic', hot.mnemonic],
          ]) + '\n\nWrite the mnemonics down: they are the only way to recover the keys.',
        };
      }),
    );

  cmd
    .command('new-hotkey')
    .description('add a hotkey to the wallet (name from --hotkey)')
    .option('--n-words <n>', 'mnemonic length', '12')
    .option('--overwrite', 'replace an existing hotkey file')
    .action(
      action<CreateOpts>(async (ctx, o) => {
        const w = ctx.existingWallet();
        const hot = w.createNewHotkey({ nWords: words(o.nWords), overwrite: o.overwrite });
        return { data: { name: w.name, hotkeyName: w.hotkeyName, hotkey: hot.keypair.ss58Address, mnemonic: hot.mnemonic }, human: keyValues([['hotkey', `${w.hotkeyName} ${hot.keypair.ss58Address}`], ['mnemonic', hot.mnemonic]]) };
      }),
    );

  for (const kind of ['coldkey', 'hotkey'] as const) {
    cmd
      .command(`regen-${kind}`)
      .description(`restore the ${kind} from a mnemonic, seed or URI`)
      .option('--mnemonic <words>', 'BIP39 mnemonic')
      .option('--seed <hex>', '32-byte seed (0x…)')
      .option('--uri <uri>', 'secret URI (//Alice, mnemonic//path)')
      .option('--overwrite', 'replace the existing key file')
      .action(
        action<CreateOpts>(async (ctx, o) => {
          const w = ctx.wallet();
          let kp: Keypair;
          if (kind === 'coldkey') kp = w.regenerateColdkey(source(o), { password: await ctx.newPassword('coldkey'), overwrite: o.overwrite });
          else kp = w.regenerateHotkey(source(o), { overwrite: o.overwrite });
          return { data: { name: w.name, [kind]: kp.ss58Address, ...(kind === 'hotkey' ? { hotkeyName: w.hotkeyName } : {}) }, human: `${kind} ${kp.ss58Address} restored in wallet ${w.name}` };
        }),
      );
  }

  cmd
    .command('list')
    .description('wallets and hotkeys under the wallet path')
    .action(
      action(async (ctx) => {
        const wallets = listWallets(ctx.walletPath);
        const rows = wallets.flatMap((w) => [[w.name, 'coldkey', w.coldkeyAddress ?? '?'], ...w.hotkeys.map((h) => ['', `hotkey ${h.name}`, h.address ?? '?'])]);
        return { data: { path: ctx.walletPath, wallets }, human: wallets.length ? table(['wallet', 'key', 'address'], rows, `Wallets in ${ctx.walletPath}`) : `no wallets in ${ctx.walletPath}` };
      }),
    );

  cmd
    .command('balance')
    .description('free TAO of the wallet coldkey (or --ss58, or --all wallets)')
    .option('--ss58 <address>', 'any address')
    .option('--all', 'every wallet under the wallet path')
    .action(
      action<{ ss58?: string; all?: boolean }>(async (ctx, o) => {
        const targets: { name: string; address: string }[] = o.ss58
          ? [{ name: '-', address: o.ss58 }]
          : o.all
            ? listWallets(ctx.walletPath).flatMap((w) => (w.coldkeyAddress ? [{ name: w.name, address: w.coldkeyAddress }] : []))
            : [{ name: ctx.walletName, address: ctx.coldkeyAddress() }];
        const client = await ctx.connect();
        const balances = await Promise.all(targets.map(async (t) => ({ ...t, ...(await getBalance(client, { address: t.address })) })));
        const total = balances.reduce((s, b) => s + b.free, 0n);
        return {
          data: { balances, total },
          human: table(['wallet', 'coldkey', { header: 'free', align: 'right' }, { header: 'reserved', align: 'right' }], [...balances.map((b) => [b.name, b.address, tao(b.free), tao(b.reserved)]), ['total', '', tao(total), '']]),
        };
      }),
    );

  cmd
    .command('overview')
    .description('balance and every stake position of the wallet coldkey')
    .action(
      action(async (ctx) => {
        const address = ctx.coldkeyAddress();
        const client = await ctx.connect();
        const [bal, stakes, subnets] = await Promise.all([getBalance(client, { address }), getStakeInfo(client, { coldkey: address }), getSubnets(client)]);
        const bySubnet = new Map(subnets.map((s) => [s.netuid, s]));
        const positions = stakes.map((p) => {
          const s = bySubnet.get(p.netuid);
          const value = s ? (p.stake * s.price) / 1_000_000_000n : 0n;
          return { ...p, symbol: s?.symbol ?? 'α', taoValue: value };
        });
        const staked = positions.reduce((a, p) => a + p.taoValue, 0n);
        const rows = positions.map((p) => [String(p.netuid), p.hotkey, alpha(p.stake, p.symbol), tao(p.taoValue), p.isRegistered ? 'yes' : 'no']);
        return {
          data: { wallet: ctx.walletName, coldkey: address, free: bal.free, stakedTaoValue: staked, positions },
          human: keyValues([['wallet', ctx.walletName], ['coldkey', address], ['free', tao(bal.free)], ['staked (τ value)', tao(staked)]]) + (rows.length ? '\n\n' + table(['netuid', 'hotkey', { header: 'stake', align: 'right' }, { header: 'τ value', align: 'right' }, 'registered'], rows) : ''),
        };
      }),
    );

  cmd
    .command('transfer')
    .description('send TAO from the wallet coldkey')
    .requiredOption('--dest <address>', 'destination SS58 address')
    .option('--amount <tao>', 'amount in TAO')
    .option('--all', 'transfer everything (keeps the account alive unless --allow-death)')
    .option('--allow-death', 'allow the balance to drop below the existential deposit')
    .action(
      action<{ dest: string; amount?: string; all?: boolean; allowDeath?: boolean }>(async (ctx, o) => {
        const amount = o.all ? 0n : parseAmount(o.amount);
        const signer = await ctx.coldkey();
        await ctx.confirm(`Transfer ${o.all ? 'everything' : tao(amount)} to ${o.dest}?`);
        const client = await ctx.connect();
        const r = await transfer(client, { ...ctx.tx(signer, 'transfer'), dest: o.dest, amount, all: o.all, keepAlive: !o.allowDeath });
        return { data: { from: signer.ss58Address, dest: o.dest, amount, tx: txData(r) }, human: `${txLine(r)}\nsent ${o.all ? 'all' : tao(amount)} to ${o.dest}` };
      }),
    );

  cmd
    .command('faucet')
    .description('dev chains only: receive TAO from //Alice')
    .option('--amount <tao>', 'amount in TAO', '1000')
    .option('--dest <address>', 'recipient (default: the wallet coldkey)')
    .action(
      action<{ amount: string; dest?: string }>(async (ctx, o) => {
        const dest = o.dest ?? ctx.coldkeyAddress();
        const amount = parseTao(o.amount);
        const client = await ctx.connect();
        const chain = (await client.api.rpc.system.chain()).toString();
        if (!DEV_CHAIN.test(chain)) throw new CliError('NOT_A_DEV_CHAIN', `the faucet only works on development chains (this is "${chain}")`, 'start one with `tensorium node --dev --tmp`', { chain });
        const r = await transfer(client, { ...ctx.tx(Keypair.fromUri('//Alice'), 'faucet'), dest, amount });
        const bal = await getBalance(client, { address: dest });
        return { data: { dest, amount, balance: bal.free, tx: txData(r) }, human: `${txLine(r)}\n${tao(amount)} → ${dest} (balance ${tao(bal.free)})` };
      }),
    );
}

export const group: CommandGroup = { name: 'wallet', aliases: ['w', 'wallets'], description: 'create and restore keys, balances, transfers, dev faucet', order: 10, register };
