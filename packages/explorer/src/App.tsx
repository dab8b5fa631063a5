// The app shell: header with navigation, search and the live indicator; the route table with code-split pages.
import { Suspense, lazy, useEffect, useRef, useState, type ComponentType, type FormEvent } from 'react';
import { apiGet, prefetch } from './api.js';
import { classifyQuery, pickSearchResult } from './format.js';
import { useLive } from './live.js';
import { paths } from './paths.js';
import { Link, matchPath, navigate, useLocation } from './router.js';
import type { ItemResponse, SearchResult } from './types.js';

export interface PageProps {
  params: Record<string, string>;
  query: URLSearchParams;
}

interface Route {
  pattern: string;
  page: ComponentType<PageProps>;
  load: () => Promise<unknown>;
  /** API paths the page will ask for, started before its code arrives. */
  data?: (params: Record<string, string>, query: URLSearchParams) => string[];
}

function route(pattern: string, load: () => Promise<{ default: ComponentType<PageProps> }>, data?: Route['data']): Route {
  return { pattern, page: lazy(load), load, data };
}

const filterOf = (query: URLSearchParams, keys: string[]) => Object.fromEntries(keys.map((k) => [k, query.get(k) ?? undefined]));
export const EXTRINSIC_FILTERS = ['block_number', 'signer', 'call_module', 'call_name', 'success'];
export const EVENT_FILTERS = ['block_number', 'pallet', 'name', 'extrinsic_id'];

const routes: Route[] = [
  route('/', () => import('./pages/Home.js'), () => [paths.networkLatest(), paths.blocks(1, 10), paths.transfers({}, 1, 10), paths.extrinsics({ signed: 'true' }, 1, 10)]),
  route('/subnets', () => import('./pages/Subnets.js'), () => [paths.subnets(), paths.emissionHistory()]),
  route('/subnets/:netuid', () => import('./pages/Subnet.js'), (p) => {
    const n = Number(p.netuid);
    return [paths.subnet(n), paths.metagraph(n), paths.candles(n, '15m'), paths.poolHistory(n), paths.registrationCost(n), paths.subnetEmission(n)];
  }),
  route('/validators', () => import('./pages/Validators.js'), () => [paths.validators(), paths.networkLatest()]),
  route('/validators/:hotkey', () => import('./pages/Validator.js'), (p) => [paths.validator(p.hotkey)]),
  route('/accounts', () => import('./pages/Accounts.js'), (_, q) => [paths.accounts(Number(q.get('page') ?? 1))]),
  route('/accounts/:address', () => import('./pages/Account.js'), (p) => [paths.account(p.address), paths.accountBalanceHistory(p.address), paths.accountTransfers(p.address), paths.accountExtrinsics(p.address)]),
  route('/blocks', () => import('./pages/Blocks.js'), (_, q) => [paths.blocks(Number(q.get('page') ?? 1))]),
  route('/blocks/:id', () => import('./pages/Block.js'), (p) => [paths.block(p.id)]),
  route('/extrinsics', () => import('./pages/Extrinsics.js'), (_, q) => [paths.extrinsics(filterOf(q, EXTRINSIC_FILTERS), Number(q.get('page') ?? 1))]),
  route('/extrinsics/:id', () => import('./pages/Extrinsic.js'), (p) => [paths.extrinsic(p.id), paths.events({ extrinsic_id: p.id }, 1, 100)]),
  route('/events', () => import('./pages/Events.js'), (_, q) => [paths.events(filterOf(q, EVENT_FILTERS), Number(q.get('page') ?? 1))]),
  route('/search', () => import('./pages/Search.js'), (_, q) => [paths.search(q.get('q') ?? '')]),
];

const NAV: [string, string][] = [
  ['/', 'Home'],
  ['/subnets', 'Subnets'],
  ['/validators', 'Validators'],
  ['/accounts', 'Accounts'],
  ['/blocks', 'Blocks'],
  ['/extrinsics', 'Extrinsics'],
  ['/events', 'Events'],
];

function resolve(pathname: string): { route: Route; params: Record<string, string> } | null {
  for (const r of routes) {
    const params = matchPath(r.pattern, pathname);
    if (params) return { route: r, params };
  }
  return null;
}

/** Starts a page's code and data requests together (called on navigation and on first load). */
export function preload(pathname: string, search: string): void {
  const m = resolve(pathname);
  if (!m) return;
  m.route.load().catch(() => undefined);
  if (m.route.data) prefetch(m.route.data(m.params, new URLSearchParams(search)));
}

