// A strategy call's deals (deals-service): add one (value in the workspace currency, product, payment type, related
// deal) and attach an unassigned transaction to one ("add from transactions": its amount becomes the deal's value).
import { html, useState } from 'preact-htm';
import { api, newKey } from '../api.js';
import { useApi, Async, ErrorBox, Field, Modal, Empty, toast, formatMoney, formatDate, submitFailure } from '../ui.js';
import { enumLabel } from './call-outcome.js';

const PAYMENT_TYPES = [
  ['WON', 'Won — first-time customer (counts for the closing rate)'],
  ['RECURRING', 'Recurring — returning customer'],
  ['DEPOSIT', 'Deposit — partial payment (counts for engagement)'],
];
const NEW_PRODUCT = '__new';

export function DealsPanel({ call }) {
  const deals = useApi('/deals', { contactId: call.contactId, limit: 100 });
  const [adding, setAdding] = useState(false);
  const [attachTo, setAttachTo] = useState(null);
  const all = deals.data?.items || [];
  const mine = all.filter((d) => d.callId === call.id);
  return html`<div class="card deals-panel" data-testid="deals-panel">
    <h2>Deals</h2>
    <${Async} state=${deals}>${() => html`
      ${mine.length === 0 ? html`<${Empty}>No deal on this call yet.<//>` : html`<ul class="deal-list">
        ${mine.map((d) => html`<${DealItem} deal=${d} key=${d.id} onAttach=${() => setAttachTo(d)} />`)}</ul>`}
      ${all.length > mine.length && html`<p class="sub">${all.length - mine.length} other deal(s) of this contact.</p>`}`}<//>
    ${adding ? html`<${DealForm} call=${call} contactDeals=${all} onCancel=${() => setAdding(false)}
        onSaved=${() => { setAdding(false); deals.reload(); }} />`
      : html`<button type="button" class="primary" data-testid="add-deal" onClick=${() => setAdding(true)}>Add a deal</button>`}
    ${attachTo && html`<${AttachTransaction} deal=${attachTo} onClose=${() => setAttachTo(null)}
      onAttached=${() => { setAttachTo(null); deals.reload(); }} />`}
  </div>`;
}

function DealItem({ deal, onAttach }) {
  const transactions = useApi('/transactions', { dealId: deal.id }, [deal.version]);
  const attached = transactions.data?.items || [];
  return html`<li class="deal" data-deal-id=${deal.id}>
    <div class="deal-head"><strong data-testid="deal-value">${formatMoney(deal.value, deal.currency)}</strong>
      <span class="badge">${enumLabel(deal.paymentType)}</span></div>
    <div data-testid="deal-product">${deal.productName || 'No product'}</div>
    <div class="sub">${deal.date}${deal.relatedDealId ? ' · related to an earlier deal' : ''}${deal.notes ? ` · ${deal.notes}` : ''}</div>
    ${attached.map((t) => html`<div class="sub" data-testid="deal-transaction">Transaction ${t.provider} ${t.externalId}: ${formatMoney(t.amount, t.currency)}</div>`)}
    ${attached.length === 0 && html`<button type="button" class="link" onClick=${onAttach}>Attach a transaction</button>`}
  </li>`;
}

