import type { TemplateSet } from './types';

// Usted throughout, "Estimado/a" for an unknown gender. {{deadline}} reads "jueves 5 de marzo de 2026", hence "el".
export const ES: TemplateSet = {
  request: {
    subject: 'Solicitud de entrevista: {{headline}}',
    body: [
      'Estimado/a {{contact.name}}:',
      '',
      'Soy {{journalist.name}} y escribo para {{outlet}}. Estoy preparando una información sobre «{{headline}}» ({{issuer}}) y me gustaría concertar una breve entrevista.',
      '',
      'Mi plazo de entrega es el {{deadline}}. Puede contactarme en {{journalist.email}} o en el {{journalist.phone}}.',
      '',
      '{{signature}}',
    ].join('\n'),
  },
  'follow-up': {
    subject: 'Seguimiento: {{headline}}',
    body: [
      'Estimado/a {{contact.name}}:',
      '',
      'Le escribo de nuevo en relación con mi solicitud de entrevista sobre «{{headline}}». Mi plazo de entrega para {{outlet}} es el {{deadline}}.',
      'Puede contactarme en {{journalist.email}} o en el {{journalist.phone}}.',
      '',
      '{{signature}}',
    ].join('\n'),
  },
  'thank-you': {
    subject: 'Gracias: {{headline}}',
    body: ['Estimado/a {{contact.name}}:', '', 'Muchas gracias por su tiempo en relación con «{{headline}}».', '', '{{signature}}'].join('\n'),
  },
};
