import {describe, expect, it} from 'vitest';
import {acceptedEncodings, maxConnections, safeQuery, sameSitePath} from './serve.mjs';

describe('redirect addresses stay on the site', () => {
  it('collapses slashes, so no Location starts with // (another site to a browser)', () => {
    expect(sameSitePath('//evil.com/')).toBe('/evil.com');
    expect(sameSitePath('///es//ayuda//')).toBe('/es/ayuda');
    expect(sameSitePath('/es/')).toBe('/es');
    expect(sameSitePath('/')).toBe('/');
  });

  it('re-encodes every segment: nothing a header must not hold gets through', () => {
    expect(sameSitePath('/es/a b/ñ/')).toBe('/es/a%20b/%C3%B1');
    expect(sameSitePath('/es/a?b#c/')).toBe('/es/a%3Fb%23c');
    expect(sameSitePath('/es/\r\nSet-Cookie: a=b/')).toBe('/es/%0D%0ASet-Cookie%3A%20a%3Db');
  });

  it('keeps a query but encodes what a URL may not hold as it is', () => {
    expect(safeQuery('q=trata%20laboral&x=1')).toBe('q=trata%20laboral&x=1');
    expect(safeQuery('q=a\r\nb c')).toBe('q=a%0D%0Ab%20c');
    expect(safeQuery('q=\u00e9')).toBe('q=%E9'); // a raw byte, as Node reads the request line
    expect(safeQuery('q="<x>"')).toBe('q=%22%3Cx%3E%22');
  });
});

describe('content coding', () => {
  it('honours q-values: q=0 refuses a coding', () => {
    expect(acceptedEncodings('br;q=0')).toEqual(['identity']);
    expect(acceptedEncodings('br;q=0, gzip')).toEqual(['gzip', 'identity']);
    expect(acceptedEncodings('gzip;q=1, br;q=0.5')[0]).toBe('gzip');
    expect(acceptedEncodings('gzip, deflate, br, zstd')[0]).toBe('br');
    expect(acceptedEncodings(undefined)).toEqual(['identity']);
    expect(acceptedEncodings('identity;q=0')).toEqual([]);
  });
});

describe('connections', () => {
  it('leaves room for the files being sent', () => {
    expect(maxConnections()).toBeGreaterThanOrEqual(64);
  });
});
