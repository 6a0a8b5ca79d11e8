// Every call the pages make: the console's origin forwards /api/v1 to the owning service. Errors arrive as
// RFC 9457 problems and are thrown as ApiError, so that a page shows the service's own words.
import { session, signOut } from './session.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }
  /** Field errors of a 400, keyed by field, for forms. */
  fieldErrors() {
    const byField = {};
    for (const e of this.problem.errors || []) byField[e.field] = e.message;
    return byField;
  }
}

function headers(extra) {
  const h = { Accept: 'application/json', ...extra };
  const s = session();
  if (s?.token) h.Authorization = `Bearer ${s.token}`;
  return h;
}

/** A query string of the defined, non-empty values; arrays repeat the parameter. */
export function query(params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) v.forEach((x) => q.append(k, x));
    else q.append(k, v);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

export async function api(path, { method = 'GET', body, params, idempotencyKey, signal } = {}) {
  const extra = {};
  if (body !== undefined) extra['Content-Type'] = 'application/json';
  if (idempotencyKey) extra['Idempotency-Key'] = idempotencyKey;
  let response;
  try {
    response = await fetch(`/api/v1${path}${query(params)}`, {
      method, headers: headers(extra), body: body === undefined ? undefined : JSON.stringify(body), signal,
    });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, { title: 'Network error', detail: 'The console could not be reached.' });
  }
  if (response.status === 401) {
    signOut('Your session has ended: sign in again.');
    throw new ApiError(401, { title: 'Unauthorized', detail: 'Sign in again.' });
  }
  const text = await response.text();
  const json = text ? safeJson(text) : null;
  if (!response.ok) throw new ApiError(response.status, json || { title: response.statusText, detail: text });
  return json;
}

function safeJson(text) {
  try { return JSON.parse(text); } catch { return { detail: text }; }
}

/** A fresh Idempotency-Key for one user action (a double click sends the same key, not two bookings). */
export function newKey() {
  return crypto.randomUUID ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(16).slice(2)}`;
}

/**
 * A server-sent event stream read with fetch (EventSource cannot send the bearer token). Calls onEvent(name, data)
 * per event, reconnects after a drop, and returns a function that stops it.
 */
export function stream(path, onEvent, onState = () => {}) {
  let stopped = false;
  let controller;
  const run = async () => {
    while (!stopped) {
      controller = new AbortController();
      try {
        const response = await fetch(`/api/v1${path}`, {
          headers: headers({ Accept: 'text/event-stream' }), signal: controller.signal,
        });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        onState('live');
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let cut;
          while ((cut = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, cut);
            buffer = buffer.slice(cut + 2);
            let name = 'message';
            const data = [];
            for (const line of block.split('\n')) {
              if (line.startsWith('event:')) name = line.slice(6).trim();
              else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
            }
            if (data.length) onEvent(name, safeJson(data.join('\n')));
          }
        }
      } catch (e) {
        if (stopped) return;
      }
      onState('reconnecting');
      await new Promise((r) => setTimeout(r, 2000));
    }
  };
  run();
  return () => { stopped = true; controller?.abort(); };
}
