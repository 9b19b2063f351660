import type { Db } from './connection';

/** The counter the triggers of migration 0003 move forward on every change to scored data. */
export function dataVersionRepo(db: Db) {
  const current = db.prepare('SELECT version FROM data_version WHERE id = 1').pluck();
  return {
    current: () => current.get() as number,
  };
}
export type DataVersionRepo = ReturnType<typeof dataVersionRepo>;
