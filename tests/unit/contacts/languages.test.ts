import { describe, expect, it } from 'vitest';
import { extractContacts } from '../../../utils/extract/contacts';

// One contact block per cue-table language, in the shapes those newsrooms use.
function contacts(lang: string, url: string, body: string) {
  const doc = new DOMParser().parseFromString(`<!DOCTYPE html><html lang="${lang}"><body><p>Text.</p>${body}</body></html>`, 'text/html');
  return extractContacts(doc, { url, language: lang, issuer: null }).map(({ name, role, emails, phones }) => ({ name, role, emails, phones }));
}

describe('contact blocks across languages', () => {
  it('fr: "Contact presse :" with dash-separated fields', () => {
    expect(contacts('fr', 'https://www.exemple.fr/cp', '<p>Contact presse : Marie Dupont – 01 23 45 67 89 – marie.dupont@exemple.fr</p>')).toEqual([
      { name: 'Marie Dupont', role: null, emails: ['marie.dupont@exemple.fr'], phones: ['+33123456789'] },
    ]);
  });

  it('es: "Contacto de prensa" heading', () => {
    expect(contacts('es', 'https://www.ejemplo.es/np', '<h3>Contacto de prensa</h3><p>Laura García<br>Directora de Comunicación<br>Tel.: +34 91 123 45 67<br>lgarcia@ejemplo.es</p>')).toEqual([
      { name: 'Laura García', role: 'Directora de Comunicación', emails: ['lgarcia@ejemplo.es'], phones: ['+34911234567'] },
    ]);
  });

  it('it: "Ufficio stampa" with tel. and cell.', () => {
    expect(contacts('it', 'https://www.esempio.it/cs', '<p><b>Ufficio stampa</b></p><p>Giulia Rossi<br>tel. 06 1234 5678<br>cell. 333 123 4567<br>giulia.rossi@esempio.it</p>')).toEqual([
      { name: 'Giulia Rossi', role: 'Ufficio stampa', emails: ['giulia.rossi@esempio.it'], phones: ['+390612345678', '+393331234567'] },
    ]);
  });

  it('nl: "Perscontact" with T/F/E letters, fax left out', () => {
    expect(contacts('nl', 'https://www.voorbeeld.nl/pb', '<p>Perscontact</p><p>Jan de Vries<br>Woordvoerder<br>T +31 20 123 4567<br>F +31 20 123 4599<br>E jan.devries@voorbeeld.nl</p>')).toEqual([
      { name: 'Jan de Vries', role: 'Woordvoerder', emails: ['jan.devries@voorbeeld.nl'], phones: ['+31201234567'] },
    ]);
  });

  it('pt-BR: "Assessoria de imprensa:" with a Brazilian mobile', () => {
    expect(contacts('pt-BR', 'https://www.exemplo.com.br/release', '<p>Assessoria de imprensa: Ana Souza – (11) 98765-4321 – ana.souza@exemplo.com.br</p>')).toEqual([
      { name: 'Ana Souza', role: null, emails: ['ana.souza@exemplo.com.br'], phones: ['+5511987654321'] },
    ]);
  });

  it('de-AT: "Rückfragehinweis" with an academic title and a national mobile', () => {
    expect(contacts('de', 'https://www.beispiel.at/pa', '<p>Rückfragehinweis:<br>Mag. Eva Huber<br>Pressesprecherin<br>Tel.: +43 1 234 56 78-12<br>Mobil: 0664 123 45 67<br>eva.huber@beispiel.at</p>')).toEqual([
      { name: 'Mag. Eva Huber', role: 'Pressesprecherin', emails: ['eva.huber@beispiel.at'], phones: ['+431234567812', '+436641234567'] },
    ]);
  });

  it('en: Business Wire "Contacts / Media: / Investors:" keeps the media contact', () => {
    expect(contacts('en', 'https://www.example.com/x', '<p>Contacts</p><p>Media:<br>Jane Doe, 212-555-0199<br>jane@acme.com</p><p>Investors:<br>John Roe, 212-555-0100<br>ir@acme.com</p>')).toEqual([
      { name: 'Jane Doe', role: 'Media', emails: ['jane@acme.com'], phones: ['+12125550199'] },
    ]);
  });

  it('en: a list of press officers, each on one line', () => {
    expect(contacts('en-GB', 'https://www.example.org.uk/x', '<p>Press contacts</p><ul><li>Tom Baker — Senior Press Officer — +44 20 7946 0958 — tom.baker@example.org.uk</li><li>Amy Lee — Press Officer (out of hours: 07911 123456) — amy.lee@example.org.uk</li></ul>')).toEqual([
      { name: 'Tom Baker', role: 'Senior Press Officer', emails: ['tom.baker@example.org.uk'], phones: ['+442079460958'] },
      { name: 'Amy Lee', role: 'Press Officer', emails: ['amy.lee@example.org.uk'], phones: ['+447911123456'] },
    ]);
  });
});
