/**
 * Typed synapses and the v1 wire format shared by axon and dendrite (spec/sdk.md §1.2–1.5, §1.8).
 *
 * A synapse is defined once with zod: `defineSynapse({ name, request, response, requiredHashFields })`.
 * The Python class it mirrors has the request fields followed by the response fields; `name` is the
 * Python class name and the route (`POST /<name>`). `requiredHashFields` are hashed in the listed order.
 */
import { z } from 'zod';
import { SynapseError } from './errors.js';
import { hasDefault, pyEmptyJson, pyFloatRepr, pyStr, pyTypeOf, type PyType } from './pytype.js';
import { sha3Hex } from './crypto.js';

/** `version_as_int` of the Bittensor SDK whose wire behaviour this implements (10.2.0; spec §1.2). */
export const PROTOCOL_VERSION = 10_002_000;
/** Python's `V_7_2_0`: dendrites at or above it get the nonce-window check (axon.py default_verify). */
export const V_7_2_0 = 7_002_000;
/** Default `Synapse.timeout` and dendrite timeout, seconds (spec §2.6). */
export const DEFAULT_TIMEOUT_S = 12;
/** SHA3-256 of the empty string: the body hash of a synapse without required hash fields. */
export const EMPTY_BODY_HASH = 'a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a';

export type AnyObjectSchema = z.ZodObject<z.ZodRawShape>;

export interface SynapseDefinitionInput<Req extends AnyObjectSchema, Res extends AnyObjectSchema, S extends boolean> {
  /** Python class name = route. */
  readonly name: string;
  readonly request: Req;
  readonly response: Res;
  /** Field names hashed into `computed_body_hash`, in this order (Python `required_hash_fields`). */
  readonly requiredHashFields?: readonly (keyof z.output<Req> | keyof z.output<Res>)[];
  /** A streaming synapse (Python `StreamingSynapse`): the axon answers with raw chunks. */
  readonly streaming?: S;
}

export interface SynapseDefinition<Req extends AnyObjectSchema = AnyObjectSchema, Res extends AnyObjectSchema = AnyObjectSchema, S extends boolean = boolean> {
  readonly name: string;
  readonly request: Req;
  readonly response: Res;
  readonly requiredHashFields: readonly string[];
  readonly streaming: S;
  /** Python shape of every field (request then response, declaration order). */
  readonly fields: ReadonlyMap<string, PyType>;
  /** Request fields without a default: each gets a `bt_header_input_obj_*` placeholder. */
  readonly requiredFields: readonly string[];
  /** Some field holds a bigint: bodies are parsed with the lossless JSON parser. */
  readonly lossless: boolean;
}

export type RequestOf<D extends SynapseDefinition> = z.output<D['request']>;
export type RequestInputOf<D extends SynapseDefinition> = z.input<D['request']>;
export type ResponseOf<D extends SynapseDefinition> = z.output<D['response']>;
export type ResponseInputOf<D extends SynapseDefinition> = z.input<D['response']>;

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
const BASE_FIELDS = new Set(['name', 'timeout', 'total_size', 'header_size', 'dendrite', 'axon', 'computed_body_hash', 'required_hash_fields']);

