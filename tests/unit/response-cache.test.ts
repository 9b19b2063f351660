import { describe, expect, it } from 'vitest';
import { ResponseCache } from '../../server/src/http/response-cache';

const body = (bytes: number) => Buffer.alloc(bytes);

describe('ResponseCache', () => {
  it('keeps bodies within its byte budget, dropping the least recently used first', () => {
    const cache = new ResponseCache(30);
    cache.set('a', body(10));
    cache.set('b', body(10));
    cache.set('c', body(10));
    expect(cache.get('a')).toBeDefined();
    cache.set('d', body(10));
    expect(cache.get('b')).toBeUndefined();
    expect(['a', 'c', 'd'].every((key) => cache.get(key))).toBe(true);
    expect(cache.size).toBe(3);
  });

  it('replaces a key without counting it twice, and never keeps a body larger than the budget', () => {
    const cache = new ResponseCache(30);
    cache.set('a', body(20));
    cache.set('a', body(20));
    cache.set('b', body(10));
    expect(cache.size).toBe(2);
    cache.set('huge', body(31));
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.size).toBe(2);
  });
});
