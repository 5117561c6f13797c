import type { FormBody } from './types.ts';

/** Parses an application/x-www-form-urlencoded body; a repeated name becomes an array in body order. */
export function parseFormBody(raw: string): FormBody {
  const values = new Map<string, string[]>();
  for (const [name, value] of new URLSearchParams(raw)) {
    const list = values.get(name);
    if (list) list.push(value);
    else values.set(name, [value]);
  }
  // fromEntries defines own properties, so a name like `__proto__` cannot reach the prototype.
  return Object.fromEntries(
    [...values].map(([name, list]) => [name, list.length === 1 ? (list[0] ?? '') : list]),
  );
}

/** The raw value submitted under `name`; own properties only, so `constructor` is never Object's. */
export function formValue(body: FormBody, name: string): string | string[] | undefined {
  return Object.hasOwn(body, name) ? body[name] : undefined;
}

/** Every value submitted under `name`, as a list. */
export function formValues(body: FormBody, name: string): string[] {
  const value = formValue(body, name);
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}
