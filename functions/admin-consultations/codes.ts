import { can } from '../../shared/admin/roles.ts';
import { formValue } from '../../shared/answers/form-body.ts';
import { codesCsv, generateCodeBatch, withUsedCounts } from '../../shared/participation/code-batches.ts';
import { codeHashCandidates, MAX_CODES_PER_BATCH, normalizeCode } from '../../shared/participation/codes.ts';
import {
  type CodesPageInput,
  codesPath,
  renderCodesPage,
} from '../../shared/views/admin/consultations/codes-page.tsx';
import { staffPageRoute, staffPostRoute } from '../admin/http/index.ts';
import { HttpError } from '../http/http-error.ts';
import { htmlResponse, seeOther } from '../http/responses.ts';
import { formBodyOf } from '../middleware/form-body.ts';
import {
  chromeOf,
  consultationChange,
  type LoadedConsultation,
  loadConsultation,
  workingDraft,
} from './consultation.ts';
import { type AdminConsultationsDeps, MAX_BUTTON_BYTES } from './deps.ts';
import { draftTitle } from './summary.ts';

/** GET /admin/consultations/{id}/codes — the batches with generated, used and voided counts. */
export function codesRoute(deps: AdminConsultationsDeps) {
  return staffPageRoute(deps, 'read').handler(async (event) => {
    const loaded = await loadConsultation(deps, event, 'read');
    const notice = noticeOf(event.queryStringParameters?.done);
    return htmlResponse(200, renderCodesPage(await pageInput(deps, loaded, { notice })), NO_STORE);
  });
}

/**
 * POST /admin/consultations/{id}/codes — generates a batch (`count`, 1 to 10,000). The answer is the
 * only place the codes ever appear: the page listing them with the CSV as a download (`deliver=page`)
 * or the CSV itself as the attachment of this POST (`deliver=csv`); never cached.
 */
export function generateCodesRoute(deps: AdminConsultationsDeps) {
  return staffPostRoute(deps, 'edit', { maxBytes: MAX_BUTTON_BYTES }).handler(async (event) => {
    const loaded = await loadConsultation(deps, event, 'edit');
    const { id, signedIn } = loaded;
    const body = formBodyOf(event);
    const posted = single(formValue(body, 'count')).trim();
    const count = /^\d{1,6}$/.test(posted) ? Number(posted) : Number.NaN;
    if (!(count >= 1 && count <= MAX_CODES_PER_BATCH)) {
      const error = `Enter a whole number from 1 to ${MAX_CODES_PER_BATCH.toLocaleString('en')}`;
      const input = await pageInput(deps, loaded, { generateForm: { value: posted, error } });
      return htmlResponse(400, renderCodesPage(input), NO_STORE);
    }
    const now = deps.now();
    const batch = await generateCodeBatch(deps.codes, {
      consultationId: id,
      count,
      actor: signedIn.member.email,
      now,
      change: (batchId) =>
        consultationChange(
          signedIn,
          id,
          'codesGenerated',
          `Generated ${plural(count)} (batch ${batchId})`,
          now,
        ),
    });
    const csv = codesCsv(id, batch);
    if (single(formValue(body, 'deliver')) === 'csv') {
      return {
        statusCode: 200,
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          // Ids are [a-z0-9-] and ULIDs [0-9A-Z]: safe inside the quoted filename.
          'content-disposition': `attachment; filename="codes-${id}-${batch.batchId}.csv"`,
          ...NO_STORE,
        },
        body: csv,
      };
    }
    const input = await pageInput(deps, loaded, { generated: { ...batch, csv } });
    return htmlResponse(200, renderCodesPage(input), NO_STORE);
  });
}

/**
 * POST /admin/consultations/{id}/codes/void — voids a whole batch (`batch`, its unused codes) or one
 * code typed by hand (`code`). A used code cannot be voided; an unknown one says so (400).
 */
export function voidCodesRoute(deps: AdminConsultationsDeps) {
  return staffPostRoute(deps, 'edit', { maxBytes: MAX_BUTTON_BYTES }).handler(async (event) => {
    const loaded = await loadConsultation(deps, event, 'edit');
    const { id, signedIn } = loaded;
    const body = formBodyOf(event);
    const now = deps.now();
    const batchId = single(formValue(body, 'batch')).trim();
    if (batchId !== '') {
      if (!/^[0-9A-HJKMNP-TV-Z]{26}$/.test(batchId)) throw new HttpError(400, 'Malformed batch id');
      const change = consultationChange(
        signedIn,
        id,
        'codesVoided',
        `Voided the unused codes of batch ${batchId}`,
        now,
      );
      const voided = await deps.codes.repository.voidCodeBatch(id, batchId, change);
      if (voided === undefined) throw new HttpError(404, 'No such batch');
      return seeOther(codesPath(id, `?done=${voided === 0 ? 'none' : 'batch'}`));
    }
    const typed = single(formValue(body, 'code'));
    const symbols = normalizeCode(typed);
    const refuse = async (error: string) =>
      htmlResponse(
        400,
        renderCodesPage(await pageInput(deps, loaded, { voidForm: { value: typed, error } })),
        NO_STORE,
      );
    if (symbols === undefined) return refuse('Enter a code of 12 characters, like K7QD-93MF-X2PA');
    const keyring = await deps.codes.keyring();
    const outcome = await deps.codes.repository.voidCode(
      id,
      codeHashCandidates(keyring, id, symbols),
      // The code itself never goes into the log: the log is readable by every viewer.
      consultationChange(signedIn, id, 'codesVoided', 'Voided one code (typed by hand)', now),
    );
    if (outcome.kind === 'voided') return seeOther(codesPath(id, '?done=code'));
    return refuse(REFUSALS[outcome.reason]);
  });
}

const REFUSALS = {
  unknown: 'No code of this consultation matches what you typed. Check it against the letter.',
  used: 'This code was used already: the answer given with it counts, and the code cannot be voided.',
  voided: 'This code is voided already.',
} as const;

const NO_STORE = { 'cache-control': 'no-store' };

function noticeOf(done: string | undefined): string | undefined {
  switch (done) {
    case 'batch':
      return 'The unused codes of the batch were voided.';
    case 'none':
      return 'That batch had no unused codes left: nothing was voided.';
    case 'code':
      return 'The code was voided.';
    default:
      return undefined;
  }
}

async function pageInput(
  deps: AdminConsultationsDeps,
  loaded: LoadedConsultation,
  extra: Pick<CodesPageInput, 'generated' | 'generateForm' | 'voidForm' | 'notice'>,
): Promise<CodesPageInput> {
  const { id, signedIn, consultation, department } = loaded;
  const [batches, counters] = await Promise.all([
    deps.codes.repository.listCodeBatches(id),
    deps.repository.resultCounts(id),
  ]);
  const draft = workingDraft(consultation).definition;
  const title = draftTitle(draft, id).text;
  return {
    chrome: chromeOf(signedIn, [{ href: `/admin/consultations/${id}`, label: title }]),
    id,
    title,
    asksForCodes: consultation.published?.definition.verification === 'code' || draft.verification === 'code',
    canEdit: can(signedIn.member, 'edit', { department }),
    batches: withUsedCounts(batches, counters),
    ...extra,
  };
}

function single(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

function plural(count: number): string {
  return count === 1 ? '1 code' : `${count.toLocaleString('en')} codes`;
}
