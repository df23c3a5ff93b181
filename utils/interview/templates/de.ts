import type { TemplateSet } from './types';

// "Guten Tag" rather than "Sehr geehrte/r": it needs no guess at the contact's gender. {{deadline}} reads
// "Donnerstag, 5. März 2026", hence "am".
export const DE: TemplateSet = {
  request: {
    subject: 'Interviewanfrage: {{headline}}',
    body: [
      'Guten Tag {{contact.name}},',
      '',
      'mein Name ist {{journalist.name}}, ich schreibe für {{outlet}}. Ich arbeite an einem Beitrag zu „{{headline}}“ ({{issuer}}) und würde gern ein kurzes Interview vereinbaren.',
      '',
      'Mein Redaktionsschluss ist am {{deadline}}. Sie erreichen mich unter {{journalist.email}} oder {{journalist.phone}}.',
      '',
      '{{signature}}',
    ].join('\n'),
  },
  'follow-up': {
    subject: 'Nachfrage: {{headline}}',
    body: [
      'Guten Tag {{contact.name}},',
      '',
      'ich komme auf meine Interviewanfrage zu „{{headline}}“ zurück. Mein Redaktionsschluss für {{outlet}} ist am {{deadline}}.',
      'Sie erreichen mich unter {{journalist.email}} oder {{journalist.phone}}.',
      '',
      '{{signature}}',
    ].join('\n'),
  },
  'thank-you': {
    subject: 'Vielen Dank: {{headline}}',
    body: ['Guten Tag {{contact.name}},', '', 'vielen Dank für Ihre Zeit zu „{{headline}}“.', '', '{{signature}}'].join('\n'),
  },
};
