import { authoredConsultationSchema } from '../../definition/authored.ts';
import type { Consultation } from '../../definition/schema.ts';
import { draftIssues } from './issues.ts';

/**
 * The draft as the definition to publish, or undefined when it may not be published yet: it has
 * problems the editor shows (draftIssues), does not pass consultationSchema, or names another id
 * than the consultation it is the draft of.
 */
export function publishableDefinition(
  draft: Record<string, unknown>,
  consultationId: string,
): Consultation | undefined {
  if (draftIssues(draft).length > 0) return undefined;
  const parsed = authoredConsultationSchema.safeParse(draft);
  if (!parsed.success || parsed.data.id !== consultationId) return undefined;
  return parsed.data;
}
