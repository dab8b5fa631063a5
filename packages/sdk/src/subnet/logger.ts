/**
 * Structured neuron logs: one record per event with a level, a message and fields. The default
 * writes JSON lines to stderr; pass your own sink to collect or render them.
 */
export type NeuronLogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface NeuronLogRecord {
  readonly level: NeuronLogLevel;
  readonly time: number;
  /** Which neuron logged (`validator:5F…`, `miner:5G…` or a name you chose). */
  readonly neuron: string;
  readonly msg: string;
  readonly [field: string]: unknown;
}

export interface NeuronLogger {
  debug(msg: string, fields?: Readonly<Record<string, unknown>>): void;
  info(msg: string, fields?: Readonly<Record<string, unknown>>): void;
  warn(msg: string, fields?: Readonly<Record<string, unknown>>): void;
  error(msg: string, fields?: Readonly<Record<string, unknown>>): void;
}

const ORDER: Record<NeuronLogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

const jsonSafe = (_k: string, v: unknown): unknown => (typeof v === 'bigint' ? v.toString() : v instanceof Error ? { name: v.name, message: v.message, code: (v as { code?: unknown }).code } : v);

/**
 * A logger for one neuron.
 * @example
 * const log = createNeuronLogger({ neuron: 'miner:good', level: 'info' });
 * log.info('axon served', { port: 8091 });
 */
export function createNeuronLogger(options: { neuron: string; level?: NeuronLogLevel; sink?: (record: NeuronLogRecord) => void }): NeuronLogger {
  const min = ORDER[options.level ?? 'info'];
  const sink = options.sink ?? ((r: NeuronLogRecord) => process.stderr.write(JSON.stringify(r, jsonSafe) + '\n'));
  const emit = (level: NeuronLogLevel) => (msg: string, fields: Readonly<Record<string, unknown>> = {}) => {
    if (ORDER[level] < min) return;
    sink({ ...fields, level, time: Date.now(), neuron: options.neuron, msg });
  };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}

/** Drops everything (tests). */
export const silentNeuronLogger: NeuronLogger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
