import { z } from 'zod';
import { contract, type MessageType, type ParsedRequestOf, type Reply, type ResponseOf, type SenderKind } from './contract';

// The receiving side: validates the envelope, the sender and the payload before any handler runs.

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export type Handlers<Ctx> = {
  [T in MessageType]: (payload: ParsedRequestOf<T>, ctx: Ctx & { sender: SenderInfo }) => Promise<ResponseOf<T>>;
};

// Extension pages have our own origin; content scripts report the web page's URL and a tab.
// Compared as a string prefix ("chrome-extension://<id>/"), not with URL.origin: for schemes the URL
// parser does not know (chrome-extension: in Node, data:, about:) origin is the string "null", and
// "null" === "null" would let any such sender pass as an extension page.
export function classifySender(sender: SenderInfo, extensionId: string, extensionOrigin: string): SenderKind | 'foreign' {
  if (sender.id !== extensionId) return 'foreign';
  const base = extensionOrigin.endsWith('/') ? extensionOrigin : `${extensionOrigin}/`;
  if (sender.url?.startsWith(base)) return 'extension';
  if (sender.tab) return 'content';
  return 'foreign';
}

const EnvelopeShape = z.object({ type: z.string().max(100), payload: z.unknown() });

export async function dispatch<Ctx>(
  raw: unknown,
  sender: SenderInfo,
  identity: { extensionId: string; extensionOrigin: string },
  handlers: Handlers<Ctx>,
  ctx: Ctx,
): Promise<Reply> {
  const envelope = EnvelopeShape.safeParse(raw);
  if (!envelope.success) return { ok: false, error: 'Malformed message.' };
  const type = envelope.data.type;
  if (!Object.hasOwn(contract, type)) return { ok: false, error: `Unknown message type "${type}".` };
  const entry = contract[type as MessageType];
  const kind = classifySender(sender, identity.extensionId, identity.extensionOrigin);
  // Extension pages may also send what content scripts send; the reverse is refused.
  const allowed = kind === 'extension' || kind === entry.from;
  if (!allowed) return { ok: false, error: `"${type}" is not allowed from a ${kind} sender.` };
  const payload = entry.request.safeParse(envelope.data.payload);
  if (!payload.success) {
    return { ok: false, error: `Invalid "${type}" payload: ${z.prettifyError(payload.error)}` };
  }
  try {
    const handler = handlers[type as MessageType] as (p: unknown, c: Ctx & { sender: SenderInfo }) => Promise<unknown>;
    const data = await handler(payload.data, { ...ctx, sender });
    return { ok: true, data } as Reply;
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
