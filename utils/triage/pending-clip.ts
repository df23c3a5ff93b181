// Selected text clipped from the context menu waits under this storage.session key until the log page, which
// has a DOM for text-to-document, picks it up.
export const PENDING_CLIP_KEY = 'pendingClip';

export interface PendingClip {
  text: string;
  url: string | null;
}
