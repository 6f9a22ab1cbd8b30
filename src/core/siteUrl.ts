/**
 * The site's own address, in one place: where it is published (`SITE_URL`, an origin) and the sub-path it is served
 * under (`BASE_PATH`, e.g. `/jinan` for a GitHub project page). Every internal link, asset and absolute URL of the
 * site is built by `sitePath` and `siteUrl`, so a build for another address needs no other change.
 */

/** The address used when no `SITE_URL` is configured: a reserved name that never resolves, so it cannot be mistaken. */
export const PLACEHOLDER_SITE = 'https://jinan-numbers.example';

/** The site's address as configured. */
export interface SiteConfig {
  /** Origin of the published site, no path: `https://news.example.org`. */
  site: string;
  /** Sub-path the site is served under, with both slashes: `/` or `/jinan/`. */
  base: string;
  /** True when no `SITE_URL` was given and `site` is the placeholder. */
  placeholder: boolean;
}

/** `jinan`, `/jinan`, `/jinan/` → `/jinan/`; empty → `/`. Refuses anything that is not a plain path. */
export function normalizeBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/gu, '');
  if (trimmed === '') return '/';
  if (!/^[A-Za-z0-9._~\-/]+$/u.test(trimmed) || trimmed.split('/').some((s) => s === '' || s === '.' || s === '..')) {
    throw new Error(`BASE_PATH \`${raw}\` is not a plain path such as /jinan`);
  }
  return `/${trimmed}/`;
}

/**
 * Reads `SITE_URL` and `BASE_PATH` (from the environment or `.env`). A `SITE_URL` with a path
 * (`https://user.github.io/jinan/`) sets the base path too, unless `BASE_PATH` says otherwise — then it is an error.
 */
export function resolveSiteConfig(env: Readonly<Record<string, string | undefined>>): SiteConfig {
  const rawSite = env.SITE_URL?.trim();
  if (!rawSite) return { site: PLACEHOLDER_SITE, base: normalizeBase(env.BASE_PATH), placeholder: true };
  let url: URL;
  try {
    url = new URL(rawSite);
  } catch {
    throw new Error(`SITE_URL \`${rawSite}\` is not an address such as https://news.example.org`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL \`${rawSite}\` must start with https:// or http://`);
  if (url.search || url.hash) throw new Error(`SITE_URL \`${rawSite}\` must not have a query or fragment`);
  const pathBase = normalizeBase(url.pathname);
  const envBase = env.BASE_PATH?.trim() ? normalizeBase(env.BASE_PATH) : null;
  if (envBase !== null && pathBase !== '/' && envBase !== pathBase) {
    throw new Error(`SITE_URL ends in ${pathBase} but BASE_PATH is ${envBase}; give the path in one of them`);
  }
  return { site: url.origin, base: envBase ?? pathBase, placeholder: false };
}

/** Whether a site origin is the placeholder (no `SITE_URL` was configured). */
export function isPlaceholderSite(site: URL | string | undefined): boolean {
  return site === undefined || new URL(String(site)).origin === new URL(PLACEHOLDER_SITE).origin;
}

let cachedBase: string | undefined;

/**
 * The configured base path. In the site and its scripts Vite fills in `import.meta.env.BASE_URL` from Astro's `base`;
 * code loaded with the Astro config itself (the Markdown plugins) reads `BASE_PATH`, which the config sets.
 */
export function basePath(): string {
  if (cachedBase !== undefined) return cachedBase;
  const fromVite = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL;
  const fromProcess = typeof process === 'undefined' ? undefined : process.env?.BASE_PATH;
  cachedBase = normalizeBase(fromVite && fromVite !== '/' ? fromVite : fromProcess);
  return cachedBase;
}

/** A site path (`/articles/x/`, `/rss.xml`, `/`) under the base path: `/jinan/articles/x/`. */
export function sitePath(path: string): string {
  if (!path.startsWith('/')) throw new Error(`sitePath wants a path from the site's root, got \`${path}\``);
  return `${basePath()}${path.slice(1)}`;
}

/** The absolute address of a path already under the base (as `sitePath` returns it), on the configured site. */
export function absoluteUrl(pathUnderBase: string, site: URL | string | undefined): string {
  return new URL(pathUnderBase, site ?? PLACEHOLDER_SITE).href;
}