function DealForm({ call, contactDeals, onSaved, onCancel }) {
  const products = useApi('/products', { limit: 100 });
  const workspace = useApi('/workspace');
  const [form, setForm] = useState({
    value: '', date: '', productId: '', newName: '', newPrice: '', paymentType: 'WON', relatedDealId: '', notes: '',
  });
  const [errors, setErrors] = useState({});
  const [problem, setProblem] = useState(null);
  const [busy, setBusy] = useState(false);
  const [key] = useState(newKey());
  const set = (k) => (e) => setForm({ ...form, [k]: e.target.value });
  const chooseProduct = (e) => {
    const p = (products.data?.items || []).find((x) => x.id === e.target.value);
    setForm({ ...form, productId: e.target.value, value: form.value || p?.defaultPrice || '' });
  };

  const submit = async (e) => {
    e.preventDefault();
    setBusy(true); setErrors({}); setProblem(null);
    const body = {
      contactId: call.contactId, callId: call.id, value: form.value.trim() || null, paymentType: form.paymentType || null,
      date: form.date || null, relatedDealId: form.relatedDealId || null, notes: form.notes || null,
    };
    if (form.productId === NEW_PRODUCT) body.newProduct = { name: form.newName, defaultPrice: form.newPrice || form.value };
    else if (form.productId) body.productId = form.productId;
    try {
      const deal = await api('/deals', { method: 'POST', body, idempotencyKey: key });
      toast(`Deal added: ${formatMoney(deal.value, deal.currency)}`);
      onSaved(deal);
    } catch (err) {
      const { fields, problem } = submitFailure(err);
      setErrors(fields);
      if (problem) setProblem(problem);
    } finally {
      setBusy(false);
    }
  };

  const currency = workspace.data?.currency || products.data?.items?.[0]?.currency || '';
  return html`<form class="deal-form" onSubmit=${submit} noValidate aria-label="Add a deal">
    <div class="row">
      <${Field} label=${`Value${currency ? ` (${currency})` : ''}`} error=${errors.value} hint="In the workspace currency, such as 1999.90">
        <input name="value" inputmode="decimal" value=${form.value} onInput=${set('value')} /><//>
      <${Field} label="Deal date" error=${errors.date} hint="Today when empty">
        <input type="date" name="date" value=${form.date} onInput=${set('date')} /><//>
    </div>
    <${Field} label="Product" error=${errors.productId}>
      <select name="productId" value=${form.productId} onChange=${chooseProduct}>
        <option value="">No product</option>
        ${(products.data?.items || []).map((p) => html`<option value=${p.id}>${p.name} (${formatMoney(p.defaultPrice, p.currency)})</option>`)}
        <option value=${NEW_PRODUCT}>Add a new product…</option>
      </select><//>
    ${form.productId === NEW_PRODUCT && html`<div class="row">
      <${Field} label="New product's name" error=${errors['newProduct.name'] || errors.newProduct}>
        <input name="newProductName" value=${form.newName} onInput=${set('newName')} /><//>
      <${Field} label="Default price" error=${errors['newProduct.defaultPrice']} hint="The deal's value when empty">
        <input name="newProductPrice" inputmode="decimal" value=${form.newPrice} onInput=${set('newPrice')} /><//>
    </div>`}
    <${Field} label="Payment type" error=${errors.paymentType}>
      <select name="paymentType" value=${form.paymentType} onChange=${set('paymentType')}>
        ${PAYMENT_TYPES.map(([v, l]) => html`<option value=${v}>${l}</option>`)}
      </select><//>
    <${Field} label="Related deal" error=${errors.relatedDealId} hint="An earlier deal of this contact this sale continues">
      <select name="relatedDealId" value=${form.relatedDealId} onChange=${set('relatedDealId')}>
        <option value="">None</option>
        ${contactDeals.map((d) => html`<option value=${d.id}>${d.date} · ${formatMoney(d.value, d.currency)} · ${d.productName || enumLabel(d.paymentType)}</option>`)}
      </select><//>
    <${Field} label="Notes" error=${errors.notes}><textarea name="notes" rows="2" maxLength="1500" value=${form.notes} onInput=${set('notes')}></textarea><//>
    <${ErrorBox} error=${problem} />
    <div class="actions">
      <button type="submit" class="primary" disabled=${busy} data-testid="save-deal">Save deal</button>
      <button type="button" onClick=${onCancel}>Cancel</button>
    </div>
  </form>`;
}

function AttachTransaction({ deal, onClose, onAttached }) {
  const [onlyContact, setOnlyContact] = useState(true);
  const list = useApi('/transactions', { unassigned: 'true', contactId: onlyContact ? deal.contactId : undefined, limit: 50 });
  const [problem, setProblem] = useState(null);
  const attach = async (t) => {
    setProblem(null);
    try {
      await api(`/deals/${deal.id}/transactions`, { method: 'POST', body: { transactionId: t.id } });
      toast('Transaction attached: its amount is the deal\'s value now.');
      onAttached();
    } catch (err) {
      setProblem(err);
    }
  };
  return html`<${Modal} title="Attach a transaction" onClose=${onClose}>
    <p class="sub">Unassigned transactions from your payment processor; the one you pick becomes this deal's value.</p>
    <label class="radio"><input type="checkbox" checked=${onlyContact} onChange=${(e) => setOnlyContact(e.target.checked)} /> Only this contact's</label>
    <${ErrorBox} error=${problem} />
    <${Async} state=${list} empty="No unassigned transactions.">${(page) => html`<table class="data">
      <thead><tr><th>When</th><th>Amount</th><th>E-mail</th><th>Provider</th><th></th></tr></thead>
      <tbody>${page.items.map((t) => html`<tr>
        <td>${formatDate(t.occurredAt)}</td><td>${formatMoney(t.amount, t.currency)}</td><td>${t.email || '—'}</td>
        <td>${t.provider} <span class="sub">${t.externalId}</span></td>
        <td><button type="button" onClick=${() => attach(t)}>Attach</button></td></tr>`)}</tbody></table>`}<//>
  <//>`;
}
