import { fileURLToPath } from 'node:url';

/** The repository root, with a trailing slash: FUNCTIONS entries and forms/ are relative to it. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
