// Settings → Users: the workspace's members (contacts-service /users); admins add, edit, deactivate and reactivate.
import { html, useState } from 'preact-htm';
import { api, newKey } from '../../api.js';
import { session } from '../../session.js';
import { forgetUsers } from '../../users.js';
import { useApi, Async, Modal, Field, ErrorBox, toast, formatDate } from '../../ui.js';
import { useSubmit, OtherErrors, Confirm, TimeZoneList } from './forms.js';

const ROLES = ['USER', 'MANAGER', 'ADMIN'];

function UserForm({ user, onSaved, onClose }) {
  const [form, setForm] = useState({
    name: user?.name || '', email: user?.email || '', timeZone: user?.timeZone || '', role: user?.role || 'USER',
  });
  const [key] = useState(newKey);
  const submit = useSubmit();
  const set = (field) => (e) => setForm({ ...form, [field]: e.target.value });
  const save = async (e) => {
    e.preventDefault();
    let body;
    if (user) {
      // PATCH only what changed: an unchanged email must not collide with itself.
      body = Object.fromEntries(Object.entries(form).filter(([k, v]) => v !== (user[k] || '')));
      if (!Object.keys(body).length) return onClose();
    } else {
      body = { name: form.name, email: form.email, role: form.role };
      if (form.timeZone.trim()) body.timeZone = form.timeZone.trim();
    }
    const saved = await submit.run(() => (user
      ? api(`/users/${user.id}`, { method: 'PATCH', body })
      : api('/users', { method: 'POST', body, idempotencyKey: key })));
    if (saved) onSaved(saved);
  };
  const err = submit.errors;
  return html`<${Modal} title=${user ? `Edit ${user.name}` : 'Add a user'} onClose=${onClose} footer=${html`
      <button type="button" onClick=${onClose}>Cancel</button>
      <button type="submit" form="user-form" class="primary" disabled=${submit.busy}>${user ? 'Save' : 'Add user'}</button>`}>
    <form id="user-form" data-testid="user-form" onSubmit=${save} novalidate>
      <${Field} label="Name" error=${err.name}><input name="name" value=${form.name} onInput=${set('name')} maxlength="120" required /><//>
      <${Field} label="Email" error=${err.email}><input name="email" type="email" value=${form.email} onInput=${set('email')} required /><//>
      <${Field} label="Time zone" error=${err.timeZone} hint=${user ? null : 'Empty: the workspace\'s time zone.'}>
        <input name="timeZone" list="time-zones" value=${form.timeZone} onInput=${set('timeZone')} placeholder="e.g. Europe/Berlin" />
      <//>
      <${TimeZoneList} />
      <${Field} label="Role" error=${err.role} hint="Admins configure everything; managers see analytics and configure; users work contacts and calls.">
        <select name="role" value=${form.role} onChange=${set('role')}>${ROLES.map((r) => html`<option value=${r}>${r.toLowerCase()}</option>`)}</select>
      <//>
      <${OtherErrors} errors=${err} shown=${['name', 'email', 'timeZone', 'role']} />
      <${ErrorBox} error=${submit.error} />
    </form>
  <//>`;
}

export function UsersTab() {
  const users = useApi('/users');
  const [editing, setEditing] = useState(null); // {} to add, a user to edit
  const [deactivating, setDeactivating] = useState(null);
  const me = session()?.userId;
  const changed = (message) => {
    forgetUsers();
    users.reload();
    toast(message);
  };
  const setActive = (u, active) => api(`/users/${u.id}`, { method: 'PATCH', body: { active } })
    .then(() => changed(`${u.name} ${active ? 'reactivated' : 'deactivated'}.`));
  return html`<div data-testid="settings-users">
    <div class="toolbar">
      <button type="button" class="primary" data-testid="add-user" onClick=${() => setEditing({})}>Add user</button>
    </div>
    <${Async} state=${users} empty="No users yet.">${(page) => html`
      <table class="data" data-testid="user-table">
        <thead><tr><th>Name</th><th>Email</th><th>Time zone</th><th>Role</th><th>Status</th><th>Added</th><th></th></tr></thead>
        <tbody>${page.items.map((u) => html`<tr data-user=${u.id} data-email=${u.email} class=${u.active ? '' : 'inactive'}>
          <td>${u.name}${u.id === me ? html` <span class="sub">(you)</span>` : null}</td>
          <td>${u.email}</td>
          <td>${u.timeZone}</td>
          <td><span class="badge">${u.role.toLowerCase()}</span></td>
          <td>${u.active ? html`<span class="badge ok">active</span>` : html`<span class="badge muted" data-testid="deactivated">deactivated</span>`}</td>
          <td>${formatDate(u.createdAt)}</td>
          <td class="actions">
            <button type="button" class="link" onClick=${() => setEditing(u)}>Edit</button>
            ${u.active
              ? html`<button type="button" class="link danger" data-action="deactivate" disabled=${u.id === me}
                  title=${u.id === me ? 'You cannot deactivate yourself.' : undefined} onClick=${() => setDeactivating(u)}>Deactivate</button>`
              : html`<button type="button" class="link" data-action="reactivate"
                  onClick=${() => setActive(u, true).catch((e) => toast(e.message, 'error'))}>Reactivate</button>`}
          </td>
        </tr>`)}</tbody>
      </table>`}<//>
    ${editing && html`<${UserForm} user=${editing.id ? editing : null} onClose=${() => setEditing(null)}
      onSaved=${(u) => { setEditing(null); changed(editing.id ? `${u.name} saved.` : `${u.name} added.`); }} />`}
    ${deactivating && html`<${Confirm} title=${`Deactivate ${deactivating.name}?`} confirmLabel="Deactivate"
        onClose=${() => setDeactivating(null)} onConfirm=${() => setActive(deactivating, false)}>
      <p>${deactivating.name} keeps their history but can no longer own contacts or host calls. You can reactivate them later.</p>
    <//>`}
  </div>`;
}
