import { reviewMessagesFor } from '../../../i18n/review/messages.ts';
import type { AuditEvent } from '../../../storage/types.ts';
import type { Actor, WorkflowSnapshot } from '../../../workflow/types.ts';
import { StaffTime } from '../staff-time.tsx';
import { StageName } from './workflow-status.tsx';

// The approvers' English wording of events and decisions: staff and approvers read the same history.
const review = reviewMessagesFor('en');

/** Who acted, as staff may see it: approvers by address (unlike the submitter's and approvers' pages). */
function actorText(actor: Actor): string {
  switch (actor.kind) {
    case 'approver':
      return actor.email;
    case 'submitter':
      return 'Submitter';
    case 'system':
      return 'System (automatic)';
    default:
      return actor satisfies never;
  }
}

/**
 * A submission's audit trail for staff, oldest first: every stored event with its time, actor,
 * stage, decision and comment, reminders included (staff need to see that approvers were chased).
 */
export function AuditTrail({
  events,
  snapshot,
}: {
  events: readonly AuditEvent[];
  snapshot: WorkflowSnapshot | undefined;
}) {
  return (
    <section aria-labelledby="audit-heading">
      <h2 id="audit-heading">Audit trail</h2>
      {events.length === 0 ? (
        <p>No workflow events are recorded for this submission.</p>
      ) : (
        <table class="table" id="audit-trail">
          <caption>Events, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Time (Berlin)</th>
              <th scope="col">Event</th>
              <th scope="col">Actor</th>
              <th scope="col">Stage</th>
              <th scope="col">Decision</th>
              <th scope="col">Comment</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event, index) => (
              <tr key={`${event.version}-${index}`}>
                <td>
                  <StaffTime iso={event.at} />
                </td>
                <th scope="row">{review.events[event.event]}</th>
                <td>{actorText(event.actor)}</td>
                <td>
                  {event.stageId !== undefined && <StageName snapshot={snapshot} stageId={event.stageId} />}
                  {event.round !== undefined && ` (round ${event.round})`}
                </td>
                <td>{event.decision && review.outcomes[event.decision]}</td>
                <td>{event.comment !== undefined && <p class="comment">{event.comment}</p>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
