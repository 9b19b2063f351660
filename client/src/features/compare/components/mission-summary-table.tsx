import { Link } from 'react-router';
import type { ComparisonMissionSummary } from '@cpea/shared/comparison';
import type { CatalogText } from '@cpea/shared/i18n/catalog-text';
import { BANDS, TRENDS } from '@cpea/shared/scoring';
import { BandBadge } from '../../../components/band-badge';
import { DataTable, type Column } from '../../../components/data-table';
import { TrendLabel } from '../../../components/trend-label';
import { MISSING, formatCompleteness, formatNumber, formatPeriod, formatScore } from '../../../lib/format';
import { useCatalogText, useT, type Translate } from '../../../lib/i18n';
import type { MissionStyle } from '../lib/mission-colours';
import { MissionSwatch } from './mission-swatch';

function notes(mission: ComparisonMissionSummary, t: Translate, catalog: CatalogText): string[] {
  return [
    mission.illustrative ? t('mission.illustrative') : null,
    mission.usesUcdp ? t('compareReport.usesUcdp') : null,
    mission.archived ? t('compareReport.archived') : null,
    ...(mission.latest?.flags ?? []).map((flag) =>
      t('compareReport.latestFlag', { flag: catalog.flags[flag].toLowerCase() }),
    ),
  ].filter((note): note is string => note != null);
}

function periodsCovered({ periodsCovered: p }: ComparisonMissionSummary, t: Translate) {
  if (p.count === 0 || !p.first || !p.last) return t('compareReport.none');
  const span = p.first === p.last ? formatPeriod(p.first) : `${formatPeriod(p.first)} – ${formatPeriod(p.last)}`;
  return (
    <>
      {formatNumber(p.count)} <span className="muted nowrap">({span})</span>
    </>
  );
}

/** One row per mission: where it stands now, on average over the range, and which way it is going. */
export function MissionSummaryTable({
  missions,
  styles,
}: {
  missions: readonly ComparisonMissionSummary[];
  styles: Map<number, MissionStyle>;
}) {
  const t = useT();
  const catalog = useCatalogText();
  const columns: Column<ComparisonMissionSummary>[] = [
    {
      key: 'mission',
      header: t('table.mission'),
      rowHeader: true,
      sortValue: (m) => m.acronym,
      filterText: (m) => `${m.acronym} ${m.name}`,
      cell: (mission) => {
        const style = styles.get(mission.missionId);
        return (
          <span className="summary-mission">
            {style ? <MissionSwatch style={style} /> : null}
            <Link to={`/missions/${mission.missionId}`} className="mission-link">
              <span className="mission-link__acronym">{mission.acronym}</span>{' '}
              <span className="mission-link__name">{mission.name}</span>
            </Link>
          </span>
        );
      },
    },
    {
      key: 'latestPeriod',
      header: t('table.latestPeriod'),
      nowrap: true,
      sortValue: (m) => m.latest?.period,
      firstSort: 'descending',
      cell: (m) =>
        m.latest?.status && m.latest.status !== 'approved'
          ? `${formatPeriod(m.latest.period)} · ${t(`mission.status.${m.latest.status}`)}`
          : formatPeriod(m.latest?.period),
    },
    {
      key: 'latest',
      header: t('compareReport.latestOverall'),
      numeric: true,
      sortValue: (m) => m.latest?.overall,
      firstSort: 'descending',
      cell: (m) => formatScore(m.latest?.overall),
    },
    {
      key: 'band',
      header: t('table.band'),
      sortValue: (m) => (m.latest?.band ? BANDS.indexOf(m.latest.band) : null),
      firstSort: 'descending',
      cell: (m) => (m.latest ? <BandBadge band={m.latest.band} completeness={m.latest.completeness} /> : MISSING),
    },
    {
      key: 'mean',
      header: t('compareReport.meanOverall'),
      numeric: true,
      sortValue: (m) => m.mean.overall,
      firstSort: 'descending',
      cell: (m) => formatScore(m.mean.overall),
    },
    {
      key: 'trend',
      header: t('table.trend'),
      nowrap: true,
      sortValue: (m) => TRENDS.indexOf(m.trend.trend),
      cell: (m) => <TrendLabel trend={m.trend.trend} />,
    },
    {
      key: 'completeness',
      header: t('compareReport.completeness'),
      numeric: true,
      sortValue: (m) => m.completeness,
      firstSort: 'descending',
      cell: (m) => formatCompleteness(m.completeness),
    },
    {
      key: 'periods',
      header: t('compareReport.periodsCovered'),
      sortValue: (m) => m.periodsCovered.count,
      firstSort: 'descending',
      cell: (m) => periodsCovered(m, t),
    },
    {
      key: 'notes',
      header: t('compareReport.notes'),
      cell: (mission) => {
        const list = notes(mission, t, catalog);
        return list.length === 0 ? (
          MISSING
        ) : (
          <ul className="flag-list summary-notes">
            {list.map((note) => (
              <li key={note} className="flag">
                {note}
              </li>
            ))}
          </ul>
        );
      },
    },
  ];
  return (
    <DataTable
      caption={t('compareReport.summaryCaption', { title: t('compareReport.summaryTitle') })}
      captionHidden
      columns={columns}
      rows={missions}
      rowKey={(mission) => mission.missionId}
      className="summary-table"
      urlState="summary-"
      name={t('table.missions')}
    />
  );
}
