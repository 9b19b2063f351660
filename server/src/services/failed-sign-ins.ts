/** How many failed sign-ins the audit trail records in one window, and how long a window is. */
export interface FailedSignInAuditLimits {
  perWindow: number;
  windowMs: number;
}

export const FAILED_SIGN_IN_AUDIT: FailedSignInAuditLimits = { perWindow: 100, windowMs: 15 * 60_000 };

/**
 * Decides which failed sign-ins the audit trail records: all of them up to `perWindow` in a
 * window, so that a flood from many addresses cannot fill the log. The first one recorded after
 * some were dropped says how many, so the gap shows.
 */
export function failedSignInBudget(limits = FAILED_SIGN_IN_AUDIT, now: () => number = Date.now) {
  let windowStart = -Infinity;
  let recorded = 0;
  let dropped = 0;
  return {
    /** Null: do not record this one. A number: record it, noting this many dropped before it. */
    take(): number | null {
      const at = now();
      if (at - windowStart >= limits.windowMs) {
        windowStart = at;
        recorded = 0;
      }
      if (recorded >= limits.perWindow) {
        dropped++;
        return null;
      }
      recorded++;
      const before = dropped;
      dropped = 0;
      return before;
    },
  };
}
export type FailedSignInBudget = ReturnType<typeof failedSignInBudget>;
