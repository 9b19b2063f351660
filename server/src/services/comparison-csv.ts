import { CHALLENGES, KPIS, KPI_IDS } from '@cpea/shared/catalog';
import type { ComparisonReport } from '@cpea/shared/comparison';
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

export function comparisonCsv(report: ComparisonReport): string {
  const acronym = new Map(report.missions.map((m) => [m.missionId, m.acronym]));
  const p = report.parameters;
  const sections: { title: string; rows: Cell[][] }[] = [
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
          'trend_slope',
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
          m.trend.slope,
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
    {
      title: 'Challenge association (not causation)',
      rows: [
        [
          'challenge',
          'challenge_name',
          'n',
          'n_high',
          'mean_overall_high',
          'n_low',
          'mean_overall_low',
          'effectiveness_gap',
          'spearman_rho',
          'suppressed',
          'note',
        ],
        ...report.association.rows.map((row) => [
          row.challenge,
          challengeName.get(row.challenge),
          row.n,
          row.nHigh,
          row.meanOverallHigh,
          row.nLow,
          row.meanOverallLow,
          row.gap,
          row.rho,
          row.suppressed,
          row.reason,
        ]),
      ],
    },
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
