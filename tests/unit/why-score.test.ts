import { describe, expect, it } from 'vitest';
import type { IndicatorValues } from '../../shared/src/assessment';
import { resolveTargets, scoreAssessment } from '../../shared/src/scoring';
import { explainPeriod, indicatorFormula, weightedMeanFormula } from '../../client/src/features/trends/lib/why-score';
import { rateRatioText } from '../../client/src/lib/rate-ratio-text';
import { describeOrigins, firstValuePeriods } from '../../client/src/lib/target-origins';
import { comparePeriods } from '../../shared/src/periods';
import { CATALOG_EN } from '../../shared/src/i18n/catalog-text';
import { createTranslate } from '../../client/src/lib/i18n';
import { en } from '../../client/src/locales/en';
import { fr } from '../../client/src/locales/fr';
import { CATALOG_FR } from '../../shared/src/i18n/catalog-fr';
import { translateMessageFr } from '../../shared/src/i18n/messages-fr';
import { flagDetail } from '../../client/src/components/quality-flags';

const t = createTranslate(en, 'en');

const LOWER = 'lower_is_better' as const;
const HIGHER = 'higher_is_better' as const;

describe('indicatorFormula', () => {
  it('substitutes the actual numbers, with true minus signs', () => {
    // 100 × clamp((30 − 40) / (20 − 40), 0, 1) = 100 × 0.5 = 50
    expect(indicatorFormula({ value: 30, baseline: 40, target: 20, direction: LOWER, score: 50 }, t)).toBe(
      '100 × clamp((30 − 40) / (20 − 40), 0, 1) = 50.0',
    );
    // (60 − 0) / (80 − 0) = 0.75 -> 75
    expect(indicatorFormula({ value: 60, baseline: 0, target: 80, direction: HIGHER, score: 75 }, t)).toBe(
      '100 × clamp((60 − 0) / (80 − 0), 0, 1) = 75.0',
    );
  });

  it('writes decimals to two places and thousands with separators', () => {
    expect(indicatorFormula({ value: 1250, baseline: 2000, target: 1000.5, direction: LOWER, score: 75.0375 }, t)).toBe(
      '100 × clamp((1,250 − 2,000) / (1,000.5 − 2,000), 0, 1) = 75.0',
    );
    expect(indicatorFormula({ value: 200 / 3, baseline: 0, target: 80, direction: HIGHER, score: 83.333 }, t)).toBe(
      '100 × clamp((66.67 − 0) / (80 − 0), 0, 1) = 83.3',
    );
  });

  it('explains a target equal to its baseline as a comparison', () => {
    expect(indicatorFormula({ value: 8, baseline: 10, target: 10, direction: LOWER, score: 100 }, t)).toBe(
      'target = baseline = 10: 8 ≤ 10, so 100.0',
    );
    expect(indicatorFormula({ value: 12, baseline: 10, target: 10, direction: LOWER, score: 0 }, t)).toBe(
      'target = baseline = 10: 12 > 10, so 0.0',
    );
    expect(indicatorFormula({ value: 9, baseline: 10, target: 10, direction: HIGHER, score: 0 }, t)).toBe(
      'target = baseline = 10: 9 < 10, so 0.0',
    );
  });

  it('has no formula for an unscored indicator', () => {
    expect(indicatorFormula({ value: null, baseline: 40, target: 20, direction: LOWER, score: null }, t)).toBeNull();
    expect(indicatorFormula({ value: 30, baseline: null, target: null, direction: HIGHER, score: null }, t)).toBeNull();
  });
});

describe('weightedMeanFormula', () => {
  it('shows every weight and score', () => {
    // (2 × 50 + 1 × 80) / (2 + 1) = 180 / 3 = 60
    expect(
      weightedMeanFormula(
        [
          { value: 50, weight: 2 },
          { value: 80, weight: 1 },
        ],
        60,
      ),
    ).toBe('(2 × 50.0 + 1 × 80.0) / (2 + 1) = 60.0');
    expect(weightedMeanFormula([{ value: 12.345, weight: 0.25 }], 12.345)).toBe('(0.25 × 12.3) / (0.25) = 12.3');
  });
  it('is null when nothing was scored', () => {
    expect(weightedMeanFormula([], null)).toBeNull();
  });
});

