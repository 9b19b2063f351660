import { useState } from 'react';
import type { PublishedHeadline, Republish } from '@cpea/shared/published';
import { DataTable, type Column } from '../../../components/data-table';
import { EmptyState, ErrorState, LoadingState, errorMessage } from '../../../components/states';
import { formatPeriod, formatScore } from '../../../lib/format';
import { useCatalogText, useT } from '../../../lib/i18n';
import { useRepublishPreview } from '../api/get-republish-preview';
import { useRepublishScores } from '../api/republish-scores';
import '../admin.css';

type Row = Republish['assessments'][number];

/** The approved scores published under an earlier methodology, before → after, and the button that publishes them again. */
export function RepublishPanel() {
  const t = useT();
  const preview = useRepublishPreview();
  const republish = useRepublishScores();
  const [done, setDone] = useState<Republish | null>(null);
  if (preview.isPending) return <LoadingState label={t('published.republishLoading')} />;
  if (preview.isError) return <ErrorState error={preview.error} onRetry={() => void preview.refetch()} />;
  const { methodologyVersion: version, assessments, changed } = preview.data;
  return (
    <section aria-labelledby="republish-title">
      <h2 id="republish-title">{t('published.republishHeading', { version })}</h2>
      <p className="muted">{t('published.republishLead', { version })}</p>
      <div aria-live="polite">
        {done ? (
          <p className="note">
            {t('published.republishDone', {
              count: done.assessments.length,
              changed: done.changed,
              version: done.methodologyVersion,
            })}
          </p>
        ) : null}
        {republish.isError ? (
          <p className="form-error">
            {t('published.republishFailed')}: {errorMessage(republish.error)}
          </p>
        ) : null}
      </div>
      {assessments.length === 0 ? (
        <EmptyState title={t('published.republishNothing', { version })} />
      ) : (
        <>
          <p>{t('published.republishSummary', { count: assessments.length, changed })}</p>
          <RepublishTable preview={preview.data} />
          <button
            type="button"
            className="button button--primary"
            disabled={republish.isPending}
            onClick={() => republish.mutate(preview.data.dataVersion, { onSuccess: (result) => setDone(result) })}
          >
            {republish.isPending
              ? t('published.republishing')
              : t('published.republishConfirm', { count: assessments.length, version })}
          </button>
        </>
      )}
    </section>
  );
}

function RepublishTable({ preview }: { preview: Republish }) {
  const t = useT();
  const catalog = useCatalogText();
  const headline = (score: PublishedHeadline) =>
    t('published.republishScore', {
      score: formatScore(score.overall),
      band: score.band ? catalog.bands[score.band] : t('published.republishNoBand'),
      version: score.methodologyVersion,
    });
  const flags = (score: PublishedHeadline) =>
    score.flags.length === 0
      ? null
      : t('published.republishFlags', { flags: score.flags.map((flag) => catalog.flags[flag]).join(', ') });
  const score = (which: 'before' | 'after'): Column<Row> => ({
    key: which,
    header: t(which === 'before' ? 'published.republishBefore' : 'published.republishAfter'),
    numeric: true,
    sortValue: (row) => row[which].overall,
    firstSort: 'descending',
    filterText: (row) => `${headline(row[which])} ${flags(row[which]) ?? ''}`,
    cell: (row) => (
      <>
        {headline(row[which])}
        {flags(row[which]) ? <span className="republish__flags">{flags(row[which])}</span> : null}
      </>
    ),
  });
  const columns: Column<Row>[] = [
    {
      key: 'mission',
      header: t('published.republishMission'),
      rowHeader: true,
      sortValue: (row) => row.missionAcronym,
      cell: (row) => row.missionAcronym,
    },
    {
      key: 'period',
      header: t('published.republishPeriod'),
      nowrap: true,
      sortValue: (row) => row.period,
      filterText: (row) => formatPeriod(row.period),
      cell: (row) => formatPeriod(row.period),
    },
    score('before'),
    score('after'),
    {
      key: 'change',
      header: t('published.republishChange'),
      sortValue: (row) => Number(row.changed),
      firstSort: 'descending',
      cell: (row) =>
        row.changed ? <strong>{t('published.republishChanged')}</strong> : t('published.republishUnchanged'),
    },
  ];
  return (
    <DataTable
      caption={t('published.republishCaption')}
      captionHidden
      columns={columns}
      rows={preview.assessments}
      rowKey={(row) => row.assessmentId}
      name={t('published.republishFilterName')}
      // The assessments that change first, so a long list opens on what matters.
      defaultSort={{ key: 'change', direction: 'descending' }}
    />
  );
}
