import { describe, expect, it } from 'vitest';
import { contactToVCard, contactsToVCards, escapeText, foldLine } from '../../../utils/interview/vcard';
import { csvCell, logToCsv, LOG_CSV_COLUMNS } from '../../../utils/interview/csv';
import { makeEntry } from '../triage/make-entry';

describe('vCard 4.0', () => {
  it('writes a card with escaped values and CRLF lines', () => {
    const card = contactToVCard(
      { name: 'Novak, Jana', role: 'Head of Media; EMEA', organization: 'Acme\\Corp', emails: ['press@acme.example'], phones: ['+4934112345678', '0800 ACME'] },
      { headline: 'Plant opens', issuer: 'Acme' },
    );
    expect(card).toBe(
      [
        'BEGIN:VCARD',
        'VERSION:4.0',
        'FN:Novak\\, Jana',
        'KIND:individual',
        'ORG:Acme\\\\Corp',
        'TITLE:Head of Media\\; EMEA',
        'EMAIL;TYPE=work:press@acme.example',
        'TEL;VALUE=uri;TYPE=work:tel:+4934112345678',
        'TEL;VALUE=text;TYPE=work:0800 ACME',
        'NOTE:Media contact for: Plant opens — Acme',
        'END:VCARD',
        '',
      ].join('\r\n'),
    );
  });

  it('escapes line breaks so a value cannot start a new property', () => {
    expect(escapeText('A\nEND:VCARD\r\nBEGIN:VCARD')).toBe('A\\nEND:VCARD\\nBEGIN:VCARD');
    const card = contactToVCard({ name: 'X\nEMAIL:evil@x.example', role: null, organization: null, emails: [], phones: [] });
    expect(card.split('\r\n').filter((l) => l.startsWith('EMAIL'))).toEqual([]);
  });

  it('folds long lines at 75 octets without splitting characters', () => {
    const folded = foldLine(`NOTE:${'ü'.repeat(60)}`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBe(2);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(`NOTE:${'ü'.repeat(60)}`);
  });

  it('names a contact without a name after the organisation or address', () => {
    const cards = contactsToVCards([
      { name: null, role: null, organization: 'Acme', emails: [], phones: [] },
      { name: null, role: null, organization: null, emails: ['a@b.example'], phones: [] },
    ]);
    expect(cards.split('\r\n').filter((l) => l.startsWith('FN:'))).toEqual(['FN:Acme', 'FN:a@b.example']);
  });
});

describe('CSV', () => {
  it('quotes per RFC 4180 and guards against formula injection', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('=HYPERLINK("http://evil.example","x")')).toBe(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csvCell('+49 30 1234')).toBe("'+49 30 1234");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell(null)).toBe('');
  });

  it('writes a header and one CRLF row per entry', () => {
    const entry = makeEntry('e1', { tags: ['a', 'b'], record: { headline: '=cmd|"/c calc"!A1' } });
    const csv = logToCsv([entry]);
    const rows = csv.split('\r\n');
    expect(rows[0]).toBe(LOG_CSV_COLUMNS.join(','));
    expect(rows[1]).toMatch(/^e1,new,normal,"'=cmd\|""\/c calc""!A1",Acme Corp,2026-03-03,"Leipzig, Germany",en,,,,a; b,/);
    expect(rows[1]).toContain('"Jana Novak, Head of Media Relations, Acme Corp, press@acme.example, +4934112345678"');
    expect(rows[2]).toBe('');
  });
});
