import { describe, expect, it } from 'vitest';
import { namesPressFunction, officeBeforeBody } from '../../../utils/extract/contacts/units';

describe('namesPressFunction', () => {
  it.each([
    ['Presse- und Öffentlichkeitsarbeit', true],
    ['Office of Communications, Stadtwerke Talheim', true],
    ['Service de presse', true],
    // A sentence, data, a company: no press office's card.
    ['Wir ermöglichen Kommunikation.', false],
    ['Pressestelle: 0511 120-1234', false],
    ['Berger Communications GmbH', false],
  ])('%s → %s', (line, expected) => {
    expect(namesPressFunction(line)).toBe(expected);
  });
});

describe('officeBeforeBody', () => {
  it.each([
    ['Gabinete de Comunicación del Ministerio de Vivienda', { office: 'Gabinete de Comunicación', body: 'Ministerio de Vivienda' }],
    ['Pressestelle der Stadtwerke Talheim', { office: 'Pressestelle', body: 'Stadtwerke Talheim' }],
    // No press office before the link word.
    ['Ayuntamiento de Villaverde', null],
  ])('%s', (label, expected) => {
    expect(officeBeforeBody(label)).toEqual(expected);
  });
});
