import { describe, expect, it } from 'vitest';
import { basicAuthHeader } from '../../../../utils/sync/couch/basic-auth';
import { databaseNameProblem, parseServerUrl } from '../../../../utils/sync/couch/server-url';

describe('the newsroom server address', () => {
  it('accepts https anywhere and http on loopback only, and names the origin to ask for', () => {
    expect(parseServerUrl(' https://couch.example.org/couchdb/ ')).toEqual({
      ok: true,
      base: 'https://couch.example.org/couchdb',
      origin: 'https://couch.example.org',
      originPattern: 'https://couch.example.org/*',
    });
    expect(parseServerUrl('http://127.0.0.1:5984')).toMatchObject({ ok: true, base: 'http://127.0.0.1:5984', originPattern: 'http://127.0.0.1/*' });
    expect(parseServerUrl('http://localhost:5984')).toMatchObject({ ok: true, originPattern: 'http://localhost/*' });
    expect(parseServerUrl('http://couch.example.org')).toMatchObject({ ok: false, reason: expect.stringMatching(/Only https:\/\//) });
    expect(parseServerUrl('http://10.0.0.5:5984')).toMatchObject({ ok: false });
    expect(parseServerUrl('https://anna:pw@couch.example.org')).toMatchObject({ ok: false, reason: expect.stringMatching(/their own fields/) });
    expect(parseServerUrl('https://couch.example.org/?x=1')).toMatchObject({ ok: false });
    expect(parseServerUrl('ftp://couch.example.org')).toMatchObject({ ok: false });
    expect(parseServerUrl('couch.example.org')).toMatchObject({ ok: false });
  });

  it("checks database names by CouchDB's rule", () => {
    expect(databaseNameProblem('desk-politics')).toBeNull();
    expect(databaseNameProblem('desk/2026_(a)+$')).toBeNull();
    expect(databaseNameProblem('Desk')).not.toBeNull();
    expect(databaseNameProblem('_users')).not.toBeNull();
    expect(databaseNameProblem('1desk')).not.toBeNull();
  });

  it('sends UTF-8 credentials in basic auth', () => {
    expect(basicAuthHeader('anna', 'pw')).toBe(`Basic ${Buffer.from('anna:pw').toString('base64')}`);
    expect(basicAuthHeader('jürgen', 'пароль')).toBe(`Basic ${Buffer.from('jürgen:пароль', 'utf8').toString('base64')}`);
  });
});
