/** `tensorium subnet …` (btcli `subnets`): list, inspect, create, start, register, costs, metagraph. */
import type { Command } from 'commander';
import { burnedRegister, getBurnCost, getDynamicInfo, getHyperparameters, getLockCost, getSubnets, registerNetwork, startCall, syncMetagraph, type Metagraph } from '../sdk.js';
import { action, type CommandGroup } from '../command.js';
import { keyValues, table } from '../output.js';
import { alpha, parseNetuid, tao, txData, txLine } from './_util.js';

const pct = (x: number): string => x.toFixed(4);

function metagraphTable(mg: Metagraph): string {
  const rows = mg.uids.map((uid) => [
    String(uid),
    mg.hotkeys[uid].slice(0, 10) + '…',
    mg.coldkeys[uid].slice(0, 10) + '…',
    mg.totalStake[uid].toFixed(4),
    mg.alphaStake[uid].toFixed(4),
    pct(mg.incentive[uid]),
    pct(mg.dividends[uid]),
    pct(mg.consensus[uid]),
    pct(mg.validatorTrust[uid]),
    mg.emission[uid].toFixed(6),
    mg.validatorPermit[uid] ? '*' : '',
    mg.active[uid] ? '1' : '0',
    String(mg.block - mg.lastUpdate[uid]),
    mg.axons[uid].isServing ? `${mg.axons[uid].ip}:${mg.axons[uid].port}` : '',
  ]);
  const r = (h: string): { header: string; align: 'right' } => ({ header: h, align: 'right' });
  return table(['UID', 'HOTKEY', 'COLDKEY', r('STAKE'), r('ALPHA'), r('INCENTIVE'), r('DIVIDENDS'), r('CONSENSUS'), r('VTRUST'), r(`EMISSION ${mg.symbol}`), 'VAL', 'ACTIVE', r('UPDATED'), 'AXON'], rows, `Subnet ${mg.netuid} ${mg.name} (${mg.symbol}) at block ${mg.block}: ${mg.n} neurons, tempo ${mg.tempo}`);
}

/** The metagraph as JSON-friendly data (weights/bonds only when synced full). */
function metagraphData(mg: Metagraph): Record<string, unknown> {
  return { ...mg };
}

