import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// A forward proxy that never forwards: the Firefox harness points its proxy settings here, so any request
// for a host other than 127.0.0.1 (from a page, the add-on or its background page) lands here, is
// recorded and refused. Puppeteer's request interception would not see the add-on's own requests.

// The browsers' own services: Firefox's Remote Settings (firefox.settings.services.mozilla.com, polled even
// with puppeteer's quiet profile; release builds ignore a changed server pref), Chromium's extension update
// check (update.googleapis.com) and sign-in probe (accounts.google.com), which the command-line switches do
// not all silence. They are the browser's traffic, not the add-on's, and are kept apart in `browserOwn`;
// PressClip has no reason to reach any of these hosts.
const BROWSER_OWN =
  /^(?:CONNECT |https?:\/\/)(?:[^/:]*\.)?(?:mozilla\.(?:com|net|org)|firefox\.com|google\.com|googleapis\.com|gstatic\.com|gvt1\.com)(?::\d+)?(?:[/?]|$)/;

export interface ProxyTrap {
  port: number;
  leaks: string[];
  browserOwn: string[];
  close(): Promise<void>;
}

export async function startProxyTrap(): Promise<ProxyTrap> {
  const leaks: string[] = [];
  const browserOwn: string[] = [];
  const record = (what: string) => (BROWSER_OWN.test(what) ? browserOwn : leaks).push(what);
  const server: Server = createServer((req, res) => {
    // A proxied request names its absolute URL ("http://host/path"); a direct local one only a path.
    if (/^[a-z]+:/i.test(req.url ?? '')) record(req.url ?? '');
    res.writeHead(403).end();
  });
  // HTTPS through a proxy starts with CONNECT host:443.
  server.on('connect', (req, socket) => {
    // Node hands a CONNECT socket over without an error listener, so a browser resetting it mid-refusal
    // (Chromium does, for its own update checks) would be an uncaught ECONNRESET in the test run.
    socket.on('error', () => {});
    record(`CONNECT ${req.url ?? ''}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    leaks,
    browserOwn,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
