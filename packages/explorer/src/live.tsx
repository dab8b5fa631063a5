// Live updates from the indexer's WebSocket (/api/v1/ws): new blocks, subnet figures after each block, and
// metagraph snapshots. One connection for the whole app, re-opened with backoff when it drops.
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { API_PREFIX } from './api.js';
import type { Block, LiveMessage, Subnet } from './types.js';

export interface LiveState {
  connected: boolean;
  /** The newest indexed block seen on the socket. */
  head: Block | null;
  /** Newest first, at most RECENT_BLOCKS. */
  recentBlocks: Block[];
  subnets: Subnet[] | null;
  /** netuid → block number of the newest metagraph snapshot announced. */
  metagraph: Record<number, number>;
}

const RECENT_BLOCKS = 25;

let state: LiveState = { connected: false, head: null, recentBlocks: [], subnets: null, metagraph: {} };
const listeners = new Set<() => void>();
let socket: WebSocket | null = null;
let retryMs = 500;
let retryTimer: ReturnType<typeof setTimeout> | null = null;

function set(next: Partial<LiveState>): void {
  state = { ...state, ...next };
  for (const l of listeners) l();
}

function handle(msg: LiveMessage): void {
  switch (msg.type) {
    case 'block': {
      const b = msg.data;
      if (state.head && b.block_number < state.head.block_number) return;
      const recent = [b, ...state.recentBlocks.filter((x) => x.block_number !== b.block_number)].slice(0, RECENT_BLOCKS);
      set({ head: b, recentBlocks: recent });
      break;
    }
    case 'subnets':
      set({ subnets: msg.data });
      break;
    case 'metagraph':
      set({ metagraph: { ...state.metagraph, [msg.data.netuid]: msg.data.block_number } });
      break;
  }
}

function connect(): void {
  if (socket || typeof window === 'undefined') return;
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${API_PREFIX}/ws`;
  const ws = new WebSocket(url);
  socket = ws;
  ws.onopen = () => {
    retryMs = 500;
    set({ connected: true });
  };
  ws.onmessage = (ev) => {
    try {
      handle(JSON.parse(String(ev.data)) as LiveMessage);
    } catch {
      // a malformed message is dropped; the next block brings the view up to date again
    }
  };
  ws.onclose = () => {
    socket = null;
    set({ connected: false });
    if (listeners.size > 0 && retryTimer === null) {
      retryTimer = setTimeout(() => {
        retryTimer = null;
        connect();
      }, retryMs);
      retryMs = Math.min(retryMs * 2, 10_000);
    }
  };
  ws.onerror = () => ws.close();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  connect();
  return () => {
    listeners.delete(listener);
  };
}

/** The live state; components re-render when it changes. */
export function useLive(): LiveState {
  return useSyncExternalStore(subscribe, () => state);
}

/** The newest block number seen live (0 before the first message), handy as a `useApi` version. */
export function useHeadNumber(): number {
  return useSyncExternalStore(subscribe, () => state.head?.block_number ?? 0);
}

/** Block number of the newest metagraph snapshot announced for `netuid` (0 if none yet). */
export function useMetagraphVersion(netuid: number): number {
  return useSyncExternalStore(subscribe, () => state.metagraph[netuid] ?? 0);
}

/** Live subnets list (null until the first `subnets` message). */
export function useLiveSubnets(): Subnet[] | null {
  return useSyncExternalStore(subscribe, () => state.subnets);
}

/**
 * The live head number, updated at most once per `minMs`: a refresh key for views that re-ask the API on
 * new blocks without hammering it on a fast (250 ms) localnet.
 */
export function useThrottledHead(minMs = 1_000): number {
  const head = useHeadNumber();
  const [shown, setShown] = useState(head);
  const last = useRef(0);
  useEffect(() => {
    if (head === shown) return;
    const show = () => {
      last.current = Date.now();
      setShown(head);
    };
    const wait = last.current + minMs - Date.now();
    if (wait <= 0) {
      show();
      return;
    }
    const t = setTimeout(show, wait);
    return () => clearTimeout(t);
  }, [head, shown, minMs]);
  return shown;
}
