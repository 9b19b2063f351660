import {
  POOLED_ASSOCIATION_NOTE,
  type PooledAssociation,
  type PooledAssociationRow as ChallengeAssociation,
} from '@cpea/shared/comparison';
import { DataTable, type Column } from '../../../components/data-table';
import { MISSING, formatNumber, formatScore } from '../../../lib/format';
import { useCatalogText, useT, type Translate } from '../../../lib/i18n';
import { formatDifference, formatRho } from '../lib/report-format';

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function withCount(value: string, n: number) {
  return (
    <>
      {value} <span className="muted">(n = {formatNumber(n)})</span>
    </>
  );
}

/**
 * Why a category is suppressed or a statistic is missing. The server words this in English; it is
 * worded again here from the row's own numbers, by the same rules, so it reads in the screen's language.
 */
function reasonText(row: ChallengeAssociation, minN: number, t: Translate): string {
  if (row.suppressed) return t('compareReport.tooFew', { minN, n: row.n });
  const missing = [
    row.nHigh === 0 ? t('compareReport.noHigh') : null,
    row.nLow === 0 ? t('compareReport.noLow') : null,
    row.rho == null ? t('compareReport.noRho') : null,
  ].filter((text): text is string => text != null);
  return capitalise(missing.join(t('compareReport.listSeparator')));
}

/**
 * The pooled association of a report frozen under methodology 2026.1, shown as it was built then
 * and labelled with its method version: per challenge category, how the overall score differed
 * with the challenge's severity over all assessments pooled.
 */
export function PooledAssociationTable({ association, version }: { association: PooledAssociation; version: string }) {
  const t = useT();
  const catalog = useCatalogText();
  const title = t('compareReport.associationTitle');
  // A report frozen with other wording keeps its own note.
  const note =
    association.note === POOLED_ASSOCIATION_NOTE
      ? t('compareReport.associationNote')
      : capitalise(association.note.replace(/^Association, not causation:\s*/i, ''));
  const columns: Column<ChallengeAssociation>[] = [
    {
      key: 'challenge',
      header: t('compareReport.challengeCategory'),
      rowHeader: true,
      sortValue: (row) => catalog.challenges[row.challenge].name,
      cell: (row) => <span className="cell--category">{catalog.challenges[row.challenge].name}</span>,
    },
    { key: 'n', header: 'n', numeric: true, sortValue: (row) => row.n, cell: (row) => formatNumber(row.n) },
    {
      key: 'high',
      header: t('compareReport.meanHigh'),
      numeric: true,
      cell: (row) => (row.suppressed ? MISSING : withCount(formatScore(row.meanOverallHigh), row.nHigh)),
    },
    {
      key: 'low',
      header: t('compareReport.meanLow'),
      numeric: true,
      cell: (row) => (row.suppressed ? MISSING : withCount(formatScore(row.meanOverallLow), row.nLow)),
    },
    {
      key: 'gap',
      header: t('compareReport.gap'),
      numeric: true,
      sortValue: (row) => row.gap,
      cell: (row) => formatDifference(row.gap),
    },
    {
      key: 'rho',
      header: t('compareReport.rho'),
      numeric: true,
      sortValue: (row) => row.rho,
      cell: (row) => formatRho(row.rho),
    },
    {
      key: 'note',
      header: t('compareReport.note'),
      cell: (row) =>
        row.reason ? (
          <span className={row.suppressed ? 'suppressed' : 'muted'}>{reasonText(row, association.minN, t)}</span>
        ) : (
          MISSING
        ),
    },
  ];
  return (
    <section className="report-section" aria-labelledby="association-title">
      <h2 id="association-title">{title}</h2>
      <p className="note" role="note">
        {t('association.pooled', { version })}
      </p>
      <p className="note caveat" role="note">
        <strong>{t('compareReport.notCausation')}</strong> {note}{' '}
        {t('compareReport.pooled', { count: association.assessments, minN: association.minN })}
      </p>
      <DataTable
        caption={t('compareReport.associationCaption', { title })}
        captionHidden
        columns={columns}
        rows={association.rows}
        rowKey={(row) => row.challenge}
        className="association-table"
      />
    </section>
  );
}
