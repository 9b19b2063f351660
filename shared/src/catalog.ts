import { z } from 'zod';

// The KPI, indicator and challenge catalogs. Every entry cites the source document it comes
// from; the Methodology screen and the API render this file, so there is no second copy.

export const SOURCES = {
  '000': 'Comprehensive Guide to Military Assistance in Conflict Prevention',
  '001': 'Military Involvement in Peace Processes: Strategies and Outcomes',
  '002': 'Military Engagement in Post-Conflict Reconstruction Strategies',
  '003': 'The Significance of Peacekeeping Partnerships in Military Operations',
  '004': 'Exploring the Significance of Military Diplomacy in Peace Operations',
} as const;

export const SOURCE_IDS = Object.keys(SOURCES) as [keyof typeof SOURCES, ...(keyof typeof SOURCES)[]];
export type SourceId = keyof typeof SOURCES;

export const sourceRefSchema = z.object({ document: z.enum(SOURCE_IDS), section: z.string() });
export type SourceRef = z.infer<typeof sourceRefSchema>;

export const KPI_IDS = ['violence_reduction', 'dispute_resolution', 'local_capacity', 'civilian_protection'] as const;
export type KpiId = (typeof KPI_IDS)[number];

export const INDICATOR_IDS = [
  'violent_incidents',
  'conflict_fatalities',
  'disputes_recorded',
  'disputes_resolved',
  'dispute_resolution_rate',
  'personnel_trained',
  'local_led_operations_pct',
  'capability_rating',
  'civilian_casualties',
  'threat_response_pct',
  'community_engagements',
] as const;
/** One of the eleven standard indicators every mission has. */
export type StandardIndicatorId = (typeof INDICATOR_IDS)[number];

/**
 * Any indicator's id: a standard one, or a custom indicator's slug an admin chose. Values,
 * targets and scores are keyed by it; the standard catalog stays typed by StandardIndicatorId.
 */
export const indicatorIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]{2,47}$/, 'An indicator id is 3 to 48 lowercase letters, digits or _, starting with a letter');
export type IndicatorId = string;

export const UNITS = ['count', 'percent', 'rating_1_5', 'number'] as const;
export type Unit = (typeof UNITS)[number];

/**
 * The values each unit admits, for entered values and for baselines and targets alike. A
 * count has no natural ceiling; a trillion only catches a slip of the keyboard.
 */
export const UNIT_RANGES: Record<Unit, { min: number; max: number }> = {
  count: { min: 0, max: 1e12 },
  percent: { min: 0, max: 100 },
  rating_1_5: { min: 1, max: 5 },
  number: { min: -1e12, max: 1e12 },
};