/** Whether a zod definition tree contains `z.bigint()` anywhere. */
function containsBigint(schema: z.ZodType): boolean {
  const seen = new Set<unknown>();
  const walk = (s: unknown, depth: number): boolean => {
    if (depth > 64 || typeof s !== 'object' || s === null || seen.has(s)) return false;
    seen.add(s);
    const d = (s as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    if (!d) return false;
    if (d.type === 'bigint') return true;
    for (const v of Object.values(d)) {
      if (Array.isArray(v)) {
        if (v.some((x) => walk(x, depth + 1))) return true;
      } else if (typeof v === 'object' && v !== null) {
        if ('_zod' in v) {
          if (walk(v, depth + 1)) return true;
        } else if (Object.values(v).some((x) => walk(x, depth + 1))) return true;
      }
    }
    return false;
  };
  return walk(schema, 0);
}

/**
 * Define a synapse.
 * @example
 * const Dummy = defineSynapse({
 *   name: 'Dummy',
 *   request: z.object({ dummy_input: z.int() }),
 *   response: z.object({ dummy_output: z.int().nullable().default(null) }),
 *   requiredHashFields: ['dummy_input'],
 * });
 */
export function defineSynapse<Req extends AnyObjectSchema, Res extends AnyObjectSchema, S extends boolean = false>(
  input: SynapseDefinitionInput<Req, Res, S>,
): SynapseDefinition<Req, Res, S> {
  const { name } = input;
  if (!IDENT.test(name)) throw new SynapseError('INVALID_DEFINITION', `synapse name must be a Python identifier: ${JSON.stringify(name)}`, { name });
  const fields = new Map<string, PyType>();
  for (const [k, s] of Object.entries(input.request.shape)) fields.set(k, pyTypeOf(s as z.ZodType));
  for (const [k, s] of Object.entries(input.response.shape)) {
    if (fields.has(k)) throw new SynapseError('INVALID_DEFINITION', `field ${k} is in both request and response`, { name, field: k });
    fields.set(k, pyTypeOf(s as z.ZodType));
  }
  for (const k of fields.keys()) {
    if (BASE_FIELDS.has(k)) throw new SynapseError('INVALID_DEFINITION', `field ${k} is a Synapse base field`, { name, field: k });
  }
  const requiredHashFields = (input.requiredHashFields ?? []).map(String);
  for (const f of requiredHashFields) {
    if (!fields.has(f)) throw new SynapseError('INVALID_DEFINITION', `required hash field ${f} is not a field of ${name}`, { name, field: f });
  }
  const requiredFields = Object.entries(input.request.shape)
    .filter(([, s]) => !hasDefault(s as z.ZodType))
    .map(([k]) => k);
  const lossless = containsBigint(input.request) || containsBigint(input.response);
  return Object.freeze({
    name,
    request: input.request,
    response: input.response,
    requiredHashFields,
    streaming: (input.streaming ?? false) as S,
    fields,
    requiredFields,
    lossless,
  });
}

/** `str(dump[field])` of each required hash field: the strings that are hashed. */
export function hashedStrings(def: SynapseDefinition, dump: Readonly<Record<string, unknown>>, raw?: Readonly<Record<string, unknown>>): string[] {
  return def.requiredHashFields.map((f) => pyStr(dump[f], def.fields.get(f), raw?.[f]));
}

/**
 * `Synapse.body_hash`: sha3_256_hex(concat(sha3_256_hex(str(dump[f])) for f in required_hash_fields)).
 * `dump` holds the synapse's field values (request and response fields); a missing field is None.
 * `raw`, when given, is the body as parsed from JSON (dict key order is taken from it).
 */
export function bodyHash(def: SynapseDefinition, dump: Readonly<Record<string, unknown>>, raw?: Readonly<Record<string, unknown>>): string {
  if (def.requiredHashFields.length === 0) return EMPTY_BODY_HASH;
  let inner = '';
  for (const s of hashedStrings(def, dump, raw)) inner += sha3Hex(s);
  return sha3Hex(inner);
}

/** The message a dendrite signs (spec §1.5): `{nonce}.{dendrite_hotkey}.{axon_hotkey}.{dendrite_uuid}.{body_hash}`. */
export function requestMessage(p: { nonce: bigint; dendriteHotkey: string; axonHotkey: string; dendriteUuid: string; bodyHash: string }): string {
  return `${p.nonce}.${p.dendriteHotkey}.${p.axonHotkey}.${p.dendriteUuid}.${p.bodyHash}`;
}

/**
 * The message a Tensorium axon signs over its response (an extension; Python axons do not send it):
 * `{axon_nonce}.{dendrite_hotkey}.{axon_hotkey}.{axon_uuid}.{dendrite_nonce}.{status_code}.{sha3_256_hex(body bytes)}`.
 * It binds the response to the request (dendrite nonce), the status and the exact body bytes.
 * Carried in `bt_header_axon_response_signature`; streaming responses are not signed.
 */
export function responseMessage(p: {
  axonNonce: bigint;
  dendriteHotkey: string;
  axonHotkey: string;
  axonUuid: string;
  dendriteNonce: bigint;
  statusCode: number;
  bodySha3: string;
}): string {
  return `${p.axonNonce}.${p.dendriteHotkey}.${p.axonHotkey}.${p.axonUuid}.${p.dendriteNonce}.${p.statusCode}.${p.bodySha3}`;
}

// ------------------------------------------------------------------------------------------ terminal info

/** Python `TerminalInfo` (spec §1.2), camel-cased. */
export interface TerminalInfo {
  statusCode?: number;
  statusMessage?: string;
  /** seconds */
  processTime?: number;
  ip?: string;
  port?: number;
  version?: number;
  /** nanoseconds since the Unix epoch */
  nonce?: bigint;
  uuid?: string;
  hotkey?: string;
  signature?: string;
}

/** Wire names in Python's field order. */
export const TERMINAL_FIELDS = [
  ['statusCode', 'status_code'],
  ['statusMessage', 'status_message'],
  ['processTime', 'process_time'],
  ['ip', 'ip'],
  ['port', 'port'],
  ['version', 'version'],
  ['nonce', 'nonce'],
  ['uuid', 'uuid'],
  ['hotkey', 'hotkey'],
  ['signature', 'signature'],
] as const satisfies readonly (readonly [keyof TerminalInfo, string])[];

/** `TerminalInfo.model_dump()`: every field, absent ones as null. */
export function terminalDump(t: TerminalInfo): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const [k, w] of TERMINAL_FIELDS) o[w] = t[k] ?? null;
  return o;
}

