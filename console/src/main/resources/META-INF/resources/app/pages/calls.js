// Calls (being built).
import { html } from 'preact-htm';

export function CallsPage() {
  return html`<section class="page"><h1>Calls</h1><p>Coming in this release.</p></section>`;
}
