/**
 * `tensorium indexer …`: run() hands the arguments unchanged to the owning package's command before
 * commander parses anything; this entry only lists the group in `--help`.
 */
import type { Command } from 'commander';
import type { CommandGroup } from '../command.js';

function register(cmd: Command): void {
  cmd.helpOption(false).allowUnknownOption().allowExcessArguments();
}

export const group: CommandGroup = { name: 'indexer', description: 'index a node into SQLite/PostgreSQL and serve the API and explorer (--node ws://… --db FILE --port N)', order: 86, register };
