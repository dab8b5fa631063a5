/** @tensorium/cli: the `tensorium` command. */
export { run, buildProgram, loadGroups } from './program.js';
export { action, type CommandGroup, type CommandResult, type Handler } from './command.js';
export { CliContext, type GlobalOptions } from './context.js';
export { Output, CliError, table, keyValues, toErrorShape, exitCodeFor } from './output.js';
export { loadConfig, saveConfig, configPath, type CliConfig } from './config.js';
