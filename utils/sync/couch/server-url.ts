// Where the newsroom's CouchDB lives, checked before anything is stored or contacted. Only https is
// accepted, or plain http to this machine's loopback (the tests' pouchdb-server, a CouchDB behind an SSH
// tunnel): the password travels in every request (basic auth), so it must never cross a network in clear.

export type ServerUrlResult = { ok: true; base: string; origin: string; originPattern: string } | { ok: false; reason: string };

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

// CouchDB's own rule for database names (docs: "PUT /{db}"): a lower-case letter first, then
// lower-case letters, digits and _ $ ( ) + - /.
const DATABASE_NAME = /^[a-z][a-z0-9_$()+/-]{0,237}$/;

export function parseServerUrl(text: string): ServerUrlResult {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, reason: 'The server address is not a URL (for example https://couch.example.org).' };
  }
  if (url.username || url.password) return { ok: false, reason: 'Put the user name and password in their own fields, not in the address.' };
  if (url.search || url.hash) return { ok: false, reason: 'The server address takes no ?query or #fragment.' };
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) {
    return { ok: false, reason: 'Only https:// addresses are accepted (http:// only for 127.0.0.1 or localhost): the password is sent with every request.' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: 'The server address must start with https://.' };
  // A CouchDB behind a reverse proxy may live under a path (https://example.org/couchdb).
  const path = url.pathname.replace(/\/+$/, '');
  return { ok: true, base: `${url.origin}${path}`, origin: url.origin, originPattern: `${url.protocol}//${url.hostname}/*` };
}

export function databaseNameProblem(name: string): string | null {
  if (DATABASE_NAME.test(name)) return null;
  return 'A CouchDB database name starts with a lower-case letter and holds only a-z, 0-9 and _ $ ( ) + - / (for example desk-politics).';
}
