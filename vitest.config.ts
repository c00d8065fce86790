import { defineConfig } from 'vitest/config';

// Two layers run here: unit and golden tests next to the code (fast, parallel) and
// end-to-end tests under test/e2e that drive the built CLI against a real Docker engine.
// The e2e layer runs one file at a time so timing verdicts are not disturbed by the
// unit tests competing for the two cores.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'web/src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/golden/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          // Commands judge in their own process unless a test asks for the warm helper (LETSCODE_WARM=1).
          env: { LETSCODE_WARM: '0' },
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 1_800_000,
        },
      },
    ],
  },
});
