import { describe, expect, it } from 'vitest';
import { extractContacts } from '../../../utils/extract/contacts';
import { textToDocument } from '../../../utils/extract/text-to-document';

const ctx = { url: 'https://example.test/release', language: 'en', issuer: 'Acme Inc.' };

function fromHtml(body: string, lang = 'en'): Document {
  return new DOMParser().parseFromString(`<!DOCTYPE html><html lang="${lang}"><body>${body}</body></html>`, 'text/html');
}

function fromText(text: string): Document {
  return textToDocument(text, () => document.implementation.createHTMLDocument(''));
}

describe('extractContacts: where contacts are', () => {
  it('reads a pipe-separated contact line', () => {
    const doc = fromHtml('<p>Acme ships the widget.</p><p>Contact: Jane Doe | Bright PR | jane@brightpr.com | +1 415 555 0142</p>');
    expect(extractContacts(doc, ctx)).toEqual([
      { name: 'Jane Doe', role: null, organization: 'Bright PR', emails: ['jane@brightpr.com'], phones: ['+14155550142'] },
    ]);
  });

  it('reads a role before the name and decodes mailto links', () => {
    const doc = fromHtml(
      '<h2>Pressekontakt</h2><p>Pressesprecherin: Kathrin Klinkusch</p>' +
        '<p><a href="mailto:presse%40diakonie.example?subject=Anfrage">Mail schreiben</a> · <a href="tel:+493065211780">Anrufen</a></p>',
      'de',
    );
    expect(extractContacts(doc, { ...ctx, language: 'de', issuer: 'Diakonie' })).toEqual([
      { name: 'Kathrin Klinkusch', role: 'Pressesprecherin', organization: 'Diakonie', emails: ['presse@diakonie.example'], phones: ['+493065211780'] },
    ]);
  });

  it('reads a structured sidebar with separate first/last name fields and skips empty labels and faxes', () => {
    const doc = fromHtml(
      '<h2>Kontakt</h2><dl><dt>Vorname:</dt><dd>Frauke</dd><dt>Nachname:</dt><dd>Zelt</dd><dt>Position:</dt><dd>Pressesprecherin</dd>' +
        '<dt>Telefax:</dt><dd>+49 331 866-7018</dd><dt>E-Mail:</dt><dd>pressestelle@&shy;mluk.example.de</dd><dt>Telefon:</dt><dd>+49 331 866-7011</dd></dl>',
      'de',
    );
    expect(extractContacts(doc, { ...ctx, language: 'de', issuer: 'MLUK' })).toEqual([
      { name: 'Frauke Zelt', role: 'Pressesprecherin', organization: 'MLUK', emails: ['pressestelle@mluk.example.de'], phones: ['+493318667011'] },
    ]);
  });

  it('finds a business card without a heading by its press title', () => {
    const doc = fromHtml('<p>Text of the release.</p><div>Miriam Teige</div><div>Pressesprecherin Windkraft</div><div>Telefon:</div><div>+49 711 289-88229</div><div>m.teige@enbw.example</div>', 'de');
    const [c] = extractContacts(doc, { ...ctx, language: 'de', issuer: 'EnBW' });
    expect(c).toMatchObject({ name: 'Miriam Teige', role: 'Pressesprecherin Windkraft', emails: ['m.teige@enbw.example'], phones: ['+4971128988229'] });
  });

  it('keeps the investor contact out when a press contact is named, and labels media and investors', () => {
    const doc = fromHtml(
      '<p>For additional information, please contact:</p><p>Ben Zwirs</p><p>Acme Global Press Office</p><p>Tel.: +31 6 15213446</p><p>E-mail: ben.zwirs@acme.example</p>' +
        '<p>Derya Guzel</p><p>Acme Investor Relations</p><p>Tel.: +31 20 59 77055</p><p>E-mail: derya.guzel@acme.example</p><p>About Acme</p>',
    );
    const contacts = extractContacts(doc, ctx);
    expect(contacts.map((c) => c.name)).toEqual(['Ben Zwirs']);
    expect(contacts[0]?.organization).toBe('Acme Global Press Office');
  });

  it('keeps an investor contact, labelled, when it is the only contact', () => {
    const doc = fromHtml('<p>Investor Relations:</p><p>Philip Taylor, Gilmartin Group</p><p>ir@acme.example</p>');
    expect(extractContacts(doc, ctx)).toEqual([
      { name: 'Philip Taylor', role: 'Investor relations', organization: 'Gilmartin Group', emails: ['ir@acme.example'], phones: [] },
    ]);
  });

  it('drops public lines and the office address box after the press officer', () => {
    const doc = fromHtml(
      '<h2>Ihr Ansprechpartner für Pressefragen</h2><p>Frank Grüneisen</p><p>Tel.:+49 (0)30-212 341-253</p><p>E-Mail: presse@verband.example</p>' +
        '<p>Bundesverband Beispiel e.V.</p><p>EUREF-Campus 16</p><p>10829 Berlin</p><p>info@verband.example</p><p>Tel. +49 30 212341 210</p><p>Fax +49 30 212341 410</p>',
      'de',
    );
    expect(extractContacts(doc, { ...ctx, language: 'de', issuer: 'Bundesverband Beispiel e.V.' })).toEqual([
      // The heading describes the job of the person under it.
      { name: 'Frank Grüneisen', role: 'Ihr Ansprechpartner für Pressefragen', organization: 'Bundesverband Beispiel e.V.', emails: ['presse@verband.example'], phones: ['+4930212341253'] },
    ]);
  });
});

