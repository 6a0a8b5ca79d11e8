// Merging duplicates from the contact card: pick the other contact, see what moves (GET merge-preview), then
// POST /contacts/{primary}/merge {duplicateId}. The contact in the path is kept; the duplicate is removed.
import { html, useEffect, useState } from 'preact-htm';
import { api } from '../api.js';
import { navigate } from '../router.js';
import { Modal, ErrorBox, Loading, Empty, toast } from '../ui.js';
import { userName } from '../users.js';

function ContactSearch({ self, onPick }) {
  const [q, setQ] = useState('');
  const [state, setState] = useState({ items: null, error: null, loading: false });
  useEffect(() => {
    if (q.trim().length < 2) { setState({ items: null, error: null, loading: false }); return undefined; }
    const controller = new AbortController();
    const t = setTimeout(() => {
      setState((s) => ({ ...s, loading: true, error: null }));
      api('/contacts', { params: { q: q.trim(), limit: 10 }, signal: controller.signal }).then(
        (page) => setState({ items: page.items.filter((c) => c.id !== self.id), error: null, loading: false }),
        (error) => error.name !== 'AbortError' && setState({ items: null, error, loading: false }),
      );
    }, 250);
    return () => { clearTimeout(t); controller.abort(); };
  }, [q]);
  return html`<div>
    <label class="field"><span class="label">Find the other contact (name, e-mail or phone)</span>
      <input type="search" data-testid="merge-search" value=${q} onInput=${(e) => setQ(e.target.value)} placeholder="Search contacts" /></label>
    <${ErrorBox} error=${state.error} />
    ${state.loading && html`<${Loading} label="Searching…" />`}
    ${state.items && state.items.length === 0 && html`<${Empty}>No other contact matches “${q}”.<//>`}
    ${state.items?.length > 0 && html`<ul class="pick-list" data-testid="merge-candidates">${state.items.map((c) => html`<li>
      <button type="button" class="user-choice" data-contact=${c.id} onClick=${() => onPick(c)}>
        <span><strong>${c.name || c.email}</strong><span class="user-meta"> ${c.email}</span></span>
        <span class="user-meta">${c.leadStatus}</span></button></li>`)}</ul>`}
  </div>`;
}

function Preview({ preview, primary, duplicate, users }) {
  const moves = [
    ['notes', preview.notes], ['journey entries', preview.journeyEntries], ['calls', preview.calls], ['deals', preview.deals],
  ];
  return html`<div data-testid="merge-preview">
    <p><strong>${duplicate.name || duplicate.email}</strong> (${duplicate.email}) is merged into
      <strong> ${primary.name || primary.email}</strong> (${primary.email}) and then removed.</p>
    <ul class="merge-moves">
      ${moves.map(([label, n]) => html`<li data-move=${label}><span class="kpi-small">${n}</span> ${label} move</li>`)}
      <li data-move="answers">Answers added: ${preview.answersAdded.length ? preview.answersAdded.join(', ') : 'none'}</li>
      <li data-move="tags">Tags added: ${preview.tagsAdded.length ? preview.tagsAdded.join(', ') : 'none'}</li>
      ${preview.setterOwnerTaken && html`<li data-move="setter">Setter owner taken: ${userName(users, preview.setterOwnerTaken)}</li>`}
      ${preview.closerOwnerTaken && html`<li data-move="closer">Closer owner taken: ${userName(users, preview.closerOwnerTaken)}</li>`}
      ${preview.secondaryEmailTaken && html`<li data-move="email">Secondary e-mail: ${preview.secondaryEmailTaken}</li>`}
    </ul>
    <p class="sub">The kept contact keeps its own fields; the duplicate only fills its gaps. This cannot be undone.</p>
  </div>`;
}

/** The merge dialog for the contact of the card. onMerged(primaryId) after a merge. */
export function MergeDialog({ contact, users, onClose, onMerged }) {
  const [other, setOther] = useState(null);
  const [keepThis, setKeepThis] = useState(true);
  const [preview, setPreview] = useState({ data: null, error: null, loading: false });
  const [merging, setMerging] = useState(false);
  const [error, setError] = useState(null);
  const primary = keepThis ? contact : other;
  const duplicate = keepThis ? other : contact;
  useEffect(() => {
    if (!other) return;
    setPreview({ data: null, error: null, loading: true });
    api(`/contacts/${primary.id}/merge-preview`, { params: { duplicateId: duplicate.id } }).then(
      (data) => setPreview({ data, error: null, loading: false }),
      (e) => setPreview({ data: null, error: e, loading: false }),
    );
  }, [other?.id, keepThis]);
  const merge = async () => {
    setMerging(true);
    setError(null);
    try {
      await api(`/contacts/${primary.id}/merge`, { method: 'POST', body: { duplicateId: duplicate.id } });
      toast(`Merged ${duplicate.email} into ${primary.email}`);
      onMerged(primary.id);
    } catch (e) {
      setError(e);
      setMerging(false);
    }
  };
  const footer = html`<button type="button" onClick=${onClose}>Cancel</button>
    <button type="button" class="danger" data-testid="merge-confirm" disabled=${!preview.data || merging} onClick=${merge}>
      ${merging ? 'Merging…' : 'Merge'}</button>`;
  return html`<${Modal} title="Merge contacts" onClose=${onClose} footer=${footer}>
    ${!other ? html`<${ContactSearch} self=${contact} onPick=${setOther} />` : html`<div>
      <fieldset class="keep">
        <legend class="label">Keep</legend>
        <label><input type="radio" name="keep" checked=${keepThis} onChange=${() => setKeepThis(true)} /> ${contact.email} (this contact)</label>
        <label><input type="radio" name="keep" checked=${!keepThis} onChange=${() => setKeepThis(false)} /> ${other.email}</label>
      </fieldset>
      <button type="button" class="link" onClick=${() => { setOther(null); setPreview({ data: null }); }}>Pick another contact</button>
      <${ErrorBox} error=${preview.error} />
      ${preview.loading && html`<${Loading} label="Working out what moves…" />`}
      ${preview.data && html`<${Preview} preview=${preview.data} primary=${primary} duplicate=${duplicate} users=${users} />`}
      <${ErrorBox} error=${error} />
    </div>`}
  <//>`;
}

export function afterMerge(currentId, primaryId) {
  if (primaryId !== currentId) navigate(`/contacts/${primaryId}`);
}
