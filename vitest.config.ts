import { defineConfig } from 'vitest/config';

/**
 * Three projects, as Starlight keeps its own: `unit` (parsers, cleaners, the pipeline on the real
 * notes; seconds, no browser, no build), `site` (the built dist/) and `browser` (real Chromium).
 * `npm run test:unit` runs the first alone; `vitest run` runs it first, then the other two.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          // Most of the time is loading the pipeline's modules (unified, micromark, OpenCC, zod) and running
          // it on the real notes: one module graph per worker instead of one per file. The tests share no
          // state but the pipeline's pure caches; every core, since nothing else runs beside them.
          isolate: false,
          maxWorkers: '100%',
          // Vitest runs projects of different worker counts in separate groups.
          sequence: { groupOrder: 0 },
          testTimeout: 60_000,
        },
      },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: 60_000, sequence: { groupOrder: 1 } } },
      // Browser and build tests start Chromium or Astro; give them room on a 2-core machine.
      { test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 240_000, sequence: { groupOrder: 1 } } },
    ],
  },
});
