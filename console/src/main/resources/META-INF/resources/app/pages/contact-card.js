// Contact card (being built).
import { html } from 'preact-htm';

export function ContactCardPage() {
  return html`<section class="page"><h1>Contact card</h1><p>Coming in this release.</p></section>`;
}
