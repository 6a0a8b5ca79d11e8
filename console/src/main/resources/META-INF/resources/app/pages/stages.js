// Stage views: a tile per stage with its live count (GET /stages/counts, kept live by GET /stages/stream), the
// contacts of the chosen stage, and for admins and managers the stage settings (create, edit, reorder, default,
// delete with a replacement).
import { html, useEffect, useRef, useState } from 'preact-htm';
import { api, ApiError, newKey, stream } from '../api.js';
import { session, isManager } from '../session.js';
import { useApi, Loading, ErrorBox, Empty, Modal, Field, toast } from '../ui.js';
import { ContactTable, filtersOf } from './contacts.js';

/**
 * The 32 icons the API allows (contacts-service StageIcon.CATALOGUE), each with a text glyph that common fonts
 * (DejaVu included) draw, so that no icon font or emoji font is needed.
 */
export const STAGE_ICONS = [
  ['check', '✓'], ['dashed-circle', '◌'], ['cross', '✕'], ['minus', '−'], ['plus', '+'], ['hourglass', '◷'],
  ['block', '⊘'], ['arrow', '→'], ['send', '➤'], ['phone', '☎'], ['message', '❝'], ['mail', '✉'],
  ['user-check', '♙✓'], ['user-plus', '♙+'], ['user-minus', '♙−'], ['notes', '✎'], ['document', '▤'],
  ['checklist', '☑'], ['calendar-check', '▦'], ['cash', '¤'], ['currency-dollar', '$'], ['currency-euro', '€'],
  ['diamond', '◆'], ['sparkles', '✦'], ['trending', '↗'], ['flame', '♨'], ['snowflake', '❄'], ['seedling', '⚘'],
  ['plant', '☘'], ['happy', '☺'], ['sad', '☹'], ['ghost', '☁'],
];
const GLYPHS = Object.fromEntries(STAGE_ICONS);

/** The palette names the API maps to fixed colors (contacts-service StageColor.PALETTE). */
export const PALETTE = {
  gray: '#6B7280', blue: '#3B82F6', red: '#EF4444', green: '#22C55E',
  purple: '#A855F7', orange: '#F97316', yellow: '#EAB308', pink: '#EC4899',
};
export const CATEGORIES = ['ACTIVE', 'WON', 'LOST'];
const CATEGORY_LABEL = { ACTIVE: 'Active', WON: 'Won', LOST: 'Lost' };

export function iconGlyph(icon) {
  return icon ? GLYPHS[icon] || '•' : '';
}

/** A stage's name with its color and icon, as every table shows it. */
export function StageBadge({ stage }) {
  if (!stage) return html`<span class="sub">No stage</span>`;
  const color = stage.color || '#6B7280';
  return html`<span class="stage-badge" style=${`--stage: ${color}`} data-stage=${stage.id}>
    ${stage.icon && html`<span class="stage-icon" aria-hidden="true" data-icon=${stage.icon}>${iconGlyph(stage.icon)}</span>`}
    ${stage.name}</span>`;
}

/** The workspace's stages in pipeline order: category, then position. */
export function sortStages(stages) {
  return [...(stages || [])].sort((a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category)
    || a.position - b.position);
}

/** GET /stages, sorted; {data: stages[]} like useApi. */
export function useStages(deps = []) {
  const state = useApi('/stages', undefined, deps);
  return { ...state, data: state.data ? sortStages(state.data.items) : state.data };
}

/** Live counts per stage: the counts, adjusted by each stage change the stream sends, re-read shortly after. */
function useLiveCounts(onChange) {
  const [counts, setCounts] = useState(null);
  const [error, setError] = useState(null);
  const [state, setState] = useState('connecting');
  const timer = useRef();
  const changed = useRef(onChange);
  changed.current = onChange;
  const load = () => api('/stages/counts').then((c) => { setCounts(c); setError(null); }, setError);
  useEffect(() => {
    load();
    const stop = stream('/stages/stream', (name, change) => {
      if (!change || !change.contactId) return;
      const from = change.from?.id ?? null;
      const to = change.to?.id ?? null;
      setCounts((cs) => cs && cs.map((c) => ({
        ...c, count: c.count + (c.stageId === to ? 1 : 0) - (c.stageId === from ? 1 : 0),
      })));
      changed.current?.(change);
      clearTimeout(timer.current);
      // The deltas show at once; a re-read shortly after corrects any change the stream missed while reconnecting.
      timer.current = setTimeout(load, 1500);
    }, (s) => {
      setState(s);
      if (s === 'live') load();
    });
    return () => { stop(); clearTimeout(timer.current); };
  }, []);
  return { counts, error, state, reload: load };
}

