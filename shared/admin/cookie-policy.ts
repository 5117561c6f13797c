/**
 * How the staff cookies (the session, the sign-in browser binding) are named and flagged. Deployed,
 * each is `__Host-<name>`, Secure, Path=/ and without Domain, so neither a sibling subdomain nor a
 * plain-http page can set or overwrite it. Locally (the configured public base URL is
 * `http://localhost…`, decided once in staff-config.ts) the platform speaks plain http, where a
 * browser refuses `__Host-` and Secure cookies from a page it did not load over https: there the
 * name is plain and Secure is set only when the request came over https.
 */
export interface CookiePolicy {
  local: boolean;
}

/** The policy of every deployment (and the default wherever a policy is not given). */
export const DEPLOYED_COOKIES: CookiePolicy = { local: false };

/** A staff cookie's name under the policy. */
export function cookieName(policy: CookiePolicy, base: string): string {
  return policy.local ? base : `__Host-${base}`;
}

/** The values of the cookie `name` among a request's cookies (`name=value` pairs as API Gateway passes them). */
export function cookieValues(cookies: readonly string[] | undefined, name: string): string[] {
  const values: string[] = [];
  for (const cookie of cookies ?? []) {
    // API Gateway gives one pair per entry; a browser may still join several with `;`.
    for (const pair of cookie.split(';')) {
      const eq = pair.indexOf('=');
      if (eq < 0 || pair.slice(0, eq).trim() !== name) continue;
      values.push(pair.slice(eq + 1).trim());
    }
  }
  return values;
}

/** A Set-Cookie value: HttpOnly, SameSite=Lax, Path=/, Secure unless local over plain http. */
export function setCookieString(
  policy: CookiePolicy,
  base: string,
  value: string,
  maxAgeSeconds: number,
  https: boolean,
): string {
  const attributes = [
    `${cookieName(policy, base)}=${value}`,
    'HttpOnly',
    'SameSite=Lax',
    // `__Host-` requires Path=/ (and no Domain): the cookie reaches the public pages too, where no
    // function can verify it (they cannot read the STAFF key).
    'Path=/',
    `Max-Age=${maxAgeSeconds}`,
  ];
  if (!policy.local || https) attributes.push('Secure');
  return attributes.join('; ');
}