export const DIRECTIONS = ['lower_is_better', 'higher_is_better'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const INDICATOR_KINDS = ['outcome', 'output'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/**
 * The catalog default when a mission sets no target for an indicator (DESIGN §3). A count has
 * no default baseline: the mission sets one (typed, or the mean over a window of approved
 * periods), and its target is then 50 % of that baseline unless the mission sets one too.
 */
export const defaultTargetSchema = z.discriminatedUnion('rule', [
  z.object({ rule: z.literal('fixed'), baseline: z.number(), target: z.number() }),
  z.object({ rule: z.literal('half_of_baseline') }),
  z.object({ rule: z.literal('none') }),
]);
export type DefaultTarget = z.infer<typeof defaultTargetSchema>;

/** What only a custom indicator has: its French words, where its data come from, and whose it is. */
export const customIndicatorInfoSchema = z.object({
  /** Null for an instance-wide indicator, which every mission has. */
  missionId: z.number().int().nullable(),
  nameFr: z.string(),
  helpFr: z.string(),
  source: z.string(),
  /** When it was retired: its history stays, no new values are taken. */
  retiredAt: z.string().nullable(),
});
export type CustomIndicatorInfo = z.infer<typeof customIndicatorInfoSchema>;

export const indicatorSchema = z.object({
  id: indicatorIdSchema,
  kpi: z.enum(KPI_IDS),
  name: z.string(),
  unit: z.enum(UNITS),
  direction: z.enum(DIRECTIONS),
  kind: z.enum(INDICATOR_KINDS),
  /** Context indicators are entered and shown but never scored. */
  scored: z.boolean(),
  /** Derived indicators are computed from others, never entered. */
  derived: z.boolean(),
  defaultTarget: defaultTargetSchema,
  help: z.string(),
  /** For the unit `number`: what it is counted in, and the values it admits. */
  unitLabel: z.string().optional(),
  range: z.object({ min: z.number(), max: z.number() }).optional(),
  /** Present only on a custom indicator. */
  custom: customIndicatorInfoSchema.optional(),
});
export type Indicator = z.infer<typeof indicatorSchema>;
export type StandardIndicator = Indicator & { id: StandardIndicatorId };

export const kpiSchema = z.object({
  id: z.enum(KPI_IDS),
  name: z.string(),
  description: z.string(),
  sources: z.array(sourceRefSchema),
});
export type Kpi = z.infer<typeof kpiSchema>;

export const KPIS: readonly Kpi[] = [
  {
    id: 'violence_reduction',
    name: 'Reduction in violent incidents',
    description: 'Whether organised violence in the mission area is falling.',
    sources: [{ document: '000', section: 'Assessing Effectiveness and Challenges' }],
  },
  {
    id: 'dispute_resolution',
    name: 'Disputes successfully resolved',
    description: 'Whether local disputes brought to mediation end in a settlement.',
    sources: [
      { document: '000', section: 'Assessing Effectiveness and Challenges' },
      { document: '001', section: 'Mediation and Negotiation Support' },
    ],
  },
  {
    id: 'local_capacity',
    name: 'Local security forces strengthened',
    description: 'Whether host-state forces can increasingly provide security themselves.',
    sources: [
      { document: '000', section: 'Assessing Effectiveness and Challenges' },
      { document: '000', section: 'Training and Capacity Building' },
      { document: '001', section: 'Military Training and Capacity Building for Peace' },
    ],
  },
  {
    id: 'civilian_protection',
    name: 'Protection of civilians',
    description: 'Whether civilians are harmed less and threats to them are answered.',
    sources: [
      { document: '003', section: 'Protection of Civilians' },
      { document: '001', section: 'Peacekeeping Operations' },
    ],
  },
];

const NO_TARGET: DefaultTarget = { rule: 'none' };
const HALF_OF_BASELINE: DefaultTarget = { rule: 'half_of_baseline' };

export const INDICATORS: readonly StandardIndicator[] = [
  {
    id: 'violent_incidents',
    kpi: 'violence_reduction',
    name: 'Violent incidents',
    unit: 'count',
    direction: 'lower_is_better',
    kind: 'outcome',
    scored: true,
    derived: false,
    defaultTarget: HALF_OF_BASELINE,
    help: 'Events of organised violence in the mission area during the period (UCDP GED: every event, including those whose best estimate is 0 deaths).',
  },
  {
    id: 'conflict_fatalities',
    kpi: 'violence_reduction',
    name: 'Conflict fatalities',
    unit: 'count',
    direction: 'lower_is_better',
    kind: 'outcome',
    scored: true,
    derived: false,
    defaultTarget: HALF_OF_BASELINE,
    help: 'Deaths from organised violence during the period, best estimate (UCDP GED: sum of "best").',
  },
  {
    id: 'disputes_recorded',
    kpi: 'dispute_resolution',
    name: 'Disputes recorded',
    unit: 'count',
    direction: 'higher_is_better',
    kind: 'output',
    scored: false,
    derived: false,
    defaultTarget: NO_TARGET,
    help: 'Local disputes brought to mission-supported mediation during the period. Context only, not scored.',
  },
  {
    id: 'disputes_resolved',
    kpi: 'dispute_resolution',
    name: 'Disputes resolved',
    unit: 'count',
    direction: 'higher_is_better',
    kind: 'outcome',
    scored: false,
    derived: false,
    defaultTarget: NO_TARGET,
    help: 'Of the disputes recorded, those settled by agreement during the period. Cannot exceed disputes recorded. Context only.',
  },
  {
    id: 'dispute_resolution_rate',
    kpi: 'dispute_resolution',
    name: 'Dispute resolution rate',
    unit: 'percent',
    direction: 'higher_is_better',
    kind: 'outcome',
    scored: true,
    derived: true,
    defaultTarget: { rule: 'fixed', baseline: 0, target: 80 },
    help: 'Disputes resolved ÷ disputes recorded × 100. Computed, not entered; unscored when no disputes were recorded.',
  },
  {
    id: 'personnel_trained',
    kpi: 'local_capacity',
    name: 'Local personnel trained',
    unit: 'count',
    direction: 'higher_is_better',
    kind: 'output',
    scored: true,
    derived: false,
    defaultTarget: NO_TARGET,
    help: 'Host-state security personnel who completed mission-supported training during the period. An output: it counts activity, not effect.',
  },
  {
    id: 'local_led_operations_pct',
    kpi: 'local_capacity',
    name: 'Operations led by local forces',
    unit: 'percent',
    direction: 'higher_is_better',
    kind: 'outcome',
    scored: true,
    derived: false,
    defaultTarget: { rule: 'fixed', baseline: 0, target: 75 },
    help: 'Share of joint security operations planned and led by host-state forces.',
  },
  {
    id: 'capability_rating',
    kpi: 'local_capacity',
    name: 'Capability rating',
    unit: 'rating_1_5',
    direction: 'higher_is_better',
    kind: 'outcome',
    scored: true,
    derived: false,
    defaultTarget: { rule: 'fixed', baseline: 1, target: 4 },
    help: 'Assessed capability of local forces, 1 (cannot operate) to 5 (fully self-reliant).',
  },
  {
    id: 'civilian_casualties',
    kpi: 'civilian_protection',
    name: 'Civilian casualties',
    unit: 'count',
    direction: 'lower_is_better',
    kind: 'outcome',
    scored: true,
    derived: false,
    defaultTarget: HALF_OF_BASELINE,
    help: 'Civilians killed in organised violence during the period (UCDP GED: sum of "deaths_civilians").',
  },
  {
    id: 'threat_response_pct',
    kpi: 'civilian_protection',
    name: 'Threats to civilians answered',
    unit: 'percent',
    direction: 'higher_is_better',
    kind: 'outcome',
    scored: true,
    derived: false,
    defaultTarget: { rule: 'fixed', baseline: 0, target: 90 },
    help: 'Share of reported threats to civilians that received a timely protective response.',
  },
  {
    id: 'community_engagements',
    kpi: 'civilian_protection',
    name: 'Community engagements',
    unit: 'count',
    direction: 'higher_is_better',
    kind: 'output',
    scored: true,
    derived: false,
    defaultTarget: NO_TARGET,
    help: 'Meetings, patrols with community liaison and early-warning sessions held with local communities. An output.',
  },
];

export const CHALLENGE_IDS = [
  'resources',
  'political_will',
  'coordination',
  'cultural_communication',
  'military_diplomatic_balance',
  'political_landscape',
  'operational_environment',
  'impartiality',
  'legal_ethical',
  'evolving_threats',
] as const;
export type ChallengeId = (typeof CHALLENGE_IDS)[number];

export const challengeSchema = z.object({
  id: z.enum(CHALLENGE_IDS),
  name: z.string(),
  covers: z.string(),
  sources: z.array(sourceRefSchema),
});
export type Challenge = z.infer<typeof challengeSchema>;

export const CHALLENGES: readonly Challenge[] = [
  {
    id: 'resources',
    name: 'Resource limitations',
    covers: 'Funding, troop numbers, logistics, medical and transport gaps.',
    sources: [
      { document: '003', section: 'Resource Limitations' },
      { document: '002', section: 'Challenges Faced in Military Engagement' },
    ],
  },
  {
    id: 'political_will',
    name: 'Political will and commitment',
    covers: "Contributing states' engagement, wavering support.",
    sources: [{ document: '003', section: 'Political Will and Commitment' }],
  },
  {
    id: 'coordination',
    name: 'Operational coordination',
    covers: 'Multinational, inter-agency and civil-military coordination.',
    sources: [
      { document: '003', section: 'Operational Coordination' },
      { document: '004', section: 'Challenges Faced in Military Diplomacy' },
      { document: '000', section: 'Coordination with Civilian Efforts' },
    ],
  },
  {
    id: 'cultural_communication',
    name: 'Cultural and communication barriers',
    covers: 'Cultural misunderstanding, language, trust deficits with local populations.',
    sources: [
      { document: '000', section: 'Assessing Effectiveness and Challenges' },
      { document: '002', section: 'Challenges Faced in Military Engagement' },
      { document: '004', section: 'Challenges Faced in Military Diplomacy' },
    ],
  },
  {
    id: 'military_diplomatic_balance',
    name: 'Balancing military and diplomatic action',
    covers: 'Force posture versus negotiation, civilian primacy.',
    sources: [
      { document: '000', section: 'Assessing Effectiveness and Challenges' },
      { document: '001', section: 'Civil-Military Relations in Peace Processes' },
    ],
  },
  {
    id: 'political_landscape',
    name: 'Complex political landscape',
    covers: 'Host-state politics, external interference, rivalries.',
    sources: [
      { document: '000', section: 'Assessing Effectiveness and Challenges' },
      { document: '000', section: 'Factors Leading to Conflict' },
    ],
  },
  {
    id: 'operational_environment',
    name: 'Operational limitations',
    covers: 'Insecurity, damaged infrastructure, missing civil-affairs skills.',
    sources: [
      { document: '002', section: 'Challenges Faced in Military Engagement' },
      { document: '003', section: 'Resource Limitations' },
    ],
  },
  {
    id: 'impartiality',
    name: 'Impartiality and perceived bias',
    covers: 'Neutrality, empowering one party, presence seen as intrusion.',
    sources: [
      { document: '004', section: 'Principles Governing Military Diplomacy' },
      { document: '001', section: 'The Impact of Military Presence on Peace Negotiations' },
    ],
  },
  {
    id: 'legal_ethical',
    name: 'Legal and ethical constraints',
    covers: 'Mandate, sovereignty, use of force, accountability, human rights.',
    sources: [
      { document: '001', section: 'The Ethical Considerations of Military Involvement' },
      { document: '000', section: 'International Legal Framework and Mandates' },
    ],
  },
  {
    id: 'evolving_threats',
    name: 'Evolving and hybrid threats',
    covers: 'Hybrid and cyber threats, arms proliferation.',
    sources: [
      { document: '000', section: 'Factors Leading to Conflict' },
      { document: '000', section: 'Future Trends in Military Assistance' },
      { document: '004', section: 'Impact of Technology on Military Diplomacy' },
    ],
  },
];

/** `GET /api/catalog`: the sources and the three catalogs. */
export const catalogSchema = z.object({
  sources: z.record(z.enum(SOURCE_IDS), z.string()),
  kpis: z.array(kpiSchema),
  indicators: z.array(indicatorSchema),
  challenges: z.array(challengeSchema),
});
export type Catalog = z.infer<typeof catalogSchema>;

export const SEVERITY_LABELS = ['None', 'Low', 'Moderate', 'High', 'Critical'] as const;
export const MAX_SEVERITY = SEVERITY_LABELS.length - 1;

export const UNIT_LABELS: Record<Unit, string> = {
  count: 'count',
  percent: '%',
  rating_1_5: 'rating 1–5',
  number: 'number',
};

/** The values an indicator admits: its own range for a `number`, else its unit's. */
export function rangeOf(indicator: Pick<Indicator, 'unit' | 'range'>): { min: number; max: number } {
  return indicator.range ?? UNIT_RANGES[indicator.unit];
}

const indicatorById = new Map(INDICATORS.map((indicator) => [indicator.id, indicator]));

export function getIndicator(id: StandardIndicatorId): StandardIndicator;
export function getIndicator(id: IndicatorId, indicators?: readonly Indicator[]): Indicator;
/** An indicator of the standard catalog, or of a mission's indicator set when given. */
export function getIndicator(id: IndicatorId, indicators?: readonly Indicator[]): Indicator {
  const indicator = indicators
    ? indicators.find((item) => item.id === id)
    : indicatorById.get(id as StandardIndicatorId);
  if (!indicator) throw new Error(`Unknown indicator ${id}`);
  return indicator;
}

export function indicatorsOf(kpi: KpiId, indicators: readonly Indicator[] = INDICATORS): Indicator[] {
  return indicators.filter((indicator) => indicator.kpi === kpi);
}

/** Indicators an analyst types in (derived ones are computed). */
export const ENTERED_INDICATORS = INDICATORS.filter((indicator) => !indicator.derived);

export const isStandardIndicator = (id: string): id is StandardIndicatorId =>
  (INDICATOR_IDS as readonly string[]).includes(id);

export function citation(ref: SourceRef): string {
  return `${SOURCES[ref.document]}, "${ref.section}"`;
}
