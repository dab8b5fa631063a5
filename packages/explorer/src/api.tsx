// HTTP client for the indexer API (packages/indexer/API.md) with a small request cache.
// Requests are keyed by path; the router prefetches a page's paths while the page's code chunk loads, so
// data and code arrive in parallel (no request waterfall), and the page's hooks pick up the same promises.
import { useEffect, useRef, useState } from 'react';
import type { ApiErrorBody } from './types.js';

export const API_PREFIX = '/api/v1';

/** An error answered by the indexer (`{ error: { code, message, details } }`) or a network failure. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details: Record<string, unknown>;
  constructor(code: string, message: string, status: number, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.details = details;
  }
}

interface CacheEntry {
  promise: Promise<unknown>;
  value?: unknown;
  error?: ApiError;
  at: number;
}

const cache = new Map<string, CacheEntry>();
/** Cached answers younger than this are reused without a request (live data refreshes via `version`). */
const FRESH_MS = 5_000;
const MAX_ENTRIES = 300;

async function request<T>(path: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch(API_PREFIX + path, { headers: { accept: 'application/json' } });
  } catch (e) {
    throw new ApiError('NETWORK', `cannot reach the indexer: ${(e as Error).message}`, 0);
  }
  const text = await res.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    throw new ApiError('BAD_RESPONSE', `indexer answered non-JSON (${res.status})`, res.status);
  }
  if (!res.ok) {
    const err = (body as ApiErrorBody | null)?.error;
    throw new ApiError(err?.code ?? `HTTP_${res.status}`, err?.message ?? res.statusText, res.status, err?.details ?? {});
  }
  return body as T;
}

/** Fetches `path` (relative to /api/v1) through the cache; `force` bypasses a fresh cached answer. */
export function apiGet<T>(path: string, force = false): Promise<T> {
  const hit = cache.get(path);
  if (hit && !force && (hit.value === undefined || Date.now() - hit.at < FRESH_MS) && hit.error === undefined) {
    return hit.promise as Promise<T>;
  }
  const entry: CacheEntry = { promise: Promise.resolve(), at: Date.now() };
  entry.promise = request<T>(path).then(
    (v) => {
      entry.value = v;
      entry.at = Date.now();
      return v;
    },
    (e: unknown) => {
      entry.error = e instanceof ApiError ? e : new ApiError('UNKNOWN', String(e), 0);
      throw entry.error;
    },
  );
  entry.promise.catch(() => undefined);
  cache.set(path, entry);
  if (cache.size > MAX_ENTRIES) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return entry.promise as Promise<T>;
}

/** Starts requests for `paths` now (used by the router at navigation time). */
export function prefetch(paths: string[]): void {
  for (const p of paths) apiGet(p).catch(() => undefined);
}

function cachedValue<T>(path: string | null): T | undefined {
  if (path === null) return undefined;
  return cache.get(path)?.value as T | undefined;
}

export interface ApiState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
}

/**
 * Loads `path` and re-loads it whenever `version` changes (pass a live counter such as the latest block
 * number to keep a view current). While re-loading, the previous answer stays on screen.
 */
export function useApi<T>(path: string | null, version: number | string = 0): ApiState<T> {
  const [state, setState] = useState<ApiState<T>>(() => ({
    data: cachedValue<T>(path),
    error: undefined,
    loading: path !== null && cachedValue<T>(path) === undefined,
  }));
  const first = useRef(true);
  const lastPath = useRef(path);
  useEffect(() => {
    if (path === null) {
      setState({ data: undefined, error: undefined, loading: false });
      return;
    }
    let alive = true;
    const pathChanged = lastPath.current !== path;
    lastPath.current = path;
    if (pathChanged) setState({ data: cachedValue<T>(path), error: undefined, loading: cachedValue<T>(path) === undefined });
    const force = !first.current && !pathChanged;
    first.current = false;
    apiGet<T>(path, force).then(
      (data) => alive && setState({ data, error: undefined, loading: false }),
      (error: ApiError) => alive && setState((s) => ({ data: pathChanged ? undefined : s.data, error, loading: false })),
    );
    return () => {
      alive = false;
    };
  }, [path, version]);
  return state;
}

/** Builds a query string from defined values: qs({ a: 1, b: undefined }) → "?a=1". */
export function qs(params: Record<string, string | number | boolean | null | undefined>): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    parts.push(`${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}