describe('explainPeriod', () => {
  // violent_incidents 30 against a mission baseline 40 and target 20 -> 50;
  // conflict fatalities not measured; disputes 0 recorded -> rate unscored;
  // local capacity and protection not measured at all.
  const values: IndicatorValues = { violent_incidents: 30, disputes_recorded: 0, disputes_resolved: 0 };
  const targets = resolveTargets({ violent_incidents: { baseline: 40, target: 20, weight: 1 } }, [
    { period: '2024Q1', values },
  ]);
  const explained = explainPeriod(scoreAssessment(values, targets), t, CATALOG_EN);

  it('works the overall through from the KPIs present and flags it incomplete', () => {
    expect(explained.overall).toBe(50);
    // Only violence reduction is scored: (0.25 × 50) / (0.25) = 50
    expect(explained.formula).toBe('(0.25 × 50.0) / (0.25) = 50.0');
    expect(explained.completeness).toBe('Built on 1 of 4 KPIs: flagged incomplete, not averaged as if complete.');
  });

  it('gives each KPI its formula or the reason it is not scored', () => {
    const violence = explained.kpis.find((kpi) => kpi.id === 'violence_reduction');
    expect(violence?.formula).toBe('(1 × 50.0) / (1) = 50.0');
    expect(violence?.indicators.map((i) => [i.id, i.formula, i.reason])).toEqual([
      ['violent_incidents', '100 × clamp((30 − 40) / (20 − 40), 0, 1) = 50.0', null],
      ['conflict_fatalities', null, 'not measured'],
    ]);
    const disputes = explained.kpis.find((kpi) => kpi.id === 'dispute_resolution');
    expect(disputes?.formula).toBeNull();
    expect(disputes?.reason).toMatch(/^KPI not scored/);
    expect(disputes?.indicators.map((i) => i.reason)).toEqual(['context only', 'context only', 'no disputes recorded']);
  });

  it('says why an indicator without a target is not scored', () => {
    const withOutput = explainPeriod(
      scoreAssessment({ personnel_trained: 120 }, resolveTargets({}, [])),
      t,
      CATALOG_EN,
    );
    const capacity = withOutput.kpis.find((kpi) => kpi.id === 'local_capacity');
    expect(capacity?.indicators.find((i) => i.id === 'personnel_trained')?.reason).toBe('no target set');
  });

  it('shows how the dispute resolution rate was derived', () => {
    const rate = explainPeriod(
      scoreAssessment({ disputes_recorded: 10, disputes_resolved: 6 }, resolveTargets({}, [])),
      t,
      CATALOG_EN,
    ).kpis.find((kpi) => kpi.id === 'dispute_resolution');
    const row = rate?.indicators.find((i) => i.id === 'dispute_resolution_rate');
    expect(row?.derivation).toBe('100 × 6 resolved ÷ 10 recorded = 60 %');
    // 60 % against the catalog default 0 -> 80: 60 / 80 = 0.75 -> 75
    expect(row?.formula).toBe('100 × clamp((60 − 0) / (80 − 0), 0, 1) = 75.0');
  });
});

describe('describeOrigins', () => {
  const history = [
    { period: '2024Q2', values: { violent_incidents: 30 } },
    { period: '2024Q1', values: { violent_incidents: 44, conflict_fatalities: null } },
  ];
  const firsts = firstValuePeriods(history, comparePeriods);

  it('finds the first period with a value', () => {
    expect(firsts).toEqual({ violent_incidents: '2024Q1' });
  });

  it('names a first assessed value written down, and the catalog rule for its target', () => {
    const setting = {
      baseline: 44,
      baselineSource: { kind: 'first_value' as const, period: '2024Q1' },
      target: null,
      weight: 1,
    };
    const resolved = resolveTargets({ violent_incidents: setting }, history).violent_incidents;
    expect(resolved).toMatchObject({ baseline: 44, target: 22 });
    expect(describeOrigins('violent_incidents', setting, resolved, firsts.violent_incidents ?? null, t)).toEqual({
      baseline: 'first assessed value (2024 Q1), written down',
      target: 'catalog default: 50 % of the mission’s baseline',
    });
  });

  it('names a baseline window', () => {
    const setting = {
      baseline: null,
      baselineSource: { kind: 'window' as const, from: '2024Q1', to: '2024Q4' },
      target: 10,
      weight: 1,
    };
    const resolved = resolveTargets({ violent_incidents: setting }, history).violent_incidents;
    expect(describeOrigins('violent_incidents', setting, resolved, null, t)).toEqual({
      baseline: 'mean of the approved periods 2024 Q1 to 2024 Q4',
      target: 'set for this mission',
    });
  });

  it('tells a bound the mission set from one the catalog fills in', () => {
    const setting = { baseline: 40, target: null, weight: 1 };
    const resolved = resolveTargets({ violent_incidents: setting }, history).violent_incidents;
    expect(describeOrigins('violent_incidents', setting, resolved, '2024Q1', t)).toEqual({
      baseline: 'set for this mission',
      target: 'catalog default: 50 % of the mission’s baseline',
    });
  });

  it('names catalog defaults and missing targets', () => {
    const resolved = resolveTargets({}, []);
    expect(describeOrigins('threat_response_pct', undefined, resolved.threat_response_pct, null, t)).toEqual({
      baseline: 'catalog default',
      target: 'catalog default',
    });
    expect(describeOrigins('personnel_trained', undefined, resolved.personnel_trained, null, t)).toEqual({
      baseline: 'none set',
      target: 'no target set',
    });
    expect(describeOrigins('civilian_casualties', undefined, resolved.civilian_casualties, null, t)).toEqual({
      baseline: 'no baseline set: not scored',
      target: 'no baseline set: not scored',
    });
  });
});

