// What the settings forms share: submitting with field errors from a 400 put at their fields, a confirmation
// dialog, and the list of IANA time zones the browser knows.
import { html, useState } from 'preact-htm';
import { Modal, ErrorBox, submitFailure } from '../../ui.js';

/**
 * Runs an API action for a form: busy while it runs; a 400's field errors land in `errors` (keyed by field), any
 * other failure in `error` (shown by ErrorBox). Returns the action's result, or undefined when it failed.
 */
export function useSubmit() {
  const [state, setState] = useState({ busy: false, errors: {}, error: null });
  const run = async (action) => {
    setState({ busy: true, errors: {}, error: null });
    try {
      const result = await action();
      setState({ busy: false, errors: {}, error: null });
      return result === undefined ? true : result;
    } catch (e) {
      const { fields, problem } = submitFailure(e);
      setState({ busy: false, errors: fields, error: problem });
      return undefined;
    }
  };
  const setErrors = (errors) => setState((s) => ({ ...s, errors }));
  return { ...state, run, setErrors };
}

/** The field errors not shown at a field of the form (so that none is lost). */
export function OtherErrors({ errors, shown }) {
  const rest = Object.entries(errors || {}).filter(([field]) => !shown.some((s) => (typeof s === 'string' ? s === field : s.test(field))));
  if (!rest.length) return null;
  return html`<div class="state error" role="alert"><ul>${rest.map(([f, m]) => html`<li><code>${f}</code>: ${m}</li>`)}</ul></div>`;
}

/** A yes/no dialog for actions that cannot be undone. */
export function Confirm({ title, children, confirmLabel = 'Confirm', danger = true, onConfirm, onClose }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const go = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      onClose();
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  return html`<${Modal} title=${title} onClose=${onClose} footer=${html`
      <button type="button" onClick=${onClose}>Cancel</button>
      <button type="button" class=${danger ? 'danger' : 'primary'} data-testid="confirm" disabled=${busy} onClick=${go}>${confirmLabel}</button>`}>
    ${children}
    <${ErrorBox} error=${error} />
  <//>`;
}

let zones;
/** Every IANA time zone the browser knows (falls back to a few common ones). */
export function timeZones() {
  if (!zones) {
    try {
      zones = Intl.supportedValuesOf('timeZone');
    } catch {
      zones = ['UTC', 'Europe/London', 'Europe/Berlin', 'America/New_York', 'America/Chicago', 'America/Los_Angeles'];
    }
  }
  return zones;
}

/** A datalist of time zones for an <input list="time-zones">; render it once per form. */
export function TimeZoneList() {
  return html`<datalist id="time-zones">${timeZones().map((z) => html`<option value=${z} />`)}</datalist>`;
}

/** A number from an input, or undefined when it is empty (so that the service applies its default). */
export function numberOrUndefined(value) {
  return value === '' || value === null || value === undefined ? undefined : Number(value);
}
