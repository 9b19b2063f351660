import { createHash } from 'node:crypto';
import type { Role, User } from '@cpea/shared/user';
import type { Db } from './connection';
import { sessionCacheOf } from './session-cache';

interface UserRow {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  password_hash: string;
  disabled: number;
  created_at: string;
  updated_at: string;
}

function toUser(row: UserRow): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    disabled: row.disabled === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Only a session token's hash is stored: a copy of the database signs no one in. */
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function usersRepo(db: Db) {
  const byName = db.prepare<[string]>('SELECT * FROM users WHERE username = ?');
  const byId = db.prepare<[number]>('SELECT * FROM users WHERE id = ?');
  const all = db.prepare('SELECT * FROM users ORDER BY username');
  const count = db.prepare('SELECT count(*) AS n FROM users');
  const insert =
    db.prepare(`INSERT INTO users (username, display_name, role, password_hash, disabled, created_at, updated_at)
    VALUES (@username, @displayName, @role, @passwordHash, 0, @now, @now) RETURNING *`);
  const update = db.prepare(`UPDATE users SET display_name = @displayName, role = @role, disabled = @disabled,
    password_hash = coalesce(@passwordHash, password_hash), updated_at = @now WHERE id = @id RETURNING *`);
  const insertSession = db.prepare(
    'INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
  );
  const sessionUser = db.prepare<[string, string]>(`SELECT u.*, s.expires_at AS session_expires_at
    FROM sessions s JOIN users u ON u.id = s.user_id
    WHERE s.token_hash = ? AND s.expires_at > ? AND u.disabled = 0`);
  const deleteSession = db.prepare<[string]>('DELETE FROM sessions WHERE token_hash = ?');
  const deleteUserSessions = db.prepare<[number]>('DELETE FROM sessions WHERE user_id = ?');
  const deleteExpired = db.prepare<[string]>('DELETE FROM sessions WHERE expires_at <= ?');
  // Every write below that can end a session or change a user tells the cache.
  const sessions = sessionCacheOf(db);

  return {
    count: () => (count.get() as { n: number }).n,
    list: () => (all.all() as UserRow[]).map(toUser),
    get(id: number): User | null {
      const row = byId.get(id) as UserRow | undefined;
      return row ? toUser(row) : null;
    },
    /** The user and its password hash, for login only. */
    credentials(username: string): { user: User; passwordHash: string } | null {
      const row = byName.get(username) as UserRow | undefined;
      return row ? { user: toUser(row), passwordHash: row.password_hash } : null;
    },
    insert(u: { username: string; displayName: string; role: Role; passwordHash: string }): User {
      return toUser(insert.get({ ...u, now: new Date().toISOString() }) as UserRow);
    },
    update(
      current: User,
      patch: { displayName?: string; role?: Role; disabled?: boolean; passwordHash?: string },
    ): User {
      const row = update.get({
        id: current.id,
        displayName: patch.displayName ?? current.displayName,
        role: patch.role ?? current.role,
        disabled: (patch.disabled ?? current.disabled) ? 1 : 0,
        passwordHash: patch.passwordHash ?? null,
        now: new Date().toISOString(),
      }) as UserRow;
      sessions.forgetUser(current.id);
      return toUser(row);
    },
    createSession(token: string, userId: number, expiresAt: string) {
      const now = new Date().toISOString();
      deleteExpired.run(now);
      insertSession.run(hashToken(token), userId, now, expiresAt);
    },
    /** The user of the session `token` opens, while it lasts and the user is enabled. */
    sessionUser(token: string): User | null {
      const now = Date.now();
      const cached = sessions.get(token, now);
      if (cached) return cached;
      const row = sessionUser.get(hashToken(token), new Date(now).toISOString()) as
        (UserRow & { session_expires_at: string }) | undefined;
      if (!row) return null;
      const user = toUser(row);
      sessions.set(token, user, row.session_expires_at);
      return user;
    },
    deleteSession(token: string) {
      sessions.forgetToken(token);
      deleteSession.run(hashToken(token));
    },
    deleteSessionsOf(userId: number) {
      sessions.forgetUser(userId);
      deleteUserSessions.run(userId);
    },
  };
}
export type UsersRepo = ReturnType<typeof usersRepo>;
