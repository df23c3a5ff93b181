import { describe, expect, it, vi } from 'vitest';
import { contract, type MessageType } from '../../../utils/messaging/contract';
import { dispatch, type Handlers, type SenderInfo } from '../../../utils/messaging/receive';
import { send } from '../../../utils/messaging/send';
import { sampleFields, sampleRecord } from '../log/sample';

const identity = { extensionId: 'pressclip-id', extensionOrigin: 'chrome-extension://pressclip-id/' };
const fromContent: SenderInfo = { id: 'pressclip-id', url: 'https://evil.example/page', tab: { id: 7 } };
const fromExtensionPage: SenderInfo = { id: 'pressclip-id', url: 'chrome-extension://pressclip-id/popup.html' };
// An extension page opened in a tab (the e2e's popup.html?tabId=…) still counts as an extension page.
const fromExtensionTab: SenderInfo = { id: 'pressclip-id', url: 'chrome-extension://pressclip-id/log.html', tab: { id: 3 } };
const fromOtherExtension: SenderInfo = { id: 'other-id', url: 'chrome-extension://other-id/bg.html' };
const fromLookalike: SenderInfo = { id: 'pressclip-id', url: 'https://pressclip-id.example/', tab: { id: 8 } };

const page = { url: 'https://a.example/', canonical: '', title: 'T', lang: null, section: '', jsonLd: [], text: 'T', menus: [], headings: [], h1: 'T', incomplete: false };
const valid: { [T in MessageType]: unknown } = {
  'page:snapshot': { page, failed: null },
  'tab:state': { tabId: 1 },
  'tab:extract': { tabId: 1 },
  'tab:pdf-verdict': { tabId: 1, url: 'https://gov.example/r.pdf', detection: { isPressRelease: true, score: 0.9, signals: ['Dateline'], incomplete: false } },
  'log:save': { fields: sampleFields() },
  'log:list': {},
  'log:get': { id: 'a' },
  'log:get-body': { id: 'a' },
  'log:search-bodies': { terms: ['acme'] },
  'log:update': { id: 'a', fields: sampleFields(), expectedUpdatedAt: null },
  'log:delete': { id: 'a' },
  'log:export': {},
  'log:set-status': { id: 'a', status: 'filed', override: null },
  'log:bulk-update': { ids: ['a', 'b'], status: 'declined' },
  'log:record-request': {
    id: 'a',
    request: { at: '2026-03-03T10:00:00.000Z', contactName: null, email: 'press@acme.example', subject: 'S', body: 'B', handler: 'mailto' },
    followUpAt: null,
  },
  'log:merge': { survivorId: 'a', duplicateId: 'b' },
  'log:import-preview': { text: '{"format":"pressclip-log","version":1,"entries":[]}' },
  'log:import-apply': { text: '{"format":"pressclip-log","version":1,"entries":[]}' },
  'log:import-discard': { session: 's-1' },
  'log:restore-revision': { id: 'e-1', revisionUpdatedAt: '2026-03-03T09:00:00.000Z', revisionSavedAt: '2026-03-04T09:00:00.000Z' },
  'sync:status': {},
  'sync:pair': { code: 'ABCD-EFGH' },
  'sync:now': {},
  'desk:status': {},
  'desk:test': { serverUrl: 'https://couch.example', database: 'desk-politics', user: 'anna', password: 'pw' },
  'desk:save': { serverUrl: 'https://couch.example', database: 'desk-politics', user: 'anna', password: 'pw' },
  'desk:create-database': { serverUrl: 'https://couch.example', database: 'desk-politics', user: 'anna', password: '' },
  'desk:sync-now': {},
  'desk:disconnect': {},
  'log:hold': { id: 'e1', action: { kind: 'claim' }, expectedAt: null },
  'log:author': {},
};

function spyHandlers() {
  const calls: string[] = [];
  const handlers = Object.fromEntries(
    Object.keys(contract).map((type) => [
      type,
      vi.fn(async () => {
        calls.push(type);
        return {};
      }),
    ]),
  ) as unknown as Handlers<object>;
  return { handlers, calls };
}

const types = Object.keys(contract) as MessageType[];

