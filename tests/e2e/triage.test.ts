import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './harness/chromium';
import { buildInterviewDraft } from '../../utils/interview/request';
import { SettingsSchema } from '../../utils/settings/schema';
import type { LogEntry } from '../../utils/schema/entry';
import { getEntry, message, record, save } from './triage/seed';

// The triage desk in Chromium with the built extension: settings page, keyboard triage, the embargo rule with
// its override, one-click interview requests through Gmail and mailto:, and a follow-up reminder from an alarm.

declare const chrome: {
  notifications: { getAll(): Promise<Record<string, unknown>> };
  action: { getBadgeText(details: { tabId?: number }): Promise<string> };
  storage: { local: { remove(key: string): Promise<void> } };
};

let ext: ExtensionBrowser;
let page: Page;
const seeded: Record<string, LogEntry> = {};

// Records what the page hands to the system's mail program (a mailto: link click goes nowhere in headless Chromium).
const SPY_MAILTO = `
  window.__opened = [];
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    if (this.href.startsWith('mailto:')) { window.__opened.push(this.href); return; }
    return click.call(this);
  };
`;

const rows = () => page.locator('.vt-row');
const cursorId = () => page.locator('.vt-row.cursor').getAttribute('data-id');
const rowIndex = (id: string) => page.locator(`.vt-row[data-id="${id}"]`).getAttribute('aria-rowindex').then(Number);

// Moves the keyboard cursor with j/k, as a journalist would.
async function moveCursorTo(id: string) {
  for (let guard = 0; guard < 20 && (await cursorId()) !== id; guard += 1) {
    const here = Number(await page.locator('.vt-row.cursor').getAttribute('aria-rowindex'));
    await page.keyboard.press((await rowIndex(id)) > here ? 'j' : 'k');
  }
  expect(await cursorId()).toBe(id);
}

beforeAll(async () => {
  ext = await launchWithExtension();
  ext.ctx.setDefaultTimeout(10_000);
  // Compose windows would go to the network; answer them locally so the opened URL can be read.
  await ext.ctx.route(/^https:\/\/(mail\.google\.com|outlook\.office\.com)\//, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>compose</title>' }),
  );
  await ext.ctx.addInitScript(SPY_MAILTO);
  page = await ext.ctx.newPage();
  await page.goto(ext.extensionUrl('settings.html'));
  seeded.rotterdam = await save(page, record({}), { deadline: '2026-12-04' });
  seeded.embargo = await save(
    page,
    record({
      url: 'https://www.prnewswire.com/news-releases/quantel-results-302999111.html',
      headline: 'Quantel Bank reports record annual results',
      issuer: 'Quantel Bank',
      summary: 'Quantel Bank reported record results for the year.',
      embargo: { until: '2099-01-01T00:01:00Z', text: 'EMBARGOED UNTIL 00:01 GMT 1 January 2099' },
      contacts: [],
    }),
    { status: 'interviewed' },
  );
  seeded.aggregator = await save(
    page,
    record({
      url: 'https://finance.aggregator.example/news/harbor-lane-robotics-opens-test-site-1234.html',
      issuer: null,
      headline: 'Harbor Lane Robotics Opens Autonomous Freight Test Site in Rotterdam',
    }),
  );
});

afterAll(async () => {
  await ext?.close();
});