function SearchBox() {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [suggestions, setSuggestions] = useState<SearchResult[]>([]);
  const [open, setOpen] = useState(false);
  const asked = useRef('');

  // suggestions as you type (debounced; only the newest answer is shown)
  useEffect(() => {
    const q = text.trim();
    if (q.length < 2) {
      setSuggestions([]);
      return;
    }
    const t = setTimeout(() => {
      asked.current = q;
      apiGet<ItemResponse<SearchResult[]>>(paths.search(q)).then(
        (res) => asked.current === q && setSuggestions(res.data.slice(0, 8)),
        () => asked.current === q && setSuggestions([]),
      );
    }, 200);
    return () => clearTimeout(t);
  }, [text]);

  const go = (path: string) => {
    setOpen(false);
    setText('');
    navigate(path);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const q = text.trim();
    if (!q) return;
    setBusy(true);
    try {
      const res = await apiGet<ItemResponse<SearchResult[]>>(paths.search(q));
      const hit = pickSearchResult(q, res.data);
      if (hit) {
        go(hit.path);
        return;
      }
    } catch {
      // fall through: the shape of the query still says where to go
    } finally {
      setBusy(false);
    }
    // no single answer: go where the shape of the query points, else list what matched
    const kind = classifyQuery(q);
    if (kind === 'block_number') go(`/blocks/${q}`);
    else if (kind === 'address') go(`/accounts/${q}`);
    else if (kind === 'call') {
      const [module, name] = q.split('.');
      go(`/extrinsics?call_module=${encodeURIComponent(module)}&call_name=${encodeURIComponent(name)}`);
    } else go(`/search?q=${encodeURIComponent(q)}`);
  };
  return (
    <form className="search" role="search" onSubmit={submit}>
      <input
        type="search"
        placeholder="Block, hash, address, pallet.call"
        aria-label="Search"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        data-testid="search-input"
        autoComplete="off"
      />
      <button type="submit" disabled={busy}>
        {busy ? '…' : 'Search'}
      </button>
      {open && suggestions.length > 0 && text.trim().length >= 2 && (
        <ul className="suggestions" role="listbox" data-testid="search-suggestions">
          {suggestions.map((r) => (
            <li key={r.path} role="option" aria-selected={false}>
              <a
                href={r.path}
                onMouseDown={(e) => {
                  e.preventDefault();
                  go(r.path);
                }}
              >
                <span className="pill">{r.kind}</span> {r.label}
              </a>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}

function Header() {
  const live = useLive();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  return (
    <header className="topbar">
      <div className="topbar-row">
        <Link to="/" className="brand">
          <span className="logo">τ</span> Tensorium
        </Link>
        <span className={`live ${live.connected ? 'on' : 'off'}`} title={live.connected ? 'Live' : 'Reconnecting'} data-testid="live-indicator">
          <span className="dot" />
          {live.head ? `#${live.head.block_number.toLocaleString('en-US')}` : live.connected ? 'live' : 'offline'}
        </span>
        <button type="button" className="menu-toggle" aria-label="Menu" onClick={() => setOpen(!open)}>
          ☰
        </button>
      </div>
      <nav className={open ? 'open' : ''}>
        {NAV.map(([to, label]) => (
          <Link key={to} to={to} className={(to === '/' ? pathname === '/' : pathname.startsWith(to)) ? 'active' : ''} onClick={() => setOpen(false)}>
            {label}
          </Link>
        ))}
      </nav>
      <SearchBox />
    </header>
  );
}

function NotFound() {
  return (
    <div className="card">
      <h1>Not found</h1>
      <p className="muted">There is no page at this address.</p>
      <Link to="/">Back home</Link>
    </div>
  );
}

let lastPreloaded = '';

export function App() {
  const location = useLocation();
  const key = location.pathname + location.search;
  if (key !== lastPreloaded) {
    // idempotent: cached requests are shared with the page's own hooks
    lastPreloaded = key;
    preload(location.pathname, location.search);
  }
  const m = resolve(location.pathname);
  const Page = m?.route.page;
  return (
    <div className="app">
      <Header />
      <main>
        <Suspense fallback={<div className="muted loading">Loading…</div>}>
          {Page && m ? <Page key={m.route.pattern + JSON.stringify(m.params)} params={m.params} query={new URLSearchParams(location.search)} /> : <NotFound />}
        </Suspense>
      </main>
      <footer className="muted">Tensorium explorer · data from the Tensorium indexer</footer>
    </div>
  );
}
