// Writes forms/schema.json from the zod schema (`npm run forms:schema`); a unit test keeps it current.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { definitionJsonSchema } from '../../shared/definition/json-schema.ts';

export const SCHEMA_FILE = fileURLToPath(new URL('../../forms/schema.json', import.meta.url));

/** The exact text of forms/schema.json: pretty, key order as generated, trailing newline. */
export function schemaFileText(): string {
  return `${JSON.stringify(definitionJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(SCHEMA_FILE, schemaFileText());
  console.log(`wrote ${SCHEMA_FILE}`);
}