/** Python `str(v)` of a header value: floats keep their `.0`. */
function terminalHeaderValue(key: keyof TerminalInfo, v: string | number | bigint): string {
  if (key === 'processTime' && typeof v === 'number') return pyFloatRepr(v);
  return headerSafe(String(v));
}

/** `bt_header_{side}_{field}` for every present field. */
export function terminalHeaders(side: 'axon' | 'dendrite', t: TerminalInfo, out: Record<string, string>): void {
  for (const [k, w] of TERMINAL_FIELDS) {
    const v = t[k];
    if (v !== undefined && v !== null) out[`bt_header_${side}_${w}`] = terminalHeaderValue(k, v);
  }
}

type HeaderBag = Readonly<Record<string, string | string[] | undefined>>;

function h(headers: HeaderBag, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

const INT = /^[+-]?\d+$/;

/** Parse `bt_header_{side}_*` leniently (a malformed value is left out). */
export function parseTerminalHeaders(headers: HeaderBag, side: 'axon' | 'dendrite'): TerminalInfo {
  const t: TerminalInfo = {};
  const p = `bt_header_${side}_`;
  const get = (w: string): string | undefined => h(headers, p + w);
  const int = (w: string): number | undefined => {
    const s = get(w)?.trim();
    return s !== undefined && INT.test(s) ? Number(s) : undefined;
  };
  t.statusCode = int('status_code');
  t.statusMessage = get('status_message');
  const pt = get('process_time');
  if (pt !== undefined && Number.isFinite(Number(pt)) && pt.trim() !== '') t.processTime = Number(pt);
  t.ip = get('ip');
  t.port = int('port');
  t.version = int('version');
  const nonce = get('nonce')?.trim();
  if (nonce !== undefined && INT.test(nonce)) t.nonce = BigInt(nonce);
  t.uuid = get('uuid');
  t.hotkey = get('hotkey');
  t.signature = get('signature');
  for (const k of Object.keys(t) as (keyof TerminalInfo)[]) if (t[k] === undefined) delete t[k];
  return t;
}

/** Header values must be visible ASCII (messages can carry anything). */
export function headerSafe(s: string): string {
  // eslint-disable-next-line no-control-regex
  return /^[\x20-\x7e]*$/.test(s) ? s : s.replace(/[^\x20-\x7e]/g, '?');
}

// ------------------------------------------------------------------------------------------ requests

export interface RequestEnvelope {
  readonly headers: Record<string, string>;
  readonly body: string;
  readonly bodyHash: string;
  readonly message: string;
}

/** The full body dump of a synapse as Python sends it: base fields, terminals, then the fields. */
export function synapseDump(def: SynapseDefinition, p: { timeout: number; dendrite: TerminalInfo; axon: TerminalInfo; values: Readonly<Record<string, unknown>>; totalSize?: number; headerSize?: number }): Record<string, unknown> {
  const o: Record<string, unknown> = {
    name: def.name,
    timeout: p.timeout,
    total_size: p.totalSize ?? 0,
    header_size: p.headerSize ?? 0,
    dendrite: terminalDump(p.dendrite),
    axon: terminalDump(p.axon),
    computed_body_hash: '',
  };
  for (const k of def.fields.keys()) o[k] = p.values[k] ?? null;
  return o;
}

/** Python `str(float)` of a timeout in seconds. */
export function timeoutHeader(seconds: number): string {
  return pyFloatRepr(seconds);
}

/** `bt_header_input_obj_*` placeholders for the required fields present in `values` (spec §1.3). */
export function inputObjHeaders(def: SynapseDefinition, values: Readonly<Record<string, unknown>>, out: Record<string, string>): void {
  for (const f of def.requiredFields) {
    const json = pyEmptyJson(values[f], def.fields.get(f)!);
    if (json !== undefined) out[`bt_header_input_obj_${f}`] = Buffer.from(json).toString('base64');
  }
}
