import type { Locale } from '../../i18n/locales.ts';
import type { WorkflowSnapshot } from '../../workflow/types.ts';
import { textIn } from '../localized.ts';

/**
 * A stage's name in the page language, from the workflow copied into the submission (the route it
 * started on). An id the snapshot does not know is shown as it is rather than failing the page.
 */
export function stageName(snapshot: WorkflowSnapshot | undefined, stageId: string, locale: Locale): string {
  const stage = snapshot?.stages.find((s) => s.id === stageId);
  return stage ? textIn(stage.name, locale) : stageId;
}
