/** `tensorium weights …` (btcli `weights`): set, commit and reveal, signed by the wallet hotkey. */
import type { Command } from 'commander';
import { commitWeights, revealWeights, setWeights } from '../sdk.js';
import { action, type CommandGroup } from '../command.js';
import { keyValues } from '../output.js';
import { parseList, parseNetuid, txData, txLine } from './_util.js';

interface WeightOpts {
  netuid: string;
  uids: string;
  weights: string;
  versionKey?: string;
  salt?: string;
  mechid?: string;
}

function common(c: Command): Command {
  return c
    .requiredOption('--netuid <n>', 'subnet id')
    .requiredOption('-u, --uids <list>', 'uids, e.g. 0,1,2')
    .requiredOption('-w, --weights <list>', 'weights (any non-negative scale), e.g. 0.5,0.3,0.2')
    .option('--version-key <n>', 'weights version key (default: the subnet\'s weights_version)')
    .option('--mechid <n>', 'mechanism id (default 0)');
}

const opt = (o: WeightOpts): { netuid: number; uids: number[]; weights: number[]; versionKey?: bigint; mechid?: number } => ({
  netuid: parseNetuid(o.netuid),
  uids: parseList(o.uids, '--uids'),
  weights: parseList(o.weights, '--weights'),
  versionKey: o.versionKey === undefined ? undefined : BigInt(o.versionKey),
  mechid: o.mechid === undefined ? undefined : Number(o.mechid),
});

function register(cmd: Command): void {
  common(cmd.command('set').description('set weights (max-upscaled to u16)')).action(
    action<WeightOpts>(async (ctx, o) => {
      const p = opt(o);
      const signer = await ctx.hotkey();
      const r = await setWeights(await ctx.connect(), { ...ctx.tx(signer, 'set_weights'), ...p });
      return { data: { netuid: p.netuid, hotkey: signer.ss58Address, uids: r.uids, weights: r.weights, versionKey: r.versionKey, tx: txData(r) }, human: `${txLine(r)}\nweights set on subnet ${p.netuid}: ${r.uids.map((u, i) => `${u}:${r.weights[i]}`).join(' ')}` };
    }),
  );
  common(cmd.command('commit').description('commit a hash of weights (reveal later with the printed salt)'))
    .option('-s, --salt <list>', 'u16 salt words (default: random)')
    .action(
      action<WeightOpts>(async (ctx, o) => {
        const p = opt(o);
        const signer = await ctx.hotkey();
        const r = await commitWeights(await ctx.connect(), { ...ctx.tx(signer, 'commit_weights'), ...p, salt: o.salt === undefined ? undefined : parseList(o.salt, '--salt') });
        const data = { netuid: p.netuid, hotkey: signer.ss58Address, commitHash: r.commitHash, uids: r.uids, weights: r.weights, salt: r.salt, versionKey: r.versionKey, tx: txData(r) };
        return { data, human: `${txLine(r)}\n` + keyValues([['commit', r.commitHash], ['reveal with', `--uids ${r.uids.join(',')} --weights ${r.weights.join(',')} --salt ${r.salt.join(',')} --version-key ${r.versionKey}`]]) };
      }),
    );
  common(cmd.command('reveal').description('reveal committed weights'))
    .requiredOption('-s, --salt <list>', 'the salt used at commit')
    .action(
      action<WeightOpts>(async (ctx, o) => {
        const p = opt(o);
        const signer = await ctx.hotkey();
        const r = await revealWeights(await ctx.connect(), { ...ctx.tx(signer, 'reveal_weights'), ...p, salt: parseList(o.salt, '--salt') });
        return { data: { netuid: p.netuid, hotkey: signer.ss58Address, tx: txData(r) }, human: `${txLine(r)}\nweights revealed on subnet ${p.netuid}` };
      }),
    );
}

export const group: CommandGroup = { name: 'weights', aliases: ['wt', 'weight'], description: 'set, commit and reveal validator weights (hotkey-signed)', order: 40, register };
