import type { CodeBatchDeps } from '../../shared/participation/code-batches.ts';
import type { StorageRepository } from '../../shared/storage/index.ts';
import type { StaffAuthDeps } from '../admin/http/index.ts';

/** What the consultation routes of the admin UI need: staff auth, the admin items and published versions. */
export type AdminConsultationsDeps = StaffAuthDeps & {
  repository: Pick<StorageRepository, 'getDefinitionVersion' | 'resultCounts'>;
  /** Participation codes: their store and the PARTICIPATION keyring that hashes them. */
  codes: CodeBatchDeps;
};

/** The largest edit POST: a whole section of a big consultation in eight languages fits many times over. */
export const MAX_EDIT_BYTES = 256 * 1024;
/** A create POST, with a pasted or uploaded YAML definition. */
export const MAX_CREATE_BYTES = 256 * 1024;
/** The small POSTs: publish, close, reopen, department (a token and a field or two). */
export const MAX_BUTTON_BYTES = 16 * 1024;