describe('extractContacts: contacts written as sentences', () => {
  it('splits "Name at phone or e-mail"', () => {
    const doc = fromHtml('<p>For more information, contact Jane Doe at (202) 555-0100 or jane@acme.example.</p>');
    expect(extractContacts(doc, ctx)).toEqual([
      { name: 'Jane Doe', role: null, organization: 'Acme Inc.', emails: ['jane@acme.example'], phones: ['+12025550100'] },
    ]);
  });

  it('reads a national number in the country of the contact e-mail when the page names no country', () => {
    const doc = fromHtml('<p>Contact:<br>Jane Doe<br>Phone: 020 7946 0958<br>Email: jane@acme.co.uk</p>');
    expect(extractContacts(doc, { ...ctx, url: 'https://acme.example.com/news' })[0]?.phones).toEqual(['+442079460958']);
    // A page that names its own country keeps it.
    expect(extractContacts(doc, { ...ctx, language: 'en-US' })[0]?.phones).toEqual([]);
  });
});

describe('extractContacts: layouts', () => {
  it('reads label and value cells of a table, leaving the fax out', () => {
    const doc = fromHtml(
      '<h3>Pressekontakt</h3><table><tr><td>Name</td><td>Jana Berger</td></tr><tr><td>Telefon</td><td>030 1234-567</td></tr>' +
        '<tr><td>Fax</td><td>030 1234-599</td></tr><tr><td>E-Mail</td><td>j.berger@firma.example</td></tr></table>',
      'de',
    );
    expect(extractContacts(doc, { ...ctx, language: 'de', issuer: 'Firma' })).toEqual([
      { name: 'Jana Berger', role: null, organization: 'Firma', emails: ['j.berger@firma.example'], phones: ['+49301234567'] },
    ]);
  });

  it('reads a <pre> contact block line by line', () => {
    const doc = fromHtml('<pre>Media Contact:\nJane Doe\nAcme Corp.\n+1 212 555 0199\njane@acme.example\n\nInvestor Contact:\nJohn Roe\nir@acme.example</pre>');
    expect(extractContacts(doc, ctx)).toEqual([
      { name: 'Jane Doe', role: null, organization: 'Acme Corp.', emails: ['jane@acme.example'], phones: ['+12125550199'] },
    ]);
  });

  it('gives each person on one line their own address', () => {
    const doc = fromHtml('<p>Media contacts: Jane Doe, jane@acme.example, and John Roe, john@acme.example</p>');
    expect(extractContacts(doc, ctx).map((c) => [c.name, c.emails])).toEqual([
      ['Jane Doe', ['jane@acme.example']],
      ['John Roe', ['john@acme.example']],
    ]);
  });
});

