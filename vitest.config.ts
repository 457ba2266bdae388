import { defineConfig } from 'vitest/config';

/**
 * Four projects, as Starlight keeps its own: `unit` (parsers, cleaners, fixtures, properties, the
 * editorial pass; seconds, no browser, no build), `integration` (the pipeline on the real notes and on
 * the public notes set), `site` (the built dist/) and `browser` (real Chromium). `npm run test:unit`
 * runs the first alone; `vitest run` runs unit and integration together, then site and browser.
 */

/**
 * Most of the unit and integration time is loading the pipeline's modules (unified, micromark, OpenCC,
 * zod) and warming it up: one module graph per worker instead of one per file. The files share no
 * state but the pipeline's pure caches; every core, since nothing else runs beside them. Vitest runs
 * projects of different worker counts in separate groups (`groupOrder`).
 */
const pipeline = () => ({ isolate: false, maxWorkers: '100%', sequence: { groupOrder: 0 }, testTimeout: 60_000 });

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], ...pipeline() } },
      // Two full pipeline runs, each several seconds: the real notes, and the real notes with the public set.
      { test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], ...pipeline() } },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: 60_000, sequence: { groupOrder: 1 } } },
      // Browser and build tests start Chromium or Astro; give them room on a 2-core machine.
      { test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 240_000, sequence: { groupOrder: 1 } } },
    ],
  },
});
