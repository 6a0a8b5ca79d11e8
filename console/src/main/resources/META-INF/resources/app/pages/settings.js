// Settings (being built).
import { html } from 'preact-htm';

export function SettingsPage() {
  return html`<section class="page"><h1>Settings</h1><p>Coming in this release.</p></section>`;
}
