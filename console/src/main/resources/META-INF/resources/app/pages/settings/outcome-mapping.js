// Settings → Outcome → stage mapping (outcomes-service /outcome-stage-mapping): for each outcome, and optionally each
// of its reasons, the contact stage it moves the contact to (stages from contacts-service /stages). Unmapped
// outcomes keep the platform's defaults, which the service lists beside the entries. Saving replaces the mapping.
import { html, useState } from 'preact-htm';
import { api } from '../../api.js';
import { useAsync, Async, ErrorBox, toast } from '../../ui.js';
import { useSubmit } from './forms.js';

// The outcomes and the reasons each can carry (outcomes-service's OutcomeResult and OutcomeReason).
const OUTCOMES = [
  { result: 'SALE', call: 'Strategy', reasons: [] },
  { result: 'NO_SALE', call: 'Strategy', reasons: ['NO_SHOW', 'NOT_INTERESTED', 'CONTACT_CANCELLED', 'ADMIN_CANCELLED', 'UNQUALIFIED', 'FOLLOW_UP_SCHEDULED'] },
  { result: 'APPROVED', call: 'Discovery', reasons: [] },
  { result: 'REJECTED', call: 'Discovery', reasons: ['NO_SHOW', 'NOT_INTERESTED', 'BAD_FIT', 'OTHERS'] },
];
const words = (e) => e.toLowerCase().replace(/_/g, ' ');
const rowKey = (result, reason) => `${result}/${reason || ''}`;

/** Every row of the table: each result with "any reason", then each of its reasons. */
const ROWS = OUTCOMES.flatMap((o) => [{ ...o, reason: null }, ...o.reasons.map((reason) => ({ ...o, reason }))]);

async function load() {
  const [mapping, stages] = await Promise.all([api('/outcome-stage-mapping'), api('/stages')]);
  return { mapping, stages: stages.items };
}

function defaultText(row, mapping, chosen) {
  if (row.reason) {
    const d = mapping.defaults.find((x) => x.result === row.result && x.reason === row.reason);
    const any = chosen[rowKey(row.result, null)];
    if (any) return 'as "any reason"';
    return d ? `default: ${d.defaultStageName}` : 'default: stage unchanged';
  }
  const d = mapping.defaults.find((x) => x.result === row.result && !x.reason);
  if (d) return `default: ${d.defaultStageName}`;
  return row.reasons.length ? 'default: per reason' : 'default: stage unchanged';
}

function MappingForm({ mapping, stages, onSaved }) {
  const initial = Object.fromEntries(mapping.entries.map((e) => [rowKey(e.result, e.reason), e.stageId]));
  const [chosen, setChosen] = useState(initial);
  const submit = useSubmit();
  const entries = ROWS.filter((r) => chosen[rowKey(r.result, r.reason)])
    .map((r) => ({ result: r.result, reason: r.reason, stageId: chosen[rowKey(r.result, r.reason)] }));
  // A 400 names entries[i]: find the row that entry came from.
  const errorOf = (row) => {
    const i = entries.findIndex((e) => e.result === row.result && e.reason === row.reason);
    return i < 0 ? null : Object.entries(submit.errors).filter(([f]) => f === `entries[${i}]` || f.startsWith(`entries[${i}].`)).map(([, m]) => m).join('; ');
  };
  const dirty = JSON.stringify(Object.entries(chosen).filter(([, v]) => v).sort()) !== JSON.stringify(Object.entries(initial).sort());
  const save = async (e) => {
    e.preventDefault();
    const saved = await submit.run(() => api('/outcome-stage-mapping', { method: 'PUT', body: { entries } }));
    if (saved) onSaved(saved);
  };
  const byCategory = ['ACTIVE', 'WON', 'LOST'].map((c) => [c, stages.filter((s) => s.category === c)]);
  const known = new Set(stages.map((s) => s.id));
  return html`<form data-testid="outcome-mapping-form" onSubmit=${save}>
    <table class="data outcome-mapping">
      <thead><tr><th>Call</th><th>Outcome</th><th>Reason</th><th>Moves the contact to</th></tr></thead>
      <tbody>${ROWS.map((row) => {
        const key = rowKey(row.result, row.reason);
        const value = chosen[key] || '';
        const error = errorOf(row);
        return html`<tr data-outcome=${key} class=${row.reason ? 'reason-row' : 'result-row'}>
          <td>${row.reason ? '' : row.call}</td>
          <td>${row.reason ? '' : html`<strong>${words(row.result)}</strong>`}</td>
          <td>${row.reason ? words(row.reason) : html`<span class="sub">any reason</span>`}</td>
          <td class=${error ? 'invalid' : ''}>
            <select aria-label=${`Stage for ${words(row.result)}${row.reason ? ` / ${words(row.reason)}` : ''}`} value=${value}
              onChange=${(e) => setChosen({ ...chosen, [key]: e.target.value })}>
              <option value="">— ${defaultText(row, mapping, chosen)} —</option>
              ${value && !known.has(value) ? html`<option value=${value}>(a stage that no longer exists)</option>` : null}
              ${byCategory.map(([c, list]) => list.length > 0 && html`<optgroup label=${words(c)}>
                ${list.map((s) => html`<option value=${s.id}>${s.name}</option>`)}</optgroup>`)}
            </select>
            ${error && html`<small class="field-error">${error}</small>`}
          </td>
        </tr>`;
      })}</tbody>
    </table>
    <p class="sub">A reason's own entry wins over "any reason"; outcomes without an entry move the contact to the default stage.</p>
    <${ErrorBox} error=${submit.error} />
    <div class="toolbar">
      <button type="submit" class="primary" data-testid="save-mapping" disabled=${submit.busy || !dirty}>Save mapping</button>
      <button type="button" disabled=${submit.busy || !dirty} onClick=${() => setChosen(initial)}>Discard changes</button>
    </div>
  </form>`;
}

export function OutcomeMappingTab() {
  const state = useAsync(load, []);
  return html`<div data-testid="settings-outcome-mapping">
    <${Async} state=${state}>${(d) => html`<${MappingForm} key=${JSON.stringify(d.mapping.entries)} mapping=${d.mapping} stages=${d.stages}
      onSaved=${(mapping) => { toast('Mapping saved.'); state.setData({ ...d, mapping }); }} />`}<//>
  </div>`;
}
