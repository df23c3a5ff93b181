import { browser } from 'wxt/browser';
import { send, type Transport } from '../../utils/messaging/send';
import type { MessageType, RequestOf, ResponseOf } from '../../utils/messaging/contract';

// The log page's side of the message contract.
const transport: Transport = (message) => browser.runtime.sendMessage(message);

export function ask<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  return send(transport, type, payload);
}
