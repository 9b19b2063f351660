import { useId, useState } from 'react';
import type { ComparisonReport } from '@cpea/shared/comparison';
import { TableScroll } from '../../../components/data-table';
import { MISSING, formatPeriod, formatScore } from '../../../lib/format';
import { useT, useTranslateMessage } from '../../../lib/i18n';
import { formatDifference, formatTimestamp } from '../lib/report-format';
import { frozenLiveRows, type FrozenLiveRow } from '../lib/report-series';

function latestText(latest: FrozenLiveRow['frozenLatest']) {
  if (!latest) return MISSING;
  return (
    <>
      {formatScore(latest.overall)} <span className="muted">({formatPeriod(latest.period)})</span>
    </>
  );
}

interface Props {
  frozen: ComparisonReport;
  live: ComparisonReport | null;
  liveUnavailableReason: string | null;
}

/** "Compare with live numbers": per mission, the frozen latest and mean overall beside today's, and the difference. */
export function FrozenLiveComparison({ frozen, live, liveUnavailableReason }: Props) {
  const t = useT();
  const translate = useTranslateMessage();
  const [shown, setShown] = useState(false);
  const id = useId();
  const rows = frozenLiveRows(frozen, live);
  const changed = rows.filter((row) => row.changed).length;
  return (
    <section className="frozen-live" aria-labelledby={`${id}-title`}>
      <div className="section-header">
        <h2 id={`${id}-title`}>{t('compareReport.frozenAndLive')}</h2>
        <button
          type="button"
          className="button button--small"
          aria-pressed={shown}
          aria-controls={`${id}-panel`}
          onClick={() => setShown((on) => !on)}
        >
          {t('compareReport.compareLive')}
        </button>
      </div>
      <div id={`${id}-panel`} hidden={!shown}>
        {live == null ? (
          <p className="note" role="note">
            {t('compareReport.noLive', {
              reason: liveUnavailableReason ? translate(liveUnavailableReason) : t('compareReport.noLiveReason'),
            })}
          </p>
        ) : (
          <>
            <p className="frozen-live__summary">
              {changed === 0
                ? t('compareReport.unchanged')
                : t.plural('compareReport.changed', changed, { total: rows.length })}{' '}
              {t('compareReport.liveAt', { time: formatTimestamp(live.parameters.generatedAt) })}
            </p>
            <TableScroll>
              <table className="data-table">
                <caption>{t('compareReport.frozenLiveCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('table.mission')}</th>
                    <th scope="col" className="num">
                      {t('compareReport.latestFrozen')}
                    </th>
                    <th scope="col" className="num">
                      {t('compareReport.latestLive')}
                    </th>
                    <th scope="col" className="num">
                      {t('compareReport.difference')}
                    </th>
                    <th scope="col" className="num">
                      {t('compareReport.meanFrozen')}
                    </th>
                    <th scope="col" className="num">
                      {t('compareReport.meanLive')}
                    </th>
                    <th scope="col" className="num">
                      {t('compareReport.difference')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.missionId} className={row.changed ? 'row--changed' : undefined}>
                      <th scope="row">
                        {row.acronym}
                        {row.missingLive ? <span className="muted">{t('compareReport.notInLive')}</span> : null}
                      </th>
                      <td className="num">{latestText(row.frozenLatest)}</td>
                      <td className="num">{latestText(row.liveLatest)}</td>
                      <td className="num">{formatDifference(row.latestDifference)}</td>
                      <td className="num">{formatScore(row.frozenMean)}</td>
                      <td className="num">{formatScore(row.liveMean)}</td>
                      <td className="num">{formatDifference(row.meanDifference)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </>
        )}
      </div>
    </section>
  );
}
