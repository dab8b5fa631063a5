// Shared building blocks: cards, stat tiles, sortable tables that scroll sideways on a phone, addresses
// with copy buttons, pagination.
import { useMemo, useState, type ReactNode } from 'react';
import type { ApiError } from '../api.js';
import { decimalSign, formatChangePercent, shortAddress, shortHash } from '../format.js';
import { Link, navigate } from '../router.js';
import type { Pagination } from '../types.js';

export function Card({ title, children, actions, testId }: { title?: ReactNode; children: ReactNode; actions?: ReactNode; testId?: string }) {
  return (
    <section className="card" data-testid={testId}>
      {(title || actions) && (
        <header className="card-head">
          {title && <h2>{title}</h2>}
          {actions && <div className="card-actions">{actions}</div>}
        </header>
      )}
      {children}
    </section>
  );
}

export function Stat({ label, value, sub, testId }: { label: string; value: ReactNode; sub?: ReactNode; testId?: string }) {
  return (
    <div className="stat">
      <div className="stat-label">{label}</div>
      <div className="stat-value" data-testid={testId}>
        {value}
      </div>
      {sub !== undefined && <div className="stat-sub">{sub}</div>}
    </div>
  );
}

export function Loading({ what = 'Loading' }: { what?: string }) {
  return <div className="muted loading">{what}…</div>;
}

export function ErrorBox({ error }: { error: ApiError | undefined }) {
  if (!error) return null;
  return (
    <div className="error" role="alert">
      <strong>{error.code}</strong> {error.message}
    </div>
  );
}

export function CopyButton({ text }: { text: string }) {
  const [done, setDone] = useState(false);
  return (
    <button
      type="button"
      className="copy"
      title="Copy"
      aria-label="Copy to clipboard"
      onClick={(e) => {
        e.preventDefault();
        e.stopPropagation();
        const finish = () => {
          setDone(true);
          setTimeout(() => setDone(false), 1200);
        };
        if (navigator.clipboard) navigator.clipboard.writeText(text).then(finish, finish);
        else finish();
      }}
    >
      {done ? (
        <svg width="12" height="12" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M2 8.5l4 4 8-9" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
      ) : (
        <svg width="12" height="12" viewBox="0 0 16 16" aria-hidden="true">
          <rect x="5" y="5" width="9" height="9" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M11 3.5V3a1 1 0 0 0-1-1H3a1 1 0 0 0-1 1v7a1 1 0 0 0 1 1h.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      )}
    </button>
  );
}

/** An SS58 address, shortened, linked to its account page, with a copy button (full text in the title). */
export function Address({ address, to, full = false }: { address: string | null | undefined; to?: string; full?: boolean }) {
  if (!address) return <span className="muted">—</span>;
  return (
    <span className="addr" title={address}>
      <Link to={to ?? `/accounts/${address}`} className="mono">
        {full ? address : shortAddress(address)}
      </Link>
      <CopyButton text={address} />
    </span>
  );
}

export function Hash({ hash, to, full = false }: { hash: string | null | undefined; to?: string; full?: boolean }) {
  if (!hash) return <span className="muted">—</span>;
  const text = full ? hash : shortHash(hash);
  return (
    <span className="addr" title={hash}>
      {to ? (
        <Link to={to} className="mono">
          {text}
        </Link>
      ) : (
        <span className="mono">{text}</span>
      )}
      <CopyButton text={hash} />
    </span>
  );
}

/** A percent change with colour: green up, red down. */
export function Change({ value }: { value: string | null | undefined }) {
  const s = decimalSign(value);
  return <span className={s === 1 ? 'up' : s === -1 ? 'down' : 'muted'}>{formatChangePercent(value)}</span>;
}

export interface Column<T> {
  key: string;
  label: ReactNode;
  render: (row: T) => ReactNode;
  /** Comparator for sorting by this column (ascending); columns without one are not sortable. */
  sort?: (a: T, b: T) => number;
  align?: 'left' | 'right';
  title?: string;
}

