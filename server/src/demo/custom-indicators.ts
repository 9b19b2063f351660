import type { ParsedCustomIndicatorInput } from '@cpea/shared/custom-indicators';
import type { TargetSetting } from '@cpea/shared/targets';

// Two mission-specific indicators of the demo portfolio, as an admin would add them. Their
// values are illustrative like the rest of the demo, and their source says so. Each mission
// began to measure its own in its latest, unapproved periods, so the scores it published before
// stay as they were.

export interface DemoCustomIndicator {
  /** The demo mission it belongs to. */
  acronym: string;
  indicator: Omit<ParsedCustomIndicatorInput, 'missionId'>;
  setting: TargetSetting;
  /** The value of the i-th assessed period of the mission, of n; only unapproved periods are given one. */
  valueAt: (i: number, n: number) => number;
}

const ILLUSTRATIVE = 'Illustrative demo values, not from a real source';

export const DEMO_CUSTOM_INDICATORS: readonly DemoCustomIndicator[] = [
  {
    acronym: 'MINUSCA',
    indicator: {
      id: 'checkpoints_dismantled',
      nameEn: 'Armed-group checkpoints dismantled',
      nameFr: 'Barrages de groupes armés démantelés',
      kpi: 'violence_reduction',
      unit: 'count',
      unitLabel: null,
      min: null,
      max: null,
      direction: 'higher_is_better',
      kind: 'output',
      helpEn: 'Illegal checkpoints of armed groups removed on the main supply routes during the period.',
      helpFr: 'Barrages illégaux de groupes armés levés sur les axes principaux pendant la période.',
      source: ILLUSTRATIVE,
    },
    setting: { baseline: 2, target: 12, weight: 1 },
    // Rising with the mission's presence, with a seasonal dip in the rainy quarters.
    valueAt: (i, n) => Math.round(2 + (10 * i) / Math.max(1, n - 1) - (i % 4 === 2 ? 2 : 0)),
  },
  {
    acronym: 'KFOR',
    indicator: {
      id: 'interethnic_incidents',
      nameEn: 'Inter-ethnic incidents',
      nameFr: 'Incidents interethniques',
      kpi: 'civilian_protection',
      unit: 'count',
      unitLabel: null,
      min: null,
      max: null,
      direction: 'lower_is_better',
      kind: 'outcome',
      helpEn: 'Incidents of violence or intimidation between communities reported during the period.',
      helpFr: 'Incidents de violence ou d’intimidation entre communautés signalés pendant la période.',
      source: ILLUSTRATIVE,
    },
    setting: { baseline: 60, target: 15, weight: 1 },
    valueAt: (i, n) => Math.max(5, Math.round(60 - (45 * i) / Math.max(1, n - 1) + (i % 3 === 1 ? 6 : 0))),
  },
];
