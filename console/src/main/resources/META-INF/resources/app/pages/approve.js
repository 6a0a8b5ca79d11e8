// Approve = book the strategy call. PUT /contacts/{id}/stage to the Approved stage with the booking (strategy event
// type, a closer or round robin, a free slot from scheduling in the contact's time zone) and the workspace's handoff
// form; the 202 names an approval that scheduling settles through Kafka, so the page polls GET /approvals/{id}
// until it is BOOKED (the call, its time and closer) or REJECTED (the reason). Field errors show at the fields.
import { html, useEffect, useRef, useState } from 'preact-htm';
import { api, newKey } from '../api.js';
import { Async, ErrorBox, Empty, Field, Loading, useAsync, formatDate } from '../ui.js';
import { useUsers, userName } from '../users.js';

const DAYS = 7;
const POLL_MS = 1000;
const PATIENCE_MS = 120000;

const REASONS = {
  SLOT_TAKEN: 'The slot is no longer free.',
  GATE_NOT_PASSED: 'The lead has no approved discovery call yet.',
  HOST_NOT_IN_EVENT_TYPE: 'The chosen closer does not host this event type.',
  EVENT_TYPE_NOT_FOUND: 'The event type does not exist.',
};

/** A local date (YYYY-MM-DD) in a time zone, days from now. */
function localDate(timeZone, plusDays = 0) {
  const d = new Date(Date.now() + plusDays * 86400000);
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
}

