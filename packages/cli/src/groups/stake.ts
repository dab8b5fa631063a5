/**
 * `tensorium stake …` (btcli `stake`): add, remove, move, transfer, swap, list. Staking and
 * unstaking are quoted first with the chain's own swap simulation; by default they are "safe"
 * (a limit price from --max-slippage, default the config's rate_tolerance 0.5 %), `--unsafe`
 * sends the plain call, `--limit-price` sets the limit directly, `--preview` only quotes.
 */
import type { Command } from 'commander';
import {
  addStake,
  getStake,
  getStakeInfo,
  getSubnets,
  moveStake,
  parseTao,
  previewStake,
  removeStake,
  swapStake,
  transferStake,
  type PreviewStakeReturnType,
  type TensoriumClient,
} from '../sdk.js';
import { action, type CommandGroup } from '../command.js';
import type { CliContext } from '../context.js';
import { CliError, keyValues, table } from '../output.js';
import { alpha, parseAmount, parseFraction, parseNetuid, tao, txData, txLine } from './_util.js';

interface TradeOpts {
  netuid: string;
  amount?: string;
  all?: boolean;
  hotkeySs58?: string;
  limitPrice?: string;
  maxSlippage?: string;
  unsafe?: boolean;
  partial?: boolean;
  preview?: boolean;
}

function quoteText(q: PreviewStakeReturnType, symbol: string): string {
  const stake = q.direction === 'stake';
  return keyValues([
    ['price', `${tao(q.price)} per ${symbol}`],
    [stake ? 'you pay' : 'you unstake', stake ? tao(q.amountIn) : alpha(q.amountIn, symbol)],
    ['you receive', stake ? alpha(q.amountOut, symbol) : tao(q.amountOut)],
    ['pool fee', stake ? tao(q.fee) : alpha(q.fee, symbol)],
    ['slippage', `${(q.slippage * 100).toFixed(4)} %`],
    ['limit price', `${tao(q.limitPrice)} (max slippage ${(q.maxSlippage * 100).toFixed(2)} %)`],
  ]);
}

async function symbolOf(client: TensoriumClient, netuid: number): Promise<string> {
  return (await getSubnets(client)).find((s) => s.netuid === netuid)?.symbol ?? 'α';
}

function tradeOptions(c: Command, amountHelp: string): Command {
  return c
    .requiredOption('--netuid <n>', 'subnet id')
    .option('--amount <amount>', amountHelp)
    .option('--hotkey-ss58 <address>', 'hotkey to stake to (default: the wallet hotkey)')
    .option('--limit-price <tao>', 'explicit limit price in TAO per alpha')
    .option('--max-slippage <fraction>', 'tolerated slippage, e.g. 0.005 or 0.5% (default: config rate_tolerance, 0.005)')
    .option('--unsafe', 'no limit price (plain add_stake/remove_stake)')
    .option('--partial', 'with a limit: fill what fits instead of failing')
    .option('--preview', 'only print the quote; sign nothing');
}

async function trade(ctx: CliContext, o: TradeOpts, direction: 'stake' | 'unstake'): Promise<{ data: unknown; human: string }> {
  const netuid = parseNetuid(o.netuid);
  const w = ctx.existingWallet();
  const hotkey = o.hotkeySs58 ?? ctx.hotkeyAddress(w);
  const coldkey = ctx.coldkeyAddress(w);
  const client = await ctx.connect();
  let amount: bigint;
  if (o.all && direction === 'unstake') amount = await getStake(client, { coldkey, hotkey, netuid });
  else amount = parseAmount(o.amount);
  if (amount === 0n) throw new CliError('NOTHING_TO_DO', 'the amount is zero', direction === 'unstake' ? 'there is no stake on this hotkey/subnet (`tensorium stake list`)' : 'pass a positive --amount');
  const maxSlippage = parseFraction(o.maxSlippage, '--max-slippage') ?? ctx.rateTolerance;
  const [quote, symbol] = await Promise.all([previewStake(client, { netuid, direction, amount, maxSlippage }), symbolOf(client, netuid)]);
  const limitPrice = o.limitPrice !== undefined ? parseTao(o.limitPrice) : o.unsafe ? undefined : quote.limitPrice;
  if (o.preview) return { data: { preview: true, quote, hotkey, limitPrice }, human: quoteText(quote, symbol) };
  ctx.out.info(quoteText(quote, symbol));
  const signer = await ctx.coldkey(w);
  await ctx.confirm(direction === 'stake' ? `Stake ${tao(amount)} to ${hotkey} on subnet ${netuid}?` : `Unstake ${alpha(amount, symbol)} from ${hotkey} on subnet ${netuid}?`);
  const params = { ...ctx.tx(signer, direction === 'stake' ? 'add_stake' : 'remove_stake'), hotkey, netuid, amount, limitPrice, allowPartial: o.partial };
  const r = direction === 'stake' ? await addStake(client, params) : await removeStake(client, params);
  const stake = await getStake(client, { coldkey, hotkey, netuid });
  const ev = r.events.find((e) => e.name === (direction === 'stake' ? 'StakeAdded' : 'StakeRemoved'));
  const taoAmount = ev ? BigInt(ev.data['2'] as bigint) : undefined;
  const alphaAmount = ev ? BigInt(ev.data['3'] as bigint) : undefined;
  return {
    data: { netuid, hotkey, coldkey, amount, limitPrice, quote, tao: taoAmount, alpha: alphaAmount, stake, tx: txData(r) },
    human: `${txLine(r)}\n${direction === 'stake' ? 'staked' : 'unstaked'} ${taoAmount !== undefined ? tao(taoAmount) : ''} ⇄ ${alphaAmount !== undefined ? alpha(alphaAmount, symbol) : ''}; stake now ${alpha(stake, symbol)}`,
  };
}

