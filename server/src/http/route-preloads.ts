import fs from 'node:fs';
import path from 'node:path';
import { urlOf } from '@cpea/shared/api/endpoint';
import { authEndpoints } from '@cpea/shared/api/auth';
import { missionEndpoints } from '@cpea/shared/api/missions';
import { reportingEndpoints } from '@cpea/shared/api/reporting';

// Over a field link every round trip costs more than half a second. The page itself names only
// the entry's code; a route's own code and its first data were asked for once that code had
// arrived and run, one wave after another. Named in the page instead, the browser asks for
// all of it at once, and the app's own requests find the answers already on their way.

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
  isEntry?: boolean;
}
type Manifest = Record<string, ManifestChunk>;

/** Each client-side route's page module (as the client's router loads it) and, signed in, its first data. */
export const ROUTES: {
  path: RegExp;
  page?: string;
  data?: (match: RegExpExecArray, search: URLSearchParams) => string[];
}[] = [
  {
    // The overview as it opens; a view chosen in the address (?unapproved) asks for something else.
    path: /^\/$/,
    data: (_, search) =>
      search.size > 0
        ? []
        : [urlOf(missionEndpoints.listMissions, { query: { includeArchived: false, includeUnapproved: false } })],
  },
  { path: /^\/missions\/new\/?$/, page: 'src/app/pages/new-mission-page.tsx' },
  {
    path: /^\/missions\/(\d+)\/?$/,
    page: 'src/app/pages/mission-page.tsx',
    data: (match) => [urlOf(missionEndpoints.getMissionView, { params: { id: Number(match[1]) } })],
  },
  { path: /^\/missions\/\d+\/edit\/?$/, page: 'src/app/pages/edit-mission-page.tsx' },
  { path: /^\/missions\/\d+\/factsheet\/?$/, page: 'src/app/pages/factsheet-page.tsx' },
  { path: /^\/missions\/\d+\/assessments\/new\/?$/, page: 'src/app/pages/new-assessment-page.tsx' },
  { path: /^\/assessments\/\d+\/edit\/?$/, page: 'src/app/pages/edit-assessment-page.tsx' },
  { path: /^\/methodology\/?$/, page: 'src/app/pages/methodology-page.tsx' },
  { path: /^\/compare\/?$/, page: 'src/app/pages/compare-page.tsx' },
  { path: /^\/reports\/\d+\/?$/, page: 'src/app/pages/frozen-report-page.tsx' },
  { path: /^\/reporting\/?$/, page: 'src/app/pages/reporting-page.tsx' },
  { path: /^\/my-work\/?$/, page: 'src/app/pages/my-work-page.tsx' },
  { path: /^\/import\/?$/, page: 'src/app/pages/import-page.tsx' },
  { path: /^\/admin\/users\/?$/, page: 'src/app/pages/admin-users-page.tsx' },
  { path: /^\/admin\/indicators\/?$/, page: 'src/app/pages/admin-indicators-page.tsx' },
  { path: /^\/admin\/audit\/?$/, page: 'src/app/pages/admin-audit-page.tsx' },
  { path: /^\/admin\/published\/?$/, page: 'src/app/pages/admin-published-page.tsx' },
];

/** What every signed-in page asks first: the session check and the work waiting (the header's count). */
const EVERY_PAGE_DATA = [urlOf(authEndpoints.getMe), urlOf(reportingEndpoints.getMyWork)];

/** The chunks `key` loads, itself first, then what it imports statically, depth first. */
function closure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key) || !manifest[key]) return seen;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) closure(manifest, imported, seen);
  return seen;
}

const escape = (url: string) => url.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * The link tags to put in the page at `url`: the route's code beyond the entry's (which
 * the page names already), its styles, and, when a session cookie came with the request, the
 * data its first screen asks for. `crossorigin` matches how the app loads modules and calls
 * the API, so the browser hands it these answers instead of asking again.
 */
export function routePreloads(dist: string): (url: URL, signedIn: boolean) => string {
  const file = path.join(dist, '.vite/manifest.json');
  const manifest: Manifest = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  const loadedByEntry = entry ? closure(manifest, entry) : new Set<string>();

  return (url, signedIn) => {
    const route = ROUTES.map((r) => ({ ...r, match: r.path.exec(url.pathname) })).find((r) => r.match);
    const links: string[] = [];
    if (route?.page) {
      for (const key of closure(manifest, route.page)) {
        if (loadedByEntry.has(key)) continue;
        links.push(`<link rel="modulepreload" crossorigin href="/${manifest[key].file}">`);
        for (const css of manifest[key].css ?? [])
          links.push(`<link rel="preload" as="style" crossorigin href="/${css}">`);
      }
    }
    if (signedIn) {
      const data = [...EVERY_PAGE_DATA, ...(route?.data?.(route.match!, url.searchParams) ?? [])];
      for (const api of data) links.push(`<link rel="preload" as="fetch" crossorigin href="${escape(api)}">`);
    }
    return links.join('');
  };
}
