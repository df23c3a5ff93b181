import { describe, expect, it } from 'vitest';
import { addressSpellsWholeName, isPersonName, isPersonNameOrAddressed, nameInProse, splitLeadingName } from '../../../utils/extract/contacts/names';
import { isOrganization, isRole, knownOrganizationMatch, splitTitleAndBody } from '../../../utils/extract/contacts/roles';

describe('isPersonName', () => {
  it.each(['Olivia Miller', 'Dr. Daniel Giese', 'Gediminas VILKAS', 'Thomas B. Heacock', 'Karen McCook', 'Karen Ehrhardt-Dreier', 'Felix Hälbich', 'Tomás DE LA FUENTE', 'Ursula von der Leyen', 'Prof. Dr. Martin Gerlach', 'J. Robert Klein Jr.', 'Jeroen Bakker', 'Anna Brand', 'Oliver West'])(
    'accepts %s',
    (name) => expect(isPersonName(name)).toBe(true),
  );

  it.each(['Press Office', 'Bateman Group', 'IHR ANSPRECHPARTNER', 'Media Contact', 'Contact data', 'Stiftung Jugend forscht e. V.', 'Pressesprecherin', 'Reinhardtstraße 13', 'Olivia', 'jane doe', 'Communications Director', 'Email Us Here', 'Senior Science', 'Global Media'])(
    'rejects %s',
    (text) => expect(isPersonName(text)).toBe(false),
  );
});

describe('splitLeadingName', () => {
  it('splits a name off run-together text', () => {
    expect(splitLeadingName('Heather HookKeyCrew Media')).toEqual(['Heather Hook', 'KeyCrew Media']);
    expect(splitLeadingName('Kyle LuongStrategy Director')).toEqual(['Kyle Luong', 'Strategy Director']);
    expect(splitLeadingName('Shane Devenish Canadian RV Association', (rest) => isOrganization(rest, null, []))).toEqual(['Shane Devenish', 'Canadian RV Association']);
  });

  it('leaves an organization whole', () => {
    expect(splitLeadingName('Stonegate Capital Partners', (rest) => isOrganization(rest, null, []))).toBeNull();
    expect(splitLeadingName('Stadtwerke Havelland GmbH', () => true, false)).toBeNull();
  });
});

describe('a name its address spells', () => {
  it('takes the address as a second source for a name no list knows or a surname that is a place', () => {
    expect(addressSpellsWholeName('kemaris.jacobs@x.example', 'Kemaris Jacobs')).toBe(true);
    expect(addressSpellsWholeName('kjacobs@x.example', 'Dr. Kemaris Jacobs')).toBe(true);
    expect(addressSpellsWholeName('devinen.brink@x.example', 'Devinen van de Brink')).toBe(true);
    expect(addressSpellsWholeName('gatien.paris@x.example', 'Gatien W. Paris')).toBe(true);
    expect(addressSpellsWholeName('press@x.example', 'Kemaris Jacobs')).toBe(false);
    expect(isPersonName('Gatien W. Paris')).toBe(false);
    expect(isPersonNameOrAddressed('Gatien W. Paris', ['gatien.paris@x.example'])).toBe(true);
    // An office spelled by its address is still no person.
    expect(isPersonNameOrAddressed('Media Relations', ['media.relations@x.example'])).toBe(false);
    expect(isPersonName('Fieke Hendriks-de Lange')).toBe(true);
  });
});

describe('roles and organizations', () => {
  it('tells a title from an organization', () => {
    expect(isRole('Press Officer')).toBe(true);
    expect(isRole('Pressesprecherin des Deutschen Caritasverbandes')).toBe(true);
    expect(isRole('Chief Financial Officer')).toBe(true);
    expect(isOrganization('Bateman Group', null, [])).toBe(true);
    expect(isOrganization('Philips Global Press Office', null, [])).toBe(true);
    expect(isOrganization('Havas Formula', null, ['havasformula.com'])).toBe(true);
    expect(isOrganization('Springer Nature', 'Springer Nature', [])).toBe(true);
    expect(isOrganization('Communications Director', null, [])).toBe(false);
  });

  it('splits a title from the body it works at at a link word only when that body is known', () => {
    const issuer = 'Kessler Fördertechnik GmbH';
    const known = (rest: string) => knownOrganizationMatch(rest, issuer, ['kessler-foerdertechnik.example']);
    const split = (text: string) => splitTitleAndBody(text, () => false, known);
    expect(split('Pressesprecherin der Kessler Fördertechnik GmbH')).toEqual(['Pressesprecherin', 'Kessler Fördertechnik GmbH']);
    expect(split('Chargée de communication chez Kessler Fördertechnik')).toEqual(['Chargée de communication', 'Kessler Fördertechnik']);
    expect(split('addetto stampa presso Kessler Fördertechnik GmbH')).toEqual(['addetto stampa', 'Kessler Fördertechnik GmbH']);
    // A unit of the body is part of the title; one word of the issuer is not the issuer.
    expect(split('Leiter der Abteilung Kommunikation')).toBeNull();
    expect(knownOrganizationMatch('Ayuntamiento', 'Ayuntamiento de Villaverde', [])).toBe(0);
    expect(split('Jefe de Prensa de Kessler Fördertechnik GmbH')).toEqual(['Jefe de Prensa', 'Kessler Fördertechnik GmbH']);
  });
});

describe('nameInProse', () => {
  it.each([
    ["contact Jane Doe in the university's Office of Communications at", 'Jane Doe'],
    ['Reporters seeking more information should email Jane Doe at', 'Jane Doe'],
    ['Jane Doe, a spokesperson for the university, can be reached at', 'Jane Doe'],
    ['Für Rückfragen steht Ihnen Anna Berger', 'Anna Berger'],
    ['Members of the media may contact Anna M. Berger at', 'Anna M. Berger'],
    ['To arrange an interview with Dr. Alan Brooks, contact Olivia Miller', 'Olivia Miller'],
    ['please contact J. Robert Klein at', 'J. Robert Klein'],
    ['Voor meer informatie kunt u contact opnemen met Jeroen Bakker', 'Jeroen Bakker'],
    ['Reporters can reach Siobhan Kelly at', 'Siobhan Kelly'],
  ])('finds the name in %j', (text, name) => {
    expect(nameInProse(text)).toBe(name);
  });

  it.each([
    'To arrange an interview with Professor Brooks',
    'the Northfield University Jane Building at',
    'visit Mary Street Park or call',
    'About Acme Robotics',
    'contact Nature Microbiology press office at',
  ])('finds no person in %j', (text) => {
    expect(nameInProse(text)).toBeNull();
  });
});
