import { placeKey } from '@cpea/shared/ucdp';

// A mission's areas against the admin-1 names a GED file holds for its country: an area that
// matches none is a typing mistake or a name GED spells otherwise, never a quiet zero.

const SUGGESTIONS = 5;

export interface UnknownArea {
  area: string;
  /** The file's admin-1 names closest to it, closest first. */
  closest: string[];
}

/** The areas no admin-1 name matches, each with the closest names as GED writes them. */
export function unknownAreas(areas: readonly string[], adm1Names: Iterable<string>): UnknownArea[] {
  const names = new Map<string, string>();
  for (const name of adm1Names) if (name !== '' && !names.has(placeKey(name))) names.set(placeKey(name), name);
  return areas
    .filter((area) => !names.has(placeKey(area)))
    .map((area) => {
      const key = placeKey(area);
      const closest = [...names]
        .map(([nameKey, name]) => ({ name, distance: editDistance(key, nameKey) }))
        .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name, 'en'))
        .slice(0, SUGGESTIONS)
        .map((candidate) => candidate.name);
      return { area, closest };
    });
}

/** Levenshtein distance: insertions, deletions and substitutions, one each. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
