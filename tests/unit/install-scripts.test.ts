import {describe, expect, it} from 'vitest';
import lock from '@/package-lock.json';
import pkg from '@/package.json';

/**
 * npm 11 warns about every installed package whose install script package.json's `allowScripts` does
 * not cover. Each one is decided there (README.md, "Install scripts"), so `npm install` prints no
 * warning a newcomer cannot judge, and a new one is looked at before it runs.
 */
describe('install scripts', () => {
  it('every package with an install script is allowed or denied in package.json', () => {
    const withScripts = Object.entries(lock.packages as Record<string, {hasInstallScript?: boolean}>)
      .filter(([, p]) => p.hasInstallScript)
      .map(([where]) => where.replace(/^.*node_modules\//, ''));
    expect(withScripts.length).toBeGreaterThan(0);
    expect([...new Set(withScripts)].sort()).toEqual(Object.keys(pkg.allowScripts).sort());
  });
});
