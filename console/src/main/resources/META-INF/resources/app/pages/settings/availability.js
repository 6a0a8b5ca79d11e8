// Settings → Event types → Host availability (scheduling-service /hosts/{userId}/availability): weekly hours in the
// host's time zone, date overrides, buffers, minimum notice and a daily cap. A PUT replaces the whole of it.
import { html, useEffect, useState } from 'preact-htm';
import { api, ApiError } from '../../api.js';
import { useAsync, Field, ErrorBox, Loading, toast } from '../../ui.js';
import { useSubmit, OtherErrors, TimeZoneList, numberOrUndefined } from './forms.js';

const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const cap = (d) => d.charAt(0) + d.slice(1).toLowerCase();

/** What a host without availability starts from: weekdays 9 to 5 in their own time zone (saved only on Save). */
function template(user) {
  return {
    timeZone: user?.timeZone || 'UTC',
    weekly: DAYS.slice(0, 5).map((day) => ({ day, start: '09:00', end: '17:00' })),
    overrides: [], bufferBeforeMinutes: 0, bufferAfterMinutes: 0, minimumNoticeMinutes: 0, maxCallsPerDay: null,
  };
}

function toForm(a) {
  return {
    timeZone: a.timeZone,
    weekly: a.weekly.map((w) => ({ ...w })),
    overrides: (a.overrides || []).map((o) => ({ date: o.date, intervals: o.intervals.map((i) => `${i.start}-${i.end}`).join(', ') })),
    bufferBeforeMinutes: String(a.bufferBeforeMinutes ?? 0),
    bufferAfterMinutes: String(a.bufferAfterMinutes ?? 0),
    minimumNoticeMinutes: String(a.minimumNoticeMinutes ?? 0),
    maxCallsPerDay: a.maxCallsPerDay == null ? '' : String(a.maxCallsPerDay),
  };
}

/** "09:00-12:00, 13:00-17:00" → intervals; an empty text is a day off. */
function intervals(text) {
  return text.split(',').map((s) => s.trim()).filter(Boolean).map((s) => {
    const [start = '', end = ''] = s.split('-').map((x) => x.trim());
    return { start, end };
  });
}

