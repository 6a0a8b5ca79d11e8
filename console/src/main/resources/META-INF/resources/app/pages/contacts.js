// Global Data and Appointment Setting: the contact table. (First cut: the table and paging; filters, smart views and
// the bulk bar follow.)
import { html } from 'preact-htm';
import { usePaged, Loading, ErrorBox, Empty, formatDate } from '../ui.js';
import { useUsers, userName } from '../users.js';

export function ContactsPage({ mode }) {
  const path = mode === 'appointment-setting' ? '/appointment-setting' : '/contacts';
  const list = usePaged(path, { limit: 50 });
  const users = useUsers();
  return html`<section class="page">
    <h1>${mode === 'appointment-setting' ? 'Appointment Setting' : 'Global Data'}</h1>
    <${ErrorBox} error=${list.error} onRetry=${list.reload} />
    ${list.loading && list.items.length === 0 ? html`<${Loading} />`
      : list.items.length === 0 && !list.error ? html`<${Empty}>No contacts yet.<//>`
      : html`<table class="data" data-testid="contact-table">
      <thead><tr><th>Contact</th><th>Lead status</th><th>Setter owner</th><th>Closer owner</th><th>Created</th></tr></thead>
      <tbody>${list.items.map((c) => html`<tr data-contact=${c.id}>
        <td><a href=${`#/contacts/${c.id}`}>${c.name || c.email}</a><div class="sub">${c.email}</div></td>
        <td>${c.leadStatus}</td>
        <td>${userName(users.data, c.setterOwnerId)}</td>
        <td>${userName(users.data, c.closerOwnerId)}</td>
        <td>${formatDate(c.createdAt)}</td>
      </tr>`)}</tbody></table>`}
    ${list.nextCursor && html`<button type="button" onClick=${list.more} disabled=${list.loading}>Load more</button>`}
  </section>`;
}
