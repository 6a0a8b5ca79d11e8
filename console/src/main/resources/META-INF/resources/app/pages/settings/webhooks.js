// Settings → Webhooks (notifications-service /webhook-endpoints): endpoints with their subscriptions; create one,
// rotate its secret (shown once), enable or disable it, delete it; and each endpoint's delivery log with replay.
import { html, useState } from 'preact-htm';
import { api, newKey } from '../../api.js';
import { usePaged, Loading, Empty, ErrorBox, Modal, Field, toast, formatDate } from '../../ui.js';
import { useSubmit, OtherErrors, Confirm } from './forms.js';
import { DeliveryLog } from './deliveries.js';

// What an endpoint may subscribe to (SubscribableEvents: contact.*, lead.captured, call.*, outcome.recorded, deal.*).
const FAMILIES = [
  { family: 'contact.*', types: ['contact.created', 'contact.stage-changed', 'contact.owner-assigned', 'contact.merged'] },
  { family: 'call.*', types: ['call.booked', 'call.rescheduled', 'call.cancelled'] },
  { family: 'deal.*', types: ['deal.created', 'deal.updated', 'deal.deleted'] },
  { family: null, types: ['lead.captured', 'outcome.recorded'] },
];

function EventTypePicker({ chosen, setChosen, errors }) {
  const has = (t) => chosen.includes(t);
  const toggle = (t) => setChosen(has(t) ? chosen.filter((x) => x !== t) : [...chosen, t]);
  const error = Object.entries(errors).filter(([f]) => f === 'eventTypes' || f.startsWith('eventTypes[')).map(([, m]) => m).join('; ');
  return html`<fieldset class=${`field event-picker ${error ? 'invalid' : ''}`} data-testid="event-picker">
    <legend class="label">Events (none chosen: every event)</legend>
    ${FAMILIES.map((f) => html`<div class="event-family">
      ${f.family && html`<label class="check"><input type="checkbox" value=${f.family} checked=${has(f.family)} onChange=${() => toggle(f.family)} /> <code>${f.family}</code> (all, also future ones)</label>`}
      ${f.types.map((t) => html`<label class="check"><input type="checkbox" value=${t} disabled=${f.family && has(f.family)}
        checked=${has(t) || (f.family && has(f.family))} onChange=${() => toggle(t)} /> <code>${t}</code></label>`)}
    </div>`)}
    ${error && html`<small class="field-error">${error}</small>`}
  </fieldset>`;
}

/** The Standard Webhooks signing secret, which the service shows only in this one answer. */
function SecretShown({ endpoint, rotated, onClose }) {
  const copy = () => navigator.clipboard?.writeText(endpoint.secret).then(() => toast('Secret copied.'));
  return html`<${Modal} title=${rotated ? 'New signing secret' : 'Endpoint created'} onClose=${onClose} footer=${html`
      <button type="button" class="primary" onClick=${onClose}>I have stored it</button>`}>
    <p>Signing secret of <code>${endpoint.url}</code>. <strong>It is shown only now</strong>: store it with the receiver, which
      verifies the <code>webhook-signature</code> header with it.</p>
    <p class="secret"><code data-testid="webhook-secret">${endpoint.secret}</code> <button type="button" class="link" onClick=${copy}>Copy</button></p>
    ${rotated && html`<p class="sub">The previous secret keeps signing beside it until ${formatDate(endpoint.previousSecretExpiresAt)}.</p>`}
  <//>`;
}

function NewEndpointForm({ onCreated, onClose }) {
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [eventTypes, setEventTypes] = useState([]);
  const [key] = useState(newKey);
  const submit = useSubmit();
  const save = async (e) => {
    e.preventDefault();
    // A type inside a chosen family is covered by it: send the family alone.
    const families = eventTypes.filter((t) => t.endsWith('.*')).map((t) => t.slice(0, -1));
    const body = { url: url.trim(), eventTypes: eventTypes.filter((t) => t.endsWith('.*') || !families.some((f) => t.startsWith(f))) };
    if (description.trim()) body.description = description.trim();
    const created = await submit.run(() => api('/webhook-endpoints', { method: 'POST', body, idempotencyKey: key }));
    if (created) onCreated(created);
  };
  const err = submit.errors;
  return html`<${Modal} title="New webhook endpoint" onClose=${onClose} footer=${html`
      <button type="button" onClick=${onClose}>Cancel</button>
      <button type="submit" form="webhook-form" class="primary" disabled=${submit.busy}>Create endpoint</button>`}>
    <form id="webhook-form" data-testid="webhook-form" onSubmit=${save} novalidate>
      <${Field} label="URL" error=${err.url} hint="https, on a public address; Handoff POSTs each event there, signed per Standard Webhooks.">
        <input name="url" type="url" value=${url} onInput=${(e) => setUrl(e.target.value)} placeholder="https://hooks.example.com/handoff" />
      <//>
      <${Field} label="Description" error=${err.description}>
        <input name="description" value=${description} maxlength="500" onInput=${(e) => setDescription(e.target.value)} placeholder="e.g. Zapier: set-by notification" />
      <//>
      <${EventTypePicker} chosen=${eventTypes} setChosen=${setEventTypes} errors=${err} />
      <${OtherErrors} errors=${err} shown=${['url', 'description', 'eventTypes', /^eventTypes\[/]} />
      <${ErrorBox} error=${submit.error} />
    </form>
  <//>`;
}

