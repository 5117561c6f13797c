/**
 * Where to go after signing in, from a `next` query or form value, or a queued sign-in mail: only a
 * staff page of this site (`/admin/…`), never another host (open redirect) and never anything a
 * browser could read as one. In shared/ because both the sign-in pages (functions/) and the sign-in
 * mail (queued and sent from shared/) check it.
 */
export function safeNextPath(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 1024) return undefined;
  // Visible ASCII only (no spaces, no control characters); backslashes are out too, because some
  // browsers read `/\` as `//`, the start of another host.
  if (!/^\/admin\/[!-~]*$/.test(value) || value.includes('\\') || value.includes('//')) return undefined;
  return value;
}
