// A small history-API router: the explorer has a dozen flat routes, so a table of patterns is enough.
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent, type ReactNode } from 'react';

export { matchPath } from './route.js';

export interface Location {
  pathname: string;
  search: string;
}

const NAV_EVENT = 'explorer:navigate';
let current: Location = readLocation();

function readLocation(): Location {
  if (typeof window === 'undefined') return { pathname: '/', search: '' };
  return { pathname: window.location.pathname, search: window.location.search };
}

function subscribe(listener: () => void): () => void {
  const update = () => {
    const next = readLocation();
    if (next.pathname !== current.pathname || next.search !== current.search) current = next;
    listener();
  };
  window.addEventListener('popstate', update);
  window.addEventListener(NAV_EVENT, update);
  return () => {
    window.removeEventListener('popstate', update);
    window.removeEventListener(NAV_EVENT, update);
  };
}

export function useLocation(): Location {
  return useSyncExternalStore(subscribe, () => current);
}

/** Query parameters of the current location. */
export function useQuery(): URLSearchParams {
  return new URLSearchParams(useLocation().search);
}

export function navigate(to: string, replace = false): void {
  if (replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAV_EVENT));
  if (!replace) window.scrollTo(0, 0);
}

export function Link({ to, children, ...rest }: { to: string; children: ReactNode } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    rest.onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} {...rest} onClick={onClick}>
      {children}
    </a>
  );
}
