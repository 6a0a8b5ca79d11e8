// Settings → Event types (scheduling-service /event-types): the list, a new event type with its hosts, and the
// changes a PATCH allows (name, booking window, approved discovery required); below, the hosts' availability.
import { html, useState } from 'preact-htm';
import { api, newKey } from '../../api.js';
import { useUsers, userName } from '../../users.js';
import { useApi, Async, Modal, Field, ErrorBox, toast } from '../../ui.js';
import { useSubmit, OtherErrors, numberOrUndefined } from './forms.js';
import { AvailabilitySection } from './availability.js';

const KINDS = { STRATEGY: 'Strategy (closers)', DISCOVERY: 'Discovery (setters)' };
const ASSIGNMENTS = { ROUND_ROBIN: 'Round robin', SPECIFIC: 'Specific host (the booker picks)' };

function HostPicker({ users, hosts, setHosts, errors }) {
  const chosen = (id) => hosts.find((h) => h.userId === id);
  const toggle = (id) => setHosts(chosen(id) ? hosts.filter((h) => h.userId !== id) : [...hosts, { userId: id, weight: 1 }]);
  const weigh = (id, weight) => setHosts(hosts.map((h) => (h.userId === id ? { ...h, weight } : h)));
  return html`<fieldset class=${`field host-picker ${errors.hosts ? 'invalid' : ''}`} data-testid="host-picker">
    <legend class="label">Hosts and round-robin weights</legend>
    ${users.filter((u) => u.active).map((u) => {
      const h = chosen(u.id);
      const index = hosts.indexOf(h);
      const error = h && (errors[`hosts[${index}].userId`] || errors[`hosts[${index}].weight`]);
      return html`<div class="host-row" data-host=${u.id}>
        <label><input type="checkbox" checked=${!!h} onChange=${() => toggle(u.id)} /> ${u.name} <span class="sub">${u.role.toLowerCase()}</span></label>
        ${h && html`<label class="weight">weight <input type="number" min="1" max="100" value=${h.weight}
          onInput=${(e) => weigh(u.id, e.target.value)} /></label>`}
        ${error && html`<small class="field-error">${error}</small>`}
      </div>`;
    })}
    ${errors.hosts && html`<small class="field-error">${errors.hosts}</small>`}
  </fieldset>`;
}

function NewEventTypeForm({ users, onSaved, onClose }) {
  const [form, setForm] = useState({
    name: '', kind: 'STRATEGY', durationMinutes: '45', assignment: 'ROUND_ROBIN', bookingWindowDays: '60',
    requiresApprovedDiscovery: false,
  });
  const [hosts, setHosts] = useState([]);
  const [key] = useState(newKey);
  const submit = useSubmit();
  const set = (field) => (e) => setForm({ ...form, [field]: e.target.type === 'checkbox' ? e.target.checked : e.target.value });
  const save = async (e) => {
    e.preventDefault();
    const body = {
      name: form.name, kind: form.kind, durationMinutes: numberOrUndefined(form.durationMinutes),
      assignment: form.assignment, bookingWindowDays: numberOrUndefined(form.bookingWindowDays),
      requiresApprovedDiscovery: form.kind === 'STRATEGY' && form.requiresApprovedDiscovery,
      hosts: hosts.map((h) => ({ userId: h.userId, weight: numberOrUndefined(h.weight) })),
    };
    const saved = await submit.run(() => api('/event-types', { method: 'POST', body, idempotencyKey: key }));
    if (saved) onSaved(saved);
  };
  const err = submit.errors;
  // The plan check is a 422 about the kind: show it there.
  const planError = submit.error?.problem?.type?.endsWith('plan-required') ? submit.error.message : null;
  return html`<${Modal} title="New event type" onClose=${onClose} footer=${html`
      <button type="button" onClick=${onClose}>Cancel</button>
      <button type="submit" form="event-type-form" class="primary" disabled=${submit.busy}>Create event type</button>`}>
    <form id="event-type-form" data-testid="event-type-form" onSubmit=${save} novalidate>
      <${Field} label="Name" error=${err.name}><input name="name" value=${form.name} onInput=${set('name')} maxlength="120" /><//>
      <div class="form-row">
        <${Field} label="Kind" error=${err.kind || planError}>
          <select name="kind" value=${form.kind} onChange=${set('kind')}>${Object.entries(KINDS).map(([k, l]) => html`<option value=${k}>${l}</option>`)}</select>
        <//>
        <${Field} label="Duration (minutes)" error=${err.durationMinutes}>
          <input name="durationMinutes" type="number" min="15" max="480" step="5" value=${form.durationMinutes} onInput=${set('durationMinutes')} />
        <//>
      </div>
      <div class="form-row">
        <${Field} label="Assignment" error=${err.assignment}>
          <select name="assignment" value=${form.assignment} onChange=${set('assignment')}>${Object.entries(ASSIGNMENTS).map(([k, l]) => html`<option value=${k}>${l}</option>`)}</select>
        <//>
        <${Field} label="Booking window (days ahead)" error=${err.bookingWindowDays}>
          <input name="bookingWindowDays" type="number" min="1" max="730" value=${form.bookingWindowDays} onInput=${set('bookingWindowDays')} />
        <//>
      </div>
      ${form.kind === 'STRATEGY' && html`<label class="check"><input type="checkbox" name="requiresApprovedDiscovery"
        checked=${form.requiresApprovedDiscovery} onChange=${set('requiresApprovedDiscovery')} /> Only leads with an approved discovery call may book</label>`}
      <${HostPicker} users=${users} hosts=${hosts} setHosts=${setHosts} errors=${err} />
      <${OtherErrors} errors=${err} shown=${['name', 'kind', 'durationMinutes', 'assignment', 'bookingWindowDays', 'hosts', /^hosts\[/]} />
      ${!planError && html`<${ErrorBox} error=${submit.error} />`}
    </form>
  <//>`;
}

