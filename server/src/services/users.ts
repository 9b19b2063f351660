import { randomBytes } from 'node:crypto';
import type { User, UserInput, UserPatch } from '@cpea/shared/user';
import type { Store } from '../db/store';
import { DomainError, conflict, notFound } from '../domain-error';
import type { Actor } from './actor';
import type { Config } from '../config';
import type { FailedSignInBudget } from './failed-sign-ins';
import { hashPassword, randomPassword, verifyPassword } from './passwords';

export const SESSION_HOURS = 12;

/** How passwords are hashed: scrypt's cost, from the configuration. */
export type PasswordHashing = Pick<Config, 'scryptN'>;

// Compared against when the username is unknown, so a wrong username costs as long as a
// wrong password and timing does not reveal which usernames exist. Made at first use, at the
// configured cost (production's everywhere but in tests).
const dummyHashes = new Map<number, Promise<string>>();
function dummyHash(N: number): Promise<string> {
  if (!dummyHashes.has(N)) dummyHashes.set(N, hashPassword(randomPassword(), N));
  return dummyHashes.get(N)!;
}

export interface SignInAttempt {
  username: string;
  password: string;
  /** The client's address, recorded when the attempt fails. */
  address: string;
}

export async function logIn(
  store: Store,
  { username, password, address }: SignInAttempt,
  { scryptN, failedSignIns }: PasswordHashing & { failedSignIns: FailedSignInBudget },
): Promise<{ user: User; token: string }> {
  const found = store.users.credentials(username);
  const ok = await verifyPassword(password, found?.passwordHash ?? (await dummyHash(scryptN)));
  // Hashing took turns of the event loop: an import may have begun to commit meanwhile.
  await store.writeGate.whenFree();
  if (!found || !ok || found.user.disabled) {
    const unrecorded = failedSignIns.take();
    if (unrecorded !== null) {
      store.audit.record({
        userId: null,
        action: 'login_failed',
        entity: 'user',
        entityId: found?.user.id ?? null,
        before: null,
        after: { username, address, ...(unrecorded > 0 && { unrecorded }) },
      });
    }
    throw new DomainError('unauthenticated', 'Wrong username or password, or the account is disabled');
  }
  const token = randomBytes(32).toString('base64url');
  const expires = new Date(Date.now() + SESSION_HOURS * 3600_000).toISOString();
  store.transaction(() => {
    store.users.createSession(token, found.user.id, expires);
    store.audit.record({
      userId: found.user.id,
      action: 'login',
      entity: 'user',
      entityId: found.user.id,
      before: null,
      after: null,
    });
  });
  return { user: found.user, token };
}

export function logOut(store: Store, token: string) {
  store.users.deleteSession(token);
}

export function userForToken(store: Store, token: string): User | null {
  return store.users.sessionUser(token);
}

export const listUsers = (store: Store): User[] => store.users.list();

export async function createUser(
  store: Store,
  actor: Actor,
  input: UserInput,
  hashing: PasswordHashing,
): Promise<User> {
  const passwordHash = await hashPassword(input.password, hashing.scryptN);
  await store.writeGate.whenFree();
  return store.transaction(() => {
    if (store.users.credentials(input.username)) {
      throw conflict(`The username ${input.username} is taken`, [
        { path: 'username', message: 'This username is taken' },
      ]);
    }
    const user = store.users.insert({ ...input, passwordHash });
    store.audit.record({
      userId: actor.userId,
      action: 'create',
      entity: 'user',
      entityId: user.id,
      before: null,
      after: user,
    });
    return user;
  });
}

export async function updateUser(
  store: Store,
  actor: Actor,
  id: number,
  patch: UserPatch,
  hashing: PasswordHashing,
): Promise<User> {
  const passwordHash = patch.password ? await hashPassword(patch.password, hashing.scryptN) : undefined;
  await store.writeGate.whenFree();
  return store.transaction(() => {
    const current = store.users.get(id);
    if (!current) throw notFound(`User ${id}`);
    if (id === actor.userId && (patch.disabled || (patch.role && patch.role !== 'admin'))) {
      throw conflict('You cannot disable yourself or take away your own admin role', [
        { path: patch.disabled ? 'disabled' : 'role', message: 'Ask another admin to do this' },
      ]);
    }
    const updated = store.users.update(current, { ...patch, passwordHash });
    if (patch.disabled || passwordHash) store.users.deleteSessionsOf(id);
    const action = passwordHash ? 'reset_password' : 'update';
    store.audit.record({ userId: actor.userId, action, entity: 'user', entityId: id, before: current, after: updated });
    return updated;
  });
}

/** On first start with no users: an admin with the configured password, or a random one. */
export async function ensureAdmin(
  store: Store,
  config: Pick<Config, 'adminPassword' | 'scryptN'>,
): Promise<string | null> {
  if (store.users.count() > 0) return null;
  const password = config.adminPassword ?? randomPassword();
  await createUser(
    store,
    { userId: null },
    { username: 'admin', displayName: 'Administrator', role: 'admin', password },
    config,
  );
  return config.adminPassword ? null : password;
}
