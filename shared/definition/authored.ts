import { compilePattern } from './pattern.ts';
import { consultationSchema } from './schema.ts';

/**
 * The check of a definition as staff write it (forms:check, the deploy-time publisher, the admin's
 * issues and publish): consultationSchema plus what needs the pattern engine, RE2 (pattern.ts):
 * a pattern it cannot compile in linear time is refused at its `regex`. Stored definitions passed
 * this when they were published, so reading them needs only consultationSchema, and functions that
 * never validate a definition or an answer do not carry RE2 (about 150 KB).
 */
export const authoredConsultationSchema = consultationSchema.superRefine((definition, ctx) => {
  definition.fields.forEach((field, i) => {
    if (field.type !== 'text' || !field.pattern) return;
    const compiled = compilePattern(field.pattern.regex);
    if (!compiled.ok)
      ctx.addIssue({ code: 'custom', path: ['fields', i, 'pattern', 'regex'], message: compiled.problem });
  });
});
