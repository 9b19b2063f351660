import { useState } from 'react';
import type { PublishedHeadline, Republish } from '@cpea/shared/published';
import { TableScroll } from '../../../components/data-table';
import { EmptyState, ErrorState, LoadingState, errorMessage } from '../../../components/states';
import { formatPeriod, formatScore } from '../../../lib/format';
import { useCatalogText, useT } from '../../../lib/i18n';
import { useRepublishPreview } from '../api/get-republish-preview';
import { useRepublishScores } from '../api/republish-scores';
import '../admin.css';

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
  // The assessments that change first, so a long list opens on what matters.
  const rows = [...preview.assessments].sort((a, b) => Number(b.changed) - Number(a.changed));
  return (
    <TableScroll>
      <table className="data-table">
        <caption className="visually-hidden">{t('published.republishCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('published.republishMission')}</th>
            <th scope="col">{t('published.republishPeriod')}</th>
            <th scope="col">{t('published.republishBefore')}</th>
            <th scope="col">{t('published.republishAfter')}</th>
            <th scope="col">{t('published.republishChange')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.assessmentId}>
              <th scope="row">{row.missionAcronym}</th>
              <td>{formatPeriod(row.period)}</td>
              <td>
                {headline(row.before)}
                {flags(row.before) ? <span className="republish__flags">{flags(row.before)}</span> : null}
              </td>
              <td>
                {headline(row.after)}
                {flags(row.after) ? <span className="republish__flags">{flags(row.after)}</span> : null}
              </td>
              <td>
                {row.changed ? <strong>{t('published.republishChanged')}</strong> : t('published.republishUnchanged')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
