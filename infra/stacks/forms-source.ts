import { createHash } from 'node:crypto';
import { relative } from 'node:path';
import { type DefinitionError, loadDefinitionsFromDir } from '../../shared/definition/load.ts';
import type { Consultation } from '../../shared/definition/schema.ts';

/** A form in forms/ is invalid; the message lists every error as `file:line:column path: message`. */
export class InvalidFormsError extends Error {
  override name = 'InvalidFormsError';
}

/** The validated definitions a deployment publishes, as the custom resource receives them. */
export interface FormsForDeployment {
  definitions: Consultation[];
  /** `definitions` as JSON: the custom resource's input, parsed again (with zod) by its handler. */
  json: string;
  /** sha256 of `json`: any change to any form changes it, so CloudFormation re-runs the publisher. */
  contentHash: string;
}

// CloudFormation hands custom resource properties to Lambda in an asynchronous invoke (256 KB
// payload); beyond this size the definitions must travel as an S3 asset instead.
const MAX_JSON_BYTES = 200 * 1024;

/** Loads and validates forms/*.yaml at synth time; throws InvalidFormsError with every error found. */
export async function loadFormsForDeployment(dir: string): Promise<FormsForDeployment> {
  const { definitions, errors } = await loadDefinitionsFromDir(dir);
  if (errors.length > 0) {
    throw new InvalidFormsError(
      `${errors.length} error(s) in the forms; nothing was synthesized:\n${errors.map(formatError).join('\n')}`,
    );
  }
  return formsForDeployment(definitions.map((loaded) => loaded.definition));
}

/** Serializes validated definitions for the publisher and hashes them. */
export function formsForDeployment(definitions: Consultation[]): FormsForDeployment {
  const json = JSON.stringify(definitions);
  const bytes = Buffer.byteLength(json, 'utf8');
  if (bytes > MAX_JSON_BYTES) {
    throw new InvalidFormsError(
      `The forms add up to ${bytes} bytes of JSON; the publisher accepts at most ${MAX_JSON_BYTES}`,
    );
  }
  const contentHash = createHash('sha256').update(json).digest('hex');
  return { definitions, json, contentHash };
}

function formatError(error: DefinitionError): string {
  const where = `${relative(process.cwd(), error.file)}:${error.line}:${error.column}`;
  return `  ${where}${error.path ? ` ${error.path}` : ''}: ${error.message}`;
}
