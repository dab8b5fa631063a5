/** A small structured (JSON lines) logger with pino's call shape: `log.info({ fields }, 'message')`. */
export type Level = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface Logger {
  debug(fields: Record<string, unknown>, msg: string): void;
  info(fields: Record<string, unknown>, msg: string): void;
  warn(fields: Record<string, unknown>, msg: string): void;
  error(fields: Record<string, unknown>, msg: string): void;
}

export function createLogger(level: Level = 'info', out: (line: string) => void = (l) => process.stderr.write(l + '\n'), base: Record<string, unknown> = {}): Logger {
  const min = ORDER[level];
  const write = (lv: Exclude<Level, 'silent'>) => (fields: Record<string, unknown>, msg: string) => {
    if (ORDER[lv] < min) return;
    out(JSON.stringify({ level: lv, time: Date.now(), ...base, msg, ...fields }, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)));
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

export const silentLogger: Logger = createLogger('silent');
