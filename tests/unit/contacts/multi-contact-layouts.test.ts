import { describe, expect, it } from 'vitest';
import { BlockReader } from '../../../utils/extract/contacts/block-reader';
import { lineFields } from '../../../utils/extract/contacts/fields';
import { deobfuscateEmails } from '../../../utils/extract/contacts/obfuscated-email';
import { isAgencyName, isOrganization, isRole } from '../../../utils/extract/contacts/roles';
import { splitGluedCue } from '../../../utils/extract/contacts/run-together';
import { isPersonName } from '../../../utils/extract/contacts/names';

// The pieces behind the multi-contact fixtures (tests/fixtures/contacts-multi-*): each is a general layout of
// a contact list that lost people before.

function read(lines: string[], issuer: string | null = null) {
  const reader = new BlockReader({ issuer, country: 'US', countryGuessed: true }, 0, 'media');
  let dangling = null;
  for (const l of lines) dangling = reader.line(l, dangling).dangling;
  return reader.finish().map((d) => ({ name: d.name, org: d.organization, emails: d.emails, phones: d.phones }));
}

describe('contact lists with several people', () => {
  it('reads people named in a sentence, joined by connector words of the page language', () => {
    const drafts = read(["contact Sarah O'Neill on +44 20 7946 0123 or sarah@trust.example, or James Roe on +44 20 7946 0456 or james@trust.example"]);
    expect(drafts.map((d) => [d.name, d.emails])).toEqual([
      ["Sarah O'Neill", ['sarah@trust.example']],
      ['James Roe', ['james@trust.example']],
    ]);
  });

  it('keeps "on" inside a title when no number or address follows it', () => {
    const pieces = lineFields('Head of Research on Climate, jane@x.example', 'US').items.filter((i) => i.kind === 'piece');
    expect(pieces.map((p) => p.text)).toEqual(['Head of Research on Climate']);
  });

  it('starts a contact of its own at "the press office" after a person', () => {
    const drafts = read(['Jane Doe on +1 617 555 0123, or the press office on +1 617 555 0100 or press@acme.example']);
    expect(drafts.map((d) => d.name)).toEqual(['Jane Doe', null]);
    expect(drafts[1]?.emails).toEqual(['press@acme.example']);
  });

  it('does not let a table header row name the first cell after it', () => {
    const drafts = read(['Name', 'Organisation', 'Phone', 'E-mail', 'Jane Doe', 'Acme Robotics', '+1 617 555 0123', 'jane@acme.example', 'Tom Berger', 'Berger PR', '+1 212 555 0199', 'tom@berger.example']);
    expect(drafts.map((d) => [d.name, d.org])).toEqual([
      ['Jane Doe', 'Acme Robotics'],
      ['Tom Berger', 'Berger PR'],
    ]);
  });

  it('splits a name glued to the issuer, but never a name out of the issuer itself', () => {
    expect(read(['Jane Doe Acme Robotics +1 617 555 0123 jane@acme.example'], 'Acme Robotics')[0]).toMatchObject({ name: 'Jane Doe', org: 'Acme Robotics' });
    expect(read(['Daniel Reyes', 'Green River Alliance', 'Phone: (303) 555-0147'], 'Green River Alliance')[0]).toMatchObject({ name: 'Daniel Reyes', org: 'Green River Alliance' });
  });

  it('reads "Doe, Jane" as a name written surname first', () => {
    expect(read(['Doe, Jane — +1 617 555 0123 — jane@acme.example'])[0]?.name).toBe('Jane Doe');
    // Two surnames, or a place and a name, stay apart.
    expect(read(['Berlin, Mitte — +49 30 1234567'])[0]?.name).toBeNull();
  });
});

describe('agencies named after their founder', () => {
  it.each(['Chen Communications', 'Berger PR', 'Smith Public Relations'])('%s is an organization', (t) => {
    expect(isAgencyName(t)).toBe(true);
    expect(isRole(t)).toBe(false);
    expect(isOrganization(t, null, [])).toBe(true);
  });
  it.each(['Corporate Communications', 'Head of Communications', 'Director Communications', 'Media Relations'])('%s stays a title', (t) => {
    expect(isAgencyName(t)).toBe(false);
    expect(isRole(t)).toBe(true);
  });
});

describe('plain-text wires that lost their line breaks', () => {
  it('cuts a press-contact label glued to the sentence before it and the value after it', () => {
    expect(splitGluedCue('Acme builds robots. Visit www.acme.example.Media ContactsJane Doe')).toEqual([
      'Acme builds robots. Visit www.acme.example.',
      'Media ContactsJane Doe',
    ]);
  });
  it('leaves prose and addresses alone', () => {
    expect(splitGluedCue('Please call our media contacts for details.')).toEqual(['Please call our media contacts for details.']);
    expect(splitGluedCue('Write to MediaContacts@acme.example today')).toEqual(['Write to MediaContacts@acme.example today']);
  });
  it('reads "name @ domain" with spaces as an address', () => {
    expect(deobfuscateEmails('jane.doe @ acme.example')).toBe('jane.doe@acme.example');
    expect(deobfuscateEmails('Meet us @ the fair')).toBe('Meet us @ the fair');
  });
});

describe('Japanese contacts', () => {
  it('reads a Japanese name with a space, never a title or unit', () => {
    expect(isPersonName('山田 花子')).toBe(true);
    expect(isPersonName('広報部長')).toBe(false);
    expect(isPersonName('株式会社')).toBe(false);
  });
  it('reads labels with a full-width colon', () => {
    const f = lineFields('TEL：03-6555-0123', 'JP');
    expect(f.phones).toEqual(['+81365550123']);
  });
});
