import { z } from 'zod';
import type { FetchLike } from '../companion-target';
import { couchCall } from './couch-target';

// CouchDB's cookie authentication (docs.couchdb.org, "Cookie Authentication"): POST /_session with the name and
// password answers with an AuthSession cookie, which the browser keeps (HttpOnly: no script here can read it) and
// sends with every later request made with credentials. The password is used once, for this request, and not
// stored: when the session ends (CouchDB's [chttpd_auth] timeout, 10 minutes of inactivity by default, renewed
// by each request) the server answers 401 and the journalist signs in again. DELETE /_session ends it.

interface SessionOptions {
  fetch: FetchLike;
  base: string;
  user: string;
}

const LoginSchema = z.object({ ok: z.literal(true) }).loose();

export async function signIn(options: SessionOptions, password: string): Promise<void> {
  // The credentials go in the body; the session flag leaves out the basic-auth header and lets the cookie in.
  await couchCall({ ...options, password: '', session: true }, 'POST', '/_session', LoginSchema, { name: options.user, password });
}

export async function signOut(options: SessionOptions): Promise<void> {
  await couchCall({ ...options, password: '', session: true }, 'DELETE', '/_session', z.unknown());
}
