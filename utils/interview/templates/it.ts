import type { TemplateSet } from './types';

// "Gentile" is the same for any gender; Lei throughout. {{deadline}} reads "giovedì 5 marzo 2026".
export const IT: TemplateSet = {
  request: {
    subject: 'Richiesta di intervista: {{headline}}',
    body: [
      'Gentile {{contact.name}},',
      '',
      'sono {{journalist.name}} e scrivo per {{outlet}}. Sto lavorando a un articolo su «{{headline}}» ({{issuer}}) e vorrei fissare una breve intervista.',
      '',
      'La mia scadenza è {{deadline}}. Può contattarmi all’indirizzo {{journalist.email}} o al numero {{journalist.phone}}.',
      '',
      '{{signature}}',
    ].join('\n'),
  },
  'follow-up': {
    subject: 'Sollecito: {{headline}}',
    body: [
      'Gentile {{contact.name}},',
      '',
      'torno a scriverLe in merito alla mia richiesta di intervista su «{{headline}}». La mia scadenza per {{outlet}} è {{deadline}}.',
      'Può contattarmi all’indirizzo {{journalist.email}} o al numero {{journalist.phone}}.',
      '',
      '{{signature}}',
    ].join('\n'),
  },
  'thank-you': {
    subject: 'Grazie: {{headline}}',
    body: ['Gentile {{contact.name}},', '', 'La ringrazio per il tempo che mi ha dedicato a proposito di «{{headline}}».', '', '{{signature}}'].join('\n'),
  },
};
