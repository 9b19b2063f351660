import { describe, expect, it } from 'vitest';
import type { Options } from 'express-rate-limit';
import { BoundedMemoryStore } from '../../server/src/http/bounded-rate-limit-store';
import { failedSignInBudget } from '../../server/src/services/failed-sign-ins';

const WINDOW = 1000;

function storeAt(maxKeys: number) {
  const clock = { now: 0 };
  const store = new BoundedMemoryStore(maxKeys, () => clock.now);
  store.init({ windowMs: WINDOW } as Options);
  return { store, clock };
}

describe('the rate limiter’s store', () => {
  it('never holds more than its keys, dropping the oldest', () => {
    const { store } = storeAt(100);
    for (let i = 0; i < 10_000; i++) store.increment(`key${i}`);
    expect(store.size).toBe(100);
    expect(store.get('key0')).toBeUndefined();
    expect(store.get('key9999')?.totalHits).toBe(1);
  });

  it('counts hits per key within its window and starts again after it', () => {
    const { store, clock } = storeAt(100);
    for (let i = 0; i < 3; i++) store.increment('a');
    expect(store.increment('a')).toMatchObject({ totalHits: 4, resetTime: new Date(WINDOW) });
    store.decrement('a');
    expect(store.get('a')?.totalHits).toBe(3);
    clock.now = WINDOW;
    expect(store.get('a')).toBeUndefined();
    expect(store.increment('a')).toMatchObject({ totalHits: 1, resetTime: new Date(2 * WINDOW) });
  });

  it('drops expired keys before it would drop a live one', () => {
    const { store, clock } = storeAt(3);
    store.increment('old1');
    store.increment('old2');
    clock.now = WINDOW / 2;
    store.increment('live');
    clock.now = WINDOW;
    store.increment('new');
    expect(store.size).toBe(2);
    expect(store.get('live')?.totalHits).toBe(1);
  });
});

describe('the failed sign-in audit budget', () => {
  it('lets its budget through in a window, then says how many it dropped', () => {
    const clock = { now: 0 };
    const budget = failedSignInBudget({ perWindow: 3, windowMs: WINDOW }, () => clock.now);
    const taken = Array.from({ length: 10 }, () => budget.take());
    expect(taken).toEqual([0, 0, 0, null, null, null, null, null, null, null]);
    clock.now = WINDOW;
    expect(budget.take()).toBe(7);
    expect(budget.take()).toBe(0);
  });
});
