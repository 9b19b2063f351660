import type { ClientRateLimitInfo, Options, Store } from 'express-rate-limit';

/**
 * express-rate-limit's hit counters in memory, never more than `maxKeys` of them. Every key
 * gets the same fixed window from its first hit, so the Map's insertion order is also expiry
 * order: expired keys are dropped from the front, and when the store is still full the oldest
 * key goes, which only forgets that key's count early.
 */
export class BoundedMemoryStore implements Store {
  readonly localKeys = true;
  private windowMs = 60_000;
  private readonly hits = new Map<string, ClientRateLimitInfo>();

  constructor(
    readonly maxKeys: number,
    private readonly now: () => number = Date.now,
  ) {}

  init(options: Options) {
    this.windowMs = options.windowMs;
  }

  /** How many keys are held: what the store costs in memory. */
  get size() {
    return this.hits.size;
  }

  get(key: string): ClientRateLimitInfo | undefined {
    const info = this.live(key, this.now());
    return info && { ...info };
  }

  increment(key: string): ClientRateLimitInfo {
    const now = this.now();
    let info = this.live(key, now);
    if (!info) {
      this.makeRoom(now);
      info = { totalHits: 0, resetTime: new Date(now + this.windowMs) };
      this.hits.set(key, info);
    }
    info.totalHits++;
    return { ...info };
  }

  decrement(key: string) {
    const info = this.hits.get(key);
    if (info && info.totalHits > 0) info.totalHits--;
  }

  resetKey(key: string) {
    this.hits.delete(key);
  }

  resetAll() {
    this.hits.clear();
  }

  private live(key: string, now: number): ClientRateLimitInfo | undefined {
    const info = this.hits.get(key);
    if (info && info.resetTime!.getTime() <= now) {
      this.hits.delete(key);
      return undefined;
    }
    return info;
  }

  private makeRoom(now: number) {
    for (const [key, info] of this.hits) {
      if (this.hits.size < this.maxKeys && info.resetTime!.getTime() > now) return;
      this.hits.delete(key);
    }
  }
}
