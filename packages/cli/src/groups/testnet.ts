/**
 * `tensorium testnet …`: run() hands the arguments unchanged to the owning package's command before
 * commander parses anything; this entry only lists the group in `--help`.
 */
import type { Command } from 'commander';
import type { CommandGroup } from '../command.js';

function register(cmd: Command): void {
  cmd.helpOption(false).allowUnknownOption().allowExcessArguments();
}

export const group: CommandGroup = { name: 'testnet', description: 'a CometBFT network of N validators on loopback (--validators 4 [--base-port P] [--dir D])', order: 85, register };
