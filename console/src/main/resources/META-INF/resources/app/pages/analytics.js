// Analytics (being built).
import { html } from 'preact-htm';

export function AnalyticsPage() {
  return html`<section class="page"><h1>Analytics</h1><p>Coming in this release.</p></section>`;
}
