import { defineConfig } from 'vitest/config';

/**
 * Three projects, as Starlight keeps its own: `unit` (parsers, cleaners, the pipeline on the real
 * notes; seconds, no browser, no build), `site` (the built dist/) and `browser` (real Chromium).
 * `npm run test:unit` runs the first alone.
 */
export default defineConfig({
  test: {
    projects: [
      // Property tests feed 100 KB lines through the whole pipeline: seconds, not milliseconds.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'], testTimeout: 60_000 } },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: 60_000 } },
      // Browser and build tests start Chromium or Astro; give them room on a 2-core machine.
      { test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 240_000 } },
    ],
  },
});
