import { describe, expect, it } from 'vitest';
import type { FetchLike } from '../../../../utils/sync/companion-target';
import { testConnection } from '../../../../utils/sync/couch/connection-test';
import { couchTarget } from '../../../../utils/sync/couch/couch-target';
import { SyncTargetError } from '../../../../utils/sync/target';
import { sampleEntry } from '../sample-entry';

// Answers pouchdb-server does not give but CouchDB 3 (or a broken or hostile server) does, from a fake fetch.

function server(routes: Record<string, [number, unknown]>): FetchLike {
  return async (url) => {
    const path = new URL(url).pathname;
    const [status, body] = routes[path] ?? [404, { error: 'not_found', reason: 'missing' }];
    return { status, json: async () => body };
  };
}

const session = { ok: true, userCtx: { name: 'anna', roles: [] } };
const base = 'https://couch.example.org';

describe('CouchDB answers', () => {
  it("a 403 on the database (CouchDB 3's answer to a user outside its members) is 'forbidden'", async () => {
    const fetch = server({ '/': [200, { couchdb: 'Welcome', version: '3.4.2' }], '/_session': [200, session], '/desk': [403, { error: 'forbidden', reason: 'You are not allowed to access this db.' }] });
    expect(await testConnection({ fetch, base, database: 'desk', user: 'anna', password: 'pw' })).toEqual({
      ok: false,
      problem: 'forbidden',
      message: '"anna" may not read the database "desk" (403; ask the desk\'s admin to add you to its members).',
      canCreate: false,
    });
  });

  it('a server that is not CouchDB is named as such', async () => {
    const fetch = server({ '/': [200, '<html>router login</html>'] });
    expect((await testConnection({ fetch, base, database: 'desk', user: 'anna', password: 'pw' })).problem).toBe('not-couchdb');
  });

  it('a malformed _changes answer is an error, not entries', async () => {
    const fetch = server({ '/desk/_changes': [200, { results: [{ id: 'x', seq: { evil: true } }], last_seq: 1 }] });
    const pulled = couchTarget({ fetch, base, database: 'desk', user: 'anna', password: 'pw' }).pull(null);
    await expect(pulled).rejects.toBeInstanceOf(SyncTargetError);
    await expect(pulled).rejects.toThrow('The newsroom server sent an unexpected answer to GET /desk/_changes.');
  });

  it('a 503 keeps the changes for later; a 413 refuses the batch for good', async () => {
    const busy = couchTarget({ fetch: server({ '/desk/_all_docs': [503, { error: 'service_unavailable' }] }), base, database: 'desk', user: 'a', password: 'p' });
    const tooBig = couchTarget({ fetch: server({ '/desk/_all_docs': [413, { error: 'too_large' }] }), base, database: 'desk', user: 'a', password: 'p' });
    const change = { changeId: 'c', entry: sampleEntry() };
    await expect(busy.push([change])).rejects.toMatchObject({ state: 'error', rejected: false });
    await expect(tooBig.push([change])).rejects.toMatchObject({ state: 'error', rejected: true });
  });
});
