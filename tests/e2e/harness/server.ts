import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

// Serves the e2e pages from one folder on 127.0.0.1 at a random port: the only host the browser may reach.

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
};

export interface StaticServer {
  origin: string;
  // Every request path (with query) the server received, in order: a payload's beacon shows up here.
  hits: string[];
  close(): Promise<void>;
}

// A page built at request time (it may need the server's origin), with its own response headers.
export type Route = (origin: string) => { body: string; headers?: Record<string, string> };

export async function serveFolder(root: string, routes: Record<string, Route> = {}): Promise<StaticServer> {
  const hits: string[] = [];
  let origin = '';
  const server: Server = createServer(async (req, res) => {
    hits.push(req.url ?? '/');
    const route = routes[new URL(req.url ?? '/', 'http://x').pathname];
    if (route) {
      const { body, headers } = route(origin);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(body);
      return;
    }
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(root, path);
    if (!file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    hits,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
