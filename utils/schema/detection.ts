import { z } from 'zod';

// What the every-page content script reports: cheap evidence, no extracted fields.
export const DetectionSchema = z.object({
  isPressRelease: z.boolean(),
  score: z.number().min(0).max(1),
  signals: z.array(z.string().max(300)).max(50),
  // The detector gave up within its time budget (a huge or self-rewriting page).
  incomplete: z.boolean().default(false),
});
export type Detection = z.infer<typeof DetectionSchema>;
