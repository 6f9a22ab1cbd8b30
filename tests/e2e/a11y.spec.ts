import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { samplePages } from './pages.ts';

const pages = samplePages();

test('a page of every type is checked', () => {
  expect(pages.map((p) => p.type)).toEqual(
    expect.arrayContaining([
      'home',
      'article',
      'districts',
      'district',
      'officials',
      'official',
      'initiatives',
      'initiative',
      'figures',
      'figure',
      'not found',
    ]),
  );
});

/**
 * What a colour scheme can change: the dark scheme swaps colour values only (custom properties under
 * `prefers-color-scheme: dark`), so after the light scheme's full scan the dark one needs the colour rules alone.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

for (const { type, path } of pages) {
  test(`${type} page has no axe violations, light and dark`, async ({ page }, testInfo) => {
    // axe reads every cell of the figures table twice (two colour schemes): slow on a 2-core machine.
    test.setTimeout(120_000);
    // Both schemes use one palette at every width: the phone checks the light scheme, the desktop both.
    const schemes = testInfo.project.name === 'phone' ? (['light'] as const) : (['light', 'dark'] as const);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    // A search page is scanned with its results drawn, not before.
    if (path.includes('?q=')) await expect(page.getByRole('status')).toHaveText(/找到|没有找到/);
    for (const scheme of schemes) {
      // The scheme switches in place: the page is the same, only its colours change.
      await page.emulateMedia({ colorScheme: scheme });
      // Rows past the twentieth of a long table repeat the markup and colours of the ones before them; axe reading
      // each of the figures table's hundred rows twice cost more than the rest of the page types together.
      const axe = new AxeBuilder({ page }).exclude('tbody > tr:nth-child(n+21)');
      const { violations } = await (scheme === 'light' ? axe : axe.withRules(COLOUR_RULES)).analyze();
      const summary = violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
      expect.soft(summary, `${path} (${scheme})`).toEqual([]);
    }
  });
}
