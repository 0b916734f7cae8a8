import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

export default defineConfig({
  resolve: {alias: {'@': fileURLToPath(new URL('./', import.meta.url))}},
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts', 'components/**/*.test.ts', 'lib/**/*.test.ts'],
    server: {deps: {inline: ['next-intl']}}
  }
});
