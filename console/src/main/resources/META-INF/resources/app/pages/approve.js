// Approve and book (being built).
import { html } from 'preact-htm';

export function ApprovePage() {
  return html`<section class="page"><h1>Approve and book</h1><p>Coming in this release.</p></section>`;
}
