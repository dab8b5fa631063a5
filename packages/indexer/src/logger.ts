/** The logger shape shared with @tensorium/node (pino's call shape): `log.info({ fields }, 'message')`. */
export interface Logger {
  debug(fields: Record<string, unknown>, msg: string): void;
  info(fields: Record<string, unknown>, msg: string): void;
  warn(fields: Record<string, unknown>, msg: string): void;
  error(fields: Record<string, unknown>, msg: string): void;
}

const noop = (): void => undefined;
export const silentLogger: Logger = { debug: noop, info: noop, warn: noop, error: noop };

/** JSON lines on stderr at `info` and above (or `debug`). */
export function consoleLogger(level: 'debug' | 'info' | 'warn' = 'info'): Logger {
  const order = { debug: 10, info: 20, warn: 30, error: 40 } as const;
  const min = order[level];
  const w = (lv: keyof typeof order) => (fields: Record<string, unknown>, msg: string) => {
    if (order[lv] < min) return;
    process.stderr.write(JSON.stringify({ level: lv, time: Date.now(), msg, ...fields }, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) + '\n');
  };
  return { debug: w('debug'), info: w('info'), warn: w('warn'), error: w('error') };
}
