import { newAdminSession } from '../../shared/admin/new-session.ts';
import type { StaffMember } from '../../shared/admin/roles.ts';
import { SESSION_COOKIE, signSessionCookie } from '../../shared/admin/session-cookie.ts';
import type { Keyring } from '../../shared/links/index.ts';
import type { AdminRepository, AdminSession } from '../../shared/storage/admin-types.ts';

/**
 * A signed-in staff member for handler tests: stores their staff record and a fresh session, and
 * returns the cookie pair to put into `event.cookies` (`mw_session=<id>.<mac>`) and the CSRF token
 * every POST must carry as `_csrf`.
 */
export async function staffSession(
  deps: { admin: AdminRepository; keyring: Keyring; now?: Date },
  member: StaffMember,
): Promise<{ cookie: string; csrfToken: string; session: AdminSession }> {
  const now = deps.now ?? new Date();
  const email = member.email.toLowerCase();
  await deps.admin.putStaff(
    {
      email,
      role: member.role,
      ...(member.department ? { department: member.department } : {}),
      updatedAt: now.toISOString(),
      updatedBy: 'test-setup@example.org',
    },
    {
      scope: { kind: 'staff' },
      actor: 'test-setup@example.org',
      action: 'staffSaved',
      summary: `Test setup: ${email} as ${member.role}`,
      at: now.toISOString(),
    },
  );
  const session = newAdminSession(email, now);
  await deps.admin.createSession(session);
  return {
    cookie: `${SESSION_COOKIE}=${signSessionCookie(session.id, deps.keyring)}`,
    csrfToken: session.csrfToken,
    session,
  };
}
