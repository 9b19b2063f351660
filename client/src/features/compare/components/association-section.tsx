import type { ComparisonAssociation, ComparisonAssociationRow } from '@cpea/shared/comparison';
import type { AssociationStatistic } from '@cpea/shared/method/association';
import { DataTable, type Column } from '../../../components/data-table';
import { formatNumber, formatScore } from '../../../lib/format';
import { useCatalogText, useLocale, useT, type Translate } from '../../../lib/i18n';
import { briefingSentence, gapPoints } from '../lib/association';
import { formatDifference, formatRho } from '../lib/report-format';
import { AssociationGapChart } from './association-gap-chart';
import { ReportChart } from './report-chart';

/** An estimate with its 95 % interval beneath, or why there is none. */
function withInterval(statistic: AssociationStatistic, format: (x: number) => string, missing: string, t: Translate) {
  if (statistic.estimate == null) return <span className="muted">{missing}</span>;
  return (
    <>
      {format(statistic.estimate)}
      {statistic.lower != null && statistic.upper != null ? (
        <span className="muted nowrap association-interval">
          {' '}
          ({t('association.interval', { lower: format(statistic.lower), upper: format(statistic.upper) })})
        </span>
      ) : null}
    </>
  );
}

function side(s: ComparisonAssociationRow['high'], t: Translate) {
  return (
    <>
      {formatScore(s.meanOverall)}{' '}
      <span className="muted nowrap">
        ({t.plural('association.side', s.missions, { assessments: formatNumber(s.assessments) })})
      </span>
    </>
  );
}

/**
 * The challenge association: the gaps as dots with their intervals, every statistic in the table
 * view, and one sentence per category to paste into a briefing, all in the report's ranking.
 */
export function AssociationSection({
  association,
  sources,
}: {
  association: ComparisonAssociation;
  sources: string[];
}) {
  const t = useT();
  const { locale } = useLocale();
  const catalog = useCatalogText();
  const title = t('association.title');
  const chartTitle = t('association.chartTitle');
  const points = gapPoints(association, catalog);
  const limits = { minAssessments: association.gapMinAssessments, minMissions: association.gapMinMissions };
  const rho = (value: number) => formatRho(value);
  const columns: Column<ComparisonAssociationRow>[] = [
    {
      key: 'rank',
      header: t('association.columns.rank'),
      numeric: true,
      sortValue: (row) => association.rows.indexOf(row),
      cell: (row) => formatNumber(association.rows.indexOf(row) + 1),
    },
    {
      key: 'challenge',
      header: t('association.columns.category'),
      rowHeader: true,
      sortValue: (row) => catalog.challenges[row.challenge].name,
      cell: (row) => <span className="cell--category">{catalog.challenges[row.challenge].name}</span>,
    },
    {
      key: 'within',
      header: t('association.columns.within'),
      numeric: true,
      sortValue: (row) => row.withinRho.estimate,
      cell: (row) => withInterval(row.withinRho, rho, t('association.noRho'), t),
    },
    {
      key: 'between',
      header: t('association.columns.between'),
      numeric: true,
      sortValue: (row) => row.betweenRho.estimate,
      cell: (row) => withInterval(row.betweenRho, rho, t('association.noRho'), t),
    },
    {
      key: 'gap',
      header: t('association.columns.gap'),
      numeric: true,
      sortValue: (row) => row.gap.estimate,
      cell: (row) => withInterval(row.gap, formatDifference, t('association.tooFew'), t),
    },
    { key: 'high', header: t('association.columns.high'), numeric: true, cell: (row) => side(row.high, t) },
    { key: 'low', header: t('association.columns.low'), numeric: true, cell: (row) => side(row.low, t) },
  ];
  const table = (
    <DataTable
      caption={t('association.caption', { title })}
      columns={columns}
      rows={association.rows}
      rowKey={(row) => row.challenge}
      className="association-gap-table"
    />
  );
  return (
    <section className="report-section association-section" aria-labelledby="association-title">
      <h2 id="association-title">{title}</h2>
      <p className="note caveat" role="note">
        <strong>{t('association.notCausation')}</strong> {t('association.caveat')}{' '}
        {t.plural('association.basis', association.assessments)}
      </p>
      <p className="association-intro">{t('association.intro', { ...limits, resamples: association.resamples })}</p>
      <ReportChart title={chartTitle} sources={sources} table={table} headingLevel={3} autoHeight>
        <div className="report-chart__body">
          {points.length > 0 ? (
            <div className="report-chart__plot association-plot" style={{ height: `${96 + points.length * 44}px` }}>
              <AssociationGapChart points={points} />
            </div>
          ) : (
            <p className="note">{t('association.noGap', limits)}</p>
          )}
          <p className="report-chart__note">{t('association.chartNote')}</p>
        </div>
      </ReportChart>
      <h3 id="association-sentences">{t('association.sentencesTitle')}</h3>
      <ul className="association-sentences" aria-label={t('association.sentencesLabel')}>
        {association.rows.map((row) => (
          <li key={row.challenge}>{briefingSentence(row, catalog, t, locale)}</li>
        ))}
      </ul>
    </section>
  );
}
