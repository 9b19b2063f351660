import { CHALLENGES, KPIS, KPI_IDS } from '@cpea/shared/catalog';
import type { ComparisonAssociation, LiveComparisonReport } from '@cpea/shared/comparison';
import { associationSentence } from '@cpea/shared/method/association';
import { CSV_EOL, csvLine, type CsvCell } from '../csv/writer';

// The comparison report as CSV: the same numbers as the JSON, one table per section, each
// under a "# Title" row and set apart by a blank line. Quoting and formula neutralisation are
// the CSV writer's (DESIGN §7).

type Cell = string | number | boolean | null | undefined;

/** Four decimals keep every score, mean and rho exact enough and free of float noise. */
function toCsvCell(value: Cell): CsvCell {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return Number.isFinite(value) ? Number(value.toFixed(4)) : null;
  return value;
}

function line(cells: readonly Cell[]): string {
  return csvLine(cells.map(toCsvCell));
}

const kpiName = new Map(KPIS.map((kpi) => [kpi.id, kpi.name]));
const challengeName = new Map(CHALLENGES.map((challenge) => [challenge.id, challenge.name]));

type Section = { title: string; rows: Cell[][] };

/**
 * Per challenge category, ranked by the strength of the within-mission association: the
 * between- and within-mission rho and the gap with their 95 % intervals, each side's counts and
 * means, and the briefing sentence.
 */
function associationSection(association: ComparisonAssociation): Section {
  return {
    title: 'Challenge association (not causation)',
    rows: [
      [
        'rank',
        'challenge',
        'challenge_name',
        'assessments',
        'missions',
        'between_missions_rho',
        'between_missions_rho_ci_lower',
        'between_missions_rho_ci_upper',
        'within_missions_rho',
        'within_missions_rho_ci_lower',
        'within_missions_rho_ci_upper',
        'high_assessments',
        'high_missions',
        'mean_overall_high',
        'low_assessments',
        'low_missions',
        'mean_overall_low',
        'effectiveness_gap',
        'effectiveness_gap_ci_lower',
        'effectiveness_gap_ci_upper',
        'gap_note',
        'sentence',
      ],
      ...association.rows.map((row, i) => [
        i + 1,
        row.challenge,
        challengeName.get(row.challenge),
        row.assessments,
        row.missions,
        row.betweenRho.estimate,
        row.betweenRho.lower,
        row.betweenRho.upper,
        row.withinRho.estimate,
        row.withinRho.lower,
        row.withinRho.upper,
        row.high.assessments,
        row.high.missions,
        row.high.meanOverall,
        row.low.assessments,
        row.low.missions,
        row.low.meanOverall,
        row.gap.estimate,
        row.gap.lower,
        row.gap.upper,
        row.gapReason === 'too_few_to_compare' ? 'too few to compare' : null,
        associationSentence(row, challengeName.get(row.challenge) ?? row.challenge),
      ]),
    ],
  };
}

