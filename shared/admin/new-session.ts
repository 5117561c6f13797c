import type { AdminSession } from '../storage/admin-types.ts';
import { randomToken } from './csrf.ts';
import { SESSION_SECONDS } from './session-cookie.ts';

/** A fresh session for a member who just signed in: random id and CSRF token, valid 12 hours from `now`. */
export function newAdminSession(email: string, now: Date): AdminSession {
  return {
    id: randomToken(),
    email: email.trim().toLowerCase(),
    csrfToken: randomToken(),
    createdAt: now.toISOString(),
    expiresAt: Math.floor(now.getTime() / 1000) + SESSION_SECONDS,
  };
}
