import { describe, expect, it, onTestFinished } from 'vitest';
import { changeWatchOf } from '../../server/src/db/change-watch';
import type { Db } from '../../server/src/db/connection';
import { migratedFile } from './helpers';

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
const bump = (db: Db) => db.prepare('UPDATE data_version SET version = version + 1 WHERE id = 1').run();

/** A second connection to the same file, as an import's worker or another process would hold. */
function otherConnection(db: Db): Db {
  const other = new (db.constructor as new (file: string) => Db)(db.name);
  other.pragma('busy_timeout = 5000');
  onTestFinished(() => {
    other.close();
  });
  return other;
}

describe('the change watch of a connection', () => {
  it("sees the connection's own writes at once, within the same turn", () => {
    const db = migratedFile();
    const watch = changeWatchOf(db);
    const before = watch.current();
    bump(db);
    expect(watch.current().dataVersion).toBe(before.dataVersion + 1);
    // Its own commits are not another connection's.
    expect(watch.current().commitsByOthers).toBe(before.commitsByOthers);
  });

  it("reads once per turn: another connection's commit is seen from the next turn on", async () => {
    const db = migratedFile();
    const watch = changeWatchOf(db);
    const before = watch.current();
    bump(otherConnection(db));
    // Every request served in this turn arrived before the commit.
    expect(watch.current()).toEqual(before);
    await nextTurn();
    const after = watch.current();
    expect(after.dataVersion).toBe(before.dataVersion + 1);
    expect(after.commitsByOthers).not.toBe(before.commitsByOthers);
  });

  it('reads afresh inside a transaction, for the view its writes rest on', () => {
    const db = migratedFile();
    const watch = changeWatchOf(db);
    const before = watch.current();
    bump(otherConnection(db));
    const inside = db.transaction(() => watch.current().dataVersion)();
    expect(inside).toBe(before.dataVersion + 1);
  });

  it('is one per connection, shared by everything that asks', () => {
    const db = migratedFile();
    expect(changeWatchOf(db)).toBe(changeWatchOf(db));
  });
});
