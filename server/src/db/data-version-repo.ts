import { changeWatchOf } from './change-watch';
import type { Db } from './connection';

/** The counter the triggers of migration 0003 move forward on every change to scored data. */
export function dataVersionRepo(db: Db) {
  const changes = changeWatchOf(db);
  return {
    current: () => changes.current().dataVersion,
  };
}
export type DataVersionRepo = ReturnType<typeof dataVersionRepo>;
