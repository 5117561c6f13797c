import { describe, expect, it } from 'vitest';
import {
  InvalidPublishRequestError,
  PHYSICAL_RESOURCE_ID,
  publishForms,
} from '../../functions/publish-forms/publish.ts';
import { MANAGED_IN_THE_ADMIN } from '../../functions/publish-forms/publish-definitions.ts';
import { PUBLISHER_PROPERTIES } from '../../infra/constructs/form-publisher.ts';
import { formsForDeployment } from '../../infra/stacks/forms-source.ts';
import type { Consultation } from '../../shared/definition/schema.ts';
import { loadSiteSettings, type SiteSettings } from '../../shared/site/index.ts';
import { aConsultation } from '../support/consultation-factory.ts';

/** Records what is published; `managed` are the ids with an admin entry. */
function recordingRepository(managed: readonly string[] = []) {
  const published: Consultation[] = [];
  const logLines: string[] = [];
  const sites: SiteSettings[] = [];
  return {
    published,
    logLines,
    sites,
    siteSettings: {
      async putSiteSettings(settings: SiteSettings) {
        sites.push(settings);
      },
    },
    admin: {
      async getAdminConsultation(consultationId: string) {
        if (!managed.includes(consultationId)) return {};
        const entry = {
          consultationId,
          createdAt: '2026-06-15T10:00:00.000Z',
          createdBy: 'editor@example.org',
          slug: consultationId,
          title: { de: consultationId },
          defaultLanguage: 'de' as const,
        };
        return { entry };
      },
    },
    repository: {
      async publishDefinition(definition: Consultation) {
        published.push(definition);
        return { definition, version: `v-${definition.id}` };
      },
    },
    log: (line: string) => logLines.push(line),
  };
}

function eventFor(requestType: 'Create' | 'Update' | 'Delete', properties: Record<string, unknown>) {
  return {
    RequestType: requestType,
    ResourceProperties: { ServiceToken: 'arn:aws:lambda:x', ...properties },
  };
}

const deployed = formsForDeployment([aConsultation('first'), aConsultation('second')]);
const properties = {
  [PUBLISHER_PROPERTIES.definitions]: deployed.json,
  [PUBLISHER_PROPERTIES.contentHash]: deployed.contentHash,
};

describe('the form publisher', () => {
  it('stores the site settings of the legal pages when the deployment has them', async () => {
    // Prepare
    const site = await loadSiteSettings('forms/site/settings.yaml');
    if (!site.ok) throw new Error('forms/site/settings.yaml is invalid');
    const withSite = formsForDeployment([aConsultation('first')], site.value);
    const recorder = recordingRepository();
    // Act
    await publishForms(
      recorder,
      eventFor('Update', {
        [PUBLISHER_PROPERTIES.definitions]: withSite.json,
        [PUBLISHER_PROPERTIES.contentHash]: withSite.contentHash,
        [PUBLISHER_PROPERTIES.site]: withSite.siteJson,
      }),
    );
    // Assess: stored as validated, and the site is part of the content hash
    expect(recorder.sites).toEqual([site.value]);
    expect(withSite.contentHash).not.toBe(formsForDeployment([aConsultation('first')]).contentHash);
  });

  it('refuses site settings that do not match the schema', async () => {
    const recorder = recordingRepository();
    const event = eventFor('Update', { ...properties, [PUBLISHER_PROPERTIES.site]: '{"operator":{}}' });
    await expect(publishForms(recorder, event)).rejects.toThrow(InvalidPublishRequestError);
    expect(recorder.sites).toEqual([]);
  });

  it.each(['Create', 'Update'] as const)(
    'publishes every definition on %s, in order',
    async (requestType) => {
      const recorder = recordingRepository();

      const response = await publishForms(recorder, eventFor(requestType, properties));

      expect(recorder.published.map((d) => d.id)).toEqual(['first', 'second']);
      expect(recorder.published).toEqual(deployed.definitions);
      expect(response).toEqual({ PhysicalResourceId: PHYSICAL_RESOURCE_ID, Data: { Published: '2' } });
      expect(JSON.parse(recorder.logLines[0] ?? '')).toMatchObject({
        contentHash: deployed.contentHash,
        published: ['first@v-first', 'second@v-second'],
        skipped: [],
      });
    },
  );

  it('skips a consultation managed in the admin, says so, and publishes the others', async () => {
    const recorder = recordingRepository(['first']);

    const response = await publishForms(recorder, eventFor('Update', properties));

    expect(recorder.published.map((d) => d.id)).toEqual(['second']);
    expect(response).toEqual({ PhysicalResourceId: PHYSICAL_RESOURCE_ID, Data: { Published: '1' } });
    expect(JSON.parse(recorder.logLines[0] ?? '')).toMatchObject({
      published: ['second@v-second'],
      skipped: [{ id: 'first', reason: MANAGED_IN_THE_ADMIN }],
    });
    expect(MANAGED_IN_THE_ADMIN).toBe('managed in the admin');
  });

  it('publishes nothing on Delete, even when the old properties no longer validate', async () => {
    const recorder = recordingRepository();

    const response = await publishForms(recorder, eventFor('Delete', { Definitions: 'not json' }));

    expect(recorder.published).toEqual([]);
    expect(response.PhysicalResourceId).toBe(PHYSICAL_RESOURCE_ID);
  });

  it('publishes nothing when one definition is invalid', async () => {
    const recorder = recordingRepository();
    const [first] = JSON.parse(deployed.json);
    const broken = JSON.stringify([first, { ...first, id: 'second', slug: 'second', fields: [] }]);

    const publish = publishForms(recorder, eventFor('Update', { ...properties, Definitions: broken }));

    await expect(publish).rejects.toThrow(InvalidPublishRequestError);
    await expect(publish).rejects.toThrow(/Definitions\[1\]\.fields/);
    expect(recorder.published).toEqual([]);
  });

  it('refuses definitions that are not JSON and events that are not custom resource events', async () => {
    const recorder = recordingRepository();
    await expect(
      publishForms(recorder, eventFor('Create', { ...properties, Definitions: '{oops' })),
    ).rejects.toThrow(/is not JSON/);
    await expect(publishForms(recorder, { RequestType: 'Explode' })).rejects.toThrow(
      InvalidPublishRequestError,
    );
    expect(recorder.published).toEqual([]);
  });

  it('refuses a missing content hash', async () => {
    const { [PUBLISHER_PROPERTIES.contentHash]: _omitted, ...withoutHash } = properties;
    await expect(publishForms(recordingRepository(), eventFor('Create', withoutHash))).rejects.toThrow(
      /ContentHash/,
    );
  });
});
