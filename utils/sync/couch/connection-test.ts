import { z } from 'zod';
import { SyncTargetError } from '../target';
import { couchCall, CouchHttpError, type CouchOptions } from './couch-target';
import { DatabaseInfoSchema, SessionResponseSchema, WelcomeSchema } from './couch-schemas';

// Settings → "Newsroom log" → "Test connection": one question at a time, so the answer names exactly what is
// wrong: the server (unreachable or not CouchDB), the user name or password (401), the database (missing,
// or this user may not read it). Offering to create a missing database only makes sense for a server
// admin (CouchDB lets only `_admin` create databases), which /_session tells.

export const ConnectionProblemSchema = z.enum(['unreachable', 'not-couchdb', 'unauthorized', 'forbidden', 'missing', 'error']);
export const ConnectionResultSchema = z.object({
  ok: z.boolean(),
  problem: ConnectionProblemSchema.nullable(),
  message: z.string(),
  canCreate: z.boolean(),
});
export type ConnectionResult = z.infer<typeof ConnectionResultSchema>;

// The connection test asks with the same server, database and credentials the sync target will use.
type TestOptions = Pick<CouchOptions, 'fetch' | 'base' | 'database' | 'user' | 'password' | 'session'>;

const fail = (problem: ConnectionResult['problem'], message: string, canCreate = false): ConnectionResult => ({ ok: false, problem, message, canCreate });

export async function testConnection(options: TestOptions): Promise<ConnectionResult> {
  const db = `/${encodeURIComponent(options.database)}`;
  try {
    await couchCall(options, 'GET', '/', WelcomeSchema);
  } catch (error) {
    if (error instanceof SyncTargetError && error.state === 'unreachable') return fail('unreachable', error.message);
    // A 401 here means the server wants credentials even for its welcome (require_valid_user): go on.
    if (!(error instanceof SyncTargetError && error.state === 'unpaired')) {
      return fail('not-couchdb', `${options.base} answered, but not as a CouchDB server does (check the address).`);
    }
  }
  let roles: string[];
  try {
    const session = await couchCall(options, 'GET', '/_session', SessionResponseSchema);
    if (session.data.userCtx.name === null) return fail('unauthorized', `The server did not accept the user name "${options.user}" and its password.`);
    roles = session.data.userCtx.roles;
  } catch (error) {
    if (error instanceof SyncTargetError && error.state === 'unpaired') return fail('unauthorized', `Wrong user name or password: the server refused "${options.user}" (401).`);
    return fail('error', error instanceof Error ? error.message : String(error));
  }
  const admin = roles.includes('_admin');
  try {
    await couchCall(options, 'GET', db, DatabaseInfoSchema);
  } catch (error) {
    const status = error instanceof CouchHttpError ? error.status : null;
    // The credentials were just accepted: a 401 on the database is its _security refusing this user
    // (pouchdb-server answers 401 where CouchDB 3 answers 403).
    if (status === 401 || status === 403) {
      return fail('forbidden', `"${options.user}" may not read the database "${options.database}" (${status}; ask the desk's admin to add you to its members).`);
    }
    if (status === 404) {
      return admin
        ? fail('missing', `The database "${options.database}" does not exist on this server. You are a server admin: you can create it.`, true)
        : fail('missing', `The database "${options.database}" does not exist on this server (check its name, or ask an admin to create it).`);
    }
    return fail('error', error instanceof Error ? error.message : String(error));
  }
  return { ok: true, problem: null, message: `Connected: "${options.user}" can use the database "${options.database}".`, canCreate: false };
}

export async function createDatabase(options: TestOptions): Promise<void> {
  await couchCall(options, 'PUT', `/${encodeURIComponent(options.database)}`, z.object({ ok: z.boolean() }).loose());
}
