// A call's outcome (outcomes-service, PUT /calls/{id}/outcome): Sale + objection or No Sale + reason for a strategy
// call, Approved or Rejected + reason for a discovery call. The service checks the combination; its field errors
// show at the fields.
import { html, useState } from 'preact-htm';
import { api, ApiError } from '../api.js';
import { useAsync, ErrorBox, Loading, Field, toast, formatDate, submitFailure } from '../ui.js';
import { session, isManager } from '../session.js';
import { useUsers, userName } from '../users.js';
import { navigate } from '../router.js';

const RESULTS = { STRATEGY: ['SALE', 'NO_SALE'], DISCOVERY: ['APPROVED', 'REJECTED'] };
const RESULT_LABELS = { SALE: 'Sale', NO_SALE: 'No Sale', APPROVED: 'Approved', REJECTED: 'Rejected' };
const OBJECTIONS = ['MONEY', 'LOGISTIC', 'PARTNER', 'FEAR', 'SMOKE_SCREEN', 'NO_OBJECTION'];
const REASONS = {
  STRATEGY: ['NO_SHOW', 'NOT_INTERESTED', 'CONTACT_CANCELLED', 'ADMIN_CANCELLED', 'UNQUALIFIED', 'FOLLOW_UP_SCHEDULED'],
  DISCOVERY: ['NO_SHOW', 'NOT_INTERESTED', 'BAD_FIT', 'OTHERS'],
};
const REASONS_WITH_OBJECTION = ['UNQUALIFIED', 'FOLLOW_UP_SCHEDULED'];

/** MONEY → Money, SMOKE_SCREEN → Smoke screen. */
export const enumLabel = (v) => (v ? v.charAt(0) + v.slice(1).toLowerCase().replace(/_/g, ' ') : '—');

function loadOutcome(callId) {
  return api(`/calls/${callId}/outcome`).catch((e) => {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  });
}

export function OutcomePanel({ call, onChange }) {
  const outcome = useAsync(() => loadOutcome(call.id), [call.id]);
  const [editing, setEditing] = useState(false);
  const saved = (o) => { outcome.setData(o); setEditing(false); onChange?.(); };
  let body;
  if (outcome.error) body = html`<${ErrorBox} error=${outcome.error} onRetry=${outcome.reload} />`;
  else if (outcome.data === undefined) body = html`<${Loading} />`;
  else if (outcome.data && !editing) {
    body = html`<${RecordedOutcome} outcome=${outcome.data} onCorrect=${isManager(session()) ? () => setEditing(true) : null} />`;
  } else if (call.status === 'CANCELLED') {
    body = html`<p class="sub">This call was cancelled, so it gets no outcome.</p>`;
  } else {
    body = html`<${OutcomeForm} call=${call} current=${outcome.data} onSaved=${saved}
      onCancel=${outcome.data ? () => setEditing(false) : null} />`;
  }
  return html`<div class="card outcome-panel" data-testid="outcome-panel"><h2>Outcome</h2>${body}</div>`;
}

function RecordedOutcome({ outcome, onCorrect }) {
  const users = useUsers();
  return html`<div data-testid="recorded-outcome">
    <p><span class="badge outcome-${outcome.result.toLowerCase()}" data-testid="outcome-result">${RESULT_LABELS[outcome.result]}</span>
      ${outcome.revision > 1 ? html` <span class="sub">revision ${outcome.revision}</span>` : null}</p>
    <dl class="facts">
      ${outcome.objection && html`<dt>Objection</dt><dd data-testid="outcome-objection">${enumLabel(outcome.objection)}</dd>`}
      ${outcome.reason && html`<dt>Reason</dt><dd data-testid="outcome-reason">${enumLabel(outcome.reason)}</dd>`}
      ${outcome.notes && html`<dt>Notes</dt><dd class="notes">${outcome.notes}</dd>`}
      <dt>Recorded</dt><dd>${userName(users.data, outcome.recordedBy)}, ${formatDate(outcome.recordedAt)}</dd>
    </dl>
    ${outcome.nextStep?.action === 'BOOK_STRATEGY_CALL' && html`<p><button type="button" class="primary" data-testid="book-strategy"
      onClick=${() => navigate(`/contacts/${outcome.nextStep.contactId}/approve`)}>Book the strategy call</button></p>`}
    ${onCorrect && html`<p><button type="button" onClick=${onCorrect}>Correct the outcome</button></p>`}
  </div>`;
}

