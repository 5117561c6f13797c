import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { Locale } from '../../shared/i18n/locales.ts';
import type { Keyring, LinkClaims } from '../../shared/links/index.ts';
import type { DefinitionCache } from '../../shared/storage/definition-cache.ts';
import { normalApprover } from '../../shared/storage/keys.ts';
import type { Repository } from '../../shared/storage/repository-types.ts';
import type { RecordedDecision } from '../../shared/storage/types.ts';
import type { ReviewContext } from '../../shared/views/index.ts';
import { previewDecision } from '../../shared/workflow/preview.ts';
import type { Approver } from '../../shared/workflow/types.ts';
import { HttpError } from '../http/http-error.ts';
import { requestLocale } from '../http/request-locale.ts';

/** What the approver pages (review, decide, renew) read; GET and HEAD only ever read. */
export interface ReviewDeps {
  repository: Pick<Repository, 'getSubmissionHistory' | 'getDecision'>;
  definitions: Pick<DefinitionCache, 'version'>;
  keyring: () => Promise<Keyring>;
  now: () => Date;
}

/** Where the link's stage round stands for its approver. */
export type ReviewStanding =
  | { kind: 'pending' }
  | { kind: 'decided'; decision: Pick<RecordedDecision, 'decision' | 'comment' | 'at'> }
  /** The round ended (or the submission moved on) without this approver's decision. */
  | { kind: 'closed' };

/** A verified decide link with everything its pages show. */
export interface LoadedReview {
  claims: { consultationId: string; submissionId: string; stageId: string; round: number; approver: string };
  approver: Approver;
  context: ReviewContext;
  standing: ReviewStanding;
}

/**
 * Reads what a decide link points at. The claims name the submission, so a link can never be
 * used on another one; a stage or approver the submission's workflow does not have is a 403.
 */
export async function loadReview(
  deps: ReviewDeps,
  event: APIGatewayProxyEventV2,
  linkClaims: LinkClaims,
): Promise<LoadedReview> {
  const { consultationId, submissionId, stageId, round } = linkClaims;
  if (stageId === undefined || linkClaims.approver === undefined || round === undefined)
    throw new HttpError(403, 'Decide link without stage, approver or round');
  const approverEmail = normalApprover(linkClaims.approver);
  const history = await deps.repository.getSubmissionHistory(consultationId, submissionId);
  const workflow = history?.submission.workflow;
  if (!history || !workflow) throw new HttpError(404, 'No submission with a workflow for this link');
  const { submission, events } = history;
  const definition = await deps.definitions.version(consultationId, submission.definitionVersion);
  if (!definition) throw new HttpError(404, 'The submission’s definition version is missing');
  const stage = workflow.snapshot.stages.find((s) => s.id === stageId);
  const approver = stage?.approvers.find((a) => normalApprover(a.email) === approverEmail);
  if (!stage || !approver) throw new HttpError(403, 'The link’s approver is not in the link’s stage');

  const claims = { consultationId, submissionId, stageId, round, approver: approverEmail };
  const { state } = workflow;
  const current = state.status === 'inStage' && state.stageId === stageId && state.round === round;
  let standing: ReviewStanding;
  const inState = current ? state.decisions[approverEmail] : undefined;
  if (inState) standing = { kind: 'decided', decision: inState };
  else if (current) standing = { kind: 'pending' };
  else {
    // The round is over: the marker tells whether this approver took part in it.
    const recorded = await deps.repository.getDecision(consultationId, submissionId, claims);
    standing = recorded ? { kind: 'decided', decision: recorded } : { kind: 'closed' };
  }
  const locale = reviewLocale(event, definition.languages, approver.language, definition.defaultLanguage);
  const context: ReviewContext = {
    definition,
    submission,
    events,
    stages: workflow.snapshot.stages,
    stage,
    locale,
    preview:
      standing.kind === 'pending' ? previewDecision(workflow.snapshot, state, approverEmail) : undefined,
  };
  return { claims, approver, context, standing };
}

/** `?lang=` among the consultation's languages, else the approver's own language (not the browser's). */
function reviewLocale(
  event: APIGatewayProxyEventV2,
  languages: readonly Locale[],
  preferred: Locale,
  fallback: Locale,
): Locale {
  const own = languages.includes(preferred) ? preferred : fallback;
  const query = event.queryStringParameters?.lang;
  return requestLocale(event, { available: languages, fallback: own, explicit: query, askBrowser: false });
}

/** The link's own path (the token is base64url and a dot, safe in a URL as it is). */
export function reviewPath(token: string, query: Record<string, string>): string {
  const search = new URLSearchParams(query).toString();
  return `/r/${token}${search ? `?${search}` : ''}`;
}
