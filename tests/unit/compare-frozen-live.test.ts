import { describe, expect, it } from 'vitest';
import type { ComparisonMissionSummary, ComparisonReport } from '../../shared/src/comparison';
import { frozenLiveRows } from '../../client/src/features/compare/lib/report-series';
import { formatDifference } from '../../client/src/features/compare/lib/report-format';

function mission(
  missionId: number,
  latest: { period: string; overall: number | null } | null,
  meanOverall: number | null,
): ComparisonMissionSummary {
  return {
    missionId,
    name: `Mission ${missionId}`,
    acronym: `M${missionId}`,
    latest: latest && { ...latest, band: null, completeness: 1, kpis: {}, flags: [] },
    mean: { overall: meanOverall, kpis: {} },
  } as unknown as ComparisonMissionSummary;
}

const report = (missions: ComparisonMissionSummary[]) => ({ missions }) as ComparisonReport;

describe('frozenLiveRows', () => {
  it('shows no change when nothing was edited since freezing', () => {
    const frozen = report([mission(1, { period: '2024Q4', overall: 61.25 }, 55)]);
    const live = report([mission(1, { period: '2024Q4', overall: 61.25 }, 55)]);
    expect(frozenLiveRows(frozen, live)).toEqual([
      {
        missionId: 1,
        acronym: 'M1',
        name: 'Mission 1',
        frozenLatest: { period: '2024Q4', overall: 61.25 },
        liveLatest: { period: '2024Q4', overall: 61.25 },
        latestDifference: 0,
        frozenMean: 55,
        liveMean: 55,
        meanDifference: 0,
        missingLive: false,
        changed: false,
      },
    ]);
  });

  it('takes live − frozen, and counts a new latest period as a change even at the same score', () => {
    const frozen = report([
      mission(1, { period: '2024Q3', overall: 50 }, 40),
      mission(2, { period: '2024Q4', overall: 70 }, 60),
    ]);
    const live = report([
      mission(1, { period: '2024Q4', overall: 50 }, 42.5),
      mission(2, { period: '2024Q4', overall: 64.5 }, 60.01),
    ]);
    const [first, second] = frozenLiveRows(frozen, live);
    expect(first).toMatchObject({ latestDifference: 0, meanDifference: 2.5, changed: true });
    expect(second.latestDifference).toBeCloseTo(-5.5, 10);
    expect(second.meanDifference).toBeCloseTo(0.01, 10); // below 0.05: float noise as far as the reader can see
    expect(second.changed).toBe(true); // but the latest score did move
    expect(formatDifference(second.meanDifference)).toBe('0.0');
    expect(formatDifference(second.latestDifference)).toBe('-5.5');
    expect(formatDifference(2.5)).toBe('+2.5');
  });

  it('has no difference where either side has no score, and notices a score appearing', () => {
    const frozen = report([mission(1, { period: '2024Q4', overall: null }, null)]);
    const live = report([mission(1, { period: '2024Q4', overall: 30 }, 30)]);
    expect(frozenLiveRows(frozen, live)[0]).toMatchObject({
      latestDifference: null,
      meanDifference: null,
      changed: true,
    });
    expect(formatDifference(null)).toBe('—');
  });

  it('marks every mission as missing when there is no live report', () => {
    const frozen = report([mission(1, { period: '2024Q4', overall: 10 }, 10), mission(2, null, null)]);
    const rows = frozenLiveRows(frozen, null);
    expect(rows.map((r) => [r.missingLive, r.changed, r.liveLatest, r.latestDifference])).toEqual([
      [true, true, null, null],
      [true, true, null, null],
    ]);
  });
});