function OutcomeForm({ call, current, onSaved, onCancel }) {
  const kind = call.kind === 'DISCOVERY' ? 'DISCOVERY' : 'STRATEGY';
  const [form, setForm] = useState({
    result: current?.result || '', objection: current?.objection || '', reason: current?.reason || '', notes: current?.notes || '',
  });
  const [errors, setErrors] = useState({});
  const [problem, setProblem] = useState(null);
  const [busy, setBusy] = useState(false);
  const set = (k) => (e) => setForm({ ...form, [k]: e.target.value });
  const needsReason = form.result === 'NO_SALE' || form.result === 'REJECTED';
  const showsObjection = form.result === 'SALE' || (form.result === 'NO_SALE' && REASONS_WITH_OBJECTION.includes(form.reason));

  const submit = async (e) => {
    e.preventDefault();
    setBusy(true); setErrors({}); setProblem(null);
    const body = { result: form.result || null, notes: form.notes || null };
    if (showsObjection && form.objection) body.objection = form.objection;
    if (needsReason && form.reason) body.reason = form.reason;
    try {
      const saved = await api(`/calls/${call.id}/outcome`, { method: 'PUT', body });
      toast(`Outcome recorded: ${RESULT_LABELS[saved.result]}`);
      onSaved(saved);
    } catch (err) {
      const { fields, problem } = submitFailure(err);
      setErrors(fields);
      if (problem) setProblem(problem);
    } finally {
      setBusy(false);
    }
  };

  return html`<form class="outcome-form" onSubmit=${submit} noValidate>
    <fieldset class="field choice ${errors.result ? 'invalid' : ''}">
      <legend class="label">Result</legend>
      ${RESULTS[kind].map((r) => html`<label class="radio"><input type="radio" name="result" value=${r}
        checked=${form.result === r} onChange=${set('result')} data-testid=${`result-${r}`} /> ${RESULT_LABELS[r]}</label>`)}
      ${errors.result && html`<small class="field-error">${errors.result}</small>`}
    </fieldset>
    ${needsReason && html`<${Field} label="Reason" error=${errors.reason}>
      <select name="reason" value=${form.reason} onChange=${set('reason')}>
        <option value="">Choose a reason…</option>
        ${REASONS[kind].map((r) => html`<option value=${r}>${enumLabel(r)}</option>`)}
      </select><//>`}
    ${(showsObjection || errors.objection) && html`<${Field} label=${form.result === 'SALE' ? 'Objection overcome' : 'Objection'} error=${errors.objection}>
      <select name="objection" value=${form.objection} onChange=${set('objection')}>
        <option value="">Choose an objection…</option>
        ${OBJECTIONS.map((o) => html`<option value=${o}>${enumLabel(o)}</option>`)}
      </select><//>`}
    <${Field} label="Notes" error=${errors.notes} hint=${form.reason === 'OTHERS' ? 'Required with the reason Others.' : 'Optional: details, recording link…'}>
      <textarea name="notes" rows="3" maxLength="1500" value=${form.notes} onInput=${set('notes')}></textarea><//>
    <${ErrorBox} error=${problem} />
    <div class="actions">
      <button type="submit" class="primary" disabled=${busy} data-testid="save-outcome">${current ? 'Save correction' : 'Record outcome'}</button>
      ${onCancel && html` <button type="button" onClick=${onCancel}>Cancel</button>`}
    </div>
  </form>`;
}
