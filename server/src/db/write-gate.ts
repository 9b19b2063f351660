import { setImmediate as nextTurn } from 'node:timers/promises';
import { onePerConnection } from './connection';

// An import commits on a connection of its own, in a worker thread (services/import-apply.ts).
// While its transaction holds SQLite's write lock, a write on the server's connection would wait
// for it in busy_timeout, synchronously, holding up every request, or fail. So the import holds
// this gate for as long as its transaction may be open, and every other write on the server's
// connection first awaits `whenFree()` and then writes with no `await` in between.
//
// That is race-free because JavaScript runs one thing at a time: `hold()` marks the gate held at
// once but resolves only on a later turn of the event loop, after every microtask already queued.
// A writer that found the gate free goes on in such a microtask and writes before the import's
// transaction begins; a writer that comes later finds the gate held and waits until it is free.

export interface WriteGate {
  /** Resolves when no import is committing: write in the same turn, with no `await` first. */
  whenFree(): Promise<void>;
  /** Waits for the gate and holds it until `release` is called: imports commit one at a time. */
  hold(): Promise<() => void>;
  /** Writes and imports waiting for the gate. */
  readonly waiting: { writes: number; imports: number };
}

function writeGate(): WriteGate {
  let held = false;
  let writers: (() => void)[] = [];
  let holders: (() => void)[] = [];
  const open = () => {
    held = false;
    // Writers first: theirs are short, and an import waiting behind them waits one turn more.
    const woken = [...writers, ...holders];
    writers = [];
    holders = [];
    for (const wake of woken) wake();
  };
  return {
    async whenFree() {
      while (held) await new Promise<void>((resolve) => writers.push(resolve));
    },
    async hold() {
      while (held) await new Promise<void>((resolve) => holders.push(resolve));
      held = true;
      await nextTurn();
      let released = false;
      return () => {
        if (released) return;
        released = true;
        open();
      };
    },
    get waiting() {
      return { writes: writers.length, imports: holders.length };
    },
  };
}

/** The gate of the connection `db`: every store over it shares one. */
export const writeGateOf = onePerConnection(() => writeGate());
