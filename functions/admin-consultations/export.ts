import { exportYaml } from '../../shared/admin/draft/index.ts';
import { DEFINITION_VERSION_PATTERN } from '../../shared/storage/index.ts';
import { staffPageRoute } from '../admin/http/index.ts';
import { HttpError } from '../http/http-error.ts';
import { loadConsultation, workingDraft } from './consultation.ts';
import type { AdminConsultationsDeps } from './deps.ts';

/**
 * GET /admin/consultations/{id}/export[?version=<v>] — the draft (or a published version) as a YAML
 * file that `forms:check` accepts and that parses back to the same consultation.
 */
export function exportRoute(deps: AdminConsultationsDeps) {
  return staffPageRoute(deps, 'read').handler(async (event) => {
    const { id, consultation } = await loadConsultation(deps, event, 'read');
    const version = event.queryStringParameters?.version;
    let definition: Record<string, unknown>;
    if (version === undefined) definition = workingDraft(consultation).definition;
    else {
      const stored = DEFINITION_VERSION_PATTERN.test(version)
        ? await deps.repository.getDefinitionVersion(id, version)
        : undefined;
      if (!stored) throw new HttpError(404, 'No such version of this consultation');
      definition = stored;
    }
    return {
      statusCode: 200,
      headers: {
        'content-type': 'application/yaml; charset=utf-8',
        // The id is [a-z0-9-] only (checked by the route), so it is safe inside the quoted filename.
        'content-disposition': `attachment; filename="${id}.yaml"`,
      },
      body: exportYaml(definition),
    };
  });
}
