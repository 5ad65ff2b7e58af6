// Unit tests: tests/unit/**/*.test.ts in Node by default; a test that needs a DOM opts in
// per file (linkedom, or `// @vitest-environment` where an environment is installed).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // A safety net, not a speed check (speed is `npm run bench`'s): several property and
    // multi-MB tests take seconds, and a machine busy with other work multiplies that.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