function EndpointRow({ endpoint, open, onToggle, onChanged, onRotate, onDelete }) {
  const [busy, setBusy] = useState(false);
  const setEnabled = (enabled) => {
    setBusy(true);
    api(`/webhook-endpoints/${endpoint.id}`, { method: 'PATCH', body: { enabled } })
      .then((e) => { toast(`${e.url} ${enabled ? 'enabled' : 'disabled'}.`); onChanged(); }, (e) => toast(e.message, 'error'))
      .finally(() => setBusy(false));
  };
  return html`<tr data-endpoint=${endpoint.id} class=${open ? 'selected' : ''}>
    <td><code class="url">${endpoint.url}</code>${endpoint.description && html`<div class="sub">${endpoint.description}</div>`}</td>
    <td>${endpoint.eventTypes.length ? endpoint.eventTypes.map((t) => html`<span class="badge">${t}</span> `) : html`<span class="sub">every event</span>`}</td>
    <td>${endpoint.enabled ? html`<span class="badge ok">enabled</span>` : html`<span class="badge muted">disabled</span>`}
      ${endpoint.disabledReason && html`<div class="sub">${endpoint.disabledReason}</div>`}
      ${endpoint.failingSince && html`<div class="sub warn">failing since ${formatDate(endpoint.failingSince)}</div>`}</td>
    <td>${formatDate(endpoint.createdAt)}</td>
    <td class="actions">
      <button type="button" class="link" data-action="deliveries" aria-expanded=${open ? 'true' : 'false'} onClick=${onToggle}>${open ? 'Hide deliveries' : 'Deliveries'}</button>
      <button type="button" class="link" data-action="rotate" onClick=${onRotate}>Rotate secret</button>
      <button type="button" class="link" disabled=${busy} onClick=${() => setEnabled(!endpoint.enabled)}>${endpoint.enabled ? 'Disable' : 'Enable'}</button>
      <button type="button" class="link danger" data-action="delete" onClick=${onDelete}>Delete</button>
    </td>
  </tr>`;
}

export function WebhooksTab() {
  const list = usePaged('/webhook-endpoints', { limit: 50 });
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState(null); // {endpoint, rotated}
  const [rotating, setRotating] = useState(null);
  const [deleting, setDeleting] = useState(null);
  const [open, setOpen] = useState(null);
  return html`<div data-testid="settings-webhooks">
    <div class="toolbar">
      <button type="button" class="primary" data-testid="new-webhook" onClick=${() => setCreating(true)}>New endpoint</button>
    </div>
    <${ErrorBox} error=${list.error} onRetry=${list.reload} />
    ${list.loading && list.items.length === 0 ? html`<${Loading} />`
      : list.items.length === 0 && !list.error ? html`<${Empty}>No webhook endpoints: add one to send Handoff's events to Zapier, Make or your own systems.<//>`
      : html`<table class="data" data-testid="webhook-table">
        <thead><tr><th>URL</th><th>Events</th><th>State</th><th>Created</th><th></th></tr></thead>
        <tbody>${list.items.map((e) => [
          html`<${EndpointRow} key=${e.id} endpoint=${e} open=${open === e.id} onToggle=${() => setOpen(open === e.id ? null : e.id)}
            onChanged=${list.reload} onRotate=${() => setRotating(e)} onDelete=${() => setDeleting(e)} />`,
          open === e.id && html`<tr key=${`${e.id}-log`} class="delivery-log-row"><td colspan="5"><${DeliveryLog} endpoint=${e} /></td></tr>`,
        ])}</tbody></table>`}
    ${list.nextCursor && html`<button type="button" onClick=${list.more} disabled=${list.loading}>Load more</button>`}
    ${creating && html`<${NewEndpointForm} onClose=${() => setCreating(false)}
      onCreated=${(e) => { setCreating(false); setSecret({ endpoint: e, rotated: false }); list.reload(); }} />`}
    ${secret && html`<${SecretShown} endpoint=${secret.endpoint} rotated=${secret.rotated} onClose=${() => setSecret(null)} />`}
    ${rotating && html`<${Confirm} title="Rotate the signing secret?" confirmLabel="Rotate secret" danger=${false}
        onClose=${() => setRotating(null)}
        onConfirm=${() => api(`/webhook-endpoints/${rotating.id}/rotate-secret`, { method: 'POST' })
          .then((e) => { setSecret({ endpoint: e, rotated: true }); list.reload(); })}>
      <p>A new secret signs deliveries to <code>${rotating.url}</code> from now on; the current one keeps signing beside it for 24 hours, so that the receiver can switch.</p>
    <//>`}
    ${deleting && html`<${Confirm} title="Delete this endpoint?" confirmLabel="Delete endpoint"
        onClose=${() => setDeleting(null)}
        onConfirm=${() => api(`/webhook-endpoints/${deleting.id}`, { method: 'DELETE' })
          .then(() => { toast('Endpoint deleted.'); if (open === deleting.id) setOpen(null); list.reload(); })}>
      <p>Handoff stops sending events to <code>${deleting.url}</code>, and its delivery log goes with it.</p>
    <//>`}
  </div>`;
}
