// Analytics for managers and admins (outcomes-service): KPI tiles, the funnel, objection and no-sale reason
// breakdowns, figures per closer / setter / event type / UTM source, setter performance and speed-to-lead. The
// period (7/30/90 days or custom) and the grouping are kept in the URL hash, so a view can be shared.
import { html } from 'preact-htm';
import { api } from '../api.js';
import { useApi, useAsync, Async, ErrorBox, Loading, Empty, formatMoney, formatPercent } from '../ui.js';
import { navigate } from '../router.js';
import { session, isManager } from '../session.js';
import { BarChart, HBarChart, FunnelChart } from './charts.js';
import { enumLabel } from './call-outcome.js';

const GROUPINGS = [['closer', 'Closer'], ['setter', 'Setter'], ['eventType', 'Event type'], ['utmSource', 'UTM source']];
const PRESETS = ['7', '30', '90'];
const GROUP_METRICS = [
  ['closingRate', 'Closing rate'], ['revenue', 'Revenue'], ['callsHeld', 'Calls held'], ['callsBooked', 'Calls booked'],
  ['wonDeals', 'Won deals'], ['showRate', 'Show rate'],
];

/** Today as yyyy-mm-dd in a time zone. */
function today(timeZone) {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

function minusDays(date, days) {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** The period the query asks for: a preset of days up to today (workspace zone) or a custom from/to. */
function period(query, timeZone) {
  if (query.range === 'custom' && query.from && query.to) return { range: 'custom', from: query.from, to: query.to };
  const days = PRESETS.includes(query.range) ? query.range : '30';
  const to = today(timeZone);
  return { range: days, from: minusDays(to, Number(days) - 1), to };
}

const rate = (r) => (r === null || r === undefined ? '—' : formatPercent(Number(r)));

export function AnalyticsPage({ query = {} }) {
  const s = session();
  const workspace = useApi('/workspace');
  if (!isManager(s)) {
    return html`<section class="page analytics"><h1>Analytics</h1>
      <div class="notice" role="note" data-testid="managers-only">Analytics is for managers only: ask a manager or an admin for the team's figures.</div>
      ${workspace.data && html`<${OwnFigures} workspace=${workspace.data} />`}
    </section>`;
  }
  if (workspace.error) return html`<section class="page analytics"><h1>Analytics</h1><${ErrorBox} error=${workspace.error} onRetry=${workspace.reload} /></section>`;
  if (!workspace.data) return html`<section class="page analytics"><h1>Analytics</h1><${Loading} /></section>`;
  return html`<${Dashboard} query=${query} workspace=${workspace.data} />`;
}

function Dashboard({ query, workspace }) {
  const p = period(query, workspace.timeZone);
  const groupBy = GROUPINGS.some(([k]) => k === query.groupBy) ? query.groupBy : 'closer';
  const metric = GROUP_METRICS.some(([k]) => k === query.metric) ? query.metric : 'closingRate';
  const set = (changes) => navigate('/analytics', { range: p.range, from: p.range === 'custom' ? p.from : undefined,
    to: p.range === 'custom' ? p.to : undefined, groupBy, metric, ...changes });
  const range = { from: p.from, to: p.to };
  const data = useAsync(() => Promise.all([
    api('/analytics/summary', { params: { ...range, groupBy } }),
    api('/analytics/funnel', { params: range }),
    api('/analytics/setters', { params: range }),
  ]).then(([summary, funnel, setters]) => ({ summary, funnel, setters })), [p.from, p.to, groupBy]);

  return html`<section class="page analytics">
    <h1>Analytics</h1>
    <form class="toolbar" aria-label="Period and grouping" onSubmit=${(e) => e.preventDefault()}>
      <div class="field"><span class="label">Period</span>
        <div class="segmented" role="group" aria-label="Period">
          ${PRESETS.map((d) => html`<button type="button" aria-pressed=${p.range === d} data-testid=${`range-${d}`}
            onClick=${() => set({ range: d, from: undefined, to: undefined })}>${d} days</button>`)}
          <button type="button" aria-pressed=${p.range === 'custom'} data-testid="range-custom"
            onClick=${() => set({ range: 'custom', from: p.from, to: p.to })}>Custom</button>
        </div></div>
      ${p.range === 'custom' && html`
        <label class="field"><span class="label">From</span><input type="date" name="from" value=${p.from} max=${p.to}
          onChange=${(e) => e.target.value && set({ range: 'custom', from: e.target.value, to: p.to })} /></label>
        <label class="field"><span class="label">To</span><input type="date" name="to" value=${p.to} min=${p.from}
          onChange=${(e) => e.target.value && set({ range: 'custom', from: p.from, to: e.target.value })} /></label>`}
      <label class="field"><span class="label">Group by</span>
        <select name="groupBy" value=${groupBy} onChange=${(e) => set({ groupBy: e.target.value })}>
          ${GROUPINGS.map(([k, l]) => html`<option value=${k}>${l}</option>`)}
        </select></label>
    </form>
    <p class="sub" data-testid="period">${p.from} to ${p.to} (${workspace.timeZone}), amounts in ${workspace.currency}.</p>
    <${Async} state=${data}>${(d) => html`<${Figures} d=${d} groupBy=${groupBy} metric=${metric} onMetric=${(m) => set({ metric: m })} />`}<//>
  </section>`;
}

function Kpi({ id, label, value, sub }) {
  return html`<div class="card kpi-tile" data-testid=${`kpi-${id}`}>
    <div class="kpi-label">${label}</div><div class="kpi" data-kpi-value>${value}</div>${sub && html`<div class="sub">${sub}</div>`}
  </div>`;
}

function Figures({ d, groupBy, metric, onMetric }) {
  const t = d.summary.total;
  const cur = d.summary.currency;
  const f = d.funnel;
  const groupLabel = GROUPINGS.find(([k]) => k === groupBy)[1];
  const metricLabel = GROUP_METRICS.find(([k]) => k === metric)[1];
  const groupValue = (g) => (metric === 'revenue' ? Number(g.revenue) : metric.endsWith('Rate') ? Number(g[metric] ?? 0) : g[metric]);
  const groupDisplay = (g) => (metric === 'revenue' ? formatMoney(g.revenue, cur) : metric.endsWith('Rate') ? rate(g[metric]) : String(g[metric]));
  return html`
    <div class="kpis">
      <${Kpi} id="closingRate" label="Closing rate" value=${rate(t.closingRate)} sub=${`${t.wonDeals} won of ${t.strategyCallsHeld} strategy calls held`} />
      <${Kpi} id="engagementRate" label="Engagement rate" value=${rate(t.engagementRate)} sub=${`${t.wonDeals + t.depositDeals} won or deposit`} />
      <${Kpi} id="showRate" label="Show rate" value=${rate(t.showRate)} sub=${`${t.callsHeld} held, ${t.noShows} no-shows`} />
      <${Kpi} id="revenue" label="Revenue" value=${formatMoney(t.revenue, cur)} />
      <${Kpi} id="callsBooked" label="Calls booked" value=${t.callsBooked} sub=${`${t.callsCancelled} cancelled, ${t.callsRescheduled} rescheduled`} />
      <${Kpi} id="leadsCaptured" label="Leads captured" value=${t.leadsCaptured} sub=${`${t.leadsQualified} qualified, ${t.leadsDisqualified} disqualified`} />
    </div>
    <div class="grid charts">
      <div class="card"><${FunnelChart} id="funnel" title="Funnel: captured → qualified → booked → held → won" rows=${[
        { label: 'Captured', value: f.captured }, { label: 'Qualified', value: f.qualified },
        { label: 'Strategy booked', value: f.booked }, { label: 'Strategy held', value: f.held }, { label: 'Won', value: f.won }]} /></div>
      <div class="card"><${HBarChart} id="objections" title="Objections overcome on sales" header="Sales"
        rows=${Object.entries(t.objections).map(([k, v]) => ({ label: enumLabel(k), value: v }))} /></div>
      <div class="card"><${HBarChart} id="noSaleReasons" title="No-sale reasons" header="Calls"
        rows=${Object.entries(t.noSaleReasons).map(([k, v]) => ({ label: enumLabel(k), value: v }))} /></div>
    </div>
    <div class="card" data-testid="groups">
      <div class="toolbar"><h2>By ${groupLabel.toLowerCase()}</h2>
        <label class="field"><span class="label">Chart</span><select name="metric" value=${metric} onChange=${(e) => onMetric(e.target.value)}>
          ${GROUP_METRICS.map(([k, l]) => html`<option value=${k}>${l}</option>`)}</select></label></div>
      ${d.summary.groups.length === 0 ? html`<${Empty}>Nothing happened in this period.<//>` : html`
        <${BarChart} id="groups" title=${`${metricLabel} by ${groupLabel.toLowerCase()}`} header=${metricLabel}
          rows=${d.summary.groups.map((g) => ({ label: g.label || '—', value: groupValue(g), display: groupDisplay(g) }))} />
        <table class="data" data-testid="groups-table" data-group-by=${d.summary.groupBy}>
          <thead><tr><th>${groupLabel}</th><th>Booked</th><th>Held</th><th>No-shows</th><th>Strategy held</th><th>Won</th>
            <th>Deposits</th><th>Show rate</th><th>Closing rate</th><th>Engagement</th><th>Revenue</th></tr></thead>
          <tbody>${d.summary.groups.map((g) => html`<tr data-group-key=${g.key || ''}>
            <td>${g.label || '—'}</td><td>${g.callsBooked}</td><td>${g.callsHeld}</td><td>${g.noShows}</td><td>${g.strategyCallsHeld}</td>
            <td>${g.wonDeals}</td><td>${g.depositDeals}</td><td>${rate(g.showRate)}</td><td data-col="closingRate">${rate(g.closingRate)}</td>
            <td>${rate(g.engagementRate)}</td><td>${formatMoney(g.revenue, cur)}</td></tr>`)}</tbody>
        </table>`}
    </div>
    <${Setters} setters=${d.setters} />`;
}

function duration(seconds) {
  if (seconds === null || seconds === undefined) return '—';
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}

function Setters({ setters }) {
  const items = setters.items;
  return html`<div class="card" data-testid="setters">
    <h2>Setter performance</h2>
    ${items.length === 0 ? html`<${Empty}>No setter activity in this period.<//>` : html`
      <div class="grid">
        <${HBarChart} id="setterCalls" title="Calls set per setter" header="Calls set"
          rows=${items.map((s) => ({ label: s.name, value: s.callsSet }))} />
        <${HBarChart} id="speedToLead" title="Speed-to-lead (median)" header="Median"
          rows=${items.filter((s) => s.speedToLeadSeconds?.median != null).map((s) => ({ label: s.name, value: s.speedToLeadSeconds.median, display: duration(s.speedToLeadSeconds.median) }))} />
      </div>
      <table class="data" data-testid="setters-table">
        <thead><tr><th>Setter</th><th>Claimed</th><th>Approved</th><th>Rejected</th><th>Set → held → closed</th><th>Revenue</th><th>Speed-to-lead (median / p90, leads)</th></tr></thead>
        <tbody>${items.map((s) => html`<tr data-user-id=${s.userId}>
          <td>${s.name}</td><td>${s.claimed}</td><td>${s.approved}</td><td>${s.rejected}</td>
          <td>${s.callsSet} → ${s.callsHeld} → ${s.callsClosed}</td><td>${formatMoney(s.revenue, setters.currency)}</td>
          <td>${duration(s.speedToLeadSeconds?.median)} / ${duration(s.speedToLeadSeconds?.p90)}, ${s.speedToLeadSeconds?.leads ?? 0}</td></tr>`)}</tbody>
      </table>`}
  </div>`;
}

/** GET /analytics/me: what every member may see, their own figures of the last 30 days. */
function OwnFigures({ workspace }) {
  const p = period({}, workspace.timeZone);
  const me = useApi('/analytics/me', { from: p.from, to: p.to });
  return html`<h2 class="own-title">Your own figures, ${p.from} to ${p.to}</h2>
    <${Async} state=${me}>${(m) => html`<div class="kpis" data-testid="own-figures">
      <${Kpi} id="ownCallsSet" label="Calls you set → held → closed" value=${`${m.setter.callsSet} → ${m.setter.callsHeld} → ${m.setter.callsClosed}`} />
      <${Kpi} id="ownClosingRate" label="Your closing rate" value=${rate(m.closer.closingRate)} sub=${`${m.closer.wonDeals} won of ${m.closer.strategyCallsHeld} held`} />
      <${Kpi} id="ownRevenue" label="Revenue as closer" value=${formatMoney(m.closer.revenue, m.currency)} />
      <${Kpi} id="ownSpeed" label="Your speed-to-lead (median)" value=${duration(m.setter.speedToLeadSeconds?.median)} />
    </div>`}<//>`;
}
