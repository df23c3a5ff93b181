import type { Envelope, MessageType, Reply, RequestOf, ResponseOf } from './contract';

// The sending side of the contract. Imports only types, so the every-page content script can
// use it without pulling zod into its bundle.

export type Transport = (message: unknown) => Promise<unknown>;

export class MessageError extends Error {}

export async function send<T extends MessageType>(
  transport: Transport,
  type: T,
  payload: RequestOf<T>,
): Promise<ResponseOf<T>> {
  const envelope: Envelope<T> = { type, payload };
  const reply = (await transport(envelope)) as Reply<T> | undefined;
  if (!reply || typeof reply !== 'object') {
    throw new MessageError(`No answer from PressClip's background for "${type}".`);
  }
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.data;
}