function StageTiles({ stages, counts, selected }) {
  const countOf = (id) => counts?.find((c) => c.stageId === id)?.count;
  const none = countOf(null);
  return html`<div class="stage-columns">
    ${CATEGORIES.map((cat) => html`<div class="stage-column" data-category=${cat}>
      <h2>${CATEGORY_LABEL[cat]}</h2>
      ${stages.filter((s) => s.category === cat).map((s) => html`<a class="stage-tile ${selected === s.id ? 'active' : ''}"
          href=${`#/stages/${s.id}`} data-testid="stage-tile" data-stage=${s.id} style=${`--stage: ${s.color}`}
          aria-current=${selected === s.id ? 'page' : undefined}>
        <span class="stage-tile-name">${s.icon && html`<span class="stage-icon" aria-hidden="true">${iconGlyph(s.icon)}</span>`}${s.name}
          ${s.isDefault && html`<span class="badge">default</span>`}</span>
        <span class="stage-count" data-testid="stage-count">${countOf(s.id) ?? '…'}</span>
      </a>`)}
    </div>`)}
    ${none !== undefined && html`<div class="stage-column"><h2>Without a stage</h2>
      <div class="stage-tile none"><span class="stage-tile-name">No stage</span>
        <span class="stage-count" data-testid="no-stage-count">${none}</span></div></div>`}
  </div>`;
}

export function StagesPage({ stageId, query = {} }) {
  const s = session();
  const [version, setVersion] = useState(0);
  const stages = useStages([version]);
  const [listVersion, setListVersion] = useState(0);
  const listTimer = useRef();
  const live = useLiveCounts((change) => {
    if (stageId && (change.from?.id === stageId || change.to?.id === stageId)) {
      clearTimeout(listTimer.current);
      listTimer.current = setTimeout(() => setListVersion((v) => v + 1), 800);
    }
  });
  useEffect(() => () => clearTimeout(listTimer.current), []);
  const refresh = () => { setVersion((v) => v + 1); live.reload(); };
  const stage = stages.data?.find((x) => x.id === stageId);
  return html`<section class="page stages-page">
    <div class="page-head">
      <h1>${stage ? html`Stage: <${StageBadge} stage=${stage} />` : 'Stages'}</h1>
      <span class="live-state ${live.state}" data-testid="stream-state" title="Live updates">${live.state === 'live' ? '● live' : live.state === 'connecting' ? '○ live (waiting for the first change)' : '○ reconnecting…'}</span>
    </div>
    <${ErrorBox} error=${stages.error || live.error} onRetry=${refresh} />
    ${stages.loading && !stages.data ? html`<${Loading} />`
      : stages.data && stages.data.length === 0 ? html`<${Empty}>This workspace has no stages yet.<//>`
      : stages.data && html`<${StageTiles} stages=${stages.data} counts=${live.counts} selected=${stageId} />`}
    ${stageId && stages.data && !stage ? html`<${Empty}>No such stage. <a href="#/stages">All stages</a><//>` : null}
    ${stage && html`<div class="card">
      <div class="toolbar"><h2>Contacts in ${stage.name}</h2><span class="spacer"></span>
        <a href=${`#/contacts?stageId=${stage.id}`}>Open in Global Data with more filters</a>
        <a href="#/stages">All stages</a></div>
      <${ContactTable} key=${stage.id} path="/contacts" params=${{ ...filtersOf(query), stageId: stage.id }} version=${listVersion}
        emptyText=${`No contacts in ${stage.name}.`} />
    </div>`}
    ${isManager(s) && stages.data && html`<${StageSettings} stages=${stages.data} onChanged=${refresh} />`}
  </section>`;
}

/** Stage settings (ADMIN and MANAGER): the table of stages with edit, order, default and delete. */
function StageSettings({ stages, onChanged }) {
  const [editing, setEditing] = useState(null);
  const [deleting, setDeleting] = useState(null);
  const [busy, setBusy] = useState(false);
  const act = async (fn, done) => {
    setBusy(true);
    try {
      await fn();
      if (done) toast(done);
      onChanged();
    } catch (e) {
      toast(e.message, 'error');
    } finally {
      setBusy(false);
    }
  };
  const move = (stage, delta) => {
    const ids = stages.filter((x) => x.category === stage.category).map((x) => x.id);
    const i = ids.indexOf(stage.id);
    const j = i + delta;
    if (j < 0 || j >= ids.length) return;
    [ids[i], ids[j]] = [ids[j], ids[i]];
    act(() => api('/stages/reorder', { method: 'POST', body: { category: stage.category, stageIds: ids } }), 'Order saved');
  };
  return html`<div class="card" data-testid="stage-settings">
    <div class="toolbar"><h2>Stage settings</h2><span class="spacer"></span>
      <button type="button" class="primary" data-testid="new-stage" onClick=${() => setEditing({})}>New stage</button></div>
    <table class="data stage-settings">
      <thead><tr><th>Order</th><th>Stage</th><th>Category</th><th>Icon</th><th>Color</th><th></th></tr></thead>
      <tbody>${stages.map((st) => {
        const inCat = stages.filter((x) => x.category === st.category);
        const i = inCat.indexOf(st);
        return html`<tr data-stage-row=${st.id} data-name=${st.name}>
          <td class="nowrap">
            <button type="button" aria-label=${`Move ${st.name} up`} data-testid="move-up" disabled=${busy || i === 0 || st.approved}
              onClick=${() => move(st, -1)}>↑</button>
            <button type="button" aria-label=${`Move ${st.name} down`} data-testid="move-down" disabled=${busy || i === inCat.length - 1 || st.approved}
              onClick=${() => move(st, 1)}>↓</button></td>
          <td><${StageBadge} stage=${st} /> ${st.isDefault && html`<span class="badge">default</span>`}
            ${st.approved && html`<span class="badge" title="Tied to booking a call">books a call</span>`}</td>
          <td>${CATEGORY_LABEL[st.category]}</td>
          <td>${st.icon || '—'}</td>
          <td><code>${st.color}</code></td>
          <td class="nowrap">${st.approved ? html`<span class="sub">fixed</span>` : html`
            <button type="button" data-testid="edit-stage" onClick=${() => setEditing(st)}>Edit</button>
            ${!st.isDefault && st.category === 'ACTIVE' && html` <button type="button" data-testid="make-default" disabled=${busy}
              onClick=${() => act(() => api(`/stages/${st.id}`, { method: 'PATCH', body: { isDefault: true } }), `${st.name} is the default`)}>Make default</button>`}
            ${!st.isDefault && html` <button type="button" class="danger" data-testid="delete-stage" onClick=${() => setDeleting(st)}>Delete</button>`}`}</td>
        </tr>`;
      })}</tbody>
    </table>
    ${editing && html`<${StageForm} stage=${editing.id ? editing : null} onClose=${() => setEditing(null)}
      onSaved=${() => { setEditing(null); onChanged(); }} />`}
    ${deleting && html`<${DeleteStage} stage=${deleting} stages=${stages} onClose=${() => setDeleting(null)}
      onDeleted=${() => { setDeleting(null); onChanged(); }} />`}
  </div>`;
}

/** Like Field, for a group of inputs (a label cannot hold labels). */
function Group({ label, error, hint, children }) {
  return html`<fieldset class="field group ${error ? 'invalid' : ''}">
    <legend class="label">${label}</legend>
    ${children}
    ${hint && !error ? html`<small class="hint">${hint}</small>` : null}
    ${error ? html`<small class="field-error">${error}</small>` : null}
  </fieldset>`;
}

function StageForm({ stage, onClose, onSaved }) {
  const paletteName = (hex) => Object.keys(PALETTE).find((k) => PALETTE[k] === (hex || '').toUpperCase());
  const [form, setForm] = useState({
    name: stage?.name || '', category: stage?.category || 'ACTIVE', icon: stage?.icon || '',
    color: stage ? paletteName(stage.color) || stage.color : 'blue',
  });
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const [key] = useState(newKey);
  const set = (k) => (e) => setForm({ ...form, [k]: e.target.value });
  const fieldErrors = error instanceof ApiError ? error.fieldErrors() : {};
  const custom = !PALETTE[form.color];
  const hex = PALETTE[form.color] || form.color;
  const submit = async (e) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (stage) {
        const changes = {};
        if (form.name !== stage.name) changes.name = form.name;
        if (form.category !== stage.category) changes.category = form.category;
        if ((form.icon || null) !== (stage.icon || null) && form.icon) changes.icon = form.icon;
        if ((PALETTE[form.color] || form.color).toUpperCase() !== (stage.color || '').toUpperCase()) changes.color = form.color;
        await api(`/stages/${stage.id}`, { method: 'PATCH', body: changes });
      } else {
        await api('/stages', {
          method: 'POST', idempotencyKey: key,
          body: { name: form.name, category: form.category, color: form.color, icon: form.icon || null },
        });
      }
      toast(stage ? 'Stage saved' : `Stage ${form.name} created`);
      onSaved();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const generalError = error && !(error instanceof ApiError && Object.keys(fieldErrors).length) ? error : null;
  return html`<${Modal} title=${stage ? `Edit ${stage.name}` : 'New stage'} onClose=${onClose}>
    <form onSubmit=${submit} data-testid="stage-form" noValidate>
      <${ErrorBox} error=${generalError} />
      <${Field} label="Name" error=${fieldErrors.name}>
        <input name="name" value=${form.name} maxLength="60" onInput=${set('name')} required />
      <//>
      <${Field} label="Category" error=${fieldErrors.category}>
        <select name="category" value=${form.category} onChange=${set('category')}>
          ${CATEGORIES.map((c) => html`<option value=${c}>${CATEGORY_LABEL[c]}</option>`)}
        </select>
      <//>
      <${Group} label="Icon" error=${fieldErrors.icon}>
        <div class="icon-picker" role="radiogroup" aria-label="Icon">
          ${!stage && html`<label class="icon-choice ${form.icon === '' ? 'on' : ''}"><input type="radio" name="icon" value=""
            checked=${form.icon === ''} onChange=${set('icon')} /><span>none</span></label>`}
          ${STAGE_ICONS.map(([name, glyph]) => html`<label class="icon-choice ${form.icon === name ? 'on' : ''}" title=${name}>
            <input type="radio" name="icon" value=${name} checked=${form.icon === name} onChange=${set('icon')} />
            <span aria-hidden="true">${glyph}</span><span class="icon-name">${name}</span></label>`)}
        </div>
      <//>
      <${Group} label="Color" error=${fieldErrors.color} hint="A palette color, or a custom #RRGGBB">
        <div class="color-picker">
          ${Object.entries(PALETTE).map(([name, value]) => html`<label class="swatch ${form.color === name ? 'on' : ''}" title=${name}
            style=${`--stage: ${value}`}><input type="radio" name="color" value=${name} checked=${form.color === name}
            onChange=${set('color')} /><span>${name}</span></label>`)}
          <label class="swatch custom ${custom ? 'on' : ''}"><input type="color" aria-label="Custom color"
            value=${/^#[0-9a-fA-F]{6}$/.test(hex) ? hex : '#000000'} onInput=${(e) => setForm({ ...form, color: e.target.value.toUpperCase() })} /></label>
          <input name="colorHex" class="hex" aria-label="Hex color" value=${custom ? form.color : ''} placeholder="#RRGGBB"
            onInput=${(e) => setForm({ ...form, color: e.target.value || 'blue' })} />
        </div>
      <//>
      <p>Preview: <${StageBadge} stage=${{ id: 'preview', name: form.name || 'Stage', icon: form.icon, color: hex }} /></p>
      <footer class="form-actions">
        <button type="button" onClick=${onClose}>Cancel</button>
        <button type="submit" class="primary" data-testid="save-stage" disabled=${busy}>${stage ? 'Save' : 'Create stage'}</button>
      </footer>
    </form>
  <//>`;
}

function DeleteStage({ stage, stages, onClose, onDeleted }) {
  const candidates = stages.filter((x) => x.id !== stage.id && !x.approved);
  const [replacement, setReplacement] = useState(candidates.find((x) => x.isDefault)?.id || candidates[0]?.id || '');
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api(`/stages/${stage.id}`, { method: 'DELETE', params: { replacement } });
      toast(`Stage ${stage.name} deleted`);
      onDeleted();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const fieldErrors = error instanceof ApiError ? error.fieldErrors() : {};
  return html`<${Modal} title=${`Delete ${stage.name}`} onClose=${onClose}>
    <form onSubmit=${submit} data-testid="delete-stage-form">
      <p>Contacts in ${stage.name} move to the replacement stage in the same step; then the stage is removed.</p>
      ${!fieldErrors.replacement && html`<${ErrorBox} error=${error} />`}
      <${Field} label="Replacement stage" error=${fieldErrors.replacement}>
        <select name="replacement" value=${replacement} onChange=${(e) => setReplacement(e.target.value)}>
          ${candidates.map((x) => html`<option value=${x.id}>${CATEGORY_LABEL[x.category]} · ${x.name}</option>`)}
        </select>
      <//>
      <footer class="form-actions">
        <button type="button" onClick=${onClose}>Cancel</button>
        <button type="submit" class="danger" data-testid="confirm-delete" disabled=${busy}>Delete stage</button>
      </footer>
    </form>
  <//>`;
}