describe('in French', () => {
  const tFr = createTranslate(fr, 'fr');
  const values: IndicatorValues = { violent_incidents: 30, disputes_recorded: 0, disputes_resolved: 0 };
  const score = scoreAssessment(
    values,
    resolveTargets({ violent_incidents: { baseline: 40, target: 20, weight: 1 } }, []),
  );

  it('works the score through in French words and names', () => {
    const explained = explainPeriod(score, tFr, CATALOG_FR);
    expect(explained.completeness).toBe(
      'Fondé sur 1 KPI sur 4 : signalé « Incomplet », non moyenné comme s’il était complet.',
    );
    const violence = explained.kpis.find((kpi) => kpi.id === 'violence_reduction');
    expect(violence?.name).toBe(CATALOG_FR.kpis.violence_reduction.name);
    expect(violence?.indicators.map((i) => [i.name, i.reason])).toEqual([
      [CATALOG_FR.indicators.violent_incidents.name, null],
      [CATALOG_FR.indicators.conflict_fatalities.name, 'non mesuré'],
    ]);
    expect(indicatorFormula({ value: 8, baseline: 10, target: 10, direction: LOWER, score: 100 }, tFr)).toMatch(
      /^cible = référence = 10 : 8 ≤ 10, donc 100/,
    );
  });

  it('translates each broken rule of an inconsistent flag', () => {
    const flag = {
      flag: 'inconsistent' as const,
      detail:
        'Disputes resolved (6) cannot exceed disputes recorded (4); Enter the disputes recorded when you enter disputes resolved',
      indicators: [],
    };
    expect(flagDetail(flag, score, tFr, CATALOG_FR, translateMessageFr)).toBe(
      'Les différends résolus (6) ne peuvent pas dépasser les différends enregistrés (4) ; Saisissez les différends enregistrés quand vous saisissez les différends résolus',
    );
    expect(flagDetail(flag, score, t, CATALOG_EN, (message) => message)).toBe(flag.detail);
  });

  it('calls a UCDP rise a surge in recorded events, in both languages', () => {
    const flag = { flag: 'recorded_surge' as const, detail: '', indicators: ['violent_incidents' as const] };
    expect(flagDetail(flag, score, t, CATALOG_EN, (message) => message)).toBe(
      'Surge in recorded events (UCDP GED), far above the up to 8 periods before it: Violent incidents',
    );
    expect(flagDetail(flag, score, tFr, CATALOG_FR, translateMessageFr)).toBe(
      `Hausse des événements enregistrés (UCDP GED), bien au-dessus des 8 périodes au plus qui précèdent : ${CATALOG_FR.indicators.violent_incidents.name}`,
    );
    expect(CATALOG_EN.flags.recorded_surge).toBe('Surge in recorded events');
  });
});

describe('rateRatioText', () => {
  const typed = {
    events: 28,
    baselineMean: 10,
    baselineEvents: null,
    baselinePeriods: null,
    ratio: 2.8,
    lower: 1.86,
    upper: 4.05,
    method: 'exact_poisson' as const,
    scored: true,
    reason: null,
  };

  it('says a count worse than its baseline is worse, with the rate ratio and its interval', () => {
    expect(rateRatioText(typed, t)).toEqual({
      change: '+180 % vs baseline',
      interval: 'rate ratio 2.8, 95 % CI 1.86 to 4.05',
      method: 'exact Poisson interval of 28 events ÷ the baseline 10',
    });
  });

  it('names the window for the exact conditional interval, and an open upper bound', () => {
    const window = { ...typed, baselineEvents: 0, baselinePeriods: 4, ratio: null, lower: 0.5, upper: null };
    expect(rateRatioText(window, t).change).toBe('no baseline events to compare with');
    const fewer = { ...typed, baselineEvents: 40, baselinePeriods: 4, ratio: 0.6, lower: 0.3, upper: null };
    expect(rateRatioText(fewer, t)).toEqual({
      change: '−40 % vs baseline',
      interval: 'rate ratio 0.6, 95 % CI from 0.3, no upper bound',
      method: 'exact conditional interval: 28 events against 40 over 4 baseline periods',
    });
  });

  it('reads in French', () => {
    expect(rateRatioText(typed, createTranslate(fr, 'fr')).change).toBe('+180 % par rapport à la référence');
  });
});
