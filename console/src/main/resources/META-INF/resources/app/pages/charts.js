// Small hand-written SVG charts (no chart library). Each is a figure with a title, an aria-label that reads out
// every number, and the same numbers as a table behind "Show as table", so nothing is only in the picture.
import { html } from 'preact-htm';

const W = 520;

function label(title, rows) {
  return `${title}: ${rows.map((r) => `${r.label} ${r.display ?? r.value}`).join(', ')}`;
}

function Fallback({ rows, header = 'Value' }) {
  return html`<details class="chart-table"><summary>Show as table</summary>
    <table class="data"><thead><tr><th>Name</th><th>${header}</th></tr></thead>
      <tbody>${rows.map((r) => html`<tr><td>${r.label}</td><td>${r.display ?? r.value}</td></tr>`)}</tbody></table>
  </details>`;
}

function Chart({ title, id, rows, header, children, height }) {
  if (!rows.length) {
    return html`<figure class="chart" data-chart=${id}><figcaption>${title}</figcaption><p class="sub">Nothing in this period.</p></figure>`;
  }
  return html`<figure class="chart" data-chart=${id}>
    <figcaption>${title}</figcaption>
    <svg viewBox=${`0 0 ${W} ${height}`} width="100%" style=${`max-width:${W * 1.5}px`} role="img" aria-label=${label(title, rows)}>${children}</svg>
    <${Fallback} rows=${rows} header=${header} />
  </figure>`;
}

/** Horizontal bars, one row per item: rows [{label, value, display}]. */
export function HBarChart({ title, id, rows, header }) {
  const max = Math.max(1, ...rows.map((r) => Number(r.value) || 0));
  const row = 26;
  const labelW = 160;
  const barW = W - labelW - 80;
  return html`<${Chart} title=${title} id=${id} rows=${rows} header=${header} height=${rows.length * row + 4}>
    ${rows.map((r, i) => html`<g transform=${`translate(0 ${i * row + 2})`} data-label=${r.label} data-value=${r.value}>
      <text x=${labelW - 8} y="16" text-anchor="end" class="chart-label">${r.label}</text>
      <rect x=${labelW} y="3" height="18" rx="3" width=${Math.max(r.value > 0 ? 2 : 0, (Number(r.value) / max) * barW)} class="bar" />
      <text x=${labelW + (Number(r.value) / max) * barW + 6} y="16" class="chart-value">${r.display ?? r.value}</text>
    </g>`)}
  <//>`;
}

/** Vertical bars: rows [{label, value, display}]. */
export function BarChart({ title, id, rows, header }) {
  const h = 200;
  const top = 20;
  const bottom = 36;
  const max = Math.max(1e-9, ...rows.map((r) => Number(r.value) || 0));
  const slot = W / Math.max(rows.length, 1);
  const barW = Math.min(64, slot * 0.6);
  return html`<${Chart} title=${title} id=${id} rows=${rows} header=${header} height=${h}>
    <line x1="0" x2=${W} y1=${h - bottom} y2=${h - bottom} class="axis" />
    ${rows.map((r, i) => {
      const bh = ((Number(r.value) || 0) / max) * (h - top - bottom);
      const x = i * slot + (slot - barW) / 2;
      return html`<g data-label=${r.label} data-value=${r.value}>
        <rect x=${x} y=${h - bottom - bh} width=${barW} height=${bh} rx="3" class="bar" />
        <text x=${x + barW / 2} y=${h - bottom - bh - 5} text-anchor="middle" class="chart-value">${r.display ?? r.value}</text>
        <text x=${x + barW / 2} y=${h - bottom + 16} text-anchor="middle" class="chart-label">${short(r.label)}</text>
      </g>`;
    })}
  <//>`;
}

/** A funnel: each step a centred band as wide as its count, with the share of the first step. */
export function FunnelChart({ title, id, rows }) {
  const row = 40;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const first = rows[0]?.value || 0;
  const withShare = rows.map((r) => ({ ...r, display: `${r.value}${first ? ` (${Math.round((r.value / first) * 100)}%)` : ''}` }));
  return html`<${Chart} title=${title} id=${id} rows=${withShare} header="Count" height=${rows.length * row}>
    ${withShare.map((r, i) => {
      const w = Math.max(r.value > 0 ? 4 : 0, (r.value / max) * (W - 230));
      return html`<g transform=${`translate(0 ${i * row})`} data-label=${r.label} data-value=${r.value}>
        <text x="140" y="24" text-anchor="end" class="chart-label">${r.label}</text>
        <rect x=${150 + (W - 230 - w) / 2} y="4" width=${w} height=${row - 8} rx="4" class=${`bar funnel-${i}`} />
        <text x=${W - 70} y="24" class="chart-value">${r.display}</text>
      </g>`;
    })}
  <//>`;
}

function short(s) {
  return s.length > 14 ? `${s.slice(0, 13)}…` : s;
}