describe('extractContacts: what is never a contact', () => {
  it('ignores addresses outside a contact block: bylines, footers, newsletter boxes, chrome', () => {
    const doc = fromHtml(
      '<nav><a href="/press">Press contact</a></nav><p class="byline">By Sam Ortega · sortega@courier.example</p>' +
        '<p>Spokesperson Jane Roe said the city would respond.</p><div class="newsletter"><p>Newsletter: news@courier.example</p></div>' +
        '<footer><h4>Contact</h4><p>Courier, 400 River Road, (951) 555-0110, info@courier.example</p></footer>',
    );
    expect(extractContacts(doc, ctx)).toEqual([]);
  });

  it('does not open a block at prose that starts with a cue word', () => {
    const doc = fromHtml('<p>Contacts with the ministry continued through the week.</p><p>Call 555-0100 for tickets.</p><p>Tickets: tickets@venue.example</p>');
    expect(extractContacts(doc, ctx)).toEqual([]);
  });

  it('ignores a witness hotline and a "contact us" box', () => {
    const doc = fromHtml('<p>Witnesses are asked to call the hotline: 0800 110 1111.</p><p>Contact us: info@police.example</p>', 'de');
    expect(extractContacts(doc, { ...ctx, language: 'de' })).toEqual([]);
  });

  it('ignores an imprint-style "Kontakt" box (address and general mailbox only) but keeps the same box under a press cue', () => {
    const box = '<p>Verband XY e.V.<br>Musterstraße 1<br>10115 Berlin<br>Tel. 030 1234567<br>info@verband.example</p>';
    const de = { ...ctx, language: 'de', issuer: null };
    expect(extractContacts(fromHtml(`<p>Text.</p><div class="foot"><h4>Kontakt</h4>${box}</div>`, 'de'), de)).toEqual([]);
    expect(extractContacts(fromHtml(`<p>Text.</p><div><h4>Pressekontakt</h4>${box}</div>`, 'de'), de)).toEqual([
      { name: null, role: null, organization: 'Verband XY e.V.', emails: ['info@verband.example'], phones: ['+49301234567'] },
    ]);
  });

  it('ignores a site-wide "Herausgeber" (publisher) box', () => {
    const doc = fromHtml('<div>Herausgeber:</div><div>Pressestelle des Verbands</div><div>+49 30 284447-42</div><div>pressestelle@verband.example</div>', 'de');
    expect(extractContacts(doc, { ...ctx, language: 'de' })).toEqual([]);
  });
});

describe('extractContacts: plain-text releases', () => {
  it('reads contacts a text export ran together', () => {
    const doc = fromText(
      'Headline\n\nDALLAS -- Acme did a thing.\n\nMedia Contact:\n\nHeather HookKeyCrew Mediaheather@keycrew.co\n\n' +
        'Contact:Kyle LuongStrategy Directorkyle.luong@projectluong.com(346) 708-8241\n\n' +
        'CONTACT: Michael Fernandez 786-924-8330 mfernandez@vmetv.com\n',
    );
    expect(extractContacts(doc, { ...ctx, issuer: null })).toEqual([
      { name: 'Heather Hook', role: null, organization: 'KeyCrew Media', emails: ['heather@keycrew.co'], phones: [] },
      { name: 'Kyle Luong', role: 'Strategy Director', organization: null, emails: ['kyle.luong@projectluong.com'], phones: ['+13467088241'] },
      { name: 'Michael Fernandez', role: null, organization: null, emails: ['mfernandez@vmetv.com'], phones: ['+17869248330'] },
    ]);
  });

  it('reads labelled fields on one line and skips general inquiries', () => {
    const doc = fromText(
      'Media Contact:\n\nName: Serhat Bolukbasi, CEO Phone: 713-766-0908 Email: sbolukbasi@homewatch.example Website: Homewatch\n\n' +
        'Contact:General Inquiriesleadtheway@culturepilot.example(713) 868-4100\n',
    );
    expect(extractContacts(doc, { ...ctx, issuer: 'Homewatch' })).toEqual([
      { name: 'Serhat Bolukbasi', role: 'CEO', organization: 'Homewatch', emails: ['sbolukbasi@homewatch.example'], phones: ['+17137660908'] },
    ]);
  });

  it('reads sub-labels on one line ("Media: … Investors: …")', () => {
    const doc = fromHtml('<p>Contacts: Media: Jane Doe, jane@acme.example, (612) 555-0193; Investors: John Roe, ir@acme.example</p>');
    expect(extractContacts(doc, ctx)).toEqual([
      { name: 'Jane Doe', role: 'Media', organization: 'Acme Inc.', emails: ['jane@acme.example'], phones: ['+16125550193'] },
    ]);
  });
});

describe('extractContacts: hostile pages', () => {
  it('reads nothing from runs built to make patterns backtrack, and still finds the real contact after them', () => {
    const junk = `<p>Contact: x@${'a'.repeat(50_000)}</p><p>Media contact: ${'a.'.repeat(20_000)}@b</p><p>Press contact: ${'7 '.repeat(5_000)}</p><p>Contact: ${'a (at) '.repeat(3_000)}</p>`;
    const doc = fromHtml(`${junk}<h2>Media contact</h2><p>Jane Doe, jane@acme.example</p>`);
    expect(extractContacts(doc, ctx)).toEqual([{ name: 'Jane Doe', role: null, organization: 'Acme Inc.', emails: ['jane@acme.example'], phones: [] }]);
  });

  it('keeps page text out of markup: a name with HTML stays plain text', () => {
    const doc = fromHtml('<h2>Media contact</h2><p>&lt;img src=x onerror=alert(1)&gt; Jane Doe, jane@acme.example</p>');
    for (const c of extractContacts(doc, ctx)) expect(JSON.stringify(c)).not.toContain('<img');
  });
});
