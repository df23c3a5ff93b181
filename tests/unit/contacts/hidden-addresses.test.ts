import { describe, expect, it } from 'vitest';
import { extract } from '../../../utils/extract/extract';

// A named press contact whose address the page does not show as text stays a contact, and the record says why
// its address is missing.

const page = (contact: string) =>
  new DOMParser().parseFromString(
    `<html lang="en"><head><title>Acme opens a plant in Ohio</title></head><body><main><h1>Acme opens a plant in Ohio</h1>
    <p>TOLEDO, Ohio, May 3, 2026 – Acme Corp. today opened a plant that will employ 300 people and make parts for electric buses.</p>
    <p>Production starts in June with two shifts; the plant was built in fourteen months.</p>${contact}</main></body></html>`,
    'text/html',
  );

const hint = (signals: string[]) => signals.filter((s) => /e-mail address hidden by the page for Jane Doe/i.test(s));

describe('addresses a page hides', () => {
  it('keeps the person behind an address shown only as an image, with the hint', () => {
    const r = extract(page('<p>Media contact: Jane Doe, Press Officer, <img src="/img/email-jane.png" alt="E-Mail"></p>'), 'https://acme.example/news/1');
    expect(r.contacts).toEqual([{ name: 'Jane Doe', role: 'Press Officer', organization: expect.any(String), emails: [], phones: [] }]);
    expect(hint(r.signals)).toHaveLength(1);
  });

  it("reads the address from an image's alt text when it holds one", () => {
    const r = extract(page('<p>Media contact: Jane Doe, Press Officer, <img src="/x.png" alt="jane.doe(at)acme.example"></p>'), 'https://acme.example/news/1');
    expect(r.contacts[0]?.emails).toEqual(['jane.doe@acme.example']);
    expect(hint(r.signals)).toHaveLength(0);
  });

  it('ignores an envelope icon inside a link that shows the address', () => {
    const r = extract(
      page('<p>Media contact: Jane Doe, Press Officer, <a href="mailto:jane@acme.example"><img src="/icons/email.svg" alt="email"> jane@acme.example</a></p>'),
      'https://acme.example/news/1',
    );
    expect(r.contacts[0]?.emails).toEqual(['jane@acme.example']);
    expect(hint(r.signals)).toHaveLength(0);
  });

  it('does not invent a contact from a hidden address without a name', () => {
    const r = extract(page('<p>Media contact: [email&#160;protected]</p>'), 'https://acme.example/news/1');
    expect(r.contacts).toEqual([]);
  });
});
