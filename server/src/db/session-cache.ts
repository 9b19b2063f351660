import type { User } from '@cpea/shared/user';
import { changeWatchOf, type ChangeWatch } from './change-watch';
import { onePerConnection, type Db } from './connection';

interface CachedSession {
  user: User;
  /** When the session ends, in milliseconds since the epoch, as sessions.expires_at says. */
  expiresAt: number;
}

/** Far more sessions than an installation has people signed in; the oldest go first beyond it. */
const MAX_SESSIONS = 10_000;

/**
 * Signed-in sessions as last read from the database, by token, so that a request is
 * authenticated without hashing its token and querying. An entry is dropped by every write of
 * this connection that can end a session or change its user (the users repository's), answered
 * only before it expires, and everything is dropped when another connection commits, as an
 * import's worker or another process on the same file would.
 */
export class SessionCache {
  private readonly sessions = new Map<string, CachedSession>();
  private readonly changes: ChangeWatch;
  private seenCommits: number | undefined;

  constructor(private readonly db: Db) {
    this.changes = changeWatchOf(db);
  }

  /** The user of a live session, or undefined when the cache cannot tell: ask the database. */
  get(token: string, now: number): User | undefined {
    this.forgetIfOthersCommitted();
    const session = this.sessions.get(token);
    if (!session) return undefined;
    if (session.expiresAt > now) return session.user;
    this.sessions.delete(token);
    return undefined;
  }

  set(token: string, user: User, expiresAt: string) {
    // Inside a transaction the row may yet be rolled back: only committed state is kept.
    if (this.db.inTransaction) return;
    this.sessions.delete(token);
    // Shared by every request of the session: frozen, so none can change it for the others.
    this.sessions.set(token, { user: Object.freeze(user), expiresAt: Date.parse(expiresAt) });
    if (this.sessions.size > MAX_SESSIONS) this.sessions.delete(this.sessions.keys().next().value as string);
  }

  forgetToken(token: string) {
    this.sessions.delete(token);
  }

  forgetUser(userId: number) {
    for (const [token, session] of this.sessions) if (session.user.id === userId) this.sessions.delete(token);
  }

  private forgetIfOthersCommitted() {
    const commits = this.changes.current().commitsByOthers;
    if (commits !== this.seenCommits) {
      this.seenCommits = commits;
      this.sessions.clear();
    }
  }
}

/** The one cache of a connection, shared by every store over it so that any of them invalidates it. */
export const sessionCacheOf = onePerConnection((db) => new SessionCache(db));
