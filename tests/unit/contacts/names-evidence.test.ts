import { describe, expect, it } from 'vitest';
import { isGivenName } from '../../../utils/extract/contacts/given-names';
import { isPersonName, splitTrailingName, startsWithGivenName } from '../../../utils/extract/contacts/names';
import { isOrganization, isRole } from '../../../utils/extract/contacts/roles';
import { splitRunTogether } from '../../../utils/extract/contacts/run-together';
import { lineFields } from '../../../utils/extract/contacts/fields';

describe('given names', () => {
  it('knows given names of several languages, hyphenated ones too', () => {
    for (const n of ['Olivia', 'jörg', 'María', 'Katarzyna', 'Anna-Lena', 'Jean-Pierre']) expect(isGivenName(n), n).toBe(true);
    for (const n of ['Pressestelle', 'Polizeipräsidium', 'Sociedad']) expect(isGivenName(n), n).toBe(false);
  });

  it('tells which of two name-like pieces starts with one', () => {
    expect(startsWithGivenName('Ian A. Northon')).toBe(true);
    expect(startsWithGivenName('Sociedad Anónima de Capital Variable')).toBe(false);
  });
});

describe('person names', () => {
  it.each([
    'Olivia Miller', 'Anna M. Berger', 'Dana Reyes, Ph.D.', "JOHN O'NEILL", 'SCHMIDT Anna', 'Zoë Dupré-Laurent',
    'María José García-Rodríguez de la Fuente', 'Dr. Jens Weber', '王丽',
  ])('%s is a name', (name) => expect(isPersonName(name)).toBe(true));

  it.each([
    'Polizeipräsidium Mittelfranken', 'Haus der Wissenschaft', 'Landratsamt Musterkreis', 'Town Hall Press Office',
    'PRESS OFFICE', 'Pressesprecherin', '新闻发言人',
  ])('%s is not a name', (text) => expect(isPersonName(text)).toBe(false));

  it('is an organization when it names an office or a building', () => {
    expect(isOrganization('Polizeipräsidium Mittelfranken', null, [])).toBe(true);
    expect(isOrganization('Haus der Wissenschaft', null, [])).toBe(true);
  });

  it('splits a name off the title before it', () => {
    const label = (head: string) => isRole(head);
    expect(splitTrailingName('Pressesprecherin Dr. Anna Berger', label)).toEqual(['Pressesprecherin', 'Dr. Anna Berger']);
    expect(splitTrailingName('Press Officer Olivia Miller', label)).toEqual(['Press Officer', 'Olivia Miller']);
    expect(splitTrailingName('Head of Corporate Communications', label)).toBeNull();
  });

  it('reads roles in the cue languages, Polish and Swedish included', () => {
    for (const r of ['Rzecznik prasowy', 'presschef', 'responsable de comunicación', 'relations de presse']) expect(isRole(r), r).toBe(true);
  });
});

describe('run-together contact lines', () => {
  it('cuts a glued wire block back into its fields', () => {
    expect(
      splitRunTogether('Media Relations contactChristine PreyerDirector Communications & PRPhone: +49 (0)175 64 59 192Email: press@auto1-group.com'),
    ).toEqual(['Media Relations contact', 'Christine Preyer', 'Director Communications & PR', 'Phone: +49 (0)175 64 59 192', 'Email: press@auto1-group.com']);
  });

  it('leaves words with inner capitals and addresses alone', () => {
    const line = 'Contact Karen McCook at the iPhone store of PRNewswire, 555-123-4567 or MediaRelations@acme.com today.';
    expect(splitRunTogether(line)).toEqual([line]);
  });
});

describe('hidden addresses', () => {
  it.each(['[email protected]', '[email\u00a0protected]', 'This email address is being protected from spambots. You need JavaScript enabled to view it.'])(
    'marks %s as a hidden address, not as text',
    (marker) => {
      const fields = lineFields(`Olivia Miller, Communications Coordinator: ${marker}`, 'US');
      expect(fields.items.some((i) => i.kind === 'hidden')).toBe(true);
      expect(fields.items.filter((i) => i.kind === 'piece').map((i) => i.text)).toEqual(['Olivia Miller', 'Communications Coordinator']);
    },
  );
});
