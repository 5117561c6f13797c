/**
 * Where to go after signing in, from a `next` query or form value: only a staff page of this site
 * (`/admin/…`), never another host (open redirect) and never anything a browser could read as one.
 */
export function safeNextPath(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 1024) return undefined;
  // Visible ASCII only (no spaces, no control characters); backslashes are out too, because some
  // browsers read `/\` as `//`, the start of another host.
  if (!/^\/admin\/[!-~]*$/.test(value) || value.includes('\\') || value.includes('//')) return undefined;
  return value;
}
