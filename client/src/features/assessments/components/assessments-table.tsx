import { Link } from 'react-router';
import type { Assessment } from '@cpea/shared/assessment';
import { comparePeriods } from '@cpea/shared/periods';
import { FLAG_LABELS, type PeriodScore } from '@cpea/shared/scoring';
import { BandBadge } from '../../../components/band-badge';
import { DataTable, type Column } from '../../../components/data-table';
import { MISSING, formatCompleteness, formatPeriod, formatScore, humanize } from '../../../lib/format';

export interface AssessmentRow {
  assessment: Assessment;
  score: PeriodScore | undefined;
}

const columns = (canEdit: boolean): Column<AssessmentRow>[] => [
  {
    key: 'period',
    header: 'Period',
    rowHeader: true,
    nowrap: true,
    cell: ({ assessment }) => formatPeriod(assessment.period),
  },
  {
    key: 'status',
    header: 'Status',
    cell: ({ assessment }) => (
      <span className={`status status--${assessment.status}`}>{humanize(assessment.status)}</span>
    ),
  },
  { key: 'overall', header: 'Overall score', numeric: true, cell: ({ score }) => formatScore(score?.overall) },
  { key: 'band', header: 'Band', cell: ({ score }) => (score ? <BandBadge band={score.band} /> : MISSING) },
  {
    key: 'completeness',
    header: 'Completeness',
    numeric: true,
    cell: ({ score }) => formatCompleteness(score?.completeness),
  },
  {
    key: 'flags',
    header: 'Data quality',
    cell: ({ score }) =>
      score && score.flags.length > 0 ? (
        <ul className="flag-list">
          {score.flags.map((flag) => (
            <li key={flag.flag} className="flag" title={flag.detail}>
              {FLAG_LABELS[flag.flag]}
            </li>
          ))}
        </ul>
      ) : (
        <span className="muted">No flags</span>
      ),
  },
  {
    key: 'edit',
    header: <span className="visually-hidden">Actions</span>,
    cell: ({ assessment }) => (
      <Link to={`/assessments/${assessment.id}/edit`}>
        {canEdit && assessment.status !== 'approved' ? 'Edit' : 'Open'}
        <span className="visually-hidden"> {formatPeriod(assessment.period)}</span>
      </Link>
    ),
  },
];

/** A mission's assessments, newest first, with the scores the server gave them. */
export function AssessmentsTable({ rows, canEdit }: { rows: readonly AssessmentRow[]; canEdit: boolean }) {
  const ordered = [...rows].sort((a, b) => comparePeriods(b.assessment.period, a.assessment.period));
  return (
    <DataTable
      caption="Assessments"
      captionHidden
      columns={columns(canEdit)}
      rows={ordered}
      rowKey={(row) => row.assessment.id}
    />
  );
}
