import type { Mission } from '@cpea/shared/mission';
import { UCDP_GED_CITATION } from '@cpea/shared/ucdp';
import { BandBadge } from '../../../components/band-badge';
import { TrendLabel } from '../../../components/trend-label';
import { formatCompleteness, formatCountry, formatDate, formatPeriod, formatScore } from '../../../lib/format';
import { useCatalogText, useMissionName, useT } from '../../../lib/i18n';
import type { Factsheet } from '../lib/factsheet';
import { KpiSmallMultiples } from './kpi-small-multiples';

/** Prints the page as it is: the sheet is laid out for paper already. */
function PrintButton() {
  const t = useT();
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      {t('factsheet.print')}
    </button>
  );
}

/** A mission's briefing on one page, from its approved assessments only. */
export function FactsheetView({ mission, sheet, today }: { mission: Mission; sheet: Factsheet; today: string }) {
  const t = useT();
  const catalog = useCatalogText();
  const missionName = useMissionName();
  const { latest } = sheet;
  const narrativeFields = (['achievements', 'setbacks', 'lessons'] as const).filter((field) => sheet.narrative[field]);
  return (
    <article className="factsheet" aria-labelledby="factsheet-title">
      <header className="factsheet__header">
        <p className="factsheet__kind">{t('factsheet.kind')}</p>
        <h1 id="factsheet-title">
          {missionName(mission)} <span className="acronym">({mission.acronym})</span>
        </h1>
        <p className="factsheet__facts">
          {[
            formatCountry(mission.country),
            catalog.missionTypes[mission.missionType],
            catalog.organisations[mission.leadOrganisation],
            `${formatDate(mission.startDate)} – ${mission.endDate ? formatDate(mission.endDate) : t('facts.ongoing')}`,
          ].join(' · ')}
        </p>
        {mission.illustrative ? <p className="tag factsheet__illustrative">{t('mission.illustrative')}</p> : null}
        <p className="factsheet__status">
          {t.plural('factsheet.status', sheet.approvedCount)}
          {latest ? ` ${t('factsheet.latestPeriod', { period: formatPeriod(latest.period) })}` : ''}{' '}
          {t('factsheet.printed', { date: formatDate(today) })}
        </p>
        <div className="factsheet__actions">
          <PrintButton />
        </div>
      </header>

      <section className="factsheet__section" aria-labelledby="factsheet-score">
        <h2 id="factsheet-score">{t('factsheet.score')}</h2>
        {latest ? (
          <div className="factsheet__headline">
            <span className="factsheet__score">{formatScore(latest.overall)}</span>
            <BandBadge band={latest.band} completeness={latest.completeness} />
            <span>{t('factsheet.completeness', { completeness: formatCompleteness(latest.completeness) })}</span>
            <TrendLabel trend={sheet.trend.trend} />
          </div>
        ) : (
          <p>{t('factsheet.noneApproved', { acronym: mission.acronym })}</p>
        )}
      </section>

      <section className="factsheet__section" aria-labelledby="factsheet-kpis">
        <h2 id="factsheet-kpis">{t('factsheet.kpis')}</h2>
        <KpiSmallMultiples kpis={sheet.kpis} />
      </section>

      <div className="factsheet__columns">
        <section className="factsheet__section" aria-labelledby="factsheet-challenges">
          <h2 id="factsheet-challenges">{t('factsheet.challenges')}</h2>
          {sheet.challenges.length > 0 ? (
            <ol className="factsheet__challenges">
              {sheet.challenges.map((challenge) => (
                <li key={challenge.id}>
                  <strong>{catalog.challenges[challenge.id].name}</strong>{' '}
                  <span className="factsheet__severity">
                    {t('factsheet.severity', {
                      label: catalog.severities[challenge.severity],
                      severity: challenge.severity,
                    })}
                  </span>
                  {challenge.note ? <span className="factsheet__note"> {challenge.note}</span> : null}
                </li>
              ))}
            </ol>
          ) : (
            <p>{t('factsheet.noChallenges')}</p>
          )}
        </section>

        <section className="factsheet__section" aria-labelledby="factsheet-narrative">
          <h2 id="factsheet-narrative">
            {latest ? t('factsheet.narrativeOf', { period: formatPeriod(latest.period) }) : t('factsheet.narrative')}
          </h2>
          {narrativeFields.length > 0 ? (
            <dl className="factsheet__narrative">
              {narrativeFields.map((field) => (
                <div key={field}>
                  <dt>{t(`factsheet.${field}`)}</dt>
                  <dd>{sheet.narrative[field]}</dd>
                </div>
              ))}
            </dl>
          ) : (
            <p>{t('factsheet.noNarrative')}</p>
          )}
        </section>
      </div>

      <footer className="factsheet__sources">
        <h2>{t('factsheet.sources')}</h2>
        <ul>
          <li>
            {mission.illustrative ? t('mission.illustrative') : t('mission.entered', { acronym: mission.acronym })}
          </li>
          {sheet.ucdp ? <li>{t('mission.ucdpCounts', { citation: UCDP_GED_CITATION })}</li> : null}
          <li>{t('factsheet.method')}</li>
        </ul>
      </footer>
    </article>
  );
}
