import { describe, expect, it } from 'vitest';
import { fillTemplate, placeholdersIn } from '../../../utils/interview/template';
import { composeUrl, gmailComposeUrl, mailtoUrl, outlookComposeUrl } from '../../../utils/interview/compose-url';

const draft = { to: 'press@acme.example', subject: 'Interview: Acme & Co', body: 'Dear Jana,\nShort call?\n— Kim' };

describe('templates', () => {
  it('fills known placeholders as plain text and leaves unknown ones visible', () => {
    const text = fillTemplate('Hi {{contact.name}}, about {{ headline }} for {{outlet}}. {{contact.nmae}}', {
      'contact.name': 'Jana',
      headline: 'Plant opens',
      outlet: 'Daily Post',
    }, { multiline: true });
    expect(text).toBe('Hi Jana, about Plant opens for Daily Post. {{contact.nmae}}');
    expect(placeholdersIn('{{a}} {{b.c}} {not}')).toEqual(['a', 'b.c']);
  });

  it('marks a known but empty value instead of dropping it', () => {
    expect(fillTemplate('Dear {{contact.name}},', { 'contact.name': null }, { multiline: true })).toBe('Dear [contact.name],');
  });

  it('never expands placeholders or markup inside hostile values', () => {
    const hostile = '<img src=x onerror=alert(1)> {{journalist.email}}\u202Egnp.exe';
    const text = fillTemplate('{{headline}} / {{journalist.email}}', { headline: hostile, 'journalist.email': 'kim@post.example' }, { multiline: true });
    expect(text).toBe('<img src=x onerror=alert(1)> {{journalist.email}}gnp.exe / kim@post.example');
  });

  it('keeps one-line slots on one line', () => {
    const subject = fillTemplate('Re: {{headline}}', { headline: 'Plant\r\nBcc: all@evil.example' }, { multiline: false });
    expect(subject).toBe('Re: Plant Bcc: all@evil.example');
  });
});

describe('compose URLs', () => {
  it('builds mailto: per RFC 6068 with CRLF line breaks', () => {
    expect(mailtoUrl(draft)).toBe(
      'mailto:press@acme.example?subject=Interview%3A%20Acme%20%26%20Co&body=Dear%20Jana%2C%0D%0AShort%20call%3F%0D%0A%E2%80%94%20Kim',
    );
  });

  it('keeps a hostile address from adding header fields', () => {
    expect(mailtoUrl({ ...draft, to: 'a@b.example?bcc=x@evil.example' })).toMatch(/^mailto:a@b\.example%3Fbcc%3Dx@evil\.example\?subject=/);
  });

  it('builds the Gmail compose URL', () => {
    expect(gmailComposeUrl(draft)).toBe(
      'https://mail.google.com/mail/?view=cm&fs=1&to=press%40acme.example&su=Interview%3A%20Acme%20%26%20Co&body=Dear%20Jana%2C%0AShort%20call%3F%0A%E2%80%94%20Kim',
    );
  });

  it('builds the Outlook web compose URL', () => {
    expect(outlookComposeUrl(draft)).toBe(
      'https://outlook.office.com/mail/deeplink/compose?to=press%40acme.example&subject=Interview%3A%20Acme%20%26%20Co&body=Dear%20Jana%2C%0AShort%20call%3F%0A%E2%80%94%20Kim',
    );
    expect(composeUrl('outlook', draft)).toBe(outlookComposeUrl(draft));
  });

  it('encodes a literal plus sign so it is not read as a space', () => {
    expect(gmailComposeUrl({ ...draft, body: '1+1' })).toContain('body=1%2B1');
  });
});
