import type { AdminAction, AdminChange, ChangeScope } from '../storage/admin-types.ts';

/**
 * The change record of something a staff member did, for the log of `scope` (a consultation's or the
 * staff log): the one builder every admin write uses.
 */
export function adminChange(input: {
  actor: string;
  scope: ChangeScope;
  action: AdminAction;
  summary: string;
  at: Date;
  /** The version published, where one was. */
  version?: string | undefined;
}): AdminChange {
  return {
    scope: input.scope,
    actor: input.actor,
    action: input.action,
    summary: input.summary,
    ...(input.version === undefined ? {} : { version: input.version }),
    at: input.at.toISOString(),
  };
}
