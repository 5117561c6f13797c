import * as z from 'zod';
import { departmentSchema, type Role, roleSchema, type StaffMember } from './roles.ts';
import { staffAddress } from './staff-address.ts';

/**
 * Who may sign in without a stored staff record: the configured allow-list (env STAFF_ALLOW_LIST,
 * CDK context `mitwirken:staffAllowList`). Entries are separated by `;` or line breaks, each
 * `<address-or-@domain> <role> [<department>]`, e.g.
 * `admin@example.org admin; @integration.hannover.example editor integration`.
 */

/** One entry: a single address, or every address of one domain (not its subdomains). */
export interface AllowListEntry {
  match: { kind: 'address'; email: string } | { kind: 'domain'; domain: string };
  role: Role;
  department?: string | undefined;
}

export type AllowList = readonly AllowListEntry[];

const domainSchema = z
  .string()
  .regex(/^@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'not an @domain');

const entrySchema = z
  .object({
    target: z.union([z.email({ error: 'not an address or @domain' }).max(254), domainSchema], {
      error: 'not an address or @domain',
    }),
    role: roleSchema,
    department: departmentSchema.optional(),
  })
  .superRefine((entry, context) => {
    // Viewers and editors are scoped by their department; an admin has none (see roles.ts).
    if (entry.role !== 'admin' && entry.department === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['department'],
        message: `a ${entry.role} needs a department`,
      });
    }
    if (entry.role === 'admin' && entry.department !== undefined) {
      context.addIssue({ code: 'custom', path: ['department'], message: 'an admin has no department' });
    }
  });

/**
 * Parses the allow-list text. Addresses and domains are compared in lowercase. The failure names the
 * first bad entry as written, so the operator sees which one to fix.
 */
export function parseAllowList(
  text: string | undefined,
): { ok: true; allowList: AllowList } | { ok: false; problem: string } {
  const entries: AllowListEntry[] = [];
  for (const raw of (text ?? '').split(/[;\n\r]+/)) {
    const written = raw.trim();
    if (written === '') continue;
    const [target = '', role, department, ...rest] = written.split(/\s+/);
    if (rest.length > 0) {
      return {
        ok: false,
        problem: `entry "${written}": too many parts (address-or-@domain role [department])`,
      };
    }
    const parsed = entrySchema.safeParse({ target: target.toLowerCase(), role, department });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path[0] === undefined ? '' : `${String(issue.path[0])}: `;
      return { ok: false, problem: `entry "${written}": ${where}${issue?.message ?? 'invalid'}` };
    }
    const { target: match, ...member } = parsed.data;
    entries.push({
      match: match.startsWith('@')
        ? { kind: 'domain', domain: match.slice(1) }
        : { kind: 'address', email: match },
      ...member,
    });
  }
  return { ok: true, allowList: entries };
}

/**
 * The staff member the allow-list makes of an address, or undefined when it lists neither the address
 * nor its domain. An entry for the address wins over one for its domain; otherwise the first one.
 * Both sides are compared as staffAddress (no `+tag`), so a tag never makes another member.
 */
export function allowedMember(allowList: AllowList, email: string): StaffMember | undefined {
  const address = staffAddress(email);
  const at = address.lastIndexOf('@');
  if (at <= 0) return undefined;
  const domain = address.slice(at + 1);
  const entry =
    allowList.find((e) => e.match.kind === 'address' && staffAddress(e.match.email) === address) ??
    allowList.find((e) => e.match.kind === 'domain' && e.match.domain === domain);
  if (!entry) return undefined;
  return { email: address, role: entry.role, ...(entry.department ? { department: entry.department } : {}) };
}
