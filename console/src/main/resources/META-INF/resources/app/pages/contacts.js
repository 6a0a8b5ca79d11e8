// Global Data and Appointment Setting: the contact table with every filter of the list API (kept in the URL),
// saved smart views, cursor paging, row selection with bulk setter assignment (one user or round robin) and bulk
// stage moves, a stage dropdown per row (Approved opens the approve-and-book page) and claiming a lead.
import { html, useEffect, useState } from 'preact-htm';
import { api, ApiError, newKey } from '../api.js';
import { session, isAdmin } from '../session.js';
import { navigate } from '../router.js';
import { useApi, usePaged, Loading, ErrorBox, Empty, Modal, Field, toast, formatDate } from '../ui.js';
import { useUsers, userName } from '../users.js';
import { StageBadge, useStages, CATEGORIES } from './stages.js';

/** The list API's filters (contacts-service ContactListParams), as the URL and smart views keep them. */
export const FILTERS = ['q', 'leadStatus', 'stageId', 'setterOwnerId', 'closerOwnerId', 'answer', 'utmSource',
  'utmMedium', 'utmCampaign', 'utmTerm', 'utmContent', 'tag', 'createdFrom', 'createdTo', 'sort', 'limit'];
const LEAD_STATUSES = ['POTENTIAL', 'QUALIFIED', 'DISQUALIFIED', 'BOOKED'];
const SORTS = [['-createdAt', 'Newest first'], ['createdAt', 'Oldest first'], ['-updatedAt', 'Recently updated'],
  ['updatedAt', 'Least recently updated'], ['name', 'Name A–Z'], ['-name', 'Name Z–A']];
const LIMITS = ['25', '50', '100'];
const ADVANCED = ['answer', 'utmSource', 'utmMedium', 'utmCampaign', 'utmTerm', 'utmContent', 'tag', 'createdFrom',
  'createdTo', 'closerOwnerId'];

/** The list filters of a route's query: only the API's parameters, none empty. */
export function filtersOf(query = {}) {
  return Object.fromEntries(FILTERS.filter((k) => query[k] !== undefined && query[k] !== '').map((k) => [k, query[k]]));
}

const toQueryString = (filters) => new URLSearchParams(Object.entries(filters)).toString();

