import type { BrowserContext } from 'playwright-core';

// Records (and blocks) every request that would leave the machine: PressClip must never phone home,
// and a test page must not either. Extension, data: and blob: URLs stay inside the browser.

// localhost too: tests serve pages there when the 127.0.0.1 host permission must not stand in for activeTab.
// chrome: is the browser's own bundled resources (its PDF viewer loads chrome://resources/…), never the network.
const LOCAL = /^(?:https?:\/\/(?:127\.0\.0\.1|localhost)(?::\d+)?\/|chrome-extension:|chrome:|data:|blob:|about:)/;

export async function guardNetwork(ctx: BrowserContext): Promise<{ leaks: string[] }> {
  const leaks: string[] = [];
  const seen = (url: string) => {
    if (!LOCAL.test(url)) leaks.push(url);
  };
  ctx.on('request', (request) => seen(request.url()));
  await ctx.route('**', (route) => {
    const url = route.request().url();
    if (LOCAL.test(url)) return route.continue();
    seen(url);
    return route.abort('blockedbyclient');
  });
  return { leaks };
}
