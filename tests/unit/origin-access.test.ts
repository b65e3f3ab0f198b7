import { describe, expect, it } from 'vitest';
import { originPatternOf, originsCover, patternCovers } from '@/lib/sync/origin-access';

describe('which granted patterns cover a subscription address', () => {
  const url = new URL('http://10.1.2.3:8080/bank/office.json');
  it('matches scheme, host and wildcards as the browser does', () => {
    expect(patternCovers('http://*/*', url)).toBe(true);
    expect(patternCovers('https://*/*', url)).toBe(false);
    expect(patternCovers('*://*/*', url)).toBe(true);
    expect(patternCovers('<all_urls>', url)).toBe(true);
    expect(patternCovers('http://10.1.2.3/*', url)).toBe(true);
    expect(patternCovers('http://10.1.2.4/*', url)).toBe(false);
    expect(patternCovers('http://10.1.2.3:8080/*', url)).toBe(true);
    expect(patternCovers('http://10.1.2.3:9090/*', url)).toBe(false);
    expect(patternCovers('https://*.gov.cn/*', new URL('https://oa.xx.gov.cn/a.json'))).toBe(true);
    expect(patternCovers('https://*.gov.cn/*', new URL('https://evilgov.cn/a.json'))).toBe(false);
    expect(patternCovers('not a pattern', url)).toBe(false);
    expect(originsCover(undefined, url)).toBe(false);
    expect(originsCover(['https://*/*', 'http://10.1.2.3/*'], url)).toBe(true);
  });

  it('asks for the host only, without its port (Firefox’s patterns take none)', () => {
    expect(originPatternOf(url)).toBe('http://10.1.2.3/*');
    expect(patternCovers(originPatternOf(url), url)).toBe(true);
  });
});
