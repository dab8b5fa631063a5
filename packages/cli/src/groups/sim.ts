/**
 * `tensorium sim …`: run() hands the arguments unchanged to the owning package's command before
 * commander parses anything; this entry only lists the group in `--help`.
 */
import type { Command } from 'commander';
import type { CommandGroup } from '../command.js';

function register(cmd: Command): void {
  cmd.helpOption(false).allowUnknownOption().allowExcessArguments();
}

export const group: CommandGroup = { name: 'sim', description: 'economic simulator on the real runtime (list | run <scenario> --out DIR | compare a b)', order: 80, register };
