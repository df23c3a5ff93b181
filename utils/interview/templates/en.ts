import type { TemplateSet } from './types';

// The English set is the one PressClip shipped before templates had languages: saved settings compare against it.
export const EN: TemplateSet = {
  request: {
    subject: 'Interview request: {{headline}}',
    body: [
      'Dear {{contact.name}},',
      '',
      'I am {{journalist.name}}, writing for {{outlet}}. I am working on a story about "{{headline}}" ({{issuer}}) and would like to arrange a short interview.',
      '',
      'My deadline is {{deadline}}. You can reach me at {{journalist.email}} or {{journalist.phone}}.',
      '',
      '{{signature}}',
    ].join('\n'),
  },
  'follow-up': {
    subject: 'Following up: {{headline}}',
    body: [
      'Dear {{contact.name}},',
      '',
      'I am following up on my interview request about "{{headline}}". My deadline for {{outlet}} is {{deadline}}.',
      'You can reach me at {{journalist.email}} or {{journalist.phone}}.',
      '',
      '{{signature}}',
    ].join('\n'),
  },
  'thank-you': {
    subject: 'Thank you: {{headline}}',
    body: ['Dear {{contact.name}},', '', 'Thank you for your time on "{{headline}}".', '', '{{signature}}'].join('\n'),
  },
};
