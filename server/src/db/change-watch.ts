import { onePerConnection, type Db } from './connection';

/** Where the file stands, as one connection sees it. */
export interface Changes {
  /** The counter the triggers of migration 0003 move forward on every change to scored data. */
  dataVersion: number;
  /** Moves whenever another connection commits (PRAGMA data_version), never for this one's own. */
  commitsByOthers: number;
}

/**
 * The changes to the file, read at most once per turn of the event loop and again after any
 * write of this connection. A read is a transaction, with the WAL's locks taken and released:
 * measured under load, each costs a request far more than its query, and a cached answer made
 * two of them. Within one turn, every request being served arrived before the first read, so
 * each still sees every commit made before it asked. This connection's own writes are seen at
 * once through total_changes(), which reads no file; inside a transaction the read is always
 * made, for the transaction's own view.
 */
export class ChangeWatch {
  private readonly read;
  private readonly ownChanges;
  private last: { changes: Changes; ownChanges: number } | null = null;

  constructor(private readonly db: Db) {
    this.read = db.prepare(
      'SELECT version, (SELECT data_version FROM pragma_data_version) FROM data_version WHERE id = 1',
    );
    this.read.raw();
    this.ownChanges = db.prepare('SELECT total_changes()').pluck();
  }

  current(): Changes {
    if (this.db.inTransaction) return this.readNow();
    const ownChanges = this.ownChanges.get() as number;
    if (this.last?.ownChanges !== ownChanges) {
      if (!this.last) setImmediate(() => (this.last = null));
      this.last = { changes: this.readNow(), ownChanges };
    }
    return this.last.changes;
  }

  private readNow(): Changes {
    const [dataVersion, commitsByOthers] = this.read.get() as [number, number];
    return { dataVersion, commitsByOthers };
  }
}

/** The one watch of a connection, shared by the session cache and the store. */
export const changeWatchOf = onePerConnection((db) => new ChangeWatch(db));
