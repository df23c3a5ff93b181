import { describe, expect, it } from 'vitest';
import { chooseBody, unwrapForward } from '../../../utils/inputs/email-body';
import { dateAsWritten, parseSender, subjectHeadline } from '../../../utils/inputs/email';

const RELEASE_TEXT = 'PRESS RELEASE\n\nCity opens library on Sundays\n\nGörlitz, 2 April 2026 – The city library will open on Sundays from May.\n';
const RELEASE_HTML = '<h1>City opens library on Sundays</h1><p>Görlitz, 2 April 2026 – The city library will open on Sundays from May.</p>';

describe('e-mail part choice', () => {
  it('reads the HTML part of multipart/alternative when it carries the release', () => {
    expect(chooseBody(RELEASE_HTML, RELEASE_TEXT)).toEqual({ part: 'html', body: RELEASE_HTML, forwarded: null });
  });

  it('reads the text part when the HTML part is a stub or empty', () => {
    const stub = '<p>View this e-mail in your browser</p>';
    expect(chooseBody(stub, RELEASE_TEXT)?.part).toBe('text');
    expect(chooseBody('<div><img src="cid:logo"></div>', RELEASE_TEXT)?.part).toBe('text');
  });

  it('reads the only part there is, and nothing when there is no text at all', () => {
    expect(chooseBody(null, RELEASE_TEXT)?.part).toBe('text');
    expect(chooseBody(RELEASE_HTML, null)?.part).toBe('html');
    expect(chooseBody(null, '  \n')).toBeNull();
  });

  it('reads a forwarded release from its own headers, without the forwarder’s note, from the text part', () => {
    const text = `FYI for Thursday -- M.\n\n---------- Forwarded message ---------\nFrom: Lena Fischer <lena@ferry.example>\nDate: Mon, 9 Mar 2026 08:15:00 +0100\nSubject: Press release: Ferry returns\nTo: Marco <m@news.example>\n\n${RELEASE_TEXT}`;
    const choice = chooseBody(`<div>FYI</div><blockquote>${RELEASE_HTML}</blockquote>`, text);
    expect(choice).toEqual({
      part: 'text',
      body: RELEASE_TEXT,
      forwarded: { from: 'Lena Fischer <lena@ferry.example>', date: 'Mon, 9 Mar 2026 08:15:00 +0100', subject: 'Press release: Ferry returns' },
    });
  });

  it('knows the forward markers of Outlook, Apple Mail and German mail programs', () => {
    expect(unwrapForward('-----Original Message-----\nFrom: A <a@x.example>\nSent: Monday\nSubject: S\n\nBody')?.body).toBe('Body');
    expect(unwrapForward('Begin forwarded message:\n\nFrom: A <a@x.example>\nSubject: S\n\nBody')?.headers.subject).toBe('S');
    expect(unwrapForward('---------- Weitergeleitete Nachricht ---------\nVon: A <a@x.example>\nBetreff: Pressemitteilung\n\nText')?.headers).toEqual({ from: 'A <a@x.example>', date: null, subject: 'Pressemitteilung' });
    expect(unwrapForward('No forward here.')).toBeNull();
  });
});

describe('e-mail headers', () => {
  it('takes the subject without reply and forward prefixes as the headline candidate', () => {
    expect(subjectHeadline('Fwd: AW: Press release: Ferry returns')).toBe('Press release: Ferry returns');
    expect(subjectHeadline('WG: Pressemitteilung')).toBe('Pressemitteilung');
    expect(subjectHeadline('Re:')).toBeNull();
  });

  it('takes the date as the sender wrote it, in the sender’s offset', () => {
    expect(dateAsWritten('Tue, 3 Mar 2026 23:30:00 -0500')).toBe('2026-03-03');
    expect(dateAsWritten('9 Sept. 2026')).toBe('2026-09-09');
    expect(dateAsWritten('yesterday')).toBeNull();
  });

  it('reads a forwarded From line in the usual spellings', () => {
    expect(parseSender('Lena Fischer <lena@ferry.example>')).toEqual({ name: 'Lena Fischer', address: 'lena@ferry.example' });
    expect(parseSender('"Pressestelle" [mailto:presse@stadt.example]')).toEqual({ name: 'Pressestelle', address: 'presse@stadt.example' });
    expect(parseSender('lena@ferry.example')).toEqual({ name: null, address: 'lena@ferry.example' });
  });
});
