import type { TemplateSet } from './types';

// "Beste" is the usual neutral opening; u throughout. {{deadline}} reads "donderdag 5 maart 2026".
export const NL: TemplateSet = {
  request: {
    subject: 'Interviewverzoek: {{headline}}',
    body: [
      'Beste {{contact.name}},',
      '',
      'Ik ben {{journalist.name}} en schrijf voor {{outlet}}. Ik werk aan een artikel over ‘{{headline}}’ ({{issuer}}) en zou graag een kort interview afspreken.',
      '',
      'Mijn deadline is {{deadline}}. U kunt mij bereiken via {{journalist.email}} of {{journalist.phone}}.',
      '',
      '{{signature}}',
    ].join('\n'),
  },
  'follow-up': {
    subject: 'Herinnering: {{headline}}',
    body: [
      'Beste {{contact.name}},',
      '',
      'Graag kom ik terug op mijn interviewverzoek over ‘{{headline}}’. Mijn deadline voor {{outlet}} is {{deadline}}.',
      'U kunt mij bereiken via {{journalist.email}} of {{journalist.phone}}.',
      '',
      '{{signature}}',
    ].join('\n'),
  },
  'thank-you': {
    subject: 'Bedankt: {{headline}}',
    body: ['Beste {{contact.name}},', '', 'Hartelijk dank voor uw tijd rond ‘{{headline}}’.', '', '{{signature}}'].join('\n'),
  },
};