export function DataTable<T>({
  rows,
  columns,
  rowKey,
  initialSort,
  testId,
  empty = 'Nothing here yet',
  onRowClick,
}: {
  rows: T[];
  columns: Column<T>[];
  rowKey: (row: T) => string | number;
  initialSort?: { key: string; desc: boolean };
  testId?: string;
  empty?: string;
  onRowClick?: (row: T) => string | undefined;
}) {
  const [sort, setSort] = useState(initialSort ?? null);
  const sorted = useMemo(() => {
    const col = sort && columns.find((c) => c.key === sort.key);
    if (!col?.sort || !sort) return rows;
    const cmp = col.sort;
    const out = [...rows].sort(cmp);
    return sort.desc ? out.reverse() : out;
  }, [rows, columns, sort]);
  return (
    <div className="table-wrap">
      <table data-testid={testId}>
        <thead>
          <tr>
            {columns.map((c) => {
              const active = sort?.key === c.key;
              return (
                <th
                  key={c.key}
                  className={`${c.align === 'right' ? 'num' : ''} ${c.sort ? 'sortable' : ''}`}
                  title={c.title}
                  aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : undefined}
                  onClick={c.sort ? () => setSort(active && sort ? { key: c.key, desc: !sort.desc } : { key: c.key, desc: true }) : undefined}
                >
                  {c.label}
                  {active ? (sort.desc ? ' ▾' : ' ▴') : ''}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="muted empty">
                {empty}
              </td>
            </tr>
          ) : (
            sorted.map((r) => {
              const to = onRowClick?.(r);
              return (
                <tr key={rowKey(r)} className={to ? 'clickable' : undefined} onClick={to ? () => navigate(to) : undefined}>
                  {columns.map((c) => (
                    <td key={c.key} className={c.align === 'right' ? 'num' : undefined}>
                      {c.render(r)}
                    </td>
                  ))}
                </tr>
              );
            })
          )}
        </tbody>
      </table>
    </div>
  );
}

export function Pager({ pagination, onPage }: { pagination: Pagination | undefined; onPage: (page: number) => void }) {
  if (!pagination || pagination.total_pages <= 1) return null;
  return (
    <div className="pager">
      <button type="button" disabled={pagination.prev_page === null} onClick={() => pagination.prev_page && onPage(pagination.prev_page)}>
        ‹ Prev
      </button>
      <span className="muted">
        Page {pagination.current_page} of {pagination.total_pages} · {pagination.total_items} items
      </span>
      <button type="button" disabled={pagination.next_page === null} onClick={() => pagination.next_page && onPage(pagination.next_page)}>
        Next ›
      </button>
    </div>
  );
}

export function Tabs({ tabs, active, onChange }: { tabs: { key: string; label: string }[]; active: string; onChange: (key: string) => void }) {
  return (
    <div className="tabs" role="tablist">
      {tabs.map((t) => (
        <button key={t.key} type="button" role="tab" aria-selected={t.key === active} className={t.key === active ? 'active' : ''} onClick={() => onChange(t.key)}>
          {t.label}
        </button>
      ))}
    </div>
  );
}

/** Key/value rows for detail pages. */
export function InfoTable({ rows, testId }: { rows: [string, ReactNode][]; testId?: string }) {
  return (
    <div className="table-wrap">
      <table className="info" data-testid={testId}>
        <tbody>
          {rows.map(([k, v]) => (
            <tr key={k}>
              <th>{k}</th>
              <td>{v}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** JSON args/data, bigint-safe (values already arrive as strings). */
export function JsonView({ value }: { value: unknown }) {
  return <pre className="json">{JSON.stringify(value, null, 2)}</pre>;
}

export function BlockLink({ n }: { n: number | null | undefined }) {
  if (n === null || n === undefined) return <span className="muted">—</span>;
  return <Link to={`/blocks/${n}`}>#{n.toLocaleString('en-US')}</Link>;
}
