// The contact card: GET /contacts/{id}/card (contact, first journey page, calls, deals, notes, tags, UTM) with
// stage and owners, tags, notes (rich text), the journey (paged) and merging. Approved goes to the approve page.
import { html, useEffect, useState } from 'preact-htm';
import { api, newKey } from '../api.js';
import { navigate } from '../router.js';
import { session, isManager } from '../session.js';
import { useAsync, useApi, Async, ErrorBox, Empty, toast, formatDate, formatMoney } from '../ui.js';
import { useUsers, userName } from '../users.js';
import { NoteEditor, sanitizeNote } from './note-editor.js';
import { MergeDialog, afterMerge } from './contact-merge.js';

const JOURNEY_PAGE = 25;

function message(e) {
  return e?.problem?.errors?.length ? e.problem.errors.map((x) => x.message).join('; ') : e?.message || String(e);
}

function Details({ c }) {
  const row = (label, value, key) => html`<div class="dl-row" data-field=${key}><dt>${label}</dt><dd>${value || '—'}</dd></div>`;
  return html`<div class="card" data-testid="contact-details"><h2>Details</h2><dl class="details">
    ${row('E-mail', c.email, 'email')}
    ${row('Phone', c.phone, 'phone')}
    ${row('Secondary e-mail', c.secondaryEmail, 'secondaryEmail')}
    ${row('Secondary phone', c.secondaryPhone, 'secondaryPhone')}
    ${c.mergedAddresses?.length ? row('Merged addresses', c.mergedAddresses.join(', '), 'mergedAddresses') : null}
    ${row('Time zone', c.timeZone, 'timeZone')}
    ${row('Lead status', c.leadStatus && html`<span class="badge lead-${c.leadStatus.toLowerCase()}">${c.leadStatus}</span>`, 'leadStatus')}
    ${c.disqualificationReason ? row('Disqualified because', c.disqualificationReason, 'disqualificationReason') : null}
    ${row('IP address', c.ipAddress, 'ipAddress')}
    ${row('Created', formatDate(c.createdAt), 'createdAt')}
    ${row('Updated', formatDate(c.updatedAt), 'updatedAt')}
  </dl></div>`;
}

