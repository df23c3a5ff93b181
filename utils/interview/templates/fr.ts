import type { TemplateSet } from './types';

// "Bonjour" needs no guess at the contact's gender (unlike "Madame"/"Monsieur"). {{deadline}} reads
// "jeudi 5 mars 2026", hence "le".
export const FR: TemplateSet = {
  request: {
    subject: 'Demande d’interview : {{headline}}',
    body: [
      'Bonjour {{contact.name}},',
      '',
      'Je suis {{journalist.name}}, journaliste pour {{outlet}}. Je prépare un article sur « {{headline}} » ({{issuer}}) et souhaiterais convenir d’une courte interview.',
      '',
      'Mon bouclage est prévu le {{deadline}}. Vous pouvez me joindre à {{journalist.email}} ou au {{journalist.phone}}.',
      '',
      '{{signature}}',
    ].join('\n'),
  },
  'follow-up': {
    subject: 'Relance : {{headline}}',
    body: [
      'Bonjour {{contact.name}},',
      '',
      'Je me permets de revenir vers vous au sujet de ma demande d’interview concernant « {{headline}} ». Mon bouclage pour {{outlet}} est prévu le {{deadline}}.',
      'Vous pouvez me joindre à {{journalist.email}} ou au {{journalist.phone}}.',
      '',
      '{{signature}}',
    ].join('\n'),
  },
  'thank-you': {
    subject: 'Merci : {{headline}}',
    body: ['Bonjour {{contact.name}},', '', 'Merci beaucoup pour le temps que vous m’avez accordé au sujet de « {{headline}} ».', '', '{{signature}}'].join('\n'),
  },
};
