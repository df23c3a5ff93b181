import type { Envelope, MessageType, Reply, RequestOf, ResponseOf } from './contract';

// The sending side of the contract. Imports only types, so the every-page content script can
// use it without pulling zod into its bundle.

export type Transport = (message: unknown) => Promise<unknown>;

// The background answered and refused (its reason is the message).
export class MessageError extends Error {}

// No answer came back: Chrome stopped the service worker while it held the message ("the message
// channel closed before a response was received"), or it was restarting ("Could not establish
// connection"). The request may or may not have been carried out.
export class NoAnswerError extends MessageError {}

export async function send<T extends MessageType>(
  transport: Transport,
  type: T,
  payload: RequestOf<T>,
): Promise<ResponseOf<T>> {
  const envelope: Envelope<T> = { type, payload };
  let reply: Reply<T> | undefined;
  try {
    reply = (await transport(envelope)) as Reply<T> | undefined;
  } catch (error) {
    throw new NoAnswerError(`No answer from PressClip's background for "${type}" (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (!reply || typeof reply !== 'object') {
    throw new NoAnswerError(`No answer from PressClip's background for "${type}".`);
  }
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.data;
}
