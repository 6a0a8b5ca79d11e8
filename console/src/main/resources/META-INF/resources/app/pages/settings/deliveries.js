// One webhook endpoint's delivery log (GET /webhook-endpoints/{id}/deliveries): status, attempts, the last error,
// every attempt on demand, and Replay (POST /deliveries/{id}/replay: sent again now, same webhook-id).
import { html, useState } from 'preact-htm';
import { api } from '../../api.js';
import { usePaged, Loading, Empty, ErrorBox, toast, formatDate } from '../../ui.js';

const STATUSES = ['', 'PENDING', 'DELIVERED', 'FAILED'];

/** What went wrong last: the last attempt's error, or its HTTP status and the start of the answer. */
function lastError(d) {
  const last = d.attempts[d.attempts.length - 1];
  if (!last || (last.httpStatus >= 200 && last.httpStatus < 300)) return null;
  if (last.error) return last.error;
  return `HTTP ${last.httpStatus}${last.responseExcerpt ? `: ${last.responseExcerpt}` : ''}`;
}

function Attempts({ attempts }) {
  if (!attempts.length) return html`<p class="sub">No attempt yet.</p>`;
  return html`<ol class="attempts">${attempts.map((a) => html`<li>
    ${formatDate(a.attemptedAt)} · ${a.httpStatus ? `HTTP ${a.httpStatus}` : 'no answer'} · ${a.latencyMs} ms
    ${a.error && html`<div class="field-error">${a.error}</div>`}
    ${a.responseExcerpt && html`<pre class="excerpt">${a.responseExcerpt}</pre>`}
  </li>`)}</ol>`;
}

function DeliveryRow({ delivery, onReplayed }) {
  const [d, setD] = useState(delivery);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const replay = () => {
    setBusy(true);
    api(`/deliveries/${d.id}/replay`, { method: 'POST' })
      .then((view) => { setD(view); toast(`Delivery ${d.webhookId} queued again.`); onReplayed?.(view); },
        (e) => toast(e.message, 'error'))
      .finally(() => setBusy(false));
  };
  const error = lastError(d);
  return [
    html`<tr data-delivery=${d.id} data-status=${d.status}>
      <td><code>${d.eventType}</code><div class="sub">${d.webhookId}</div></td>
      <td><span class=${`badge status-${d.status.toLowerCase()}`} data-testid="delivery-status">${d.status.toLowerCase()}</span>
        ${d.nextAttemptAt && html`<div class="sub">next try ${formatDate(d.nextAttemptAt)}</div>`}</td>
      <td data-testid="delivery-attempts">${d.attemptCount}</td>
      <td>${d.lastStatus ?? '—'}<div class="sub">${formatDate(d.lastAttemptAt)}</div></td>
      <td class="last-error">${error ? html`<span class="field-error">${error}</span>` : '—'}</td>
      <td class="actions">
        <button type="button" class="link" aria-expanded=${open ? 'true' : 'false'} onClick=${() => setOpen(!open)}>${open ? 'Hide attempts' : 'Attempts'}</button>
        <button type="button" class="link" data-action="replay" disabled=${busy} onClick=${replay}>Replay</button>
      </td>
    </tr>`,
    open && html`<tr class="attempts-row"><td colspan="6"><${Attempts} attempts=${d.attempts} /></td></tr>`,
  ];
}

export function DeliveryLog({ endpoint }) {
  const [status, setStatus] = useState('');
  const list = usePaged(`/webhook-endpoints/${endpoint.id}/deliveries`, { limit: 20, status });
  return html`<div class="delivery-log" data-testid="delivery-log">
    <div class="toolbar">
      <strong>Deliveries to ${endpoint.url}</strong>
      <label>Status <select value=${status} onChange=${(e) => setStatus(e.target.value)}>
        ${STATUSES.map((s) => html`<option value=${s}>${s ? s.toLowerCase() : 'any'}</option>`)}</select></label>
      <button type="button" data-action="refresh-deliveries" onClick=${list.reload} disabled=${list.loading}>Refresh</button>
    </div>
    <${ErrorBox} error=${list.error} onRetry=${list.reload} />
    ${list.loading && list.items.length === 0 ? html`<${Loading} />`
      : list.items.length === 0 && !list.error ? html`<${Empty}>No deliveries${status ? ` ${status.toLowerCase()}` : ''} yet: they appear here when a subscribed event happens.<//>`
      : html`<table class="data deliveries" data-testid="delivery-table">
        <thead><tr><th>Event</th><th>Status</th><th>Attempts</th><th>Last HTTP status</th><th>Last error</th><th></th></tr></thead>
        <tbody>${list.items.map((d) => html`<${DeliveryRow} key=${`${d.id}-${d.attemptCount}-${d.status}`} delivery=${d} />`)}</tbody>
      </table>`}
    ${list.nextCursor && html`<button type="button" onClick=${list.more} disabled=${list.loading}>Load more</button>`}
  </div>`;
}