// createdFrom/createdTo are instants; the filter bar shows them as local dates (from: that day's start, to: the
// next day's start, so that "to" includes the day).
function dateOf(instant, isTo) {
  if (!instant) return '';
  const d = new Date(instant);
  if (Number.isNaN(d.getTime())) return '';
  if (isTo) d.setDate(d.getDate() - 1);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
function instantOf(date, isTo) {
  if (!date) return '';
  const d = new Date(`${date}T00:00`);
  if (isTo) d.setDate(d.getDate() + 1);
  return d.toISOString();
}

export function ContactsPage({ mode, query = {} }) {
  const setting = mode === 'appointment-setting';
  const path = setting ? '/appointment-setting' : '/contacts';
  const route = setting ? '/appointment-setting' : '/contacts';
  const filters = filtersOf(query);
  const apply = (next, view) => navigate(route, { ...filtersOf(next), view });
  return html`<section class="page contacts-page" data-mode=${setting ? 'appointment-setting' : 'global-data'}>
    <div class="page-head">
      <h1>${setting ? 'Appointment Setting' : 'Global Data'}</h1>
      <div class="tabs inline">
        <a href="#/contacts" class=${setting ? '' : 'on'}>All contacts</a>
        <a href="#/appointment-setting" class=${setting ? 'on' : ''}>Appointment Setting</a>
      </div>
    </div>
    ${setting && html`<p class="sub">Leads without a booked call: claim one, qualify it, and approve it to book a call.</p>`}
    <${SmartViews} filters=${filters} current=${query.view} onApply=${apply} />
    <${FilterBar} filters=${filters} onApply=${(f) => apply(f)} />
    <${ContactTable} path=${path} params=${filters} mode=${mode}
      emptyText=${Object.keys(filters).some((k) => k !== 'sort' && k !== 'limit') ? 'No contacts match these filters.'
        : setting ? 'No leads waiting: every contact has a booked call.' : 'No contacts yet.'} />
  </section>`;
}

function FilterBar({ filters, onApply }) {
  const [draft, setDraft] = useState(filters);
  const advanced = ADVANCED.some((k) => filters[k]);
  const [more, setMore] = useState(advanced);
  const key = JSON.stringify(filters);
  useEffect(() => {
    setDraft(filters);
    if (advanced) setMore(true); // a smart view or a link with such filters shows them
  }, [key]);
  const users = useUsers();
  const stages = useStages();
  const text = (k) => (e) => setDraft({ ...draft, [k]: e.target.value });
  const pick = (k) => (e) => { const next = { ...draft, [k]: e.target.value }; setDraft(next); onApply(next); };
  const date = (k, isTo) => (e) => { const next = { ...draft, [k]: instantOf(e.target.value, isTo) }; setDraft(next); onApply(next); };
  const userOptions = (users.data || []).map((u) => html`<option value=${u.id}>${u.name}${u.active === false ? ' (inactive)' : ''}</option>`);
  const submit = (e) => { e.preventDefault(); onApply(draft); };
  const active = Object.keys(filters).filter((k) => k !== 'sort' && k !== 'limit').length;
  return html`<form class="filter-bar card" onSubmit=${submit} data-testid="filter-bar" aria-label="Filters">
    <div class="toolbar">
      <label class="field grow"><span class="label">Search</span>
        <input type="search" name="q" placeholder="Name, email or phone" value=${draft.q || ''} onInput=${text('q')} /></label>
      <label class="field"><span class="label">Lead status</span>
        <select name="leadStatus" value=${draft.leadStatus || ''} onChange=${pick('leadStatus')}>
          <option value="">Any</option>${LEAD_STATUSES.map((s) => html`<option value=${s}>${s.toLowerCase()}</option>`)}
        </select></label>
      <label class="field"><span class="label">Stage</span>
        <select name="stageId" value=${draft.stageId || ''} onChange=${pick('stageId')}>
          <option value="">Any</option>${(stages.data || []).map((s) => html`<option value=${s.id}>${s.name}</option>`)}
        </select></label>
      <label class="field"><span class="label">Setter owner</span>
        <select name="setterOwnerId" value=${draft.setterOwnerId || ''} onChange=${pick('setterOwnerId')}>
          <option value="">Anyone</option><option value="none">Nobody (unclaimed)</option>${userOptions}
        </select></label>
      <label class="field"><span class="label">Sort</span>
        <select name="sort" value=${draft.sort || '-createdAt'} onChange=${pick('sort')}>
          ${SORTS.map(([v, l]) => html`<option value=${v}>${l}</option>`)}
        </select></label>
      <label class="field"><span class="label">Per page</span>
        <select name="limit" value=${draft.limit || '50'} onChange=${pick('limit')}>
          ${LIMITS.map((l) => html`<option value=${l}>${l}</option>`)}
        </select></label>
      <div class="filter-actions">
        <button type="submit" class="primary" data-testid="apply-filters">Apply</button>
        <button type="button" class="link" onClick=${() => setMore(!more)} aria-expanded=${more}>${more ? 'Fewer filters' : 'More filters'}</button>
        ${active > 0 && html`<button type="button" class="link" data-testid="clear-filters"
          onClick=${() => onApply({ sort: filters.sort, limit: filters.limit })}>Clear (${active})</button>`}
      </div>
    </div>
    ${more && html`<div class="toolbar more-filters">
      <label class="field"><span class="label">Closer owner</span>
        <select name="closerOwnerId" value=${draft.closerOwnerId || ''} onChange=${pick('closerOwnerId')}>
          <option value="">Anyone</option>${userOptions}
        </select></label>
      <label class="field"><span class="label">Answer</span>
        <input name="answer" placeholder="question=value" value=${draft.answer || ''} onInput=${text('answer')} /></label>
      <label class="field"><span class="label">Tag</span>
        <input name="tag" value=${draft.tag || ''} onInput=${text('tag')} /></label>
      ${['utmSource', 'utmMedium', 'utmCampaign', 'utmTerm', 'utmContent'].map((k) => html`<label class="field">
        <span class="label">UTM ${k.slice(3).toLowerCase()}</span>
        <input name=${k} value=${draft[k] || ''} onInput=${text(k)} size="12" /></label>`)}
      <label class="field"><span class="label">Created from</span>
        <input type="date" name="createdFrom" value=${dateOf(draft.createdFrom)} onChange=${date('createdFrom')} /></label>
      <label class="field"><span class="label">Created to</span>
        <input type="date" name="createdTo" value=${dateOf(draft.createdTo, true)} onChange=${date('createdTo', true)} /></label>
    </div>`}
  </form>`;
}

function SmartViews({ filters, current, onApply }) {
  const [version, setVersion] = useState(0);
  const views = useApi('/smart-views', undefined, [version]);
  const [saving, setSaving] = useState(false);
  const s = session();
  const list = views.data?.items || [];
  const chosen = list.find((v) => v.id === current);
  const choose = (e) => {
    const v = list.find((x) => x.id === e.target.value);
    if (v) onApply(Object.fromEntries(new URLSearchParams(v.query)), v.id);
    else onApply({});
  };
  const remove = async () => {
    if (!chosen || !confirm(`Delete the smart view "${chosen.name}"?`)) return;
    try {
      await api(`/smart-views/${chosen.id}`, { method: 'DELETE' });
      toast(`Smart view ${chosen.name} deleted`);
      setVersion((x) => x + 1);
      onApply(filters);
    } catch (e) {
      toast(e.message, 'error');
    }
  };
  return html`<div class="toolbar smart-views" data-testid="smart-views">
    <label class="field"><span class="label">Smart view</span>
      <select name="smartView" value=${chosen ? chosen.id : ''} onChange=${choose} disabled=${views.loading && !views.data}>
        <option value="">${views.error ? 'Smart views could not be loaded' : '— none —'}</option>
        ${list.map((v) => html`<option value=${v.id}>${v.name}${v.shared ? ' (shared)' : ''}</option>`)}
      </select></label>
    <button type="button" data-testid="save-view" onClick=${() => setSaving(true)}>Save view</button>
    ${chosen && (chosen.ownerId === s.userId || isAdmin(s)) && html`<button type="button" class="danger" data-testid="delete-view"
      onClick=${remove}>Delete view</button>`}
    ${views.error && html`<button type="button" class="link" onClick=${views.reload}>Retry</button>`}
    ${saving && html`<${SaveView} filters=${filters} onClose=${() => setSaving(false)}
      onSaved=${(v) => { setSaving(false); setVersion((x) => x + 1); onApply(filters, v.id); }} />`}
  </div>`;
}

function SaveView({ filters, onClose, onSaved }) {
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const [key] = useState(newKey);
  const query = toQueryString(filters);
  const submit = async (e) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const view = await api('/smart-views', { method: 'POST', idempotencyKey: key, body: { name, shared, query } });
      toast(`Smart view ${view.name} saved`);
      onSaved(view);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const fe = error instanceof ApiError ? error.fieldErrors() : {};
  return html`<${Modal} title="Save smart view" onClose=${onClose}>
    <form onSubmit=${submit} data-testid="save-view-form">
      ${!fe.name && html`<${ErrorBox} error=${error} />`}
      <${Field} label="Name" error=${fe.name}><input name="viewName" value=${name} maxLength="80" onInput=${(e) => setName(e.target.value)} /><//>
      <label class="check"><input type="checkbox" name="shared" checked=${shared} onChange=${(e) => setShared(e.target.checked)} />
        Shared with the workspace</label>
      <p class="sub">Filters: <code data-testid="view-query">${query || '(none: every contact)'}</code></p>
      <footer class="form-actions"><button type="button" onClick=${onClose}>Cancel</button>
        <button type="submit" class="primary" data-testid="confirm-save-view" disabled=${busy}>Save view</button></footer>
    </form>
  <//>`;
}

/**
 * The contact table of a list path (/contacts, /appointment-setting) with the given filters: paging, selection
 * and the bulk bar, per-row stage moves and claiming. version re-reads it when it changes.
 */
export function ContactTable({ path, params, mode, version = 0, emptyText = 'No contacts yet.' }) {
  const [reloads, setReloads] = useState(0);
  const list = usePaged(path, params, [version, reloads]);
  const users = useUsers();
  const stages = useStages();
  const eventTypes = useApi('/event-types');
  const [changed, setChanged] = useState({});
  const [selected, setSelected] = useState(() => new Set());
  const [busy, setBusy] = useState({});
  const [assigning, setAssigning] = useState(false);
  const s = session();
  useEffect(() => { setChanged({}); setSelected(new Set()); }, [version, reloads, JSON.stringify(params)]);
  const rows = list.items.map((c) => changed[c.id] || c);
  const stageOf = (id) => stages.data?.find((x) => x.id === id);
  const eventName = (id) => (id ? eventTypes.data?.items.find((e) => e.id === id)?.name || '—' : '—');
  const update = (contacts) => setChanged((m) => ({ ...m, ...Object.fromEntries(contacts.map((c) => [c.id, c])) }));
  const withBusy = async (id, fn) => {
    setBusy((b) => ({ ...b, [id]: true }));
    try { await fn(); } catch (e) { toast(e.message, 'error'); } finally { setBusy((b) => ({ ...b, [id]: false })); }
  };
  const moveStage = (c, stageId) => {
    const target = stageOf(stageId);
    if (!target) return;
    if (target.approved) {
      navigate(`/contacts/${c.id}/approve`, { stageId });
      return;
    }
    withBusy(c.id, async () => {
      const contact = await api(`/contacts/${c.id}/stage`, { method: 'PUT', body: { stageId } });
      update([contact]);
      toast(`${c.name || c.email} moved to ${target.name}`);
    });
  };
  const claim = (c) => withBusy(c.id, async () => {
    const contact = await api(`/contacts/${c.id}/setter-owner`, { method: 'PUT', body: { userId: s.userId } });
    update([contact]);
    toast(`You claimed ${c.name || c.email}`);
  });
  const toggle = (id) => setSelected((sel) => { const n = new Set(sel); if (n.has(id)) n.delete(id); else n.add(id); return n; });
  const allOnPage = rows.length > 0 && rows.every((c) => selected.has(c.id));
  const toggleAll = () => setSelected(allOnPage ? new Set() : new Set(rows.map((c) => c.id)));
  const chosenIds = rows.filter((c) => selected.has(c.id)).map((c) => c.id);
  const reload = () => setReloads((r) => r + 1);

  if (list.error && list.items.length === 0) return html`<${ErrorBox} error=${list.error} onRetry=${list.reload} />`;
  if (list.loading && list.items.length === 0) return html`<${Loading} label="Loading contacts…" />`;
  if (rows.length === 0) return html`<div data-testid="contacts-empty"><${Empty}>${emptyText}<//></div>`;
  return html`<div class="contact-table">
    <div class="table-scroll">
    <table class="data" data-testid="contact-table">
      <thead><tr>
        <th><input type="checkbox" aria-label="Select all on this page" data-testid="select-all" checked=${allOnPage} onChange=${toggleAll} /></th>
        <th>Contact</th><th>Lead status</th><th>Stage</th><th>Setter owner</th><th>Closer owner</th><th>Set by</th>
        <th>Event</th><th>Created</th><th>UTM source</th><th>UTM medium</th><th>UTM campaign</th>
      </tr></thead>
      <tbody>${rows.map((c) => html`<tr data-contact=${c.id} class=${selected.has(c.id) ? 'selected' : ''}>
        <td><input type="checkbox" name="select" aria-label=${`Select ${c.name || c.email}`} checked=${selected.has(c.id)}
          onChange=${() => toggle(c.id)} /></td>
        <td><a href=${`#/contacts/${c.id}`} data-testid="contact-name">${c.name || c.email}</a><div class="sub">${c.email}</div></td>
        <td><span class="badge lead-${(c.leadStatus || '').toLowerCase()}" data-testid="lead-status">${c.leadStatus?.toLowerCase()}</span></td>
        <td data-testid="stage-cell" data-stage=${c.stageId || ''}>
          <${StageBadge} stage=${stageOf(c.stageId)} />
          ${stages.data && html`<select name="stage" aria-label=${`Stage of ${c.name || c.email}`} class="stage-select"
            value=${c.stageId || ''} disabled=${busy[c.id]} onChange=${(e) => moveStage(c, e.target.value)}>
            ${!c.stageId && html`<option value="">No stage</option>`}
            ${CATEGORIES.map((cat) => html`<optgroup label=${cat.toLowerCase()}>
              ${stages.data.filter((x) => x.category === cat).map((x) => html`<option value=${x.id}>${x.name}${x.approved ? ' (book a call)' : ''}</option>`)}
            </optgroup>`)}
          </select>`}
        </td>
        <td data-testid="setter-owner" data-user=${c.setterOwnerId || ''}>${c.setterOwnerId ? userName(users.data, c.setterOwnerId)
          : html`<button type="button" data-testid="claim" disabled=${busy[c.id]} onClick=${() => claim(c)}>Claim</button>`}</td>
        <td data-testid="closer-owner" data-user=${c.closerOwnerId || ''}>${userName(users.data, c.closerOwnerId)}</td>
        <td data-testid="set-by">${userName(users.data, c.setById)}</td>
        <td data-testid="event">${eventName(c.lastEventTypeId)}</td>
        <td class="nowrap">${formatDate(c.createdAt)}</td>
        <td>${c.utm?.source || '—'}</td><td>${c.utm?.medium || '—'}</td><td>${c.utm?.campaign || '—'}</td>
      </tr>`)}</tbody>
    </table>
    </div>
    <${ErrorBox} error=${list.items.length ? list.error : null} onRetry=${list.more} />
    <div class="paging">
      <span class="sub" data-testid="row-count">${rows.length} shown${list.nextCursor ? ', more available' : ''}</span>
      ${list.nextCursor && html`<button type="button" data-testid="load-more" onClick=${list.more} disabled=${list.loading}>
        ${list.loading ? 'Loading…' : 'Load more'}</button>`}
    </div>
    ${chosenIds.length > 0 && html`<${BulkBar} ids=${chosenIds} stages=${stages.data || []}
      onAssign=${() => setAssigning(true)} onClear=${() => setSelected(new Set())}
      onMoved=${(contacts) => { update(contacts); setSelected(new Set()); }} />`}
    ${assigning && html`<${AssignSetter} ids=${chosenIds} users=${users.data || []} onClose=${() => setAssigning(false)}
      onDone=${() => { setAssigning(false); reload(); }} />`}
  </div>`;
}

function BulkBar({ ids, stages, onAssign, onClear, onMoved }) {
  const [stageId, setStageId] = useState('');
  const [busy, setBusy] = useState(false);
  // Approved books a call per contact, so it is never offered in bulk (the API refuses it too).
  const choices = stages.filter((x) => !x.approved);
  const move = async () => {
    if (!stageId) return;
    setBusy(true);
    try {
      const page = await api('/contacts/bulk/stage', { method: 'POST', body: { contactIds: ids, stageId } });
      toast(`${page.items.length} contacts moved to ${choices.find((x) => x.id === stageId)?.name}`);
      onMoved(page.items);
    } catch (e) {
      toast(e.message, 'error');
    } finally {
      setBusy(false);
    }
  };
  return html`<div class="bottom-bar" data-testid="bulk-bar" role="region" aria-label="Selected contacts">
    <strong data-testid="selected-count">${ids.length} selected</strong>
    <button type="button" data-testid="assign-setter" onClick=${onAssign}>Assign setter owner</button>
    <span class="bulk-stage">
      <select name="bulkStage" aria-label="Contact stage for the selected contacts" value=${stageId} onChange=${(e) => setStageId(e.target.value)}>
        <option value="">Update stage…</option>
        ${choices.map((x) => html`<option value=${x.id}>${x.name}</option>`)}
      </select>
      <button type="button" data-testid="bulk-stage" disabled=${!stageId || busy} onClick=${move}>Update stage</button>
    </span>
    <button type="button" class="link" onClick=${onClear}>Clear selection</button>
  </div>`;
}

function AssignSetter({ ids, users, onClose, onDone }) {
  const [chosen, setChosen] = useState([]);
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const active = users.filter((u) => u.active !== false);
  const toggle = (id) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));
  const submit = async (e) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const report = await api('/contacts/bulk/assign-setter', { method: 'POST', body: { contactIds: ids, userIds: chosen } });
      const counts = Object.entries(report.countsByUser || {}).map(([id, n]) => `${userName(users, id)}: ${n}`).join(', ');
      toast(`${report.assignments.length} contacts assigned (${counts})`);
      onDone(report);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return html`<${Modal} title=${`Assign setter owner to ${ids.length} contact${ids.length === 1 ? '' : 's'}`} onClose=${onClose}>
    <form onSubmit=${submit} data-testid="assign-form">
      <${ErrorBox} error=${error} />
      <p class="sub">Choose one user to take them all, or several to share them in round robin.</p>
      <ul class="user-picks">${active.map((u) => html`<li><label class="check">
        <input type="checkbox" name="setter" value=${u.id} checked=${chosen.includes(u.id)} onChange=${() => toggle(u.id)} />
        ${u.name} <span class="sub">${u.role?.toLowerCase()}</span></label></li>`)}</ul>
      ${chosen.length > 1 && html`<p class="notice" data-testid="round-robin">Round robin: the ${ids.length} contacts are shared
        between ${chosen.length} users in the workspace's rotation.</p>`}
      <footer class="form-actions"><button type="button" onClick=${onClose}>Cancel</button>
        <button type="submit" class="primary" data-testid="confirm-assign" disabled=${busy || chosen.length === 0}>Assign contacts</button></footer>
    </form>
  <//>`;
}
