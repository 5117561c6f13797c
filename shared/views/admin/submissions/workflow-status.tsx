import type { Submission } from '../../../storage/types.ts';
import type { WorkflowSnapshot } from '../../../workflow/types.ts';
import { InEnglish } from './staff-text.tsx';

/**
 * A stage's name from the workflow copied into the submission (the route it started on); an id the
 * snapshot does not know is shown as it is rather than failing the page.
 */
export function StageName({
  snapshot,
  stageId,
}: {
  snapshot: WorkflowSnapshot | undefined;
  stageId: string;
}) {
  const stage = snapshot?.stages.find((s) => s.id === stageId);
  return stage ? (
    <InEnglish text={stage.name} fallback={snapshot?.department.language} />
  ) : (
    <span>{stageId}</span>
  );
}

/** Where a submission stands in a few words: its workflow state and, while at a stage, the stage's name. */
export function WorkflowStatus({ submission }: { submission: Pick<Submission, 'workflow'> }) {
  const workflow = submission.workflow;
  if (!workflow) return <>Received (no workflow)</>;
  const { snapshot, state } = workflow;
  switch (state.status) {
    case 'inStage':
      return (
        <>
          In stage: <StageName snapshot={snapshot} stageId={state.stageId} />
        </>
      );
    case 'sentBack':
      return (
        <>
          Sent back by stage: <StageName snapshot={snapshot} stageId={state.stageId} />
        </>
      );
    case 'rejected':
      return (
        <>
          Rejected at stage: <StageName snapshot={snapshot} stageId={state.stageId} />
        </>
      );
    case 'approved':
      return <>Approved</>;
    default:
      return state satisfies never;
  }
}
