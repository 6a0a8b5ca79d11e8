// Building blocks every page shares: loading, empty and error states, a data hook, tables, dialogs and toasts.
import { html, useEffect, useState, useCallback, useRef } from 'preact-htm';
import { api, ApiError } from './api.js';

export { html };

/** Loads fn() when deps change; returns {data, error, loading, reload, setData}. */
export function useAsync(fn, deps = []) {
  const [state, setState] = useState({ data: undefined, error: null, loading: true });
  const seq = useRef(0);
  const load = useCallback(() => {
    const mine = ++seq.current;
    setState((s) => ({ ...s, loading: true, error: null }));
    Promise.resolve().then(fn).then(
      (data) => mine === seq.current && setState({ data, error: null, loading: false }),
      (error) => mine === seq.current && setState({ data: undefined, error, loading: false }),
    );
  }, deps);
  useEffect(load, [load]);
  return { ...state, reload: load, setData: (data) => setState((s) => ({ ...s, data })) };
}

/** GET of an API path with params, as useAsync. */
export function useApi(path, params, deps = []) {
  return useAsync(() => (path ? api(path, { params }) : Promise.resolve(null)), [path, JSON.stringify(params), ...deps]);
}

/**
 * A failed form submission split the way every form shows it: a 400's field errors go to their fields, any other
 * failure (409, 422, 5xx, network) to one error box.
 */
export function submitFailure(error) {
  const fields = error instanceof ApiError && error.status === 400 ? error.fieldErrors() : {};
  return { fields, problem: Object.keys(fields).length ? null : error };
}

export function Loading({ label = 'Loading…' }) {
  return html`<div class="state loading" role="status" aria-live="polite"><span class="spinner"></span>${label}</div>`;
}

export function Empty({ children }) {
  return html`<div class="state empty">${children}</div>`;
}

export function ErrorBox({ error, onRetry }) {
  if (!error) return null;
  const p = error instanceof ApiError ? error.problem : { detail: String(error.message || error) };
  return html`<div class="state error" role="alert">
    <strong>${p.title || 'Something went wrong'}</strong>
    ${p.detail && html`<span> — ${p.detail}</span>`}
    ${p.errors?.length ? html`<ul>${p.errors.map((e) => html`<li><code>${e.field}</code>: ${e.message}</li>`)}</ul>` : null}
    ${onRetry && html` <button type="button" class="link" onClick=${onRetry}>Retry</button>`}
  </div>`;
}

/** Loading, error and empty states around a loaded value; children(data) renders it. */
export function Async({ state, empty, isEmpty = (d) => Array.isArray(d?.items ?? d) && (d?.items ?? d).length === 0, children }) {
  if (state.error) return html`<${ErrorBox} error=${state.error} onRetry=${state.reload} />`;
  if (state.loading && state.data === undefined) return html`<${Loading} />`;
  if (state.data !== undefined && empty && isEmpty(state.data)) return html`<${Empty}>${empty}<//>`;
  return state.data === undefined ? null : children(state.data);
}

export function Modal({ title, onClose, children, footer }) {
  const ref = useRef();
  useEffect(() => {
    const previous = document.activeElement;
    const first = ref.current?.querySelector('input, select, textarea, button:not(.close)');
    first?.focus();
    const key = (e) => e.key === 'Escape' && onClose();
    document.addEventListener('keydown', key);
    return () => { document.removeEventListener('keydown', key); previous?.focus?.(); };
  }, []);
  return html`<div class="modal-backdrop" onClick=${(e) => e.target === e.currentTarget && onClose()}>
    <div class="modal" role="dialog" aria-modal="true" aria-label=${title} ref=${ref}>
      <header><h2>${title}</h2><button type="button" class="close" aria-label="Close" onClick=${onClose}>×</button></header>
      <div class="modal-body">${children}</div>
      ${footer && html`<footer>${footer}</footer>`}
    </div>
  </div>`;
}

let toastListener = null;
/** A short message at the bottom of the screen. */
export function toast(message, kind = 'ok') {
  toastListener?.({ message, kind, at: Date.now() });
}

export function Toasts() {
  const [items, setItems] = useState([]);
  useEffect(() => {
    toastListener = (t) => {
      setItems((xs) => [...xs, t]);
      setTimeout(() => setItems((xs) => xs.filter((x) => x !== t)), 5000);
    };
    return () => { toastListener = null; };
  }, []);
  return html`<div class="toasts" aria-live="polite">${items.map((t) => html`<div class="toast ${t.kind}">${t.message}</div>`)}</div>`;
}

/** A labelled form field; error shows under it. */
export function Field({ label, error, children, hint }) {
  return html`<label class="field ${error ? 'invalid' : ''}">
    <span class="label">${label}</span>
    ${children}
    ${hint && !error ? html`<small class="hint">${hint}</small>` : null}
    ${error ? html`<small class="field-error">${error}</small>` : null}
  </label>`;
}

/** "Load more" for cursor-paged lists: {items, nextCursor}. */
export function usePaged(path, params, deps = []) {
  const [pages, setPages] = useState({ items: [], nextCursor: null, loading: true, error: null });
  const key = JSON.stringify([path, params, ...deps]);
  const fetchPage = (cursor, append) => {
    setPages((p) => ({ ...p, loading: true, error: null }));
    api(path, { params: { ...params, cursor } }).then(
      (page) => setPages((p) => ({ items: append ? [...p.items, ...page.items] : page.items, nextCursor: page.nextCursor, loading: false, error: null })),
      (error) => setPages((p) => ({ ...p, loading: false, error })),
    );
  };
  useEffect(() => fetchPage(undefined, false), [key]);
  return { ...pages, more: () => pages.nextCursor && fetchPage(pages.nextCursor, true), reload: () => fetchPage(undefined, false) };
}

export function formatDate(instant, timeZone) {
  if (!instant) return '—';
  return new Date(instant).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone });
}

export function formatMoney(amount, currency) {
  if (amount === undefined || amount === null) return '—';
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency: currency || 'USD' }).format(Number(amount));
  } catch {
    return `${amount} ${currency || ''}`;
  }
}

export function formatPercent(ratio) {
  if (ratio === undefined || ratio === null || Number.isNaN(ratio)) return '—';
  return `${(Number(ratio) * 100).toFixed(1)}%`;
}