function StageAndOwners({ c, stages, users, onChanged }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const active = (users || []).filter((u) => u.active);
  const put = async (path, body) => {
    setBusy(true);
    setError(null);
    try {
      await api(`/contacts/${c.id}/${path}`, { method: 'PUT', body });
      toast('Saved');
      onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const onStage = (e) => {
    const stage = stages.find((s) => s.id === e.target.value);
    if (!stage) return;
    if (stage.approved) { navigate(`/contacts/${c.id}/approve`); return; }
    put('stage', { stageId: stage.id });
  };
  const owner = (label, path, value, testid) => html`<label class="field"><span class="label">${label}</span>
    <select data-testid=${testid} disabled=${busy} value=${value || ''} onChange=${(e) => put(path, { userId: e.target.value || null })}>
      <option value="">— none —</option>
      ${active.map((u) => html`<option value=${u.id}>${u.name}</option>`)}
      ${value && !active.some((u) => u.id === value) ? html`<option value=${value}>${userName(users, value)}</option>` : null}
    </select></label>`;
  const categories = ['ACTIVE', 'WON', 'LOST'];
  return html`<div class="card" data-testid="contact-stage-owners"><h2>Stage and owners</h2>
    <label class="field"><span class="label">Stage</span>
      <select data-testid="stage-select" disabled=${busy || !stages} value=${c.stageId || ''} onChange=${onStage}>
        ${!c.stageId && html`<option value="">— no stage —</option>`}
        ${categories.map((cat) => html`<optgroup label=${cat[0] + cat.slice(1).toLowerCase()}>
          ${(stages || []).filter((s) => s.category === cat).map((s) => html`<option value=${s.id}>${s.name}${s.approved ? ' (books a call)' : ''}</option>`)}
        </optgroup>`)}
      </select></label>
    ${owner('Setter owner', 'setter-owner', c.setterOwnerId, 'setter-owner-select')}
    ${owner('Closer owner', 'closer-owner', c.closerOwnerId, 'closer-owner-select')}
    <div class="dl-row"><dt>Set by</dt><dd data-testid="set-by">${userName(users, c.setById)}</dd></div>
    <${ErrorBox} error=${error} />
  </div>`;
}

function Answers({ answers }) {
  return html`<div class="card" data-testid="contact-answers"><h2>Invitee answers</h2>
    ${answers?.length ? html`<dl class="answers">${answers.map((a) => html`<div class="dl-row"><dt>${a.question}</dt><dd>${a.answer}</dd></div>`)}</dl>`
      : html`<p class="sub">No answers from the booking form.</p>`}
  </div>`;
}

function Tags({ c, onChanged }) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const save = async (tags) => {
    setBusy(true);
    setError('');
    try {
      await api(`/contacts/${c.id}`, { method: 'PATCH', body: { tags } });
      onChanged();
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(false);
    }
  };
  const add = (e) => {
    e.preventDefault();
    const tag = draft.trim();
    if (!tag) return;
    if (c.tags.includes(tag)) { setError(`“${tag}” is already a tag.`); return; }
    setDraft('');
    save([...c.tags, tag]);
  };
  return html`<div class="card" data-testid="contact-tags"><h2>Tags</h2>
    <div class="chips">${c.tags.length ? c.tags.map((t) => html`<span class="chip" data-tag=${t}>${t}
      <button type="button" class="chip-x" aria-label=${`Remove tag ${t}`} disabled=${busy}
        onClick=${() => save(c.tags.filter((x) => x !== t))}>×</button></span>`) : html`<span class="sub">No tags.</span>`}</div>
    <form class="toolbar" onSubmit=${add}>
      <input aria-label="New tag" maxlength="50" placeholder="Add a tag" value=${draft} onInput=${(e) => setDraft(e.target.value)} />
      <button type="submit" disabled=${busy || !draft.trim()}>Add</button>
    </form>
    ${error && html`<small class="field-error" role="alert">${error}</small>`}
  </div>`;
}

function Utm({ utm }) {
  const keys = ['source', 'medium', 'campaign', 'term', 'content'];
  const any = utm && keys.some((k) => utm[k]);
  return html`<div class="card" data-testid="contact-utm"><h2>UTM</h2>
    ${any ? html`<dl class="details">${keys.map((k) => html`<div class="dl-row" data-utm=${k}><dt>utm_${k}</dt><dd>${utm[k] || '—'}</dd></div>`)}</dl>`
      : html`<p class="sub">No UTM parameters were captured.</p>`}
  </div>`;
}

function actorName(actor, users) {
  if (!actor || actor.kind === 'SYSTEM') return 'System';
  if (actor.kind === 'CONTACT') return 'The contact';
  return userName(users, actor.userId);
}

function Journey({ contactId, first, users }) {
  const [page, setPage] = useState(first);
  const [state, setState] = useState({ loading: false, error: null });
  useEffect(() => setPage(first), [first]);
  const more = async () => {
    setState({ loading: true, error: null });
    try {
      const next = await api(`/contacts/${contactId}/journey`, { params: { limit: JOURNEY_PAGE, cursor: page.nextCursor } });
      setPage((p) => ({ items: [...p.items, ...next.items], nextCursor: next.nextCursor }));
      setState({ loading: false, error: null });
    } catch (e) {
      setState({ loading: false, error: e });
    }
  };
  if (!page.items.length) return html`<${Empty}>Nothing has happened to this contact yet.<//>`;
  return html`<div data-testid="journey">
    <ol class="timeline">${page.items.map((e) => html`<li data-kind=${e.kind}>
      <div class="when">${formatDate(e.occurredAt)}</div>
      <div><span class="badge">${e.kind.replace(/_/g, ' ').toLowerCase()}</span> ${e.summary}
        <div class="sub">${actorName(e.actor, users)}${e.mergedFrom ? html` · from merged ${e.mergedFrom.email}` : null}</div></div>
    </li>`)}</ol>
    <${ErrorBox} error=${state.error} onRetry=${more} />
    ${page.nextCursor && html`<button type="button" data-testid="journey-more" onClick=${more} disabled=${state.loading}>
      ${state.loading ? 'Loading…' : 'Load more'}</button>`}
  </div>`;
}

function CallTable({ calls, users, title, testid }) {
  return html`<div data-testid=${testid}><h3>${title}</h3>
    ${!calls.length ? html`<${Empty}>No ${title.toLowerCase()}.<//>` : html`<table class="data">
      <thead><tr><th>When</th><th>Event</th><th>Host</th><th>Set by</th><th>Status</th><th>Outcome</th></tr></thead>
      <tbody>${calls.map((k) => html`<tr data-call=${k.id}>
        <td><a href=${`#/calls/${k.id}`}>${formatDate(k.start)}</a></td>
        <td>${k.eventTypeName || '—'}<div class="sub">${(k.kind || '').toLowerCase()}</div></td>
        <td>${k.hostName || userName(users, k.hostId)}</td>
        <td>${userName(users, k.setById)}</td>
        <td><span class="badge">${k.status}</span></td>
        <td>${k.outcome || '—'}</td>
      </tr>`)}</tbody></table>`}
  </div>`;
}

function Deals({ deals }) {
  if (!deals.length) return html`<${Empty}>No deals yet.<//>`;
  return html`<table class="data" data-testid="deals"><thead><tr><th>Date</th><th>Product</th><th>Payment</th><th>Value</th><th>Call</th></tr></thead>
    <tbody>${deals.map((d) => html`<tr data-deal=${d.id}><td>${d.date}</td><td>${d.productName || '—'}</td>
      <td><span class="badge">${d.paymentType}</span></td><td>${formatMoney(d.value, d.currency)}</td>
      <td>${d.callId ? html`<a href=${`#/calls/${d.callId}`}>Call</a>` : '—'}</td></tr>`)}</tbody></table>`;
}

function Note({ note, contactId, users, onChanged }) {
  const s = session();
  const [editing, setEditing] = useState(false);
  const [state, setState] = useState({ saving: false, error: '' });
  const mayChange = isManager(s) || note.authorId === s?.userId;
  const save = async (body) => {
    setState({ saving: true, error: '' });
    try {
      await api(`/contacts/${contactId}/notes/${note.id}`, { method: 'PATCH', body: { body } });
      setEditing(false);
      setState({ saving: false, error: '' });
      onChanged();
    } catch (e) {
      setState({ saving: false, error: message(e) });
    }
  };
  const remove = async () => {
    if (!confirm('Delete this note?')) return;
    try {
      await api(`/contacts/${contactId}/notes/${note.id}`, { method: 'DELETE' });
      toast('Note deleted');
      onChanged();
    } catch (e) {
      toast(message(e), 'error');
    }
  };
  return html`<li class="note" data-note=${note.id}>
    <div class="note-head"><strong>${userName(users, note.authorId)}</strong>
      <span class="sub">${formatDate(note.createdAt)}${note.editedAt ? html` · edited by ${userName(users, note.editedBy)} ${formatDate(note.editedAt)}` : null}</span>
      ${mayChange && !editing && html`<span class="note-actions">
        <button type="button" class="link" onClick=${() => setEditing(true)}>Edit</button>
        <button type="button" class="link danger-link" onClick=${remove}>Delete</button></span>`}
    </div>
    ${editing ? html`<${NoteEditor} initial=${note.body} testid="note-edit" saveLabel="Save changes" saving=${state.saving}
        error=${state.error} onSave=${save} onCancel=${() => setEditing(false)} />`
      : html`<div class="note-body" dangerouslySetInnerHTML=${{ __html: sanitizeNote(note.body) }}></div>`}
  </li>`;
}

function Notes({ contactId, notes, users, onChanged }) {
  const [state, setState] = useState({ saving: false, error: '', round: 0 });
  const add = async (body) => {
    setState((x) => ({ ...x, saving: true, error: '' }));
    try {
      await api(`/contacts/${contactId}/notes`, { method: 'POST', body: { body }, idempotencyKey: newKey() });
      // No toast: the note shows at the top of the list, and a toast would sit over the editor's buttons.
      setState((x) => ({ saving: false, error: '', round: x.round + 1 }));
      onChanged();
    } catch (e) {
      setState((x) => ({ ...x, saving: false, error: message(e) }));
    }
  };
  return html`<div data-testid="notes">
    <${NoteEditor} key=${state.round} saving=${state.saving} error=${state.error} onSave=${add} saveLabel="Add note" />
    ${notes.length ? html`<ul class="notes">${[...notes].reverse().map((n) => html`<${Note} key=${n.id} note=${n}
      contactId=${contactId} users=${users} onChanged=${onChanged} />`)}</ul>` : html`<${Empty}>No notes yet.<//>`}
  </div>`;
}

function Tabs({ card, users, onChanged }) {
  const [tab, setTab] = useState('journey');
  const calls = card.upcomingCalls.length + card.pastCalls.length;
  const tabs = [['journey', 'Journey'], ['calls', `Calls (${calls})`], ['deals', `Deals (${card.deals.length})`],
    ['notes', `Notes (${card.notes.length})`]];
  const id = card.contact.id;
  return html`<div class="card">
    <div class="tabs" role="tablist">${tabs.map(([key, label]) => html`<button type="button" role="tab" data-tab=${key}
      aria-selected=${String(tab === key)} onClick=${() => setTab(key)}>${label}</button>`)}</div>
    <div role="tabpanel">
      ${tab === 'journey' && html`<${Journey} contactId=${id} first=${card.journey} users=${users} />`}
      ${tab === 'calls' && html`<${CallTable} calls=${card.upcomingCalls} users=${users} title="Upcoming calls" testid="upcoming-calls" />
        <${CallTable} calls=${card.pastCalls} users=${users} title="Past calls" testid="past-calls" />`}
      ${tab === 'deals' && html`<${Deals} deals=${card.deals} />`}
      ${tab === 'notes' && html`<${Notes} contactId=${id} notes=${card.notes} users=${users} onChanged=${onChanged} />`}
    </div>
  </div>`;
}

export function ContactCardPage({ id }) {
  const card = useAsync(() => api(`/contacts/${id}/card`, { params: { journeyLimit: JOURNEY_PAGE } }), [id]);
  const stages = useApi('/stages');
  const users = useUsers();
  const [merging, setMerging] = useState(false);
  return html`<section class="page contact-card" data-testid="contact-card">
    <${Async} state=${card}>${(data) => {
      const c = data.contact;
      const stage = (stages.data?.items || []).find((s) => s.id === c.stageId);
      return html`<header class="card-head">
          <div><h1 data-testid="contact-name">${c.name || c.email}</h1>
            <div class="sub">${c.email}${stage ? html` · <span class="badge stage-badge" data-testid="stage-badge"><span class="dot" style=${`background: ${stage.color}`}></span>${stage.name}</span>` : null}</div></div>
          <div class="toolbar">
            <a class="button primary" href=${`#/contacts/${c.id}/approve`} data-testid="approve-link">Approve and book</a>
            <button type="button" data-testid="merge-open" onClick=${() => setMerging(true)}>Merge…</button>
          </div>
        </header>
        <${ErrorBox} error=${stages.error} onRetry=${stages.reload} />
        <div class="card-layout">
          <div class="card-side">
            <${Details} c=${c} />
            <${StageAndOwners} c=${c} stages=${stages.data?.items} users=${users.data} onChanged=${card.reload} />
            <${Answers} answers=${c.answers} />
            <${Tags} c=${c} onChanged=${card.reload} />
            <${Utm} utm=${data.utm} />
          </div>
          <div class="card-main"><${Tabs} card=${data} users=${users.data} onChanged=${card.reload} /></div>
        </div>
        ${merging && html`<${MergeDialog} contact=${c} users=${users.data} onClose=${() => setMerging(false)}
          onMerged=${(primaryId) => { setMerging(false); if (primaryId === c.id) card.reload(); else afterMerge(c.id, primaryId); }} />`}`;
    }}<//>
  </section>`;
}
