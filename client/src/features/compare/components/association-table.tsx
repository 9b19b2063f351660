import type { ComparisonAssociation } from '@cpea/shared/comparison';
import type { ChallengeAssociation } from '@cpea/shared/statistics';
import { DataTable, type Column } from '../../../components/data-table';
import { MISSING, formatNumber, formatScore } from '../../../lib/format';
import { formatDifference, formatRho } from '../lib/report-format';
import { challengeNameOf } from '../lib/report-series';

export const ASSOCIATION_TITLE = 'Challenges and effectiveness';

const columns: Column<ChallengeAssociation>[] = [
  {
    key: 'challenge',
    header: 'Challenge category',
    rowHeader: true,
    cell: (row) => <span className="cell--category">{challengeNameOf(row.challenge)}</span>,
  },
  { key: 'n', header: 'n', numeric: true, cell: (row) => formatNumber(row.n) },
  {
    key: 'high',
    header: 'Mean overall, severity ≥ 3',
    numeric: true,
    cell: (row) => (row.suppressed ? MISSING : withCount(formatScore(row.meanOverallHigh), row.nHigh)),
  },
  {
    key: 'low',
    header: 'Mean overall, severity ≤ 1',
    numeric: true,
    cell: (row) => (row.suppressed ? MISSING : withCount(formatScore(row.meanOverallLow), row.nLow)),
  },
  { key: 'gap', header: 'Effectiveness gap', numeric: true, cell: (row) => formatDifference(row.gap) },
  { key: 'rho', header: 'Spearman’s rho', numeric: true, cell: (row) => formatRho(row.rho) },
  {
    key: 'note',
    header: 'Note',
    cell: (row) =>
      row.reason ? <span className={row.suppressed ? 'suppressed' : 'muted'}>{row.reason}</span> : MISSING,
  },
];

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function withCount(value: string, n: number) {
  return (
    <>
      {value} <span className="muted">(n = {n})</span>
    </>
  );
}

/** Per challenge category, how the overall score differs with the challenge's severity, labelled as association only. */
export function AssociationTable({ association }: { association: ComparisonAssociation }) {
  return (
    <section className="report-section" aria-labelledby="association-title">
      <h2 id="association-title">{ASSOCIATION_TITLE}</h2>
      <p className="note caveat" role="note">
        <strong>Association, not causation.</strong>{' '}
        {capitalise(association.note.replace(/^Association, not causation:\s*/i, ''))} Pooled over{' '}
        {formatNumber(association.assessments)} assessments of the selected missions in the range; n counts those with
        both an overall score and a severity for the category, and a category with n below {association.minN} is not
        shown. Gap = mean where severity ≥ 3 minus mean where ≤ 1, in score points.
      </p>
      <DataTable
        caption={`${ASSOCIATION_TITLE}: overall score by challenge severity (association, not causation)`}
        captionHidden
        columns={columns}
        rows={association.rows}
        rowKey={(row) => row.challenge}
        className="association-table"
      />
    </section>
  );
}
