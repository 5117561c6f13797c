import type { Page } from 'playwright-core';

/**
 * Presses Tab (or Shift+Tab) until the focused element matches the selector, like a keyboard user
 * moving through the page; fails when it is not reachable within `maxPresses`.
 */
export async function tabTo(
  page: Page,
  selector: string,
  options: { backwards?: boolean; maxPresses?: number } = {},
): Promise<void> {
  const key = options.backwards ? 'Shift+Tab' : 'Tab';
  const max = options.maxPresses ?? 80;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    if (await focusedMatches(page, selector)) return;
  }
  throw new Error(
    `"${selector}" was not reached with ${max} presses of ${key}; focus is on ${await focusedElement(page)}`,
  );
}

/** True when the focused element matches the selector. */
export async function focusedMatches(page: Page, selector: string): Promise<boolean> {
  return await page.evaluate((s) => {
    const active = Reflect.get(Reflect.get(globalThis, 'document'), 'activeElement') as {
      matches?: (s: string) => boolean;
    } | null;
    return active?.matches?.(s) ?? false;
  }, selector);
}

/** A short description of the focused element, for failure messages. */
export async function focusedElement(page: Page): Promise<string> {
  return await page.evaluate(() => {
    const active = Reflect.get(Reflect.get(globalThis, 'document'), 'activeElement') as {
      outerHTML?: string;
    } | null;
    return active?.outerHTML?.slice(0, 200) ?? 'nothing';
  });
}
