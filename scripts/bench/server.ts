import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { AddressInfo } from 'node:net';

// Serves the bench pages on 127.0.0.1 at a random port: corpus pages read from their folder at request time
// (never copied), generated pages from memory. Only flat names ("/corpus/<file>.html", "/gen/<name>.html").

export interface BenchServer {
  origin: string;
  close(): Promise<void>;
}

export async function serveBenchPages(corpusDir: string | null, generated: ReadonlyMap<string, string>): Promise<BenchServer> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const [, folder, name] = path.split('/');
    const send = (body: string | Buffer) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    const missing = () => res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    if (folder === 'gen' && name && generated.has(name)) return void send(generated.get(name)!);
    // basename() keeps "../" out of the corpus folder.
    if (folder === 'corpus' && corpusDir && name && name === basename(name) && name.endsWith('.html')) {
      readFile(join(corpusDir, name)).then(send, missing);
      return;
    }
    if (folder === 'blank') return void send('<!doctype html><html><head><title>blank</title></head><body><p>blank</p></body></html>');
    missing();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