describe('triage desk (Chromium)', () => {
  it('saves the journalist’s settings', async () => {
    await page.getByLabel('Name', { exact: true }).fill('Kim Lee');
    await page.getByLabel('Outlet', { exact: true }).fill('Daily Post');
    await page.getByLabel('Email', { exact: true }).fill('kim@post.example');
    await page.getByLabel('Open emails in').selectOption('gmail');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => page.locator('.settings-status').textContent()).toBe('Saved.');
  });

  it('lists the log and moves with j/k', async () => {
    await page.goto(ext.extensionUrl('log.html'));
    await page.locator('#app[data-ready="true"]').waitFor();
    expect(await rows().count()).toBe(3);
    const first = await cursorId();
    await page.keyboard.press('j');
    const second = await cursorId();
    expect(second).not.toBe(first);
    await page.keyboard.press('k');
    expect(await cursorId()).toBe(first);
  });

  it('searches as the journalist types after "/"', async () => {
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await page.keyboard.type('quantel res');
    await expect.poll(() => rows().count()).toBe(1);
    expect(await cursorId()).toBe(seeded.embargo!.id);
    // Words match from their start, accents folded: "antel" sits inside Quantel and finds nothing; "QUÄNT" does.
    await page.locator('input[type=search]').fill('antel');
    await expect.poll(() => rows().count()).toBe(0);
    await page.locator('input[type=search]').fill('QUÄNT');
    await expect.poll(() => rows().count()).toBe(1);
    await page.locator('input[type=search]').focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+a');
  });

  it('refuses "filed" under embargo until the journalist overrides, and records why', async () => {
    await page.keyboard.press('6');
    const dialog = page.locator('dialog.override-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Under embargo until 2099-01-01T00:01:00.000Z');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect((await getEntry(page, seeded.embargo!.id)).status).toBe('interviewed');

    await page.keyboard.press('6');
    await dialog.getByLabel('Reason for overriding').fill('Issuer lifted the embargo by phone');
    await dialog.getByRole('button', { name: 'Override' }).click();
    await expect.poll(async () => (await getEntry(page, seeded.embargo!.id)).status).toBe('filed');
    const last = (await getEntry(page, seeded.embargo!.id)).history.at(-1)!;
    expect(last).toMatchObject({ from: 'interviewed', to: 'filed' });
    expect(last.override).toMatch(/^Issuer lifted the embargo by phone — Under embargo/);
  });

  it('changes status with a number key on the cursor row', async () => {
    await page.locator('input[type=search]').fill('');
    await page.locator('.vt-viewport').focus();
    await expect.poll(() => rows().count()).toBe(3);
    while ((await cursorId()) !== seeded.rotterdam!.id) await page.keyboard.press('j');
    await page.keyboard.press('2');
    await expect.poll(async () => (await getEntry(page, seeded.rotterdam!.id)).status).toBe('to-contact');
    await expect.poll(() => page.locator(`.vt-row[data-id="${seeded.rotterdam!.id}"] .cell-status`).textContent()).toBe('To contact');
  });

  it('selects rows with x and changes their status in bulk with a number key', async () => {
    const others = [seeded.rotterdam!.id, seeded.aggregator!.id];
    for (const id of others) {
      await moveCursorTo(id);
      await page.keyboard.press('x');
    }
    expect(await page.locator('.bulk-count').textContent()).toBe('2 selected');
    await page.keyboard.press('3');
    for (const id of others) await expect.poll(async () => (await getEntry(page, id)).status).toBe('requested');
    await page.keyboard.press('Escape');
    expect(await page.locator('.bulk-bar').isHidden()).toBe(true);
    // Back to where the next tests expect them.
    await message(page, 'log:set-status', { id: seeded.rotterdam!.id, status: 'to-contact', override: null });
    await message(page, 'log:set-status', { id: seeded.aggregator!.id, status: 'new', override: null });
    await page.reload();
    await page.locator('#app[data-ready="true"]').waitFor();
    await page.locator('.vt-viewport').focus();
    await moveCursorTo(seeded.rotterdam!.id);
  });

  it('offers the aggregator copy as a duplicate in the detail view', async () => {
    await page.keyboard.press('Enter');
    const detail = page.locator('aside.detail');
    await detail.waitFor();
    await expect.poll(() => detail.locator('.duplicate').getAttribute('data-id')).toBe(seeded.aggregator!.id);
  });

  it('opens the exact Gmail compose URL for "Request interview" and marks the entry requested', async () => {
    const entry = await getEntry(page, seeded.rotterdam!.id);
    const settings = SettingsSchema.parse({ journalistName: 'Kim Lee', outlet: 'Daily Post', email: 'kim@post.example', mailHandler: 'gmail' });
    const expected = buildInterviewDraft(entry, 0, settings, new Date());
    const [compose] = await Promise.all([
      ext.ctx.waitForEvent('page'),
      page.locator('aside.detail').getByRole('button', { name: 'Request interview' }).click(),
    ]);
    await compose.waitForURL(/mail\.google\.com/);
    expect(compose.url()).toBe(expected.url);
    expect(compose.url()).toMatch(/^https:\/\/mail\.google\.com\/mail\/\?view=cm&fs=1&to=press%40harborlane\.example&su=Interview%20request%3A%20Harbor%20Lane/);
    await compose.close();

    await expect.poll(async () => (await getEntry(page, entry.id)).status).toBe('requested');
    const after = await getEntry(page, entry.id);
    expect(after.requests).toHaveLength(1);
    expect(after.requests[0]).toMatchObject({ email: 'press@harborlane.example', contactName: 'Mira de Vries', handler: 'gmail', kind: 'request', subject: expected.request.subject, body: expected.request.body });
    expect(after.followUpAt).not.toBeNull();
  });

  it('hands a mailto: URL to the mail program with the "r" key', async () => {
    await page.goto(ext.extensionUrl('settings.html'));
    await page.getByLabel('Open emails in').selectOption('mailto');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => page.locator('.settings-status').textContent()).toBe('Saved.');
    await page.goto(ext.extensionUrl(`log.html#${seeded.aggregator!.id}`));
    await page.locator('aside.detail').waitFor();
    await page.locator('.vt-viewport').focus();
    expect(await cursorId()).toBe(seeded.aggregator!.id);
    await page.keyboard.press('r');
    await expect.poll(() => page.evaluate(() => (window as unknown as { __opened: string[] }).__opened.length)).toBe(1);
    const opened = await page.evaluate(() => (window as unknown as { __opened: string[] }).__opened[0]!);
    const entry = await getEntry(page, seeded.aggregator!.id);
    expect(entry.requests.at(-1)!.handler).toBe('mailto');
    const settings = SettingsSchema.parse({ journalistName: 'Kim Lee', outlet: 'Daily Post', email: 'kim@post.example', mailHandler: 'mailto' });
    const expected = buildInterviewDraft({ ...entry, requests: [] }, 0, settings, new Date(entry.requests.at(-1)!.at));
    expect(opened).toBe(expected.url);
    expect(opened.startsWith('mailto:press@harborlane.example?subject=Interview%20request%3A%20Harbor%20Lane')).toBe(true);
  });

  it('fires a follow-up notification and badge from the alarm the edit scheduled', async () => {
    const entry = await getEntry(page, seeded.rotterdam!.id);
    // Due in a few seconds: saving the edit schedules the one-shot alarm for exactly then.
    const soon = new Date(Date.now() + 4000).toISOString();
    const { record: rec, status, priority, deadline, tags, notes } = entry;
    await ext.worker.evaluate(() => chrome.storage.local.remove('followUpsNotifiedAt'));
    await message(page, 'log:update', { id: entry.id, fields: { record: rec, status, priority, deadline, tags, notes, followUpAt: soon }, expectedUpdatedAt: entry.updatedAt });
    // Not due yet: no reminder so far.
    expect(await ext.worker.evaluate(() => chrome.notifications.getAll().then((all) => Object.keys(all)))).not.toContain('pressclip-follow-ups');
    expect(await ext.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
    // Nothing in the test touches the extension again: only the alarm can raise the reminder.
    await expect
      .poll(() => ext.worker.evaluate(() => chrome.notifications.getAll().then((all) => Object.keys(all))), { timeout: 40_000, interval: 500 })
      .toContain('pressclip-follow-ups');
    expect(await ext.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
  });

  it('merges the aggregator copy into the entry that stays, keeping its URL', async () => {
    await page.goto(ext.extensionUrl(`log.html#${seeded.rotterdam!.id}`));
    const detail = page.locator('aside.detail');
    await detail.waitFor();
    await detail.locator(`.duplicate[data-id="${seeded.aggregator!.id}"]`).getByRole('button', { name: 'Merge into this entry' }).click();
    await expect.poll(() => rows().count()).toBe(2);
    const kept = await getEntry(page, seeded.rotterdam!.id);
    expect(kept.notes).toContain(seeded.aggregator!.record.url);
    expect(kept.revisions.map((r) => r.reason)).toContain(`Merged duplicate ${seeded.aggregator!.id}`);
    expect((await getEntry(page, seeded.aggregator!.id)).deletedAt).not.toBeNull();
  });

  it('shows hostile page text as text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">Acme <b>bold</b>';
    const entry = await save(
      page,
      record({
        url: 'https://evil.example/release',
        headline: hostile,
        summary: 'Nothing alike the other entries at all.',
        contacts: [{ name: '<svg onload="window.__pwned=2">', role: null, organization: null, emails: ['x@evil.example'], phones: [] }],
      }),
    );
    await page.goto(ext.extensionUrl(`log.html#${entry.id}`));
    await page.locator('aside.detail').waitFor();
    expect(await page.locator(`.vt-row[data-id="${entry.id}"] .cell-headline .headline > span`).textContent()).toBe(hostile);
    expect(await page.locator('aside.detail .detail-header h2').textContent()).toBe(hostile);
    expect(await page.locator('#app img, #app svg, #app b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});
