/** `tensorium config …` (btcli `config`): defaults in ~/.tensorium/config.json (TENSORIUM_CONFIG). */
import type { Command } from 'commander';
import { action, type CommandGroup } from '../command.js';
import { CONFIG_KEYS, saveConfig, type CliConfig } from '../config.js';
import { CliError, keyValues } from '../output.js';

function register(cmd: Command): void {
  cmd
    .command('get')
    .description('show the config file and its values')
    .action(
      action(async (ctx) => ({
        data: { path: ctx.configFile, config: ctx.config, effective: { endpoint: ctx.endpoint, walletPath: ctx.walletPath, walletName: ctx.walletName, hotkey: ctx.hotkeyName, rateTolerance: ctx.rateTolerance } },
        human: keyValues([['file', ctx.configFile], ['endpoint', ctx.endpoint], ['wallet path', ctx.walletPath], ['wallet name', ctx.walletName], ['hotkey', ctx.hotkeyName], ['rate tolerance', String(ctx.rateTolerance)]]),
      })),
    );
  cmd
    .command('set <key> <value>')
    .description(`set a default (${CONFIG_KEYS.join(', ')})`)
    .action(
      action(async (ctx, _o, [key, value]) => {
        if (!(CONFIG_KEYS as readonly string[]).includes(key)) throw new CliError('USAGE', `unknown config key "${key}"`, `keys: ${CONFIG_KEYS.join(', ')}`);
        const next: CliConfig = { ...ctx.config, [key]: key === 'rate_tolerance' ? Number(value) : value };
        saveConfig(next, ctx.configFile);
        return { data: { path: ctx.configFile, config: next }, human: `${key} = ${value} (${ctx.configFile})` };
      }),
    );
  cmd
    .command('clear')
    .description('remove every default')
    .action(
      action(async (ctx) => {
        saveConfig({}, ctx.configFile);
        return { data: { path: ctx.configFile, config: {} }, human: `cleared ${ctx.configFile}` };
      }),
    );
}

export const group: CommandGroup = { name: 'config', aliases: ['c', 'conf'], description: 'defaults for endpoint, wallet and staking tolerance', order: 80, register };
