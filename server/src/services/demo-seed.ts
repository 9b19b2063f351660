import fs from 'node:fs';
import path from 'node:path';
import type { IndicatorValues, Provenance } from '@cpea/shared/assessment';
import type { IndicatorId } from '@cpea/shared/catalog';
import { DEFAULT_KPI_WEIGHTS } from '@cpea/shared/scoring';
import { missionInputSchema } from '@cpea/shared/mission';
import { missionPeriodSpan } from '@cpea/shared/mission-life';
import type { Store } from '../db/store';
import { DEMO_CUSTOM_INDICATORS } from '../demo/custom-indicators';
import { buildDemoPortfolio } from '../demo/portfolio';
import { SYSTEM } from './actor';
import { publishUnpublishedScores } from './published-scores';

export const UCDP_EXTRACT = path.resolve(
  import.meta.dirname,
  '../../../data/ucdp/ucdp_ged_v23_1_central_african_republic.csv',
);

const PUBLISHED_AT_SEEDING = 'Published when the demo portfolio was seeded, once all its assessments were in';

/** Fills an empty database with the demo portfolio, in one transaction. */
export function seedDemoPortfolio(store: Store, gedCsv = fs.readFileSync(UCDP_EXTRACT, 'utf8')) {
  const portfolio = buildDemoPortfolio(gedCsv);
  let assessments = 0;
  store.transaction(() => {
    for (const demo of portfolio.missions) {
      const mission = store.missions.insert(missionInputSchema.parse(demo.mission), demo.illustrative);
      const custom = DEMO_CUSTOM_INDICATORS.filter((item) => item.acronym === mission.acronym);
      for (const item of custom) store.customIndicators.insert({ ...item.indicator, missionId: mission.id });
      const targets = {
        ...demo.targets,
        ...Object.fromEntries(custom.map((item) => [item.indicator.id, item.setting])),
      };
      store.targets.add(mission.id, missionPeriodSpan(mission).first, targets, DEFAULT_KPI_WEIGHTS, null);
      for (const [i, a] of demo.assessments.entries()) {
        const id = store.assessments.insert({
          missionId: mission.id,
          period: a.period,
          status: a.status,
          narrative: a.narrative,
          authorId: null,
        });
        for (const provenance of ['manual', 'ucdp_ged'] as Provenance[]) {
          const values: IndicatorValues = {};
          for (const [indicator, value] of Object.entries(a.values) as [IndicatorId, number | null][]) {
            if ((a.provenance[indicator] ?? 'manual') === provenance) values[indicator] = value;
          }
          store.assessments.setValues(id, values, provenance);
        }
        const customValues = Object.fromEntries(
          custom.map((item) => [item.indicator.id, item.valueAt(i, demo.assessments.length)]),
        );
        if (custom.length > 0 && a.status !== 'approved') store.assessments.setValues(id, customValues, 'manual');
        store.assessments.setChallenges(id, a.challenges);
        assessments++;
      }
      if (demo.eventSeries) {
        const { gedVersion, periods } = demo.eventSeries;
        const importedAt = new Date().toISOString();
        store.eventSeries.put(
          mission.id,
          periods.map(([period, totals]) => ({ period, ...totals, gedVersion, importedAt })),
        );
      }
    }
    publishUnpublishedScores(store, SYSTEM, PUBLISHED_AT_SEEDING);
    store.audit.record({
      userId: null,
      action: 'seed_demo',
      entity: 'portfolio',
      entityId: null,
      before: null,
      after: { missions: portfolio.missions.length, assessments },
    });
  });
  return { missions: portfolio.missions.length, assessments };
}
