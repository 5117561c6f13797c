import * as z from 'zod';
import { authoredConsultationSchema } from '../../shared/definition/authored.ts';
import { siteSettingsSchema } from '../../shared/site/schema.ts';
import type { SiteSettingsStore } from '../../shared/storage/site-settings.ts';
import { type PublishDefinitionsDependencies, publishDefinitions } from './publish-definitions.ts';

/** Stable: an Update keeps the resource, so CloudFormation never sends a Delete after a change. */
export const PHYSICAL_RESOURCE_ID = 'mitwirken-published-forms';

const definitionsJson = z.string().transform((text, ctx) => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    ctx.addIssue({ code: 'custom', message: 'is not JSON' });
    return z.NEVER;
  }
});

// The names must match PUBLISHER_PROPERTIES in infra/constructs/form-publisher.ts.
const propertiesSchema = z.object({
  Definitions: definitionsJson.pipe(z.array(authoredConsultationSchema)),
  ContentHash: z.string().regex(/^[0-9a-f]{64}$/),
  Site: definitionsJson.pipe(siteSettingsSchema).optional(),
});

const eventSchema = z.object({
  RequestType: z.enum(['Create', 'Update', 'Delete']),
  ResourceProperties: z.unknown(),
});

/** The answer the CDK custom resource framework expects from an onEvent handler. */
export interface PublishResponse {
  PhysicalResourceId: string;
  Data: { Published: string };
}

export interface PublishDependencies extends PublishDefinitionsDependencies {
  /** Stores forms/site/settings.yaml for the legal pages. */
  siteSettings: Pick<SiteSettingsStore, 'putSiteSettings'>;
  /** Receives one JSON line per publish (default: console.log, i.e. CloudWatch Logs). */
  log?: (line: string) => void;
}

/** The custom resource event is malformed; CloudFormation shows the message and rolls back. */
export class InvalidPublishRequestError extends Error {
  override name = 'InvalidPublishRequestError';
}

/**
 * Handles the publisher custom resource: on Create/Update validates every definition again (the
 * event is input like any other) and publishes each, except those managed in the admin, which the
 * log line lists as skipped (publishDefinitions, the rule the local platform follows too); on Delete
 * does nothing, since published versions are history the retained table keeps, and a Delete must
 * succeed even for properties an older schema accepted.
 */
export async function publishForms(deps: PublishDependencies, rawEvent: unknown): Promise<PublishResponse> {
  const { log = console.log } = deps;
  const event = eventSchema.safeParse(rawEvent);
  if (!event.success) {
    throw new InvalidPublishRequestError(`Not a custom resource event: ${z.prettifyError(event.error)}`, {
      cause: event.error,
    });
  }
  if (event.data.RequestType === 'Delete') {
    return { PhysicalResourceId: PHYSICAL_RESOURCE_ID, Data: { Published: '0' } };
  }
  const properties = propertiesSchema.safeParse(event.data.ResourceProperties);
  if (!properties.success) {
    throw new InvalidPublishRequestError(`Invalid forms: ${z.prettifyError(properties.error)}`, {
      cause: properties.error,
    });
  }
  const { published, skipped } = await publishDefinitions(deps, properties.data.Definitions);
  if (properties.data.Site) await deps.siteSettings.putSiteSettings(properties.data.Site);
  log(
    JSON.stringify({
      level: 'info',
      message: 'published forms',
      contentHash: properties.data.ContentHash,
      published,
      skipped,
      site: properties.data.Site !== undefined,
    }),
  );
  // Data goes back to CloudFormation (4 KB limit): the count; the list is in the log line above.
  return { PhysicalResourceId: PHYSICAL_RESOURCE_ID, Data: { Published: String(published.length) } };
}
