import { describe, expect, it } from 'vitest';
import { extractContacts } from '../../../utils/extract/contacts';
import { extract } from '../../../utils/extract/extract';
import { PressReleaseSchema } from '../../../utils/schema/record';

// extract()'s deadline reaches inside the contact reader (issue 3: a 100 000-link page once overran the budget
// because the deadline was only checked between fields).

const ctx = { url: 'https://example.test/release', language: 'en', issuer: 'Acme Inc.' };

function page(links: number, filler: number): Document {
  const nav = Array.from({ length: links }, (_, i) => `<a href="/item/${i}">Item ${i}</a>`).join(' ');
  const paras = Array.from({ length: filler }, (_, i) => `<p>Paragraph ${i} of the story about the new widget.</p>`).join('');
  return new DOMParser().parseFromString(
    `<!DOCTYPE html><html lang="en"><body><div>${nav}</div><h1>Acme ships the widget</h1>${paras}` +
      '<p>Media Contact: Jane Doe | Bright PR | jane@brightpr.com | +1 415 555 0142</p></body></html>',
    'text/html',
  );
}

describe('contact reader deadline', () => {
  it('reads the contact when there is time', () => {
    expect(extractContacts(page(2000, 500), ctx).map((c) => c.name)).toEqual(['Jane Doe']);
  });

  it('is asked inside the link and line loops and stops there', () => {
    let asked = 0;
    const contacts = extractContacts(page(2000, 500), { ...ctx, late: () => ++asked > 3 });
    expect(asked).toBeGreaterThan(3);
    expect(contacts).toEqual([]);
  });

  it('extract() marks the record partial when the deadline passes while contacts are read', () => {
    const doc = page(2000, 500);
    let clock = 0;
    let contactsStarted = false;
    // Time stands still until the contact reader's first check, then jumps past the budget.
    const rec = PressReleaseSchema.parse(
      extract(doc, 'https://example.test/release', {
        budgetMs: 1500,
        now: () => {
          if (new Error().stack?.includes('contact')) contactsStarted = true;
          return contactsStarted ? (clock += 10_000) : clock;
        },
      }),
    );
    expect(contactsStarted).toBe(true);
    expect(rec.signals.at(-1)).toMatch(/Stopped early/);
    expect(rec.contacts).toEqual([]);
  });
});
