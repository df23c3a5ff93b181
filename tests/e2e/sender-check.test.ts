import { describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser } from './harness/chromium';
import { useChromium } from './harness/fixture';
import { tabIdForUrl } from './harness/extension-tabs';
import type { StaticServer } from './harness/server';
import { contract, type MessageType } from '../../utils/messaging/contract';
import { sampleFields } from '../unit/log/sample';

// In the real browser: PressClip's own content script (the detector's isolated world on a web page,
// reached over CDP) sends every privileged message of the contract; the background refuses each one,
// and the log is unchanged. The one message a content script may send goes through (a control).

let server: StaticServer;
let ext: ExtensionBrowser;
let network: { leaks: string[] };

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

useChromium({}, (run) => ({ server, ext, network } = run));

// The execution context Chromium created for PressClip's content script in this page.
async function contentScriptContext(page: Page): Promise<{ cdp: CDPSession; contextId: number }> {
  const cdp = await ext.ctx.newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context as (typeof contexts)[number]));
  await cdp.send('Runtime.enable');
  const origin = `chrome-extension://${ext.extensionId}`;
  const found = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === origin);
  if (!found) throw new Error(`No PressClip content-script world in ${page.url()}: ${JSON.stringify(contexts)}`);
  return { cdp, contextId: found.id };
}

async function sendFromContentScript(cdp: CDPSession, contextId: number, message: unknown): Promise<{ ok: boolean; error?: string }> {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    contextId,
    expression: `chrome.runtime.sendMessage(${JSON.stringify(message)})`,
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(JSON.stringify(exceptionDetails));
  return result.value as { ok: boolean; error?: string };
}

describe('privileged messages from a content script (Chromium)', () => {
  it('every "from: extension" message is refused; page:snapshot is accepted; the log is unchanged', async () => {
    const extensionPage = await ext.ctx.newPage();
    await extensionPage.goto(ext.extensionUrl('settings.html'));
    const seed = (await extensionPage.evaluate(
      (fields) => chrome.runtime.sendMessage({ type: 'log:save', payload: { fields } }),
      sampleFields({ url: 'https://wire.example/sender-check' }),
    )) as { ok: boolean; data: { entry: { id: string } } };
    expect(seed.ok).toBe(true);
    const exportNow = async () =>
      JSON.stringify(((await extensionPage.evaluate(() => chrome.runtime.sendMessage({ type: 'log:list', payload: {} }))) as { data: unknown }).data);
    const before = await exportNow();

    const page = await ext.ctx.newPage();
    const url = `${server.origin}/wire-release.html`;
    await page.goto(url);
    await tabIdForUrl(ext, url);
    const { cdp, contextId } = await contentScriptContext(page);

    const privileged = (Object.keys(contract) as MessageType[]).filter((t) => contract[t].from === 'extension');
    const refused: string[] = [];
    for (const type of privileged) {
      // Payloads a real attacker would send: valid where it matters (save, update, delete the seeded entry).
      const payload =
        type === 'log:save' ? { fields: sampleFields({ url: 'https://evil.example/planted' }) }
        : type === 'log:update' ? { id: seed.data.entry.id, fields: sampleFields({ url: 'https://evil.example/x' }), expectedUpdatedAt: null }
        : type === 'log:delete' || type === 'log:get' ? { id: seed.data.entry.id }
        : {};
      const reply = await sendFromContentScript(cdp, contextId, { type, payload });
      if (!reply.ok && reply.error === `"${type}" is not allowed from a content sender.`) refused.push(type);
    }
    console.log(`[sender-check] privileged types=${privileged.length} refused=${refused.length}`);
    expect(refused).toEqual(privileged);

    const control = await sendFromContentScript(cdp, contextId, {
      type: 'page:snapshot',
      payload: { page: { url, canonical: '', title: 'T', lang: null, section: '', jsonLd: [], text: 'T', menus: [], headings: [], h1: 'T', incomplete: false }, failed: null },
    });
    expect(control.ok).toBe(true);
    expect(await exportNow()).toBe(before);
    await cdp.detach();
    await page.close();
    await extensionPage.close();
  });

  it('reached nothing beyond 127.0.0.1', () => {
    expect(network.leaks).toEqual([]);
  });
});
