// Calls: the upcoming and past calls of the workspace (scheduling-service's list with all of its filters), and one
// call's detail with its outcome (outcomes-service) and its deals (deals-service).
import { html, useApi, usePaged, Async, ErrorBox, Loading, Empty, formatDate } from '../ui.js';
import { navigate } from '../router.js';
import { session } from '../session.js';
import { useUsers, userName } from '../users.js';
import { OutcomePanel } from './call-outcome.js';
import { DealsPanel } from './call-deals.js';

const TAGS = [
  ['', 'Any tag'], ['rescheduled', 'Rescheduled'], ['cancelled', 'Cancelled'],
  ['outcome-missing', 'Outcome missing'], ['outcome-added', 'Outcome added'],
];
const FILTERS = ['hostId', 'eventTypeId', 'setById', 'from', 'to', 'tag'];

/** The signed-in user's time zone (from GET /users), or the browser's while it loads. */
export function useViewerZone() {
  const users = useUsers();
  const me = (users.data || []).find((u) => u.id === session()?.userId);
  return me?.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function CallsPage({ id, query = {} }) {
  return id ? html`<${CallDetail} id=${id} />` : html`<${CallList} query=${query} />`;
}

function CallList({ query }) {
  const tab = query.tab === 'past' ? 'past' : 'upcoming';
  const params = { tab, limit: 25 };
  FILTERS.forEach((f) => { if (query[f]) params[f] = query[f]; });
  const page = usePaged('/calls', params);
  const users = useUsers();
  const eventTypes = useApi('/event-types');
  const zone = useViewerZone();
  const set = (changes) => navigate('/calls', { ...query, ...changes });

  return html`<section class="page calls">
    <h1>Calls</h1>
    <div class="tabs" role="tablist">
      ${['upcoming', 'past'].map((t) => html`<button type="button" role="tab" aria-selected=${tab === t}
        data-testid=${`tab-${t}`} onClick=${() => set({ tab: t })}>${t === 'upcoming' ? 'Upcoming' : 'Past'}</button>`)}
    </div>
    <form class="toolbar" aria-label="Filters" onSubmit=${(e) => e.preventDefault()}>
      <label class="field"><span class="label">Closer (host)</span>
        <select name="hostId" value=${query.hostId || ''} onChange=${(e) => set({ hostId: e.target.value })}>
          <option value="">Anyone</option>
          ${(users.data || []).map((u) => html`<option value=${u.id}>${u.name}</option>`)}
        </select></label>
      <label class="field"><span class="label">Set by</span>
        <select name="setById" value=${query.setById || ''} onChange=${(e) => set({ setById: e.target.value })}>
          <option value="">Anyone</option>
          ${(users.data || []).map((u) => html`<option value=${u.id}>${u.name}</option>`)}
        </select></label>
      <label class="field"><span class="label">Event type</span>
        <select name="eventTypeId" value=${query.eventTypeId || ''} onChange=${(e) => set({ eventTypeId: e.target.value })}>
          <option value="">Any</option>
          ${(eventTypes.data?.items || []).map((t) => html`<option value=${t.id}>${t.name}</option>`)}
        </select></label>
      <label class="field"><span class="label">From</span>
        <input type="date" name="from" value=${query.from || ''} onChange=${(e) => set({ from: e.target.value })} /></label>
      <label class="field"><span class="label">To</span>
        <input type="date" name="to" value=${query.to || ''} onChange=${(e) => set({ to: e.target.value })} /></label>
      <label class="field"><span class="label">Tag</span>
        <select name="tag" value=${query.tag || ''} onChange=${(e) => set({ tag: e.target.value })}>
          ${TAGS.map(([v, l]) => html`<option value=${v}>${l}</option>`)}
        </select></label>
      ${FILTERS.some((f) => query[f]) && html`<button type="button" class="link" onClick=${() => navigate('/calls', { tab })}>Clear filters</button>`}
    </form>
    <p class="sub">Times in ${zone}.</p>
    ${page.error && html`<${ErrorBox} error=${page.error} onRetry=${page.reload} />`}
    ${!page.error && page.loading && page.items.length === 0 ? html`<${Loading} />` : null}
    ${!page.error && !page.loading && page.items.length === 0
      ? html`<${Empty}>${tab === 'upcoming' ? 'No upcoming calls' : 'No past calls'}${FILTERS.some((f) => query[f]) ? ' match these filters' : ''}.<//>`
      : null}
    ${page.items.length > 0 && html`<table class="data" data-testid="calls-table">
      <thead><tr><th>Start</th><th>Contact</th><th>Event type</th><th>Closer</th><th>Set by</th><th>Status</th><th>Outcome</th></tr></thead>
      <tbody>${page.items.map((c) => html`<tr data-call-id=${c.id} class="clickable" onClick=${() => navigate(`/calls/${c.id}`)}>
        <td><a href=${`#/calls/${c.id}`}>${formatDate(c.start, zone)}</a></td>
        <td>${c.invitee?.name || c.invitee?.email || '—'}<div class="sub">${c.invitee?.name ? c.invitee.email : ''}</div></td>
        <td>${c.eventTypeName}<div class="sub">${kindLabel(c.kind)}</div></td>
        <td>${c.host?.name || userName(users.data, c.host?.userId)}</td>
        <td>${c.setBy ? c.setBy.name || userName(users.data, c.setBy.userId) : '—'}</td>
        <td><${StatusBadges} call=${c} /></td>
        <td>${c.outcome ? html`<span class="badge outcome-${c.outcome.toLowerCase()}">${resultLabel(c.outcome)}</span>` : '—'}</td>
      </tr>`)}</tbody>
    </table>`}
    ${page.nextCursor && html`<p><button type="button" onClick=${page.more} disabled=${page.loading}>Load more</button></p>`}
  </section>`;
}

function StatusBadges({ call }) {
  return html`<span class="badge status-${call.status.toLowerCase()}">${call.status === 'CANCELLED' ? 'Cancelled' : 'Booked'}</span>
    ${(call.tags || []).filter((t) => t !== 'cancelled').map((t) => html` <span class="badge tag">${t.replace('-', ' ')}</span>`)}`;
}

export const kindLabel = (kind) => (kind === 'DISCOVERY' ? 'Discovery call' : kind === 'STRATEGY' ? 'Strategy call' : kind || '');
export const resultLabel = (r) => ({ SALE: 'Sale', NO_SALE: 'No Sale', APPROVED: 'Approved', REJECTED: 'Rejected' }[r] || r);

function CallDetail({ id }) {
  const call = useApi(`/calls/${id}`, undefined, [id]);
  const users = useUsers();
  const zone = useViewerZone();
  return html`<section class="page call-detail">
    <p><a href="#/calls">← Calls</a></p>
    <${Async} state=${call}>${(c) => html`
      <h1>${c.eventTypeName} with ${c.invitee?.name || c.invitee?.email}</h1>
      <div class="card">
        <dl class="facts" data-testid="call-facts">
          <dt>Contact</dt><dd>${c.contactId ? html`<a href=${`#/contacts/${c.contactId}`}>${c.invitee?.name || c.invitee?.email}</a>` : c.invitee?.name || '—'}
            <div class="sub">${c.invitee?.email}${c.invitee?.phone ? ` · ${c.invitee.phone}` : ''}</div></dd>
          <dt>${c.kind === 'DISCOVERY' ? 'Host' : 'Closer (host)'}</dt><dd data-testid="call-host">${c.host?.name || userName(users.data, c.host?.userId)}</dd>
          <dt>Set by</dt><dd data-testid="call-set-by">${c.setBy ? c.setBy.name || userName(users.data, c.setBy.userId) : 'Booked by the contact'}</dd>
          <dt>Event type</dt><dd>${c.eventTypeName} <span class="sub">(${kindLabel(c.kind)})</span></dd>
          <dt>Time</dt><dd data-testid="call-time">${formatDate(c.start, zone)} – ${new Date(c.end).toLocaleTimeString(undefined, { timeStyle: 'short', timeZone: zone })}
            <div class="sub">${zone}</div></dd>
          <dt>Status</dt><dd data-testid="call-status"><${StatusBadges} call=${c} />
            ${c.cancellation && html`<div class="sub">Cancelled by ${c.cancellation.by.toLowerCase()}${c.cancellation.reason ? `: ${c.cancellation.reason}` : ''}</div>`}</dd>
          ${c.utm?.source && html`<dt>UTM source</dt><dd>${c.utm.source}</dd>`}
        </dl>
        ${c.answers?.length ? html`<h2>Answers</h2><dl class="facts">${c.answers.map((a) => html`<dt>${a.question}</dt><dd>${a.answer}</dd>`)}</dl>` : null}
      </div>
      <div class="grid call-panels">
        <${OutcomePanel} call=${c} onChange=${call.reload} />
        ${c.kind === 'STRATEGY' && c.contactId ? html`<${DealsPanel} call=${c} />` : null}
      </div>`}<//>
  </section>`;
}
