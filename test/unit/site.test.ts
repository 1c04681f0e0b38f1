import { describe, expect, test } from 'vitest';
import { parseSite, siteKey, siteMatches, sitePattern } from '../../extension/engine/site';

const THAI = 'ตัวอย่าง.ไทย';
const THAI_HOST = new URL(`https://${THAI}`).hostname;

describe('parseSite: one canonical spelling, or why it is not a site', () => {
  test('origins, hosts and host patterns', () => {
    expect(parseSite('HTTPS://DPIS.Example.go.th:443/')).toEqual({ site: 'https://dpis.example.go.th' });
    expect(parseSite('http://127.0.0.1:8080')).toEqual({ site: 'http://127.0.0.1:8080' });
    expect(parseSite('*.Bangkok.go.th')).toEqual({ site: '*.bangkok.go.th' });
    expect(parseSite('hr.bangkok.go.th:8443')).toEqual({ site: 'hr.bangkok.go.th:8443' });
    expect(parseSite('*.bangkok.go.th:8443')).toEqual({ site: '*.bangkok.go.th:8443' });
    expect(parseSite('[::1]:8080')).toEqual({ site: '[::1]:8080' });
  });

  test('a host keeps the port it names, even a scheme’s default: "host:80" is port 80 only', () => {
    expect(parseSite('hr.bangkok.go.th:80')).toEqual({ site: 'hr.bangkok.go.th:80' });
    expect(siteMatches('hr.bangkok.go.th:80', 'https://hr.bangkok.go.th/')).toBe(false);
    expect(siteMatches('hr.bangkok.go.th:80', 'http://hr.bangkok.go.th/')).toBe(true);
  });

  test('Thai domain names become punycode, as the browser reports them', () => {
    expect(THAI_HOST).toMatch(/^xn--/);
    expect(parseSite(`https://${THAI}`)).toEqual({ site: `https://${THAI_HOST}` });
    expect(parseSite(`*.${THAI}`)).toEqual({ site: `*.${THAI_HOST}` });
  });

  test('paths, queries, credentials, other schemes, inner wildcards and invisible characters are refused', () => {
    for (const bad of [
      'https://a.go.th/kpi/form.php',
      'https://a.go.th/?x=1',
      'https://user:pw@a.go.th',
      'ftp://a.go.th',
      'javascript:alert(1)',
      'a.go.th/kpi',
      '*.*.go.th',
      'hr.*.go.th',
      'a b.go.th',
      'https://dpis\u200b.example.go.th',
      '__proto__',
      '',
    ]) {
      const r = parseSite(bad);
      expect('problem' in r && /[\u0E00-\u0E7F]/.test(r.problem), bad).toBe(true);
    }
  });
});

describe('siteMatches', () => {
  test('an origin covers its own scheme, host and port only', () => {
    expect(siteMatches('https://dpis.example.go.th', 'https://dpis.example.go.th/kpi/form.html?x=1')).toBe(
      true,
    );
    expect(siteMatches('https://dpis.example.go.th', 'https://dpis.example.go.th:443/')).toBe(true);
    expect(siteMatches('https://dpis.example.go.th', 'http://dpis.example.go.th/')).toBe(false);
    expect(siteMatches('https://dpis.example.go.th', 'https://dpis.example.go.th:8443/')).toBe(false);
    expect(siteMatches('http://127.0.0.1:8080', 'http://127.0.0.1:8080/form')).toBe(true);
    expect(siteMatches('http://127.0.0.1:8080', 'http://127.0.0.1/form')).toBe(false);
  });

  test('a host pattern covers the host and its subdomains, never a look-alike', () => {
    expect(siteMatches('*.bangkok.go.th', 'https://bangkok.go.th/')).toBe(true);
    expect(siteMatches('*.bangkok.go.th', 'https://a.b.bangkok.go.th/')).toBe(true);
    expect(siteMatches('*.bangkok.go.th', 'https://evilbangkok.go.th/')).toBe(false);
    expect(siteMatches('*.bangkok.go.th', 'https://bangkok.go.th.evil.com/')).toBe(false);
    expect(siteMatches('bangkok.go.th', 'https://hr.bangkok.go.th/')).toBe(false);
  });

  test('ports: any unless the site names one; the scheme’s own port counts', () => {
    expect(siteMatches('hr.bangkok.go.th', 'http://hr.bangkok.go.th:8080/')).toBe(true);
    expect(siteMatches('hr.bangkok.go.th:443', 'https://hr.bangkok.go.th/a')).toBe(true);
    expect(siteMatches('hr.bangkok.go.th:443', 'http://hr.bangkok.go.th/a')).toBe(false);
    expect(siteMatches('*.bangkok.go.th:8443', 'https://hr.bangkok.go.th:8443/a')).toBe(true);
    expect(siteMatches('*.bangkok.go.th:8443', 'https://hr.bangkok.go.th/a')).toBe(false);
  });

  test('Thai hosts match however either side is written', () => {
    expect(siteMatches(`*.${THAI}`, `https://hr.${THAI}/form`)).toBe(true);
    expect(siteMatches(`*.${THAI_HOST}`, `https://hr.${THAI}/form`)).toBe(true);
    expect(siteMatches(`https://${THAI}`, `https://${THAI_HOST}/`)).toBe(true);
  });

  test('what is not a site, or not a page we fill, matches nothing', () => {
    expect(siteMatches('x', 'not a url')).toBe(false);
    expect(siteMatches('a.go.th/kpi', 'https://a.go.th/kpi')).toBe(false);
    expect(siteMatches('a.go.th', 'file:///a.go.th/x.html')).toBe(false);
    expect(siteMatches('a.go.th', 'ftp://a.go.th/')).toBe(false);
  });
});

describe('a page’s own site', () => {
  test('siteKey is its origin; sitePattern the browser’s match pattern for its host', () => {
    expect(siteKey('https://dpis.example.go.th:8443/kpi?x=1')).toBe('https://dpis.example.go.th:8443');
    expect(sitePattern('https://dpis.example.go.th:8443/kpi?x=1')).toBe('https://dpis.example.go.th/*');
    expect(sitePattern(`http://${THAI}/a`)).toBe(`http://${THAI_HOST}/*`);
    for (const none of [undefined, '', 'chrome://extensions', 'file:///x.html', 'not a url']) {
      expect(siteKey(none)).toBeNull();
      expect(sitePattern(none)).toBeNull();
    }
  });

  test('the key teach mode files a page under is a site that covers the page', () => {
    for (const url of ['https://dpis.example.go.th/kpi', `http://hr.${THAI}:8080/a`, 'http://[::1]:3000/']) {
      const key = siteKey(url)!;
      expect(parseSite(key)).toEqual({ site: key });
      expect(siteMatches(key, url)).toBe(true);
    }
  });
});
