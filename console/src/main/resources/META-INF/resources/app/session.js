// The signed-in user: the bearer token and what its claims say (user id, workspace, role). Kept in sessionStorage,
// so that closing the tab signs out and two tabs can hold two users.
const KEY = 'handoff.session';
let listeners = [];
let notice = '';

function claims(token) {
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(decodeURIComponent(escape(atob(payload))));
  } catch {
    return null;
  }
}

export function session() {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return null;
  try { return JSON.parse(raw); } catch { return null; }
}

/** Signs in with a token; returns an error message when it is not a Handoff token. */
export function signIn(token, name) {
  const c = claims(token);
  if (!c || !c.sub) return 'That is not a JWT.';
  if (c.exp && c.exp * 1000 < Date.now()) return 'That token has expired.';
  const role = (c.groups || [])[0] || 'USER';
  sessionStorage.setItem(KEY, JSON.stringify({
    token, userId: c.sub, workspace: c.workspace, role, name: name || c.upn || c.sub, email: c.upn,
  }));
  notice = '';
  listeners.forEach((l) => l());
  return null;
}

/** Signed in through OIDC: the console's session cookie carries the tokens, the page only the claims. */
export function signInWithOidc(me) {
  sessionStorage.setItem(KEY, JSON.stringify({ token: null, oidc: true, ...me }));
  notice = '';
  listeners.forEach((l) => l());
}

export function signOut(message = '') {
  const wasOidc = session()?.oidc;
  sessionStorage.removeItem(KEY);
  if (wasOidc) {
    location.href = '/console/oidc/sign-out';
    return;
  }
  notice = message;
  listeners.forEach((l) => l());
}

export function signOutNotice() {
  return notice;
}

export function onSessionChange(listener) {
  listeners.push(listener);
  return () => { listeners = listeners.filter((l) => l !== listener); };
}

export const isManager = (s) => s && (s.role === 'ADMIN' || s.role === 'MANAGER');
export const isAdmin = (s) => s && s.role === 'ADMIN';
