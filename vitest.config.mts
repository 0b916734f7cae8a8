import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

export default defineConfig({
  resolve: {alias: {'@': fileURLToPath(new URL('./', import.meta.url))}},
  test: {
    environment: 'node',
    // Some tests read the whole real content folder (about 2 s on a quiet 2-core machine, more on a busy one).
    testTimeout: 30_000,
    // site/*.slow.test.ts build the whole site several times: npm test runs them on their own.
    include: process.env.SITE_BUILD_TESTS
      ? ['site/**/*.slow.test.ts']
      : ['tests/unit/**/*.test.ts', 'components/**/*.test.ts', 'lib/**/*.test.ts', 'site/**/*.test.ts'],
    exclude: process.env.SITE_BUILD_TESTS ? [] : ['site/**/*.slow.test.ts', 'node_modules/**'],
    server: {deps: {inline: ['next-intl']}}
  }
});
