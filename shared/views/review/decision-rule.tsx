import type { Decision } from '../../definition/workflow-schema.ts';
import { formatNumber } from '../../i18n/format.ts';
import { type ReviewMessages, reviewMessagesFor } from '../../i18n/review/messages.ts';
import type { DecisionEffect, DecisionPreview } from '../../workflow/preview.ts';
import { textIn } from '../localized.ts';
import type { ReviewContext } from './review-context.ts';

/** Id of the text under a decision's radio button that says what choosing it causes. */
export const effectId = (decision: Decision): string => `f-decision-${decision}-effect`;

/**
 * The stage's rule in words, the counts of the round so far (names only where the stage's
 * `showNames` allows) and, per the stage's options, when rejections and send-backs decide.
 */
export function DecisionRule({ context, preview }: { context: ReviewContext; preview: DecisionPreview }) {
  const { stage, stages, locale } = context;
  const m = reviewMessagesFor(locale).decisionRule;
  const { tally } = preview;
  const count = { needed: tally.needed, approvers: tally.approvers };
  const offers = (decision: Decision) => stage.decisions.includes(decision);
  const returnTo = typeof stage.onReject === 'object' ? stage.onReject.returnTo : undefined;
  const target = stages.find((s) => s.id === returnTo);
  const rows: [string, number][] = [[m.tally.approve, tally.approve]];
  if (offers('reject')) rows.push([m.tally.reject, tally.reject]);
  if (offers('sendBack')) rows.push([m.tally.sendBack, tally.sendBack]);
  rows.push([m.tally.pending, tally.pending]);
  const outcomes = reviewMessagesFor(locale).outcomes;
  return (
    <section aria-labelledby="review-rule">
      <h2 id="review-rule">{m.heading}</h2>
      <p>
        <strong class="rule">{m.needed[preview.rule](count)}</strong>
      </p>
      {(offers('reject') || offers('sendBack')) && <p>{m.against[preview.rule](count)}</p>}
      {offers('reject') && offers('sendBack') && <p>{m.split}</p>}
      {target && offers('reject') && <p>{m.returnsTo({ stage: textIn(target.name, locale) })}</p>}
      <h3 id="review-tally">{m.tallyHeading}</h3>
      <dl class="answers tally">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{formatNumber(locale, value)}</dd>
          </div>
        ))}
      </dl>
      {preview.names && (
        <>
          <h3>{m.namesHeading}</h3>
          <ul class="names">
            {preview.names.map((person) => (
              <li key={person.name}>
                <bdi>{person.name}</bdi>: {person.decision ? outcomes[person.decision] : m.pendingName}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** The sentence for what `decision` would cause, as the engine previewed it. */
export function effectText(
  context: ReviewContext,
  decision: Decision,
  effect: DecisionEffect | undefined,
): string | undefined {
  if (!effect) return undefined;
  const m: ReviewMessages['effect'] = reviewMessagesFor(context.locale).effect;
  const stageName = (id: string) => {
    const stage = context.stages.find((s) => s.id === id);
    return stage ? textIn(stage.name, context.locale) : id;
  };
  switch (effect.kind) {
    case 'counted':
      return m.counted[decision];
    case 'advanced':
      return m.advanced({ stage: stageName(effect.stageId) });
    case 'approved':
      return m.approved;
    // Only decisions against the submission can reject, return or send it back (rule.ts).
    case 'rejected':
      return decision === 'approve' ? undefined : m.rejected[decision];
    case 'returned':
      return decision === 'approve' ? undefined : m.returned[decision]({ stage: stageName(effect.stageId) });
    case 'sentBack':
      return decision === 'approve' ? undefined : m.sentBack[decision];
    default:
      return effect satisfies never;
  }
}
