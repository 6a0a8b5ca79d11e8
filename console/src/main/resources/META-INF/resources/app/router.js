// Hash routes (#/contacts/42): deep links work without the server knowing the pages, and back/forward just work.
import { useEffect, useState } from 'preact-htm';

export function currentRoute() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, search = ''] = hash.split('?');
  return { path, params: Object.fromEntries(new URLSearchParams(search)) };
}

export function useRoute() {
  const [route, setRoute] = useState(currentRoute());
  useEffect(() => {
    const on = () => setRoute(currentRoute());
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return route;
}

export function navigate(path, params) {
  const search = params ? new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== '')).toString() : '';
  location.hash = search ? `${path}?${search}` : path;
}

/** Finds the page for a path: patterns like '/contacts/:id'; returns {page, args}. */
export function match(routes, path) {
  for (const route of routes) {
    const names = [];
    const re = new RegExp(`^${route.path.replace(/:([A-Za-z]+)/g, (_, n) => { names.push(n); return '([^/]+)'; })}$`);
    const m = path.match(re);
    if (m) return { route, args: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1])])) };
  }
  return null;
}
