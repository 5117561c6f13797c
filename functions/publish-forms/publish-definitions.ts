import type { Consultation } from '../../shared/definition/schema.ts';
import type { AdminRepository } from '../../shared/storage/admin-types.ts';
import type { Repository } from '../../shared/storage/repository-types.ts';

/** Why a file was not published: staff edit this consultation in the admin now. */
export const MANAGED_IN_THE_ADMIN = 'managed in the admin';

export interface PublishDefinitionsDependencies {
  repository: Pick<Repository, 'publishDefinition'>;
  /** getAdminConsultation reads by key only (GetItem), within the publisher's 'publish' grant. */
  admin: Pick<AdminRepository, 'getAdminConsultation'>;
}

export interface PublishDefinitionsResult {
  /** `<id>@<version>` of each definition published, in order. */
  published: string[];
  skipped: { id: string; reason: typeof MANAGED_IN_THE_ADMIN }[];
}

/**
 * Publishes the definitions of forms/*.yaml, the one rule of both the deploy-time publisher and the
 * local platform: a consultation with an admin entry (created by the first save, import or change of
 * department in the admin) is managed in the admin, so its file is skipped instead of silently
 * replacing what staff published; every other definition is published as before (idempotent).
 * One after the other: a failure names the form, and nothing after it is half-published.
 */
export async function publishDefinitions(
  deps: PublishDefinitionsDependencies,
  definitions: readonly Consultation[],
): Promise<PublishDefinitionsResult> {
  const published: string[] = [];
  const skipped: PublishDefinitionsResult['skipped'] = [];
  for (const definition of definitions) {
    const { entry } = await deps.admin.getAdminConsultation(definition.id);
    if (entry) {
      skipped.push({ id: definition.id, reason: MANAGED_IN_THE_ADMIN });
      continue;
    }
    const { version } = await deps.repository.publishDefinition(definition);
    published.push(`${definition.id}@${version}`);
  }
  return { published, skipped };
}