function register(cmd: Command): void {
  cmd
    .command('list')
    .description('every subnet with price, reserves and emission')
    .action(
      action(async (ctx) => {
        const subnets = await getSubnets(await ctx.connect());
        const rows = subnets.map((s) => [String(s.netuid), s.name, s.symbol, tao(s.price), tao(s.taoIn), alpha(s.alphaIn, s.symbol), alpha(s.alphaOut, s.symbol), String(s.tempo), tao(s.taoInEmission)]);
        const r = (h: string): { header: string; align: 'right' } => ({ header: h, align: 'right' });
        return { data: subnets, human: table(['NETUID', 'NAME', 'SYMBOL', r('PRICE'), r('τ IN'), r('α IN'), r('α OUT'), r('TEMPO'), r('τ EMISSION')], rows, 'Subnets') };
      }),
    );

  cmd
    .command('show')
    .description('one subnet: pool, owner and its neurons')
    .requiredOption('--netuid <n>', 'subnet id')
    .action(
      action<{ netuid: string }>(async (ctx, o) => {
        const netuid = parseNetuid(o.netuid);
        const client = await ctx.connect();
        const [info, mg] = await Promise.all([getDynamicInfo(client, { netuid }), syncMetagraph(client, { netuid })]);
        const head = keyValues([
          ['subnet', `${info.netuid} ${info.name} (${info.symbol})`],
          ['owner', `${info.ownerColdkey} (hotkey ${info.ownerHotkey})`],
          ['price', `${tao(info.price)} per ${info.symbol}`],
          ['pool', `${tao(info.taoIn)} / ${alpha(info.alphaIn, info.symbol)}`],
          ['tempo', `${info.tempo} (last step ${info.lastStep}, ${info.blocksSinceLastStep} blocks ago)`],
        ]);
        return { data: { info, metagraph: metagraphData(mg) }, human: `${head}\n\n${metagraphTable(mg)}` };
      }),
    );

  cmd
    .command('metagraph')
    .description('the metagraph (all §3.3 fields with --json; weights/bonds with --full)')
    .requiredOption('--netuid <n>', 'subnet id')
    .option('--full', 'include weights and bonds (n × n)')
    .option('--block <n>', 'block number (default: best; older blocks are read from storage)')
    .action(
      action<{ netuid: string; full?: boolean; block?: string }>(async (ctx, o) => {
        const mg = await syncMetagraph(await ctx.connect(), { netuid: parseNetuid(o.netuid), lite: !o.full, block: o.block === undefined ? undefined : Number(o.block) });
        return { data: metagraphData(mg), human: metagraphTable(mg) };
      }),
    );

  cmd
    .command('create')
    .description('register a new subnet owned by the wallet (pays the lock cost)')
    .action(
      action(async (ctx) => {
        const w = ctx.existingWallet();
        const hotkey = ctx.hotkeyAddress(w);
        const client = await ctx.connect();
        const cost = await getLockCost(client);
        const signer = await ctx.coldkey(w);
        await ctx.confirm(`Create a subnet for ${tao(cost)} (owner hotkey ${hotkey})?`);
        const r = await registerNetwork(client, { ...ctx.tx(signer, 'register_network'), hotkey });
        return { data: { netuid: r.netuid, owner: signer.ss58Address, hotkey, lockCost: cost, tx: txData(r) }, human: `${txLine(r)}\nsubnet ${r.netuid} created (lock ${tao(cost)})` };
      }),
    );

  cmd
    .command('start')
    .description('start emissions on a subnet you own (start_call)')
    .requiredOption('--netuid <n>', 'subnet id')
    .action(
      action<{ netuid: string }>(async (ctx, o) => {
        const netuid = parseNetuid(o.netuid);
        const signer = await ctx.coldkey();
        const r = await startCall(await ctx.connect(), { ...ctx.tx(signer, 'start_call'), netuid });
        return { data: { netuid, tx: txData(r) }, human: `${txLine(r)}\nsubnet ${netuid} started` };
      }),
    );

  cmd
    .command('register')
    .description('register the wallet hotkey on a subnet by burning the registration cost')
    .requiredOption('--netuid <n>', 'subnet id')
    .action(
      action<{ netuid: string }>(async (ctx, o) => {
        const netuid = parseNetuid(o.netuid);
        const w = ctx.existingWallet();
        const hotkey = ctx.hotkeyAddress(w);
        const client = await ctx.connect();
        const cost = await getBurnCost(client, { netuid });
        const signer = await ctx.coldkey(w);
        await ctx.confirm(`Register ${hotkey} on subnet ${netuid} for ${tao(cost)}?`);
        const r = await burnedRegister(client, { ...ctx.tx(signer, 'burned_register'), netuid, hotkey });
        return { data: { netuid, uid: r.uid, hotkey, cost, tx: txData(r) }, human: `${txLine(r)}\nhotkey ${hotkey} registered on subnet ${netuid} as uid ${r.uid}` };
      }),
    );

  cmd
    .command('hyperparameters')
    .alias('hparams')
    .description('a subnet\'s hyperparameters')
    .requiredOption('--netuid <n>', 'subnet id')
    .action(
      action<{ netuid: string }>(async (ctx, o) => {
        const netuid = parseNetuid(o.netuid);
        const h = await getHyperparameters(await ctx.connect(), { netuid });
        return { data: { netuid, hyperparameters: h }, human: table(['HYPERPARAMETER', { header: 'VALUE', align: 'right' }], Object.entries(h).map(([k, v]) => [k, typeof v === 'object' ? JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x)) : String(v)]), `Subnet ${netuid} hyperparameters`) };
      }),
    );

  cmd
    .command('burn-cost')
    .description('current neuron registration cost of a subnet')
    .requiredOption('--netuid <n>', 'subnet id')
    .action(
      action<{ netuid: string }>(async (ctx, o) => {
        const netuid = parseNetuid(o.netuid);
        const cost = await getBurnCost(await ctx.connect(), { netuid });
        return { data: { netuid, cost }, human: `registration on subnet ${netuid} costs ${tao(cost)}` };
      }),
    );

  cmd
    .command('lock-cost')
    .description('TAO locked by the next subnet registration')
    .action(
      action(async (ctx) => {
        const cost = await getLockCost(await ctx.connect());
        return { data: { cost }, human: `creating a subnet locks ${tao(cost)}` };
      }),
    );
}

export const group: CommandGroup = { name: 'subnet', aliases: ['s', 'subnets'], description: 'list, inspect, create, start and register on subnets', order: 20, register };
