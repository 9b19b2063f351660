import type { GedImportReport, GedMissionReport } from '@cpea/shared/imports';
import { GED_INDICATORS } from '@cpea/shared/ucdp';
import { DataTable, type Column } from '../../../components/data-table';
import { MISSING, formatDate, formatNumber, formatPeriod } from '../../../lib/format';
import { useCatalogText, useT, type Translate } from '../../../lib/i18n';
import { gedPeriodRows, type GedPeriodRow } from '../lib/ged-report-rows';

/**
 * What a GED file covers and, mission by mission, every period the import writes (on a dry run:
 * would write) with old → new values, and the approved or submitted periods it leaves alone.
 */
export function GedReportView({ report, dryRun }: { report: GedImportReport; dryRun: boolean }) {
  const t = useT();
  return (
    <div className="ged-report">
      <p>
        {report.coverage
          ? t(report.coverage.given ? 'importFlow.ged.coverageGiven' : 'importFlow.ged.coverageFile', {
              from: formatDate(report.coverage.from),
              to: formatDate(report.coverage.to),
            })
          : null}{' '}
        {report.version ? t('importFlow.ged.version', { version: report.version }) : t('importFlow.ged.noVersion')}
      </p>
      {report.duplicates > 0 ? (
        <p>{t.plural('importFlow.ged.duplicates', report.duplicates, { events: formatNumber(report.events) })}</p>
      ) : null}
      {report.missions.map((mission) => (
        <MissionPeriods key={mission.id} mission={mission} dryRun={dryRun} />
      ))}
      {report.untouched.length > 0 ? (
        <p>
          {t('importFlow.ged.untouched', {
            missions: report.untouched.map((mission) => mission.acronym).join(', '),
          })}
        </p>
      ) : null}
    </div>
  );
}

function MissionPeriods({ mission, dryRun }: { mission: GedMissionReport; dryRun: boolean }) {
  const t = useT();
  const catalog = useCatalogText();
  const rows = gedPeriodRows(mission);
  const columns: Column<GedPeriodRow>[] = [
    {
      key: 'period',
      header: t('importFlow.ged.period'),
      rowHeader: true,
      nowrap: true,
      sortValue: (row) => row.period,
      filterText: (row) => formatPeriod(row.period),
      cell: (row) => formatPeriod(row.period),
    },
    { key: 'action', header: t('importFlow.ged.change'), cell: (row) => actionLabel(row, dryRun, t) },
    ...GED_INDICATORS.map((indicator): Column<GedPeriodRow> => ({
      key: indicator,
      header: catalog.indicators[indicator].name,
      numeric: true,
      nowrap: true,
      cell: (row) => {
        const value = row.values[indicator];
        if (!value) return <span className="muted">{MISSING}</span>;
        return `${value.from == null ? MISSING : formatNumber(value.from)} → ${formatNumber(value.to)}`;
      },
    })),
  ];
  return (
    <section className="ged-report__mission" aria-label={mission.acronym}>
      <p>
        <strong>{mission.acronym}</strong>{' '}
        {mission.first && mission.last
          ? t.plural('importFlow.ged.missionSpan', mission.unchanged, {
              first: formatPeriod(mission.first),
              last: formatPeriod(mission.last),
            })
          : t('importFlow.ged.missionNone')}
      </p>
      {mission.series.first && mission.series.last ? (
        <p className="ged-report__note">
          {t.plural('importFlow.ged.seriesSpan', mission.series.periods, {
            first: formatPeriod(mission.series.first),
            last: formatPeriod(mission.series.last),
          })}
        </p>
      ) : null}
      {mission.note ? <p className="ged-report__note muted">{mission.note}</p> : null}
      {rows.length > 0 ? (
        <DataTable
          caption={t('importFlow.ged.caption', { mission: mission.acronym })}
          columns={columns}
          rows={rows}
          rowKey={(row) => row.period}
          className="data-table--compact"
        />
      ) : null}
    </section>
  );
}

function actionLabel(row: GedPeriodRow, dryRun: boolean, t: Translate): string {
  if (row.action === 'kept') {
    return t(row.status === 'approved' ? 'importFlow.ged.keptApproved' : 'importFlow.ged.keptSubmitted');
  }
  if (row.action === 'create') return t(dryRun ? 'importFlow.ged.willCreate' : 'importFlow.ged.created');
  return t(dryRun ? 'importFlow.ged.willUpdate' : 'importFlow.ged.updated');
}
