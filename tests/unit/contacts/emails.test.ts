import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { findEmails } from '../../../utils/extract/contacts/emails';
import { deobfuscateEmails } from '../../../utils/extract/contacts/obfuscated-email';

const emails = (text: string) => findEmails(text).map((e) => e.email);

describe('deobfuscateEmails', () => {
  it.each([
    ['presse(at)jugend-forscht.de', 'presse@jugend-forscht.de'],
    ['support [at] fairkom.eu', 'support@fairkom.eu'],
    ['name (at) domain (dot) org', 'name@domain.org'],
    ['j.weber [at] stadtwerke-havelland [dot] de', 'j.weber@stadtwerke-havelland.de'],
    ['info{at}verein.de', 'info@verein.de'],
    ['kontakt(ät)firma.de', 'kontakt@firma.de'],
    ['pressestelle@\u00ADmluk.brandenburg.de', 'pressestelle@mluk.brandenburg.de'],
    ['a\u200Bb@exam\u200Dple.org', 'ab@example.org'],
    ['presse(a)stadt-musterhausen.de', 'presse@stadt-musterhausen.de'],
    ['jane.porter at riverbend dot gov dot uk', 'jane.porter@riverbend.gov.uk'],
  ])('%s → %s', (input, output) => {
    expect(deobfuscateEmails(input)).toBe(output);
  });

  it('leaves prose alone', () => {
    expect(deobfuscateEmails('Meet us (at) the fair')).toBe('Meet us (at) the fair');
    expect(deobfuscateEmails('the (dot) com era')).toBe('the (dot) com era');
    expect(deobfuscateEmails('We met at the fair and at the town hall.')).toBe('We met at the fair and at the town hall.');
    expect(deobfuscateEmails('see section (a) of the contract.')).toBe('see section (a) of the contract.');
  });
});

describe('findEmails', () => {
  it('finds plain and obfuscated addresses in a line', () => {
    expect(emails('E-Mail: k.brandt(at)stadtwerke.de, Tel. 030 1234')).toEqual(['k.brandt@stadtwerke.de']);
    expect(emails('Write to jane@acme.com or press@acme.co.uk.')).toEqual(['jane@acme.com', 'press@acme.co.uk']);
  });

  it('separates addresses that a text export ran into the words around them', () => {
    expect(emails('Heather HookKeyCrew Mediaheather@keycrew.co')).toEqual(['heather@keycrew.co']);
    // The glued word ends the organization's name that the domain spells.
    expect(emails('Lumen Griddana.whitfield@lumengrid.example')).toEqual(['dana.whitfield@lumengrid.example']);
    expect(emails('Kestrel PRomar@kestrelpr.example')).toEqual(['omar@kestrelpr.example']);
    expect(emails('Contact:Kyle LuongStrategy Directorkyle.luong@projectluong.com(346) 708-8241')).toEqual(['kyle.luong@projectluong.com']);
    expect(emails('Public Relations:Jennifer Horton, Relevancejennifer@relevance.com')).toEqual(['jennifer@relevance.com']);
    expect(emails('Media Contact:Karen McCook(888)-270-8102admissions@northstar.com')).toEqual(['admissions@northstar.com']);
    expect(emails('E-Mail: info@biostemtech.comX: @BSEM_Tech')).toEqual(['info@biostemtech.com']);
  });

  it('keeps capitals that belong to the address', () => {
    expect(emails('Mathilde.Langendorf@caritas.de')).toEqual(['Mathilde.Langendorf@caritas.de']);
    expect(emails('John Arnst: John.Arnst@heart.org')).toEqual(['John.Arnst@heart.org']);
  });

  it('ignores social handles and returns only what z.email() accepts', () => {
    expect(emails('Twitter account: @EP_Regional')).toEqual([]);
    const found = emails('a@b.co x..y@bad..org -lead@ok.org');
    for (const e of found) expect(z.email().safeParse(e).success).toBe(true);
  });
});
