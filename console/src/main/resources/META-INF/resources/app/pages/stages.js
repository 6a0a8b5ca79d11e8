// Stages (being built).
import { html } from 'preact-htm';

export function StagesPage() {
  return html`<section class="page"><h1>Stages</h1><p>Coming in this release.</p></section>`;
}