function addDays(date, n) {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function dayLabel(date) {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString(undefined, { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' });
}

/** "2026-12-01T09:00:00-05:00" → its local date and time as written (the slot is already in the invitee's zone). */
function localParts(start) {
  return { date: start.slice(0, 10), time: start.slice(11, 16) };
}

function Slots({ eventTypeId, hostId, timeZone, value, onPick, error }) {
  const [from, setFrom] = useState(localDate(timeZone));
  const today = localDate(timeZone);
  const slots = useAsync(() => api(`/event-types/${eventTypeId}/slots`, {
    params: { from, to: addDays(from, DAYS - 1), timeZone, hostId: hostId || undefined },
  }), [eventTypeId, hostId, from, timeZone]);
  const byDay = {};
  for (const s of slots.data?.slots || []) (byDay[localParts(s.start).date] ||= []).push(s);
  return html`<fieldset class="slots ${error ? 'invalid' : ''}" data-testid="slots">
    <legend class="label">Time <span class="sub" data-testid="slots-zone">(times in ${timeZone}, the contact's time zone)</span></legend>
    <div class="toolbar">
      <button type="button" disabled=${from <= today} onClick=${() => setFrom(addDays(from, -DAYS) < today ? today : addDays(from, -DAYS))}>← Earlier</button>
      <span>${dayLabel(from)} – ${dayLabel(addDays(from, DAYS - 1))}</span>
      <button type="button" onClick=${() => setFrom(addDays(from, DAYS))}>Later →</button>
    </div>
    <${Async} state=${slots} empty="No free slots in these days: try later days or another closer." isEmpty=${(d) => !d.slots.length}>
      ${() => html`<div class="slot-days">${Object.entries(byDay).map(([date, list]) => html`<div class="slot-day">
        <div class="slot-day-label">${dayLabel(date)}</div>
        ${list.map((s) => html`<button type="button" class="slot" data-start=${s.startUtc}
          aria-pressed=${String(value === s.startUtc)} onClick=${() => onPick(s.startUtc)}
          title=${`${s.start} (${formatDate(s.startUtc)} your time)`}>${localParts(s.start).time}</button>`)}
      </div>`)}</div>`}
    <//>
    ${error && html`<small class="field-error">${error}</small>`}
  </fieldset>`;
}

function Outcome({ approval, contact, call, users, timeZone, onRetry }) {
  if (approval.status === 'PENDING') {
    return html`<div class="card outcome pending" data-testid="approval-outcome" data-status="PENDING">
      <${Loading} label="Approved: waiting for scheduling to book the call…" /></div>`;
  }
  if (approval.status === 'REJECTED') {
    return html`<div class="card outcome rejected" data-testid="approval-outcome" data-status="REJECTED" role="alert">
      <h2>The call was not booked</h2>
      <p data-testid="rejection-reason">${REASONS[approval.reason] || 'The booking request was refused.'}
        ${approval.detail ? html` <span class="sub">(${approval.detail})</span>` : null}</p>
      <p class="sub">Reason code ${approval.reason}. The contact is back in the stage it had; the handoff notes were not posted.</p>
      <button type="button" class="primary" onClick=${onRetry}>Choose another time</button>
    </div>`;
  }
  const closerId = call?.host?.userId || approval.hostId;
  return html`<div class="card outcome booked" data-testid="approval-outcome" data-status="BOOKED">
    <h2>Booked</h2>
    <p>Strategy call with <strong data-testid="booked-closer">${call?.host?.name || userName(users, closerId)}</strong>${' '}
      on <strong data-testid="booked-time">${formatDate(call?.start || approval.start, timeZone)}</strong> (${timeZone})${' '}
      <span class="sub">· ${formatDate(call?.start || approval.start)} your time</span>.</p>
    <p><a href=${`#/calls/${approval.callId}`} data-testid="booked-call-link">Open the call</a>${' · '}
      <a href=${`#/contacts/${contact.id}`}>Back to ${contact.name || contact.email}</a></p>
  </div>`;
}

function ApproveForm({ contact, workspace, eventTypes, approvedStage, users }) {
  const strategy = eventTypes.filter((t) => t.kind === 'STRATEGY' && t.active);
  const [eventTypeId, setEventTypeId] = useState(strategy[0]?.id || '');
  const [hostId, setHostId] = useState('');
  const [start, setStart] = useState('');
  const [notes, setNotes] = useState({});
  const [errors, setErrors] = useState({});
  const [problem, setProblem] = useState(null);
  const [sending, setSending] = useState(false);
  const [approval, setApproval] = useState(null);
  const [call, setCall] = useState(null);
  const [waitedOut, setWaitedOut] = useState(false);
  const key = useRef(newKey());
  const timeZone = contact.timeZone || workspace.timeZone;
  const type = strategy.find((t) => t.id === eventTypeId);
  const mustPick = type && type.assignment === 'SPECIFIC' && type.hosts.length !== 1;
  const fields = workspace.handoffFields || [];
  const clearError = (field) => errors[field] && setErrors((x) => { const { [field]: _, ...rest } = x; return rest; });

  useEffect(() => { key.current = newKey(); }, [eventTypeId, hostId, start, JSON.stringify(notes)]);
  useEffect(() => { setStart(''); }, [eventTypeId, hostId]);
  useEffect(() => { if (mustPick && !hostId) setHostId(type.hosts[0].userId); }, [eventTypeId]);

  // Follows the approval until scheduling settles it.
  useEffect(() => {
    if (!approval || approval.status !== 'PENDING') return undefined;
    let stopped = false;
    const began = Date.now();
    const tick = async () => {
      if (stopped) return;
      try {
        const next = await api(`/approvals/${approval.id}`);
        if (stopped) return;
        if (next.status !== 'PENDING') { setApproval(next); return; }
      } catch { /* a blip: try again */ }
      if (Date.now() - began > PATIENCE_MS) setWaitedOut(true);
      setTimeout(tick, Date.now() - began > PATIENCE_MS ? POLL_MS * 5 : POLL_MS);
    };
    setTimeout(tick, POLL_MS / 2);
    return () => { stopped = true; };
  }, [approval?.id, approval?.status]);

  useEffect(() => {
    if (approval?.status === 'BOOKED' && approval.callId) api(`/calls/${approval.callId}`).then(setCall, () => setCall(null));
  }, [approval?.status]);

  if (!strategy.length) return html`<${Empty}>No active strategy event type: an admin adds one in Settings.<//>`;
  if (!approvedStage) return html`<${Empty}>This workspace has no Approved stage.<//>`;

  const submit = async (e) => {
    e.preventDefault();
    // The handoff form's required fields are the service's to check (its 400 names them); the time cannot be sent
    // without one.
    const local = {};
    if (!start) local['booking.start'] = 'Pick a free time';
    if (mustPick && !hostId) local['booking.hostId'] = 'Pick a closer: this event type is booked with a specific host';
    setErrors(local);
    setProblem(null);
    if (Object.keys(local).length) return;
    setSending(true);
    const handoffNotes = Object.fromEntries(Object.entries(notes).filter(([, v]) => v.trim()));
    try {
      const answer = await api(`/contacts/${contact.id}/stage`, {
        method: 'PUT', idempotencyKey: key.current,
        body: { stageId: approvedStage.id, booking: { eventTypeId, hostId: hostId || null, start }, handoffNotes },
      });
      setWaitedOut(false);
      setApproval(answer);
    } catch (err) {
      const byField = err.fieldErrors ? err.fieldErrors() : {};
      setErrors(byField);
      const shown = Object.keys(byField).some((f) => f.startsWith('handoffNotes.') || f.startsWith('booking.'));
      if (!shown || Object.keys(byField).some((f) => !f.startsWith('handoffNotes.') && !f.startsWith('booking.'))) setProblem(err);
    } finally {
      setSending(false);
    }
  };

  if (approval) {
    return html`<${Outcome} approval=${approval} contact=${contact} call=${call} users=${users} timeZone=${timeZone}
        onRetry=${() => { setApproval(null); setCall(null); setStart(''); key.current = newKey(); }} />
      ${waitedOut && approval.status === 'PENDING' && html`<p class="notice">Scheduling has not answered for two minutes;
        the page keeps checking. The approval stays pending until it does.</p>`}`;
  }
  const hostsOf = type ? type.hosts : [];
  return html`<form class="approve-form" data-testid="approve-form" onSubmit=${submit} novalidate>
    <div class="grid">
      <div class="card"><h2>Strategy call</h2>
        <${Field} label="Event type" error=${errors['booking.eventTypeId']}>
          <select data-testid="event-type-select" value=${eventTypeId} onChange=${(e) => setEventTypeId(e.target.value)}>
            ${strategy.map((t) => html`<option value=${t.id}>${t.name} · ${t.durationMinutes} min</option>`)}
          </select><//>
        <${Field} label="Closer" error=${errors['booking.hostId']}
          hint=${mustPick ? 'This event type is booked with a specific closer.' : 'Round robin picks the free closer furthest below their share.'}>
          <select data-testid="closer-select" value=${hostId} onChange=${(e) => { setHostId(e.target.value); clearError('booking.hostId'); }}>
            ${!mustPick && html`<option value="">Round robin</option>`}
            ${hostsOf.map((h) => html`<option value=${h.userId}>${userName(users, h.userId)}</option>`)}
          </select><//>
        ${contact.timeZone ? null : html`<p class="notice">The contact has no time zone: times are shown in the workspace's (${timeZone}).</p>`}
        ${eventTypeId && html`<${Slots} eventTypeId=${eventTypeId} hostId=${hostId} timeZone=${timeZone} value=${start}
          onPick=${(v) => { setStart(v); clearError('booking.start'); clearError('booking'); }} error=${errors['booking.start'] || errors.booking} />`}
        ${start && html`<p data-testid="chosen-slot">Chosen: <strong>${formatDate(start, timeZone)}</strong> (${timeZone})
          <span class="sub"> · ${formatDate(start)} your time</span></p>`}
      </div>
      <div class="card"><h2>Handoff form</h2>
        <p class="sub">What the closer needs to know; it goes on the contact card and into the closer's brief once the call is booked.</p>
        ${fields.map((f) => html`<${Field} label=${`${f.label}${f.required ? ' *' : ''}`} error=${errors[`handoffNotes.${f.key}`]}>
          <textarea rows="2" maxlength="1500" data-handoff=${f.key} required=${f.required} value=${notes[f.key] || ''}
            onInput=${(e) => { setNotes({ ...notes, [f.key]: e.target.value }); clearError(`handoffNotes.${f.key}`); }}></textarea><//>`)}
      </div>
    </div>
    <${ErrorBox} error=${problem} />
    <div class="toolbar">
      <button type="submit" class="primary" data-testid="approve-submit" disabled=${sending}>${sending ? 'Approving…' : 'Approve and book'}</button>
      <a href=${`#/contacts/${contact.id}`}>Cancel</a>
    </div>
  </form>`;
}

export function ApprovePage({ id }) {
  const data = useAsync(() => Promise.all([
    api(`/contacts/${id}`), api('/workspace'), api('/event-types'), api('/stages'),
  ]).then(([contact, workspace, eventTypes, stages]) => ({
    contact, workspace, eventTypes: eventTypes.items, approvedStage: stages.items.find((s) => s.approved),
  })), [id]);
  const users = useUsers();
  return html`<section class="page approve" data-testid="approve-page">
    <${Async} state=${data}>${(d) => html`
      <h1>Approve and book: ${d.contact.name || d.contact.email}</h1>
      <p class="sub">${d.contact.email} · ${d.contact.leadStatus}${d.contact.timeZone ? ` · ${d.contact.timeZone}` : ''}</p>
      <${ApproveForm} ...${d} users=${users.data} />`}<//>
  </section>`;
}
