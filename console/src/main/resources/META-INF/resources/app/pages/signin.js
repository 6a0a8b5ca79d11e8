// Locally: the demo users ./handoff up minted tokens for, one click each. Deployed with OIDC: the provider's page.
// Otherwise: paste a token from `./handoff token`.
import { html, useState } from 'preact-htm';
import { signIn, signInWithOidc, signOutNotice } from '../session.js';
import { useAsync, Loading, ErrorBox, Field } from '../ui.js';

async function loadSignIn() {
  const response = await fetch('/console/sign-in', { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`The console answered ${response.status}.`);
  const signInMode = await response.json();
  if (signInMode.mode === 'oidc') {
    // Signed in already when the session cookie holds tokens; otherwise on to the provider's login page.
    // Marked as the page's own call, Quarkus OIDC answers 499 instead of redirecting a fetch to the provider.
    const me = await fetch('/console/oidc/me', { headers: { Accept: 'application/json', 'X-Requested-With': 'JavaScript' } });
    if (me.ok) signInWithOidc(await me.json());
    else location.href = '/console/oidc/sign-in';
  }
  return signInMode;
}

function TokenForm() {
  const [token, setToken] = useState('');
  const [error, setError] = useState(null);
  const submit = (e) => {
    e.preventDefault();
    setError(signIn(token.trim()));
  };
  return html`<form class="token-form" onSubmit=${submit}>
    <${Field} label="Bearer token" error=${error} hint="./handoff token --help prints how to mint one.">
      <textarea name="token" rows="3" value=${token} onInput=${(e) => setToken(e.target.value)} required></textarea>
    <//>
    <button type="submit" class="primary">Sign in with token</button>
  </form>`;
}

export function SignInPage() {
  const state = useAsync(loadSignIn, []);
  const notice = signOutNotice();
  if (state.data?.mode === 'oidc') return html`<${Loading} label="Signing in…" />`;
  const byWorkspace = {};
  for (const u of state.data?.users || []) (byWorkspace[u.workspaceName || u.workspace] ||= []).push(u);
  return html`<main class="signin">
    <h1>Sign in to Handoff</h1>
    ${notice && html`<p class="notice" role="status">${notice}</p>`}
    ${state.loading && html`<${Loading} />`}
    <${ErrorBox} error=${state.error} onRetry=${state.reload} />
    ${Object.entries(byWorkspace).map(([workspace, users]) => html`<section class="card">
      <h2>${workspace}</h2>
      <ul class="user-list">${users.map((u) => html`<li>
        <button type="button" class="user-choice" data-email=${u.email} onClick=${() => signIn(u.token, u.name)}>
          <span class="user-name">${u.name}</span>
          <span class="user-meta">${u.role.toLowerCase()}${u.kind && u.kind !== u.role.toLowerCase() ? ` · ${u.kind}` : ''} · ${u.email}</span>
        </button></li>`)}</ul>
    </section>`)}
    ${state.data && html`<details class="card" open=${state.data.mode === 'token'}>
      <summary>Sign in with a token</summary><${TokenForm} /></details>`}
  </main>`;
}
