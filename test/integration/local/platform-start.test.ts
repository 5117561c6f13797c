import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidFormsError } from '../../../infra/local/forms.ts';
import { startPlatform } from '../../../infra/local/platform.ts';
import { freePort, LocalPlatformError } from '../../../infra/local/services.ts';

async function formsDirWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'mitwirken-forms-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

const options = async (formsDir: string) => ({
  port: await freePort(),
  sesPort: await freePort(),
  dynamoPort: await freePort(),
  formsDir,
  log: () => {},
});

describe('starting the local platform', () => {
  it('refuses invalid forms with file, line, column and path of each mistake', async () => {
    // Prepare
    const dir = await formsDirWith({ 'broken.yaml': 'id: broken\nslug: Not A Slug\n' });
    // Act
    const started = startPlatform(await options(dir));
    // Assess
    await expect(started).rejects.toBeInstanceOf(InvalidFormsError);
    await expect(started).rejects.toThrow(/broken\.yaml:2:7 slug: /);
  });

  it('names the busy port instead of failing later', async () => {
    const dir = await formsDirWith({});
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const address = busy.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const started = startPlatform({ ...(await options(dir)), port });

      await expect(started).rejects.toBeInstanceOf(LocalPlatformError);
      await expect(started).rejects.toThrow(`Port ${port}`);
    } finally {
      busy.close();
    }
  });
});
