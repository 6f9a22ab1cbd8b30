import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['scripts/**/*.test.ts', 'src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/golden/**/*.test.ts'],
    environment: 'node',
    // Golden and property tests parse whole articles; the default 5 s is tight on a 2-core machine.
    testTimeout: 30_000,
  },
});
