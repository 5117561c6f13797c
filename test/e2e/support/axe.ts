import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; html: string; failureSummary?: string }[];
}

let axeSource: Promise<string> | undefined;

/**
 * Opens a page in its own context and runs axe-core's WCAG 2.1 A/AA rules. The pages' CSP allows no
 * scripts, so axe runs in a context that bypasses CSP; what is checked is the page's markup and styles.
 */
export async function axeViolations(
  browser: Browser,
  open: (page: Page) => Promise<void>,
  contextOptions: { locale?: string } = {},
): Promise<AxeViolation[]> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const context = await browser.newContext({ bypassCSP: true, ...contextOptions });
  try {
    const page = await context.newPage();
    await open(page);
    await page.addScriptTag({ content: await axeSource });
    return await page.evaluate(async () => {
      const axe = (
        globalThis as unknown as {
          axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> };
        }
      ).axe;
      // Runs in the browser; the Node type libs know no `document`.
      const result = await axe.run(Reflect.get(globalThis, 'document'), {
        runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'],
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
      }));
    });
  } finally {
    await context.close();
  }
}

/** A readable list of violations for an assertion message. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.html}\n      ${n.failureSummary ?? ''}`).join('\n')}`,
    )
    .join('\n');
}
