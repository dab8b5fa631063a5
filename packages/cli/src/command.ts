/**
 * What a command group file exports, and `action()`: the wrapper every command runs through
 * (context, output envelope, exit code, cleanup).
 */
import type { Command } from 'commander';
import { CliContext, type GlobalOptions } from './context.js';

/** A command's result: JSON `data` and the human rendering of it. */
export interface CommandResult {
  readonly data: unknown;
  readonly human?: string;
}

/**
 * One `tensorium <group>` (a file in src/groups/ exporting `group`). Groups are discovered from
 * that folder, so another team adds a group by adding one file.
 */
export interface CommandGroup {
  readonly name: string;
  readonly description: string;
  readonly aliases?: readonly string[];
  /** Sort key in `--help` (default 100). */
  readonly order?: number;
  /** Add subcommands to `cmd` (already named and described). */
  register(cmd: Command): void;
}

export type Handler<O> = (ctx: CliContext, opts: O & GlobalOptions, args: string[]) => Promise<CommandResult>;

/** Wrap a handler: builds the context, prints `{ok,data}` or the error envelope, sets the exit code. */
export function action<O>(handler: Handler<O>): (...args: unknown[]) => Promise<void> {
  return async (...args: unknown[]) => {
    const cmd = args[args.length - 1] as Command;
    const opts = cmd.optsWithGlobals() as O & GlobalOptions;
    const positional = args.slice(0, -2).filter((a): a is string => typeof a === 'string');
    let ctx: CliContext | undefined;
    try {
      ctx = new CliContext(opts);
      const r = await handler(ctx, opts, positional);
      ctx.out.success(r.data, r.human);
    } catch (e) {
      const out = ctx?.out ?? new CliContext({ json: opts.json, quiet: opts.quiet }, {}).out;
      process.exitCode = out.failure(e);
    } finally {
      await ctx?.close();
    }
  };
}