describe('dispatch sender rules', () => {
  it('the test covers every message in the contract', () => {
    expect(Object.keys(valid).sort()).toEqual([...types].sort());
  });

  for (const type of types) {
    const privileged = contract[type].from === 'extension';

    it(`${type}: accepted from an extension page`, async () => {
      const { handlers, calls } = spyHandlers();
      const reply = await dispatch({ type, payload: valid[type] }, fromExtensionPage, identity, handlers, {});
      expect(reply).toEqual({ ok: true, data: {} });
      expect(calls).toEqual([type]);
      const inTab = await dispatch({ type, payload: valid[type] }, fromExtensionTab, identity, handlers, {});
      expect(inTab.ok).toBe(true);
    });

    it(`${type}: ${privileged ? 'refused' : 'accepted'} from a content script`, async () => {
      const { handlers, calls } = spyHandlers();
      const reply = await dispatch({ type, payload: valid[type] }, fromContent, identity, handlers, {});
      if (privileged) {
        expect(reply).toEqual({ ok: false, error: `"${type}" is not allowed from a content sender.` });
        expect(calls).toEqual([]);
      } else {
        expect(reply.ok).toBe(true);
        expect(calls).toEqual([type]);
      }
    });

    it(`${type}: refused from another extension and from a look-alike origin`, async () => {
      const { handlers, calls } = spyHandlers();
      const foreign = await dispatch({ type, payload: valid[type] }, fromOtherExtension, identity, handlers, {});
      expect(foreign).toEqual({ ok: false, error: `"${type}" is not allowed from a foreign sender.` });
      const lookalike = await dispatch({ type, payload: valid[type] }, fromLookalike, identity, handlers, {});
      expect(lookalike.ok).toBe(privileged ? false : true);
      expect(calls).toEqual(privileged ? [] : [type]);
    });
  }

  it('does not take an opaque-origin sender (data:, about:blank) for an extension page', async () => {
    const { handlers, calls } = spyHandlers();
    for (const url of ['data:text/html,<p>hi</p>', 'about:blank', 'chrome-extension://other-id/popup.html']) {
      const reply = await dispatch({ type: 'log:list', payload: {} }, { id: 'pressclip-id', url, tab: { id: 5 } }, identity, handlers, {});
      expect(reply).toEqual({ ok: false, error: '"log:list" is not allowed from a content sender.' });
    }
    expect(calls).toEqual([]);
  });

  it('refuses a payload that fails its schema, before any handler runs', async () => {
    const { handlers, calls } = spyHandlers();
    const bad = { fields: sampleFields({ contacts: [{ name: 'A', role: null, organization: null, emails: ['nope'], phones: [] }] }) };
    const reply = await dispatch({ type: 'log:save', payload: bad }, fromExtensionPage, identity, handlers, {});
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(/Invalid "log:save" payload/);
    expect(calls).toEqual([]);
  });

  it('refuses malformed envelopes and unknown types', async () => {
    const { handlers, calls } = spyHandlers();
    expect(await dispatch('hello', fromExtensionPage, identity, handlers, {})).toEqual({ ok: false, error: 'Malformed message.' });
    expect(await dispatch({ type: 'toString', payload: {} }, fromExtensionPage, identity, handlers, {})).toEqual({
      ok: false,
      error: 'Unknown message type "toString".',
    });
    expect(calls).toEqual([]);
  });

  it('a handler error comes back as data, and send() turns it into an exception', async () => {
    const { handlers } = spyHandlers();
    handlers['log:get'] = async () => {
      throw new Error('disk full');
    };
    const transport = (m: unknown) => dispatch(m, fromExtensionPage, identity, handlers, {});
    await expect(send(transport, 'log:get', { id: 'a' })).rejects.toThrow('disk full');
    await expect(send(async () => undefined, 'log:list', {})).rejects.toThrow(/No answer/);
  });

  it('a record from a hostile page is capped by the schema', async () => {
    const { handlers, calls } = spyHandlers();
    const huge = sampleRecord({ headline: 'x'.repeat(5000) });
    const reply = await dispatch({ type: 'log:save', payload: { fields: { record: huge } } }, fromExtensionPage, identity, handlers, {});
    expect(reply.ok).toBe(false);
    expect(calls).toEqual([]);
  });
});