export function comparisonCsv(report: LiveComparisonReport): string {
  const acronym = new Map(report.missions.map((m) => [m.missionId, m.acronym]));
  const p = report.parameters;
  const sections: Section[] = [
    {
      title: 'Parameters',
      rows: [
        ['parameter', 'value'],
        ['missions', report.missions.map((m) => `${m.acronym} (${m.missionId})`).join('; ')],
        ['from', p.from ?? 'first assessed period'],
        ['to', p.to ?? 'last assessed period'],
        ['period_type', p.periodType],
        ['approved_only', p.approvedOnly],
        ['generated_at', p.generatedAt],
        ['methodology_version', p.methodologyVersion],
        ['association_bootstrap_resamples', report.association.resamples],
        ['association_bootstrap_seed', report.association.seed],
      ],
    },
    {
      title: 'Mission summary',
      rows: [
        [
          'mission_id',
          'mission_acronym',
          'mission_name',
          'country',
          'illustrative',
          'archived',
          'periods_covered',
          'first_period',
          'last_period',
          'latest_period',
          'latest_overall_score',
          'latest_band',
          'latest_completeness',
          ...KPI_IDS.map((kpi) => `latest_kpi_${kpi}_score`),
          'latest_flags',
          'mean_overall_score',
          ...KPI_IDS.map((kpi) => `mean_kpi_${kpi}_score`),
          'trend',
          'trend_slope_per_year',
          'mean_completeness',
          'uses_ucdp_ged',
        ],
        ...report.missions.map((m) => [
          m.missionId,
          m.acronym,
          m.name,
          m.country,
          m.illustrative,
          m.archived,
          m.periodsCovered.count,
          m.periodsCovered.first,
          m.periodsCovered.last,
          m.latest?.period,
          m.latest?.overall,
          m.latest?.band,
          m.latest?.completeness,
          ...KPI_IDS.map((kpi) => m.latest?.kpis[kpi]),
          m.latest?.flags.join(' '),
          m.mean.overall,
          ...KPI_IDS.map((kpi) => m.mean.kpis[kpi]),
          m.trend.trend,
          m.trend.slopePerYear,
          m.completeness,
          m.usesUcdp,
        ]),
      ],
    },
    {
      title: 'KPI comparison',
      rows: [
        ['kpi', 'kpi_name', 'mission_id', 'mission_acronym', 'latest_score', 'mean_score'],
        ...report.kpiComparison.flatMap((row) =>
          row.missions.map((m) => [
            row.kpi,
            kpiName.get(row.kpi),
            m.missionId,
            acronym.get(m.missionId),
            m.latest,
            m.mean,
          ]),
        ),
      ],
    },
    {
      title: 'Overall score by period',
      rows: [
        ['mission_id', 'mission_acronym', 'period', 'overall_score'],
        ...report.trendSeries.missions.flatMap((m) =>
          m.points.map((point) => [m.missionId, acronym.get(m.missionId), point.period, point.overall]),
        ),
      ],
    },
    {
      title: 'Challenge profiles',
      rows: [
        [
          'mission_id',
          'mission_acronym',
          'challenge',
          'challenge_name',
          'mean_severity',
          'latest_severity',
          'latest_period',
          'rated_assessments',
        ],
        ...report.challengeProfiles.flatMap((profile) =>
          profile.categories.map((c) => [
            profile.missionId,
            acronym.get(profile.missionId),
            c.challenge,
            challengeName.get(c.challenge),
            c.meanSeverity,
            c.latestSeverity,
            profile.latestPeriod,
            c.ratedCount,
          ]),
        ),
      ],
    },
    {
      title: 'Challenge heat-map (mean severity 0–4)',
      rows: [
        ['mission_id', 'mission_acronym', ...report.challengeHeatMap.challenges],
        ...report.challengeHeatMap.rows.map((row) => [row.missionId, acronym.get(row.missionId), ...row.meanSeverity]),
      ],
    },
    associationSection(report.association),
    {
      title: 'Narrative highlights',
      rows: [
        ['mission_id', 'mission_acronym', 'period', 'achievements', 'setbacks', 'lessons'],
        ...report.narratives.map((n) => [
          n.missionId,
          acronym.get(n.missionId),
          n.period,
          n.achievements,
          n.setbacks,
          n.lessons,
        ]),
      ],
    },
  ];
  const skipped = report.skippedAssessments ?? [];
  if (skipped.length > 0) {
    sections.push({
      title: 'Assessments left out (their period cannot be read)',
      rows: [
        ['mission_id', 'mission_acronym', 'assessment_id', 'period', 'reason'],
        ...skipped.map((s) => [s.missionId, acronym.get(s.missionId), s.assessmentId, s.period, s.reason]),
      ],
    });
  }
  return sections.map((section) => line([`# ${section.title}`]) + section.rows.map(line).join('')).join(CSV_EOL);
}
