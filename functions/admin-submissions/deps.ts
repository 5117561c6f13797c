import type { StorageRepository } from '../../shared/storage/index.ts';
import type { StaffAuthDeps } from '../admin/http/index.ts';

/** What the inbox reads: the admin items (who may read, state filters) and the submissions. */
export type AdminSubmissionsDeps = StaffAuthDeps & {
  repository: Pick<
    StorageRepository,
    'listSubmissions' | 'getSubmissionHistory' | 'getDefinitionVersion' | 'resultCounts'
  >;
};
