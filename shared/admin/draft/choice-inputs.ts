import { formValue, formValues } from '../../answers/form-body.ts';
import type { FormBody } from '../../answers/types.ts';
import { isRecord } from './path.ts';

/*
 * The few inputs of the editor that choose between shapes rather than fill in a value: a stage's
 * rule (`any`, `all` or `{ quorum: N }`), its `onReject` (`end` or `{ returnTo: <stage> }`), a
 * field's condition (none, or `{ field, equals }`) and the optional submitter notification. A plain
 * draft-path input cannot say "remove this block" or "this word or that block", so these post under
 * their own names and applyEditorInputs writes the chosen shape after readDraftForm (form-codec.ts).
 * The views name their inputs with the functions below, so the names are written in one place.
 */

/** The rule select of stage `i`: any | all | quorum. */
export const ruleInput = (i: number) => `_rule.${i}`;
/** The quorum number of stage `i` (used when its rule is quorum). */
export const quorumInput = (i: number) => `_quorum.${i}`;
/** The rejection select of stage `i`: `end` or `returnTo:<stage id>`. */
export const onRejectInput = (i: number) => `_onReject.${i}`;
/** The condition select of field `i`: empty (always shown) or the id of an earlier choice field. */
export const showIfFieldInput = (i: number) => `_showIf.${i}`;
/** The answers of the condition of field `i` (checkboxes, one per value of the chosen field). */
export const showIfEqualsInput = (i: number) => `_showIfEquals.${i}`;
/** The submitter notification: empty (the format's default), `true` or `false`. */
export const NOTIFY_SUBMITTER_INPUT = '_notifySubmitter';
/** The `_action` of the "Remove the workflow" button (the draft actions know only stages). */
export const REMOVE_WORKFLOW_ACTION = 'removeWorkflow';

const INDEXED = /^_(rule|quorum|onReject|showIf|showIfEquals)\.(0|[1-9][0-9]{0,3})$/;

/** Writes the shapes chosen with the inputs above into a copy of the draft; other inputs are not read. */
export function applyEditorInputs(draft: Record<string, unknown>, body: FormBody): Record<string, unknown> {
  const next = structuredClone(draft);
  const text = (name: string) => {
    const value = formValue(body, name);
    return (typeof value === 'string' ? value : (value?.[value.length - 1] ?? '')).trim();
  };
  const indexes = (kind: string) =>
    Object.keys(body).flatMap((name) => {
      const match = INDEXED.exec(name);
      return match?.[1] === kind ? [Number(match[2])] : [];
    });

  const stages = listIn(recordIn(next.workflow)?.stages);
  for (const i of indexes('rule')) {
    const stage = recordIn(stages?.[i]);
    if (!stage) continue;
    const rule = text(ruleInput(i));
    if (rule === 'quorum') {
      const quorum = text(quorumInput(i));
      // An unreadable number stays as typed so the validation can say what is wrong with it.
      stage.rule = quorum === '' ? 'quorum' : { quorum: /^\d{1,4}$/.test(quorum) ? Number(quorum) : quorum };
    } else if (rule !== '') stage.rule = rule;
  }
  for (const i of indexes('onReject')) {
    const stage = recordIn(stages?.[i]);
    if (!stage) continue;
    const choice = text(onRejectInput(i));
    if (choice.startsWith('returnTo:')) stage.onReject = { returnTo: choice.slice('returnTo:'.length) };
    else if (choice !== '') stage.onReject = choice;
  }

  const fields = listIn(next.fields);
  for (const i of indexes('showIf')) {
    const field = recordIn(fields?.[i]);
    if (!field) continue;
    const target = text(showIfFieldInput(i));
    if (target === '') {
      delete field.showIf;
      continue;
    }
    const equals = formValues(body, showIfEqualsInput(i)).filter((value) => value !== '');
    const previous = recordIn(field.showIf);
    // Changing the field keeps no answers of the old one: they are not its options.
    const kept = previous?.field === target ? equals : [];
    field.showIf = { field: target, equals: kept.length === 1 ? kept[0] : kept };
  }

  if (Object.hasOwn(body, NOTIFY_SUBMITTER_INPUT)) {
    const workflow = recordIn(next.workflow);
    const choice = text(NOTIFY_SUBMITTER_INPUT);
    if (workflow) {
      const notify = recordIn(workflow.notify) ?? {};
      if (choice === 'true' || choice === 'false') notify.submitter = choice === 'true';
      else delete notify.submitter;
      workflow.notify = notify;
    }
  }
  return next;
}

function recordIn(value: unknown): Record<string, unknown> | undefined {
  return isRecord(value) ? value : undefined;
}

function listIn(value: unknown): unknown[] | undefined {
  return Array.isArray(value) ? value : undefined;
}
