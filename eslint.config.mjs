import {defineConfig, globalIgnores} from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', '.bench/**', 'out/**', 'dist/**', 'dist.staging/**', 'dist.old/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', 'bench-results/**']),
  {files: ['**/*.cjs'], rules: {'@typescript-eslint/no-require-imports': 'off'}},
  {
    rules: {
      // Internal links are plain <a>: the quick-exit script makes them replace the history entry.
      '@next/next/no-html-link-for-pages': 'off'
    }
  }
]);