function EditEventTypeForm({ eventType, onSaved, onClose }) {
  const [form, setForm] = useState({
    name: eventType.name, bookingWindowDays: String(eventType.bookingWindowDays),
    requiresApprovedDiscovery: eventType.requiresApprovedDiscovery,
  });
  const submit = useSubmit();
  const set = (field) => (e) => setForm({ ...form, [field]: e.target.type === 'checkbox' ? e.target.checked : e.target.value });
  const save = async (e) => {
    e.preventDefault();
    const body = {};
    if (form.name !== eventType.name) body.name = form.name;
    if (form.bookingWindowDays !== String(eventType.bookingWindowDays)) {
      if (form.bookingWindowDays === '') return submit.setErrors({ bookingWindowDays: 'is required' });
      body.bookingWindowDays = Number(form.bookingWindowDays);
    }
    if (form.requiresApprovedDiscovery !== eventType.requiresApprovedDiscovery) body.requiresApprovedDiscovery = form.requiresApprovedDiscovery;
    if (!Object.keys(body).length) return onClose();
    const saved = await submit.run(() => api(`/event-types/${eventType.id}`, { method: 'PATCH', body }));
    if (saved) onSaved(saved);
  };
  const err = submit.errors;
  return html`<${Modal} title=${`Edit ${eventType.name}`} onClose=${onClose} footer=${html`
      <button type="button" onClick=${onClose}>Cancel</button>
      <button type="submit" form="event-type-edit" class="primary" disabled=${submit.busy}>Save</button>`}>
    <form id="event-type-edit" data-testid="event-type-edit" onSubmit=${save} novalidate>
      <${Field} label="Name" error=${err.name}><input name="name" value=${form.name} onInput=${set('name')} maxlength="120" /><//>
      <${Field} label="Booking window (days ahead)" error=${err.bookingWindowDays} hint="How far ahead invitees may book (1–730).">
        <input name="bookingWindowDays" type="number" min="1" max="730" value=${form.bookingWindowDays} onInput=${set('bookingWindowDays')} />
      <//>
      ${eventType.kind === 'STRATEGY' && html`<label class="check"><input type="checkbox" name="requiresApprovedDiscovery"
        checked=${form.requiresApprovedDiscovery} onChange=${set('requiresApprovedDiscovery')} /> Only leads with an approved discovery call may book</label>`}
      <p class="sub">Kind, duration, assignment and hosts are fixed once an event type exists: create a new one to change them.</p>
      <${OtherErrors} errors=${err} shown=${['name', 'bookingWindowDays', 'requiresApprovedDiscovery']} />
      <${ErrorBox} error=${submit.error} />
    </form>
  <//>`;
}

export function EventTypesTab() {
  const eventTypes = useApi('/event-types');
  const users = useUsers();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState(null);
  const saved = (message) => {
    setCreating(false);
    setEditing(null);
    eventTypes.reload();
    toast(message);
  };
  return html`<div data-testid="settings-event-types">
    <div class="toolbar">
      <button type="button" class="primary" data-testid="new-event-type" disabled=${!users.data} onClick=${() => setCreating(true)}>New event type</button>
    </div>
    <${ErrorBox} error=${users.error} onRetry=${users.reload} />
    <${Async} state=${eventTypes} empty="No event types yet: create one so that leads can book.">${(page) => html`
      <table class="data" data-testid="event-type-table">
        <thead><tr><th>Name</th><th>Kind</th><th>Duration</th><th>Assignment</th><th>Hosts (weight)</th><th>Booking window</th><th></th></tr></thead>
        <tbody>${page.items.map((t) => html`<tr data-event-type=${t.id} class=${t.active ? '' : 'inactive'}>
          <td>${t.name}${t.requiresApprovedDiscovery ? html`<div class="sub">needs an approved discovery call</div>` : null}</td>
          <td><span class=${`badge kind-${t.kind.toLowerCase()}`}>${t.kind.toLowerCase()}</span></td>
          <td>${t.durationMinutes} min</td>
          <td>${t.assignment === 'ROUND_ROBIN' ? 'round robin' : 'specific'}</td>
          <td>${t.hosts.map((h) => html`<div>${userName(users.data, h.userId)} <span class="sub">×${h.weight}</span></div>`)}</td>
          <td data-field="bookingWindowDays">${t.bookingWindowDays} days</td>
          <td class="actions"><button type="button" class="link" onClick=${() => setEditing(t)}>Edit</button></td>
        </tr>`)}</tbody>
      </table>`}<//>
    ${creating && users.data && html`<${NewEventTypeForm} users=${users.data} onClose=${() => setCreating(false)}
      onSaved=${(t) => saved(`${t.name} created.`)} />`}
    ${editing && html`<${EditEventTypeForm} eventType=${editing} onClose=${() => setEditing(null)} onSaved=${(t) => saved(`${t.name} saved.`)} />`}
    <${AvailabilitySection} users=${users.data} eventTypes=${eventTypes.data?.items} />
  </div>`;
}
