import type { Mission } from './mission';
import type { Band, TrendClass } from './scoring';

/** One row of the portfolio overview: a mission with its latest scored period. */
export interface MissionSummary extends Mission {
  assessmentCount: number;
  latestPeriod: string | null;
  latest: { period: string; overall: number | null; band: Band | null; completeness: number } | null;
  trend: TrendClass;
  sparkline: { period: string; overall: number | null }[];
}
