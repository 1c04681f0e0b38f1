/**
 * Sites, named and matched in one place: a site profile's `site` (teach mode, import, the profile
 * a page gets) and the page the panel works on (the key teach mode files under, the host access it
 * asks for). A site is
 * - an http(s) origin (https://dpis.example.go.th): that scheme, host and port exactly;
 * - a host (dpis.example.go.th): http or https, any port unless it names one (hr.example.go.th:8443);
 * - a host pattern (*.example.go.th): that host and every subdomain, ports as for a host.
 * Hosts compare as the browser writes them (lower case, a Thai domain as punycode); a port compares
 * with the page's own, or its scheme's default when the address names none.
 */

interface Site {
  /** Origin sites: the origin, compared whole. */
  origin?: string;
  /** The host name as the browser writes it ([::1] for IPv6). */
  host: string;
  /** `*.host`: the host and its subdomains. */
  subdomains: boolean;
  /** The port a host names, or null for any. */
  port: number | null;
  /** The canonical spelling, under which profiles are kept. */
  canonical: string;
}

const HOST_LABELS = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/;
const INVISIBLE = /[\s\u00AD\u200B-\u200F\u2060\uFEFF]/;

/** A page address the extension may fill (http or https), parsed; null for anything else. */
function pageUrl(url: string | undefined): URL | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

function hostProblem(u: URL): string | null {
  if (u.username || u.password || u.search || u.hash || u.pathname !== '/')
    return 'ต้องเป็นเว็บไซต์เท่านั้น ไม่มีเส้นทางหรือพารามิเตอร์ (site only: no path, query or credentials)';
  const h = u.hostname;
  return h.startsWith('[') || HOST_LABELS.test(h) ? null : `ชื่อโฮสต์ไม่ถูกต้อง (invalid host name): ${h}`;
}

function readSite(text: string): Site | { problem: string } {
  if (INVISIBLE.test(text))
    return { problem: 'มีช่องว่างหรืออักขระที่มองไม่เห็น (contains spaces or invisible characters)' };
  if (text.includes('://')) {
    let u: URL;
    try {
      u = new URL(text);
    } catch {
      return { problem: `ไม่ใช่ที่อยู่เว็บไซต์ที่ถูกต้อง (not a valid origin): ${text}` };
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:')
      return { problem: `ต้องขึ้นต้นด้วย http:// หรือ https:// (http or https only): ${text}` };
    const problem = hostProblem(u);
    if (problem) return { problem };
    return { origin: u.origin, host: u.hostname, subdomains: false, port: null, canonical: u.origin };
  }
  const subdomains = text.startsWith('*.');
  const host = subdomains ? text.slice(2) : text;
  let u: URL;
  try {
    u = new URL(`http://${host}`);
  } catch {
    return { problem: `ไม่ใช่ชื่อเว็บไซต์ที่ถูกต้อง (not a valid host or *.host pattern): ${text}` };
  }
  const problem = host.includes('*') ? `ใช้ * ได้เฉพาะหน้าชื่อโดเมน เช่น *.example.go.th: ${text}` : hostProblem(u);
  if (problem) return { problem };
  // The port as written: "host:80" names port 80, which the URL parser would drop as http's default.
  const written = /:(\d+)$/.exec(host);
  const port = written ? Number(written[1]) : null;
  const canonical = `${subdomains ? '*.' : ''}${u.hostname}${port === null ? '' : `:${port}`}`;
  return { host: u.hostname, subdomains, port, canonical };
}

/**
 * A site in its canonical form, or why it is not a site (in Thai, with English in brackets). Thai
 * domain names become punycode, as the browser reports a page's origin.
 */
export function parseSite(text: string): { site: string } | { problem: string } {
  const s = readSite(text);
  return 'problem' in s ? s : { site: s.canonical };
}

/** Whether a site (origin, host or *.host pattern) covers a page's address; false for anything not a site. */
export function siteMatches(site: string, url: string): boolean {
  const s = readSite(site);
  const u = pageUrl(url);
  if ('problem' in s || !u) return false;
  if (s.origin) return s.origin === u.origin;
  const port = u.port ? Number(u.port) : u.protocol === 'https:' ? 443 : 80;
  return (
    (s.port === null || s.port === port) &&
    (u.hostname === s.host || (s.subdomains && u.hostname.endsWith(`.${s.host}`)))
  );
}

/** The key under which a page's teach-mode profile is kept: its origin; null for pages we cannot fill. */
export function siteKey(url: string | undefined): string | null {
  return pageUrl(url)?.origin ?? null;
}

/** The browser's match pattern for a page's host ("https://example.go.th/*", any port), or null. */
export function sitePattern(url: string | undefined): string | null {
  const u = pageUrl(url);
  return u ? `${u.protocol}//${u.hostname}/*` : null;
}
