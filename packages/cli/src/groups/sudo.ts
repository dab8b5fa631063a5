/** `tensorium sudo …` (btcli `sudo`): read and set subnet hyperparameters (owner, or root with --root). */
import type { Command } from 'commander';
import { getHyperparameters, HYPERPARAMETERS, setHyperparameter } from '../sdk.js';
import { action, type CommandGroup } from '../command.js';
import { parseNetuid, txData, txLine } from './_util.js';

function register(cmd: Command): void {
  cmd
    .command('set')
    .description(`set a hyperparameter via AdminUtils (settable: ${Object.entries(HYPERPARAMETERS).filter(([, d]) => d.setter).map(([n]) => n).join(', ')})`)
    .requiredOption('--netuid <n>', 'subnet id')
    .requiredOption('--param <name>', 'hyperparameter name (e.g. tempo) or AdminUtils call (sudo_set_tempo)')
    .requiredOption('--value <value>', 'new value (raw integer or true/false)')
    .option('--root', 'wrap in Sudo.sudo: sign with the chain\'s sudo key (the wallet coldkey must be it)')
    .action(
      action<{ netuid: string; param: string; value: string; root?: boolean }>(async (ctx, o) => {
        const netuid = parseNetuid(o.netuid);
        const signer = await ctx.coldkey();
        await ctx.confirm(`Set ${o.param} = ${o.value} on subnet ${netuid}${o.root ? ' as root' : ''}?`);
        const client = await ctx.connect();
        const r = await setHyperparameter(client, { ...ctx.tx(signer, o.param), netuid, name: o.param, value: o.value, sudo: o.root });
        const after = await getHyperparameters(client, { netuid });
        const key = Object.keys(HYPERPARAMETERS).find((k) => k === o.param || HYPERPARAMETERS[k].setter === o.param);
        return { data: { netuid, param: o.param, call: r.call, value: key ? after[key] : o.value, tx: txData(r) }, human: `${txLine(r)}\n${o.param} on subnet ${netuid} is now ${key ? String(after[key]) : o.value}` };
      }),
    );
  cmd
    .command('get')
    .description('all hyperparameters of a subnet')
    .requiredOption('--netuid <n>', 'subnet id')
    .action(
      action<{ netuid: string }>(async (ctx, o) => {
        const netuid = parseNetuid(o.netuid);
        const h = await getHyperparameters(await ctx.connect(), { netuid });
        return { data: { netuid, hyperparameters: h }, human: Object.entries(h).map(([k, v]) => `${k.padEnd(32)} ${typeof v === 'object' ? JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x)) : String(v)}`).join('\n') };
      }),
    );
}

export const group: CommandGroup = { name: 'sudo', aliases: ['su'], description: 'read and set subnet hyperparameters', order: 50, register };
