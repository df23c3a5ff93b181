import type { TemplateSet } from './types';

// European Portuguese wording, read without trouble in Brazil; "Caro(a)" and "Agradeço" avoid guessing anyone's
// gender. {{deadline}} reads "quinta-feira, 5 de março de 2026".
export const PT: TemplateSet = {
  request: {
    subject: 'Pedido de entrevista: {{headline}}',
    body: [
      'Caro(a) {{contact.name}},',
      '',
      'Chamo-me {{journalist.name}} e escrevo para {{outlet}}. Estou a preparar uma peça sobre «{{headline}}» ({{issuer}}) e gostaria de marcar uma breve entrevista.',
      '',
      'O meu prazo é {{deadline}}. Pode contactar-me através de {{journalist.email}} ou {{journalist.phone}}.',
      '',
      '{{signature}}',
    ].join('\n'),
  },
  'follow-up': {
    subject: 'Seguimento: {{headline}}',
    body: [
      'Caro(a) {{contact.name}},',
      '',
      'Volto a contactá-lo(a) a propósito do meu pedido de entrevista sobre «{{headline}}». O meu prazo para {{outlet}} é {{deadline}}.',
      'Pode contactar-me através de {{journalist.email}} ou {{journalist.phone}}.',
      '',
      '{{signature}}',
    ].join('\n'),
  },
  'thank-you': {
    subject: 'Agradecimento: {{headline}}',
    body: ['Caro(a) {{contact.name}},', '', 'Agradeço o tempo que me dedicou a propósito de «{{headline}}».', '', '{{signature}}'].join('\n'),
  },
};
