import { conflict } from '../domain-error';

/** What carries a version: each update names the one it was based on. */
export type Versioned = 'assessment' | 'mission' | 'indicator';

/** Someone saved first: the answer names the version now stored and carries the record as it stands. */
export function staleVersion(what: Versioned, current: { version: number }) {
  return conflict(
    `Someone else saved this ${what} first (now version ${current.version}); review their changes and reapply yours`,
    [{ path: 'version', message: `This ${what} changed since you opened it` }],
    { current },
  );
}

/** Refuses an update based on another version than the one stored. */
export function checkVersion(what: Versioned, current: { version: number }, version: number) {
  if (current.version !== version) throw staleVersion(what, current);
}
