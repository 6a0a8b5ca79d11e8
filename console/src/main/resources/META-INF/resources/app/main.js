// The console's shell: sign-in, the navigation for the signed-in user's role, and the page of the current route.
import { html, render, useEffect, useState } from 'preact-htm';
import { session, signOut, onSessionChange, isManager, isAdmin } from './session.js';
import { useRoute, match } from './router.js';
import { Toasts } from './ui.js';
import { forgetUsers } from './users.js';
import { SignInPage } from './pages/signin.js';
import { ContactsPage } from './pages/contacts.js';
import { StagesPage } from './pages/stages.js';
import { ContactCardPage } from './pages/contact-card.js';
import { ApprovePage } from './pages/approve.js';
import { CallsPage } from './pages/calls.js';
import { AnalyticsPage } from './pages/analytics.js';
import { SettingsPage } from './pages/settings.js';

// Each page module registers here; roles limit what the navigation offers (the services enforce them anyway).
export const ROUTES = [
  { path: '/', redirect: '/contacts' },
  { path: '/contacts', page: ContactsPage, nav: 'Global Data', title: 'Global Data' },
  { path: '/appointment-setting', page: ContactsPage, nav: 'Appointment Setting', title: 'Appointment Setting', props: { mode: 'appointment-setting' } },
  { path: '/contacts/:id', page: ContactCardPage, title: 'Contact' },
  { path: '/contacts/:id/approve', page: ApprovePage, title: 'Approve and book' },
  { path: '/stages', page: StagesPage, nav: 'Stages', title: 'Stages' },
  { path: '/stages/:stageId', page: StagesPage, title: 'Stage' },
  { path: '/calls', page: CallsPage, nav: 'Calls', title: 'Calls' },
  { path: '/calls/:id', page: CallsPage, title: 'Call' },
  { path: '/analytics', page: AnalyticsPage, nav: 'Analytics', title: 'Analytics', manager: true },
  { path: '/settings', page: SettingsPage, nav: 'Settings', title: 'Settings', admin: true },
  { path: '/settings/:tab', page: SettingsPage, title: 'Settings', admin: true },
];

function Nav({ s, path }) {
  const links = ROUTES.filter((r) => r.nav && (!r.manager || isManager(s)) && (!r.admin || isAdmin(s)));
  return html`<nav class="sidebar" aria-label="Main">
    <a class="brand" href="#/">Handoff</a>
    <ul>${links.map((r) => html`<li><a href=${`#${r.path}`} class=${path === r.path || path.startsWith(`${r.path}/`) ? 'active' : ''}
      aria-current=${path === r.path ? 'page' : undefined}>${r.nav}</a></li>`)}</ul>
    <div class="who">
      <div class="who-name" data-testid="signed-in-user">${s.name}</div>
      <div class="who-role">${s.role.toLowerCase()}</div>
      <button type="button" class="link" onClick=${() => { forgetUsers(); signOut(); }}>Sign out</button>
    </div>
  </nav>`;
}

function App() {
  const [s, setS] = useState(session());
  const route = useRoute();
  const found = match(ROUTES, route.path);
  useEffect(() => onSessionChange(() => setS(session())), []);
  useEffect(() => { document.title = `${s ? found?.route.title || 'Not found' : 'Sign in'} · Handoff`; }, [route.path, s]);
  if (!s) return html`<${SignInPage} /><${Toasts} />`;
  if (found?.route.redirect) {
    location.replace(`#${found.route.redirect}`);
    return null;
  }
  const Page = found?.route.page;
  return html`<div class="layout">
    <${Nav} s=${s} path=${route.path} />
    <main id="main">
      ${Page ? html`<${Page} key=${route.path} ...${found.args} ...${found.route.props || {}} query=${route.params} />`
        : html`<section class="page"><h1>Not found</h1><p>No page at ${route.path}. <a href="#/">Go to the start.</a></p></section>`}
    </main>
    <${Toasts} />
  </div>`;
}

const root = document.getElementById('app');
root.textContent = ''; // the "Loading Handoff…" placeholder: Preact would render beside it
render(html`<${App} />`, root);
