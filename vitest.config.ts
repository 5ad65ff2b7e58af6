// Unit tests: tests/unit/**/*.test.ts in Node by default; a test that needs a DOM opts in
// per file (linkedom, or `// @vitest-environment` where an environment is installed).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
