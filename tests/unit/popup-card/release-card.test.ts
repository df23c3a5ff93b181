import { afterEach, describe, expect, it, vi } from 'vitest';
import { releaseCard } from '../../../components/popup-card/release-card';
import { confidenceChip } from '../../../components/popup-card/confidence-chip';
import { sampleRecord } from '../log/sample';

const hostile = '<img src=x onerror="globalThis.__pwned=1">';

describe('release card', () => {
  it('shows headline, issuer · date · dateline, contacts with compose/call links, and the text slot', () => {
    const record = sampleRecord({
      contacts: [{ name: 'Jane Roe', role: 'Press officer', organization: 'Acme', emails: ['press@acme.example'], phones: ['+4930652111780'] }],
    });
    const card = releaseCard(record, () => null);
    document.body.replaceChildren(card);
    expect(card.querySelector('h2')!.textContent).toBe('Acme opens a plant in Leipzig');
    const meta = card.querySelector('.card-meta')!.textContent!;
    expect(meta.startsWith('Acme Corp. · ')).toBe(true);
    expect(meta.endsWith(' · LEIPZIG, Germany')).toBe(true);
    const links = [...card.querySelectorAll('.reach a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['press@acme.example', 'mailto:press@acme.example'],
      ['+49 30 652111780', 'tel:+4930652111780'],
    ]);
    expect(card.querySelectorAll('.reach .copy')).toHaveLength(2);
  });

  it('puts page text in as text only', () => {
    const record = sampleRecord({ headline: hostile, summary: hostile, issuer: hostile, contacts: [{ name: hostile, role: hostile, organization: null, emails: [], phones: [hostile] }] });
    const card = releaseCard(record, () => null);
    expect(card.querySelector('img')).toBeNull();
    expect(card.querySelector('h2')!.textContent).toBe(hostile);
    expect(card.querySelector('.contact-name')!.textContent).toBe(hostile);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows an embargo chip with its countdown, and the caller\'s per-contact action', () => {
    // The clock stands still: with a running clock, a test that took no millisecond saw "3h 00m".
    vi.useFakeTimers({ now: new Date('2026-03-03T09:00:00Z'), toFake: ['Date'] });
    const until = new Date(Date.now() + 3 * 3600_000 - 30_000).toISOString();
    const action = document.createElement('button');
    const card = releaseCard(sampleRecord({ embargo: { until, text: 'EMBARGOED' } }), (_c, i) => (i === 0 ? action : null));
    expect(card.querySelector('.chip.embargo')!.textContent).toMatch(/^Embargoed: 2h 5\dm · /);
    expect(card.querySelector('.contact-card')!.contains(action)).toBe(true);
  });

  it('collapses a long summary and opens it on demand', () => {
    const card = releaseCard(sampleRecord({ summary: 'word '.repeat(80).trim() }), () => null);
    const summary = card.querySelector('.summary')!;
    const more = card.querySelector<HTMLButtonElement>('.summary-block button')!;
    expect(summary.classList.contains('clamped')).toBe(true);
    more.click();
    expect(summary.classList.contains('clamped')).toBe(false);
    expect(more.getAttribute('aria-expanded')).toBe('true');
  });
});

describe('confidence chip', () => {
  it('reads "Press release · 65% · why?" and opens the reasons under it', () => {
    const box = confidenceChip(true, 0.65, ['Dateline', hostile]);
    const chip = box.querySelector('button')!;
    expect(chip.textContent).toMatch(/^Press release · 65\s?% · why\?$/);
    const reasons = box.querySelector<HTMLElement>('.signals')!;
    expect(reasons.hidden).toBe(true);
    chip.click();
    expect(reasons.hidden).toBe(false);
    expect(chip.getAttribute('aria-expanded')).toBe('true');
    expect([...reasons.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Dateline', hostile]);
  });
});