function AvailabilityForm({ user, initial, isNew, onSaved }) {
  const [form, setForm] = useState(toForm(initial));
  const submit = useSubmit();
  const err = submit.errors;
  const set = (field) => (e) => setForm({ ...form, [field]: e.target.value });
  const setWeekly = (weekly) => setForm({ ...form, weekly });
  const setOverrides = (overrides) => setForm({ ...form, overrides });
  const save = async (e) => {
    e.preventDefault();
    const body = {
      timeZone: form.timeZone.trim(),
      weekly: form.weekly,
      overrides: form.overrides.map((o) => ({ date: o.date, intervals: intervals(o.intervals) })),
      bufferBeforeMinutes: numberOrUndefined(form.bufferBeforeMinutes),
      bufferAfterMinutes: numberOrUndefined(form.bufferAfterMinutes),
      minimumNoticeMinutes: numberOrUndefined(form.minimumNoticeMinutes),
      maxCallsPerDay: numberOrUndefined(form.maxCallsPerDay),
    };
    const saved = await submit.run(() => api(`/hosts/${user.id}/availability`, { method: 'PUT', body }));
    if (saved) onSaved(saved);
  };
  return html`<form class="availability" data-testid="availability-form" onSubmit=${save} novalidate>
    ${isNew && html`<p class="notice" role="status">${user.name} has no availability yet and takes no calls: below is a suggestion, saved only when you press Save.</p>`}
    <div class="form-row">
      <${Field} label="Time zone of the hours" error=${err.timeZone}>
        <input name="timeZone" list="time-zones" value=${form.timeZone} onInput=${set('timeZone')} />
      <//>
      <${TimeZoneList} />
    </div>
    <fieldset class=${`field weekly ${err.weekly ? 'invalid' : ''}`}>
      <legend class="label">Weekly hours</legend>
      ${DAYS.map((day) => html`<div class="day-row" data-day=${day}>
        <span class="day">${cap(day)}</span>
        <span class="intervals">
          ${form.weekly.map((w, i) => (w.day !== day ? null : html`<span class="interval">
            <input type="time" aria-label=${`${cap(day)} from`} value=${w.start}
              onInput=${(e) => setWeekly(form.weekly.map((x, j) => (j === i ? { ...x, start: e.target.value } : x)))} />
            –
            <input type="time" aria-label=${`${cap(day)} to`} value=${w.end}
              onInput=${(e) => setWeekly(form.weekly.map((x, j) => (j === i ? { ...x, end: e.target.value } : x)))} />
            <button type="button" class="link" aria-label="Remove these hours" onClick=${() => setWeekly(form.weekly.filter((_, j) => j !== i))}>×</button>
            ${(err[`weekly[${i}].start`] || err[`weekly[${i}].end`]) && html`<small class="field-error">${err[`weekly[${i}].start`] || err[`weekly[${i}].end`]}</small>`}
          </span>`))}
          ${!form.weekly.some((w) => w.day === day) && html`<span class="sub">no calls</span>`}
        </span>
        <button type="button" class="link" onClick=${() => setWeekly([...form.weekly, { day, start: '09:00', end: '17:00' }])}>Add hours</button>
      </div>`)}
      ${err.weekly && html`<small class="field-error">${err.weekly}</small>`}
    </fieldset>
    <fieldset class="field overrides">
      <legend class="label">Date overrides (other hours on a date; empty hours: a day off)</legend>
      ${form.overrides.map((o, i) => html`<div class="override-row">
        <input type="date" aria-label="Date" value=${o.date} onInput=${(e) => setOverrides(form.overrides.map((x, j) => (j === i ? { ...x, date: e.target.value } : x)))} />
        <input aria-label="Hours" placeholder="09:00-12:00, 13:00-17:00" value=${o.intervals}
          onInput=${(e) => setOverrides(form.overrides.map((x, j) => (j === i ? { ...x, intervals: e.target.value } : x)))} />
        <button type="button" class="link" onClick=${() => setOverrides(form.overrides.filter((_, j) => j !== i))}>Remove</button>
        ${Object.entries(err).filter(([f]) => f.startsWith(`overrides[${i}]`)).map(([, m]) => html`<small class="field-error">${m}</small>`)}
      </div>`)}
      <button type="button" class="link" onClick=${() => setOverrides([...form.overrides, { date: '', intervals: '' }])}>Add a date</button>
    </fieldset>
    <div class="form-row">
      <${Field} label="Buffer before (min)" error=${err.bufferBeforeMinutes}><input type="number" name="bufferBeforeMinutes" min="0" max="240" value=${form.bufferBeforeMinutes} onInput=${set('bufferBeforeMinutes')} /><//>
      <${Field} label="Buffer after (min)" error=${err.bufferAfterMinutes}><input type="number" name="bufferAfterMinutes" min="0" max="240" value=${form.bufferAfterMinutes} onInput=${set('bufferAfterMinutes')} /><//>
      <${Field} label="Minimum notice (min)" error=${err.minimumNoticeMinutes}><input type="number" name="minimumNoticeMinutes" min="0" max="43200" value=${form.minimumNoticeMinutes} onInput=${set('minimumNoticeMinutes')} /><//>
      <${Field} label="Max calls per day" error=${err.maxCallsPerDay} hint="Empty: no cap."><input type="number" name="maxCallsPerDay" min="1" max="100" value=${form.maxCallsPerDay} onInput=${set('maxCallsPerDay')} /><//>
    </div>
    <${OtherErrors} errors=${err} shown=${['timeZone', 'weekly', /^weekly\[/, /^overrides\[/, 'bufferBeforeMinutes', 'bufferAfterMinutes', 'minimumNoticeMinutes', 'maxCallsPerDay']} />
    <${ErrorBox} error=${submit.error} />
    <button type="submit" class="primary" disabled=${submit.busy}>Save availability</button>
  </form>`;
}

export function AvailabilitySection({ users, eventTypes }) {
  // Hosts of an event type first, then every other active member (anyone may become a host).
  const hostIds = new Set((eventTypes || []).flatMap((t) => t.hosts.map((h) => h.userId)));
  const candidates = (users || []).filter((u) => u.active)
    .sort((a, b) => (hostIds.has(b.id) - hostIds.has(a.id)) || a.name.localeCompare(b.name));
  const [userId, setUserId] = useState('');
  useEffect(() => { if (!userId && candidates.length) setUserId(candidates[0].id); }, [candidates.length]);
  const user = candidates.find((u) => u.id === userId);
  const availability = useAsync(() => (userId
    ? api(`/hosts/${userId}/availability`).then((a) => ({ a, isNew: false }),
      (e) => { if (e instanceof ApiError && e.status === 404) return { a: template(user), isNew: true }; throw e; })
    : Promise.resolve(null)), [userId]);
  return html`<section class="card host-availability" data-testid="host-availability">
    <h2>Host availability</h2>
    ${!users ? html`<${Loading} />` : html`<${Field} label="Host">
      <select name="host" value=${userId} onChange=${(e) => setUserId(e.target.value)}>
        ${candidates.map((u) => html`<option value=${u.id}>${u.name}${hostIds.has(u.id) ? '' : ' (hosts no event type)'}</option>`)}
      </select>
    <//>`}
    <${ErrorBox} error=${availability.error} onRetry=${availability.reload} />
    ${availability.loading && html`<${Loading} />`}
    ${!availability.loading && availability.data && user && html`<${AvailabilityForm} key=${userId} user=${user}
      initial=${availability.data.a} isNew=${availability.data.isNew}
      onSaved=${() => { toast(`Availability of ${user.name} saved.`); availability.reload(); }} />`}
  </section>`;
}
