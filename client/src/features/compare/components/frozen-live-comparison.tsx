import { useId, useState } from 'react';
import type { ComparisonReport } from '@cpea/shared/comparison';
import { TableScroll } from '../../../components/data-table';
import { MISSING, formatPeriod, formatScore } from '../../../lib/format';
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
  const [shown, setShown] = useState(false);
  const id = useId();
  const rows = frozenLiveRows(frozen, live);
  const changed = rows.filter((row) => row.changed).length;
  return (
    <section className="frozen-live" aria-labelledby={`${id}-title`}>
      <div className="section-header">
        <h2 id={`${id}-title`}>Frozen and live numbers</h2>
        <button
          type="button"
          className="button button--small"
          aria-pressed={shown}
          aria-controls={`${id}-panel`}
          onClick={() => setShown((on) => !on)}
        >
          Compare with live numbers
        </button>
      </div>
      <div id={`${id}-panel`} hidden={!shown}>
        {live == null ? (
          <p className="note" role="note">
            No live comparison: {liveUnavailableReason ?? 'it cannot be rebuilt from today’s data'}.
          </p>
        ) : (
          <>
            <p className="frozen-live__summary">
              {changed === 0
                ? 'No mission’s latest or mean overall score has changed since the report was frozen.'
                : `${changed} of ${rows.length} missions have changed since the report was frozen.`}{' '}
              Live numbers: the same comparison built from today’s data at{' '}
              {formatTimestamp(live.parameters.generatedAt)}.
            </p>
            <TableScroll>
              <table className="data-table">
                <caption>Frozen against live overall scores per mission (difference = live − frozen)</caption>
                <thead>
                  <tr>
                    <th scope="col">Mission</th>
                    <th scope="col" className="num">
                      Latest, frozen
                    </th>
                    <th scope="col" className="num">
                      Latest, live
                    </th>
                    <th scope="col" className="num">
                      Difference
                    </th>
                    <th scope="col" className="num">
                      Mean, frozen
                    </th>
                    <th scope="col" className="num">
                      Mean, live
                    </th>
                    <th scope="col" className="num">
                      Difference
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.missionId} className={row.changed ? 'row--changed' : undefined}>
                      <th scope="row">
                        {row.acronym}
                        {row.missingLive ? <span className="muted"> (not in the live report)</span> : null}
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
