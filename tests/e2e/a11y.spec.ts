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

for (const { type, path } of pages) {
  test(`${type} page has no axe violations, light and dark`, async ({ page }) => {
    // axe reads every cell of the figures table twice (two colour schemes): slow on a 2-core machine.
    test.setTimeout(120_000);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).analyze();
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
