/**
 * `tensorium node …`: the dev node. `run()` hands these arguments unchanged to @tensorium/node's
 * CLI before commander parses anything; this entry only lists the group in `--help`.
 */
import type { Command } from 'commander';
import type { CommandGroup } from '../command.js';

function register(cmd: Command): void {
  cmd.helpOption(false).allowUnknownOption().allowExcessArguments();
  cmd.usage('[--dev] [--tmp] [--rpc-port N] [--sealing instant|manual|MS] [--preset fast|mainnet] [--base-path DIR] …');
}

export const group: CommandGroup = { name: 'node', description: 'run a Tensorium dev node (`tensorium node --help`)', order: 90, register };
