// The workspace's users, loaded once per sign-in: pages show names where the API gives ids.
import { api } from './api.js';
import { useAsync } from './ui.js';

let cache = null;

export function loadUsers() {
  if (!cache) {
    // GET /users answers the whole team in one page.
    cache = api('/users').then((page) => page.items).catch((e) => { cache = null; throw e; });
  }
  return cache;
}

export function forgetUsers() {
  cache = null;
}

export function useUsers() {
  return useAsync(loadUsers, []);
}

export function userName(users, id) {
  if (!id) return '—';
  const u = (users || []).find((x) => x.id === id);
  return u ? u.name : id.slice(0, 8);
}
