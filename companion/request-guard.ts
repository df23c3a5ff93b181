import type { IncomingMessage } from 'node:http';
import type { JsonShapeGate } from '../utils/sync/json-shape-gate';
import { CLIENT_HEADER } from '../utils/sync/protocol';
import { tokensMatch } from './pairing';

// Any web page the journalist opens can send requests to 127.0.0.1. These checks are what keeps
// such a page (and a DNS-rebinding page that resolves its own name to 127.0.0.1) out:
// - Host must name this service on loopback, so a rebinding page's Host (evil.example:17373) fails;
// - the custom X-PressClip header cannot be sent cross-origin without a CORS preflight, and the
//   preflight is never approved (no Access-Control-Allow-Origin is ever sent);
// - a request carrying any Origin but an extension's is refused outright;
// - everything that reads or writes the log needs the paired bearer token.

export interface Refusal {
  status: number;
  error: string;
}

export function checkHost(req: IncomingMessage, port: number): Refusal | null {
  const host = (req.headers.host ?? '').toLowerCase();
  if (host === `127.0.0.1:${port}` || host === `localhost:${port}`) return null;
  return { status: 421, error: `Wrong Host header "${host.slice(0, 100)}": this service answers only 127.0.0.1:${port}.` };
}

export function checkCaller(req: IncomingMessage): Refusal | null {
  // The extension's background sends its own origin (chrome-extension://…, moz-extension://…);
  // command-line clients send none. Anything else (https://…, file://, "null") is a page.
  const origin = req.headers.origin;
  if (origin !== undefined && !/^(chrome|moz|safari-web)-extension:\/\/[a-z0-9-]+\/?$/i.test(origin)) {
    return { status: 403, error: 'Requests from web pages are not accepted.' };
  }
  if (req.headers[CLIENT_HEADER.toLowerCase()] !== '1') {
    return { status: 403, error: `Missing the ${CLIENT_HEADER} header.` };
  }
  return null;
}

export function checkToken(req: IncomingMessage, token: string): Refusal | null {
  const header = req.headers.authorization ?? '';
  const match = /^Bearer (\S+)$/.exec(header);
  if (match && tokensMatch(match[1]!, token)) return null;
  return { status: 401, error: 'Missing or wrong token: pair PressClip with this service first.' };
}

export function hasValidToken(req: IncomingMessage, token: string): boolean {
  return checkToken(req, token) === null;
}

export function checkJsonBody(req: IncomingMessage, maxBytes: number): Refusal | null {
  const type = (req.headers['content-type'] ?? '').toLowerCase().split(';')[0]!.trim();
  if (type !== 'application/json') return { status: 415, error: 'The body must be application/json.' };
  const length = Number(req.headers['content-length'] ?? '0');
  if (length > maxBytes) return { status: 413, error: `The body is larger than ${maxBytes} bytes.` };
  return null;
}

// The body, counted as it arrives: a missing or lying Content-Length cannot get more than the limit in, and
// the gate refuses a body whose shape cannot be valid before the rest of it is kept.
export function readBody(req: IncomingMessage, maxBytes: number, gate: JsonShapeGate): Promise<Uint8Array | Refusal> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const refuse = (refusal: Refusal) => {
      done = true;
      resolve(refusal);
      // The rest of the body is read and dropped, so the connection stays usable for the answer.
      req.resume();
    };
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > maxBytes) return refuse({ status: 413, error: `The body is larger than ${maxBytes} bytes.` });
      const misshapen = gate.feed(chunk);
      if (misshapen) return refuse({ status: 400, error: misshapen });
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      const all = Buffer.concat(chunks);
      resolve(new Uint8Array(all.buffer, all.byteOffset, all.byteLength));
    });
    req.on('error', (error) => {
      if (!done) reject(error);
    });
  });
}
