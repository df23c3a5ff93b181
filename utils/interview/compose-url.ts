import type { MailHandler } from '../settings/schema';

// Where "Request interview" sends the journalist: their own mail program (mailto:) or a webmail compose window.
// Opening the URL is the journalist's click; PressClip itself sends nothing.

export interface ComposeDraft {
  to: string;
  subject: string;
  body: string;
}

// RFC 6068: percent-encode everything outside unreserved characters; line breaks in a body are CRLF ("%0D%0A").
// encodeURIComponent leaves !'()* alone, which mail clients read literally, so that is fine; it encodes
// spaces as %20 (never "+", which mailto readers keep as a plus sign).
function mailtoEncode(value: string): string {
  return encodeURIComponent(value);
}

function crlf(text: string): string {
  return text.replace(/\r\n?|\n/g, '\r\n');
}

export function mailtoUrl(draft: ComposeDraft): string {
  // The address goes in the path; "?" or "&" or "%" inside it must not start new header fields.
  const to = draft.to
    .split(',')
    .map((address) => encodeURIComponent(address.trim()).replace(/%40/g, '@'))
    .join(',');
  return `mailto:${to}?subject=${mailtoEncode(draft.subject)}&body=${mailtoEncode(crlf(draft.body))}`;
}

// Gmail's documented compose parameters: view=cm (compose), fs=1 (full screen), to, su (subject), body.
export function gmailComposeUrl(draft: ComposeDraft): string {
  const params = new URLSearchParams({ view: 'cm', fs: '1', to: draft.to, su: draft.subject, body: draft.body });
  return `https://mail.google.com/mail/?${params.toString().replace(/\+/g, '%20')}`;
}

// Outlook on the web's deeplink compose form.
export function outlookComposeUrl(draft: ComposeDraft): string {
  const params = new URLSearchParams({ to: draft.to, subject: draft.subject, body: draft.body });
  return `https://outlook.office.com/mail/deeplink/compose?${params.toString().replace(/\+/g, '%20')}`;
}

export function composeUrl(handler: MailHandler, draft: ComposeDraft): string {
  switch (handler) {
    case 'mailto':
      return mailtoUrl(draft);
    case 'gmail':
      return gmailComposeUrl(draft);
    case 'outlook':
      return outlookComposeUrl(draft);
  }
}