function amountOrAll(o: { amount?: string; all?: boolean }, current: () => Promise<bigint>): Promise<bigint> {
  return o.all ? current() : Promise.resolve(parseAmount(o.amount));
}

function register(cmd: Command): void {
  tradeOptions(cmd.command('add').description('stake TAO to a hotkey on a subnet'), 'TAO to stake').action(action<TradeOpts>(async (ctx, o) => trade(ctx, o, 'stake')));
  tradeOptions(cmd.command('remove').description('unstake alpha back to TAO'), 'alpha to unstake')
    .option('--all', 'unstake the whole position')
    .action(action<TradeOpts>(async (ctx, o) => trade(ctx, o, 'unstake')));

  cmd
    .command('move')
    .description('move stake to another hotkey and/or subnet (same coldkey)')
    .requiredOption('--origin-netuid <n>', 'from subnet')
    .requiredOption('--dest-netuid <n>', 'to subnet')
    .requiredOption('--dest-hotkey-ss58 <address>', 'destination hotkey')
    .option('--hotkey-ss58 <address>', 'origin hotkey (default: the wallet hotkey)')
    .option('--amount <alpha>', 'origin alpha to move')
    .option('--all', 'move the whole position')
    .action(
      action<{ originNetuid: string; destNetuid: string; destHotkeySs58: string; hotkeySs58?: string; amount?: string; all?: boolean }>(async (ctx, o) => {
        const [originNetuid, destinationNetuid] = [parseNetuid(o.originNetuid, '--origin-netuid'), parseNetuid(o.destNetuid, '--dest-netuid')];
        const w = ctx.existingWallet();
        const originHotkey = o.hotkeySs58 ?? ctx.hotkeyAddress(w);
        const client = await ctx.connect();
        const amount = await amountOrAll(o, () => getStake(client, { coldkey: ctx.coldkeyAddress(w), hotkey: originHotkey, netuid: originNetuid }));
        const signer = await ctx.coldkey(w);
        await ctx.confirm(`Move ${alpha(amount)} from ${originHotkey}@${originNetuid} to ${o.destHotkeySs58}@${destinationNetuid}?`);
        const r = await moveStake(client, { ...ctx.tx(signer, 'move_stake'), originHotkey, destinationHotkey: o.destHotkeySs58, originNetuid, destinationNetuid, amount });
        return { data: { originHotkey, destinationHotkey: o.destHotkeySs58, originNetuid, destinationNetuid, amount, tx: txData(r) }, human: txLine(r) };
      }),
    );

  cmd
    .command('transfer')
    .description('give stake to another coldkey (same hotkey)')
    .requiredOption('--dest <coldkey>', 'receiving coldkey (SS58)')
    .requiredOption('--origin-netuid <n>', 'from subnet')
    .option('--dest-netuid <n>', 'to subnet (default: same)')
    .option('--hotkey-ss58 <address>', 'hotkey (default: the wallet hotkey)')
    .option('--amount <alpha>', 'alpha to transfer')
    .option('--all', 'transfer the whole position')
    .action(
      action<{ dest: string; originNetuid: string; destNetuid?: string; hotkeySs58?: string; amount?: string; all?: boolean }>(async (ctx, o) => {
        const originNetuid = parseNetuid(o.originNetuid, '--origin-netuid');
        const destinationNetuid = o.destNetuid === undefined ? originNetuid : parseNetuid(o.destNetuid, '--dest-netuid');
        const w = ctx.existingWallet();
        const hotkey = o.hotkeySs58 ?? ctx.hotkeyAddress(w);
        const client = await ctx.connect();
        const amount = await amountOrAll(o, () => getStake(client, { coldkey: ctx.coldkeyAddress(w), hotkey, netuid: originNetuid }));
        const signer = await ctx.coldkey(w);
        await ctx.confirm(`Transfer ${alpha(amount)} of stake on ${hotkey} to coldkey ${o.dest}?`);
        const r = await transferStake(client, { ...ctx.tx(signer, 'transfer_stake'), destinationColdkey: o.dest, hotkey, originNetuid, destinationNetuid, amount });
        return { data: { destinationColdkey: o.dest, hotkey, originNetuid, destinationNetuid, amount, tx: txData(r) }, human: txLine(r) };
      }),
    );

  cmd
    .command('swap')
    .description('swap stake on a hotkey from one subnet to another')
    .requiredOption('--origin-netuid <n>', 'from subnet')
    .requiredOption('--dest-netuid <n>', 'to subnet')
    .option('--hotkey-ss58 <address>', 'hotkey (default: the wallet hotkey)')
    .option('--amount <alpha>', 'origin alpha to swap')
    .option('--all', 'swap the whole position')
    .option('--limit-price <price>', 'limit on the origin/destination price ratio (swap_stake_limit)')
    .option('--partial', 'with a limit: fill what fits')
    .action(
      action<{ originNetuid: string; destNetuid: string; hotkeySs58?: string; amount?: string; all?: boolean; limitPrice?: string; partial?: boolean }>(async (ctx, o) => {
        const [originNetuid, destinationNetuid] = [parseNetuid(o.originNetuid, '--origin-netuid'), parseNetuid(o.destNetuid, '--dest-netuid')];
        const w = ctx.existingWallet();
        const hotkey = o.hotkeySs58 ?? ctx.hotkeyAddress(w);
        const client = await ctx.connect();
        const amount = await amountOrAll(o, () => getStake(client, { coldkey: ctx.coldkeyAddress(w), hotkey, netuid: originNetuid }));
        const signer = await ctx.coldkey(w);
        await ctx.confirm(`Swap ${alpha(amount)} on ${hotkey} from subnet ${originNetuid} to ${destinationNetuid}?`);
        const r = await swapStake(client, { ...ctx.tx(signer, 'swap_stake'), hotkey, originNetuid, destinationNetuid, amount, limitPrice: o.limitPrice === undefined ? undefined : parseTao(o.limitPrice), allowPartial: o.partial });
        return { data: { hotkey, originNetuid, destinationNetuid, amount, tx: txData(r) }, human: txLine(r) };
      }),
    );

  cmd
    .command('list')
    .description('stake positions of the wallet coldkey (or --ss58)')
    .option('--ss58 <coldkey>', 'any coldkey')
    .action(
      action<{ ss58?: string }>(async (ctx, o) => {
        const coldkey = o.ss58 ?? ctx.coldkeyAddress();
        const client = await ctx.connect();
        const [positions, subnets] = await Promise.all([getStakeInfo(client, { coldkey }), getSubnets(client)]);
        const bySubnet = new Map(subnets.map((s) => [s.netuid, s]));
        const rows = positions.map((p) => {
          const s = bySubnet.get(p.netuid);
          return [String(p.netuid), p.hotkey, alpha(p.stake, s?.symbol), tao(s ? (p.stake * s.price) / 1_000_000_000n : 0n), alpha(p.emission, s?.symbol)];
        });
        const r = (h: string): { header: string; align: 'right' } => ({ header: h, align: 'right' });
        return { data: { coldkey, positions }, human: positions.length ? table(['NETUID', 'HOTKEY', r('STAKE'), r('τ VALUE'), r('EMISSION')], rows, `Stake of ${coldkey}`) : `no stake for ${coldkey}` };
      }),
    );
}

export const group: CommandGroup = { name: 'stake', aliases: ['st'], description: 'add, remove, move, transfer, swap and list stake (with quotes and limit prices)', order: 30, register };
