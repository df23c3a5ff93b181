import { describe, expect, it } from 'vitest';
import { createSettingsDesk } from '../../../components/settings-desk/settings-desk';
import type { Ask } from '../../../components/sync-status/sync-status';
import type { ConnectionResult } from '../../../utils/sync/couch/connection-test';
import type { DeskStatus } from '../../../utils/sync/couch/desk-messages';

// Settings → Newsroom log: the origin is requested from the click, before anything is sent to the
// background; a refusal sends nothing; server-derived text lands as text.

const notSetUp: DeskStatus = {
  configured: false,
  enabled: false,
  serverUrl: '',
  database: '',
  user: '',
  hasPassword: false,
  auth: 'basic',
  state: 'unpaired',
  detail: '',
  pending: 0,
  lastSyncAt: null,
  lastWrittenAt: null,
  invalid: [],
  bodyProblems: [],
  bodyProblemsAt: null,
};

function setup(grant: boolean, result: ConnectionResult) {
  const events: string[] = [];
  const ask = (async (type: string) => {
    events.push(`ask ${type}`);
    if (type === 'desk:status') return notSetUp;
    if (type === 'desk:test' || type === 'desk:create-database') return result;
    throw new Error(`unexpected ${type}`);
  }) as Ask;
  const view = createSettingsDesk({
    ask,
    requestOrigin: (pattern) => {
      events.push(`request ${pattern}`);
      return Promise.resolve(grant);
    },
    formatTime: (iso) => iso,
  });
  document.body.replaceChildren(view.element);
  const field = (name: string) => view.element.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
  const fill = (server: string) => {
    field('desk-server').value = server;
    field('desk-database').value = 'desk-politics';
    field('desk-user').value = 'anna';
    field('desk-password').value = 'pw';
  };
  const message = () => view.element.querySelector('.desk-message')!;
  const button = (cls: string) => view.element.querySelector<HTMLButtonElement>(`.${cls}`)!;
  return { events, fill, message, button };
}

describe('Settings → Newsroom log', () => {
  it('asks for the origin synchronously in the click, then tests; the message is text', async () => {
    const hostile: ConnectionResult = { ok: false, problem: 'missing', message: '<img src=x onerror=alert(1)>', canCreate: true };
    const { events, fill, message, button } = setup(true, hostile);
    fill('https://couch.example.org/');
    events.length = 0;
    button('desk-test').click();
    // Before any await: the permission request is the first thing the click does.
    expect(events).toEqual(['request https://couch.example.org/*']);
    await expect.poll(() => message().textContent).toBe('<img src=x onerror=alert(1)>');
    expect(events).toEqual(['request https://couch.example.org/*', 'ask desk:test']);
    expect(message().querySelector('img')).toBeNull();
    expect(button('desk-create').hidden).toBe(false);
  });

  it('refuses http to another machine without asking for anything', () => {
    const { events, fill, message, button } = setup(true, { ok: true, problem: null, message: '', canCreate: false });
    fill('http://couch.example.org');
    events.length = 0;
    button('desk-test').click();
    expect(events).toEqual([]);
    expect(message().textContent).toMatch(/Only https:\/\//);
  });

  it('sends nothing when the browser refuses the origin', async () => {
    const { events, fill, message, button } = setup(false, { ok: true, problem: null, message: '', canCreate: false });
    fill('https://couch.example.org');
    events.length = 0;
    button('desk-save').click();
    await expect.poll(() => message().textContent).toBe('PressClip was not allowed to contact https://couch.example.org; nothing was sent to it.');
    expect(events).toEqual(['request https://couch.example.org/*']);
  });
});
