import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Assessment } from '@cpea/shared/assessment';
import { comparePeriods } from '@cpea/shared/periods';
import { BANDS, type PeriodScore } from '@cpea/shared/scoring';
import { BandBadge } from '../../../components/band-badge';
import { DataTable, type Column } from '../../../components/data-table';
import { QualityBadges } from '../../../components/quality-badges';
import { MISSING, formatCompleteness, formatPeriod, formatScore } from '../../../lib/format';
import { useT, type Translate } from '../../../lib/i18n';

export interface AssessmentRow {
  assessment: Assessment;
  score: PeriodScore | undefined;
}

interface AssessmentsTableProps {
  rows: readonly AssessmentRow[];
  canEdit: boolean;
  /** The workflow steps the signed-in user may take on an assessment (submit, approve, send back). */
  actions?: (assessment: Assessment) => ReactNode;
}

const columns = (
  canEdit: boolean,
  actions: AssessmentsTableProps['actions'],
  t: Translate,
): Column<AssessmentRow>[] => [
  {
    key: 'period',
    header: t('assessments.period'),
    rowHeader: true,
    nowrap: true,
    sortValue: ({ assessment }) => assessment.period,
    filterText: ({ assessment }) => formatPeriod(assessment.period),
    cell: ({ assessment }) => formatPeriod(assessment.period),
  },
  {
    key: 'status',
    header: t('assessments.status'),
    sortValue: ({ assessment }) => t(`mission.status.${assessment.status}`),
    cell: ({ assessment }) => (
      <span className={`status status--${assessment.status}`}>{t(`mission.status.${assessment.status}`)}</span>
    ),
  },
  {
    key: 'overall',
    header: t('assessments.overall'),
    numeric: true,
    sortValue: ({ score }) => score?.overall,
    firstSort: 'descending',
    cell: ({ score }) => formatScore(score?.overall),
  },
  {
    key: 'band',
    header: t('assessments.band'),
    sortValue: ({ score }) => (score?.band ? BANDS.indexOf(score.band) : null),
    firstSort: 'descending',
    cell: ({ score }) => (score ? <BandBadge band={score.band} completeness={score.completeness} /> : MISSING),
  },
  {
    key: 'completeness',
    header: t('assessments.completeness'),
    numeric: true,
    sortValue: ({ score }) => score?.completeness,
    firstSort: 'descending',
    cell: ({ score }) => formatCompleteness(score?.completeness),
  },
  {
    key: 'flags',
    header: t('assessments.quality'),
    cell: ({ score }) => (score ? <QualityBadges score={score} /> : MISSING),
  },
  ...(actions
    ? [
        {
          key: 'workflow',
          header: t('assessments.workflow'),
          cell: ({ assessment }: AssessmentRow) => actions(assessment),
        },
      ]
    : []),
  {
    key: 'edit',
    header: <span className="visually-hidden">{t('assessments.open')}</span>,
    label: '',
    cell: ({ assessment }) => (
      <Link to={`/assessments/${assessment.id}/edit`}>
        {canEdit && assessment.status !== 'approved' ? t('assessments.edit') : t('assessments.open')}
        <span className="visually-hidden"> {formatPeriod(assessment.period)}</span>
      </Link>
    ),
  },
];

/** A mission's assessments, newest first, with the scores the server gave them. */
export function AssessmentsTable({ rows, canEdit, actions }: AssessmentsTableProps) {
  const t = useT();
  const ordered = [...rows].sort((a, b) => comparePeriods(b.assessment.period, a.assessment.period));
  return (
    <DataTable
      caption={t('assessments.caption')}
      captionHidden
      columns={columns(canEdit, actions, t)}
      rows={ordered}
      rowKey={(row) => row.assessment.id}
      urlState="assessments-"
      name={t('assessments.filterName')}
    />
  );
}
