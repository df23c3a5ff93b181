// One language's three emails. Plain data (no zod here), so the defaults load wherever templates are filled.
export interface Template {
  subject: string;
  body: string;
}

export type TemplateSet = Readonly<Record<'request' | 'follow-up' | 'thank-you', Template>>;
