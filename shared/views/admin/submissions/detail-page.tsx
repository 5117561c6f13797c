import type { AnswerValue } from '../../../answers/types.ts';
import {
  type Consultation,
  type InputField,
  isInputField,
  type Localized,
} from '../../../definition/schema.ts';
import { displayAnswer } from '../../../email/answer-rows.ts';
import { ENGLISH_NAMES, htmlLang, type Locale } from '../../../i18n/locales.ts';
import { reviewMessagesFor } from '../../../i18n/review/messages.ts';
import type { SubmissionHistory, SubmissionWorkflow } from '../../../storage/types.ts';
import type { RenderedPage } from '../../document.tsx';
import { langIfDifferent, textIn } from '../../localized.ts';
import { type AdminChrome, renderAdminPage } from '../layout.tsx';
import { StaffTime } from '../staff-time.tsx';
import { AuditTrail } from './audit-trail.tsx';
import { inboxPath } from './inbox-filter.ts';
import { InEnglish, staffLocale } from './staff-text.tsx';
import { SUBMISSIONS_STYLE } from './submissions-style.ts';
import { StageName, WorkflowStatus } from './workflow-status.tsx';

export interface SubmissionDetailPageInput {
  chrome: AdminChrome;
  consultationId: string;
  /** The consultation's current title, for the way back. */
  title: Localized;
  /** The definition version the submission was made with: its labels name the answers. */
  definition: Consultation;
  history: SubmissionHistory;
}

/**
 * One submission for staff: reference, time, language and definition version, every answer under
 * the label the resident saw (personal answers marked), where the workflow stands and the audit trail.
 */
export function renderSubmissionDetailPage(input: SubmissionDetailPageInput): RenderedPage {
  const { chrome, consultationId, definition, history } = input;
  const { submission, events } = history;
  const consultationPath = `/admin/consultations/${encodeURIComponent(consultationId)}`;
  const title = `Submission ${submission.reference}`;
  return renderAdminPage({
    title,
    chrome: {
      ...chrome,
      section: 'consultations',
      breadcrumbs: [
        { href: '/admin/consultations', label: 'Consultations' },
        { href: consultationPath, label: textIn(input.title, 'en') || consultationId },
        { href: inboxPath(consultationId, { status: 'all' }), label: 'Submissions' },
      ],
    },
    styles: [SUBMISSIONS_STYLE],
    children: (
      <>
        <p class="lead">
          <InEnglish text={input.title} />
        </p>
        <h1>{title}</h1>
        <dl class="summary-list" id="submission-summary">
          <dt>Reference</dt>
          <dd class="reference">{submission.reference}</dd>
          <dt>Submitted (Berlin time)</dt>
          <dd>
            <StaffTime iso={submission.submittedAt} />
          </dd>
          <dt>Language</dt>
          <dd>{ENGLISH_NAMES[submission.locale]}</dd>
          <dt>Definition version</dt>
          <dd>
            <code>{submission.definitionVersion}</code>
          </dd>
          <dt>Submission id</dt>
          <dd>
            <code>{submission.id}</code>
          </dd>
        </dl>
        <Answers definition={definition} history={history} />
        {submission.workflow && <WorkflowState workflow={submission.workflow} />}
        <AuditTrail events={events} snapshot={submission.workflow?.snapshot} />
      </>
    ),
  });
}

/** Free text is in the resident's language; option labels and the rest in the labels' language. */
const FREE_TEXT: ReadonlySet<InputField['type']> = new Set(['text', 'textarea']);

/** The answers in form order under their labels (of the submission's own version), personal ones marked. */
function Answers({ definition, history }: { definition: Consultation; history: SubmissionHistory }) {
  const { submission } = history;
  const labels = staffLocale(definition);
  const rows = definition.fields.filter(isInputField).flatMap((field) => {
    const personal = Object.hasOwn(submission.personal, field.id);
    const value: AnswerValue | undefined = personal
      ? submission.personal[field.id]
      : submission.answers[field.id];
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return [];
    return [{ field, value, personal: personal || field.personal === true }];
  });
  const valueLang = (field: InputField): Locale => (FREE_TEXT.has(field.type) ? submission.locale : labels);
  return (
    <section aria-labelledby="answers-heading">
      <h2 id="answers-heading">Answers</h2>
      {rows.length === 0 ? (
        <p>The submission has no answers (personal answers are deleted after the retention period).</p>
      ) : (
        <table class="table" id="answers">
          <caption>Answers with the labels of version {submission.definitionVersion}</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Answer</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ field, value, personal }) => (
              <tr key={field.id} data-field={field.id}>
                <th scope="row">
                  <span lang={langIfDifferent(labels, 'en')}>{textIn(field.label, labels)}</span>
                  {personal && <strong class="tag tag-personal">Personal data</strong>}
                </th>
                <td lang={htmlLang(valueLang(field)) === 'en' ? undefined : htmlLang(valueLang(field))}>
                  <p class="comment">{displayAnswer(field, value, labels)}</p>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

const review = reviewMessagesFor('en');

/** Where the workflow stands: status and stage, since when, the round, a comment and this round's decisions. */
function WorkflowState({ workflow }: { workflow: SubmissionWorkflow }) {
  const { state, snapshot } = workflow;
  const since = state.status === 'inStage' ? state.enteredAt : state.at;
  const decisions = state.status === 'inStage' ? Object.entries(state.decisions) : [];
  return (
    <section aria-labelledby="workflow-heading">
      <h2 id="workflow-heading">Workflow</h2>
      <dl class="summary-list" id="workflow-state">
        <dt>Status</dt>
        <dd>
          <WorkflowStatus submission={{ workflow }} />
        </dd>
        <dt>Since</dt>
        <dd>
          <StaffTime iso={since} />
        </dd>

        {(state.status === 'inStage' || state.status === 'sentBack') && (
          <>
            <dt>Round</dt>
            <dd>{state.round}</dd>
          </>
        )}
        {(state.status === 'sentBack' || state.status === 'rejected') && (
          <>
            <dt>Comment</dt>
            <dd>
              <p class="comment">{state.comment}</p>
            </dd>
          </>
        )}
      </dl>
      {state.status === 'inStage' && (
        <table class="table" id="stage-decisions">
          <caption>
            Decisions so far at stage <StageName snapshot={snapshot} stageId={state.stageId} /> (round{' '}
            {state.round})
          </caption>
          <thead>
            <tr>
              <th scope="col">Approver</th>
              <th scope="col">Decision</th>
              <th scope="col">Time (Berlin)</th>
            </tr>
          </thead>
          <tbody>
            {snapshot.stages
              .find((stage) => stage.id === state.stageId)
              ?.approvers.map((approver) => {
                const decided = decisions.find(([email]) => email === approver.email.toLowerCase())?.[1];
                return (
                  <tr key={approver.email}>
                    <th scope="row">
                      {approver.name} ({approver.email})
                    </th>
                    <td>{decided ? review.outcomes[decided.decision] : 'Not yet decided'}</td>
                    <td>{decided && <StaffTime iso={decided.at} />}</td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      )}
    </section>
  );
}
