// Settings (admins): the workspace's users, event types and hosts' availability, where outcomes move contacts, and
// webhook endpoints with their delivery logs. Each tab is its own module under ./settings/.
import { html } from 'preact-htm';
import { session, isAdmin } from '../session.js';
import { navigate } from '../router.js';
import { UsersTab } from './settings/users.js';
import { EventTypesTab } from './settings/event-types.js';
import { OutcomeMappingTab } from './settings/outcome-mapping.js';
import { WebhooksTab } from './settings/webhooks.js';

const TABS = [
  { id: 'users', label: 'Users', tab: UsersTab },
  { id: 'event-types', label: 'Event types', tab: EventTypesTab },
  { id: 'outcome-mapping', label: 'Outcome → stage mapping', tab: OutcomeMappingTab },
  { id: 'webhooks', label: 'Webhooks', tab: WebhooksTab },
];

export function SettingsPage({ tab = 'users' }) {
  const s = session();
  if (!isAdmin(s)) {
    // The services refuse a user's changes anyway; the page says so instead of showing forms that would fail.
    return html`<section class="page"><h1>Settings</h1>
      <div class="state error" role="alert" data-testid="settings-refused">
        <strong>Admins only</strong><span> — settings are for the workspace's admins; you are signed in as a ${s?.role?.toLowerCase() || 'guest'}.</span>
      </div></section>`;
  }
  const current = TABS.find((t) => t.id === tab);
  const Tab = current?.tab;
  return html`<section class="page settings">
    <h1>Settings</h1>
    <div class="tabs" role="tablist">
      ${TABS.map((t) => html`<button type="button" role="tab" id=${`tab-${t.id}`} data-tab=${t.id}
        aria-selected=${t.id === tab ? 'true' : 'false'} onClick=${() => navigate(`/settings/${t.id}`)}>${t.label}</button>`)}
    </div>
    <div role="tabpanel" aria-labelledby=${`tab-${tab}`}>
      ${Tab ? html`<${Tab} />` : html`<p>No settings tab "${tab}". <a href="#/settings">Back to users.</a></p>`}
    </div>
  </section>`;
}
