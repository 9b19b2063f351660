import { useId, useState } from 'react';
import { INDICATORS, type Indicator, type IndicatorId } from '@cpea/shared/catalog';
import { comparePeriods } from '@cpea/shared/periods';
import { versionInForce, type MissionScores, type PeriodScore } from '@cpea/shared/scoring';
import type { SettingsVersion } from '@cpea/shared/targets';
import { TableScroll } from '../../../components/data-table';
import { QualityBadges } from '../../../components/quality-badges';
import { UCDP_GED_CITATION } from '@cpea/shared/ucdp';
import { UcdpTag } from '../../../components/ucdp-tag';
import { formatPeriod, formatScore, formatValue, formulaNumber } from '../../../lib/format';
import { describeOrigins, firstValuePeriods, type OriginWords } from '../../../lib/target-origins';
import { useCatalogText, useT } from '../../../lib/i18n';
import { explainPeriod } from '../lib/why-score';
import type { ProvenanceByPeriod } from './indicator-charts';
import '../trends.css';

const BAND_RANGES = { off_track: '0–39', partial: '40–69', on_track: '70–100' } as const;
/** Periods listed before "Show all": two years of quarters. */
const FIRST_SHOWN = 8;

interface WhyScoreProps {
  scores: MissionScores;
  /**
   * The versions of what the mission set itself (from its targets), to tell a set bound from a
   * default and name a baseline's source under the version in force at each period; undefined while loading.
   */
  versions: readonly SettingsVersion[] | undefined;
  provenance: ProvenanceByPeriod;
  /** The mission's indicator set, custom indicators included. */
  indicators?: readonly Indicator[];
}

function valuesOf(period: PeriodScore) {
  return Object.fromEntries(
    period.kpis.flatMap((kpi) => kpi.indicators.map((indicator) => [indicator.indicator, indicator.value])),
  ) as Partial<Record<IndicatorId, number | null>>;
}

/** Every period's scores worked through with their numbers, one disclosure per period, newest first. */
export function WhyScore({ scores, versions, provenance, indicators = INDICATORS }: WhyScoreProps) {
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const [showAll, setShowAll] = useState(false);
  const baseId = useId();
  const t = useT();
  const catalog = useCatalogText();
  const periods = [...scores.periods].sort((a, b) => comparePeriods(b.period, a.period));
  const firsts = firstValuePeriods(
    scores.periods.map((period) => ({ period: period.period, values: valuesOf(period) })),
    comparePeriods,
  );
  // Where each bound comes from, under the version in force at the period.
  const originsAt = (period: string) => {
    const resolved = versionInForce(scores.settingsVersions, period)?.targets ?? scores.targets;
    const settings = versions ? versionInForce(versions, period)?.targets : undefined;
    return Object.fromEntries(
      Object.entries(resolved).map(([id, bounds]) => [
        id,
        describeOrigins(id as IndicatorId, settings?.[id as IndicatorId], bounds, firsts[id as IndicatorId] ?? null, t),
      ]),
    ) as Record<IndicatorId, OriginWords>;
  };

  const toggle = (period: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(period)) next.delete(period);
      else next.add(period);
      return next;
    });

  return (
    <section className="section why" aria-labelledby={`${baseId}-title`}>
      <h2 id={`${baseId}-title`}>{t('mission.why')}</h2>
      <p className="section__lead">{t('whyScore.lead')}</p>
      <ul className="why__periods">
        {(showAll ? periods : periods.slice(0, FIRST_SHOWN)).map((period) => {
          const isOpen = open.has(period.period);
          const bodyId = `${baseId}-${period.period}`;
          return (
            <li key={period.period} className="why__period">
              <h3 className="why__period-heading">
                <button
                  type="button"
                  className="why__toggle"
                  aria-expanded={isOpen}
                  aria-controls={bodyId}
                  onClick={() => toggle(period.period)}
                >
                  <span className="why__chevron" aria-hidden="true">
                    {isOpen ? '▾' : '▸'}
                  </span>
                  {period.band
                    ? t('whyScore.periodScored', {
                        period: formatPeriod(period.period),
                        score: formatScore(period.overall),
                        band: catalog.bands[period.band],
                      })
                    : t('whyScore.periodUnscored', {
                        period: formatPeriod(period.period),
                        score: formatScore(period.overall),
                      })}
                </button>
              </h3>
              {isOpen ? (
                <PeriodWhy
                  id={bodyId}
                  period={period}
                  origins={originsAt(period.period)}
                  provenance={provenance[period.period] ?? {}}
                  indicators={indicators}
                />
              ) : null}
            </li>
          );
        })}
        {periods.length > FIRST_SHOWN ? (
          <li className="why__more">
            <button type="button" className="button button--small" onClick={() => setShowAll((all) => !all)}>
              {showAll
                ? t('whyScore.showLatest', { count: FIRST_SHOWN })
                : t('whyScore.showAll', { count: periods.length })}
            </button>
          </li>
        ) : null}
      </ul>
    </section>
  );
}

function PeriodWhy({
  id,
  period,
  origins,
  provenance,
  indicators,
}: {
  id: string;
  period: PeriodScore;
  origins: Record<IndicatorId, OriginWords>;
  provenance: ProvenanceByPeriod[string];
  indicators: readonly Indicator[];
}) {
  const t = useT();
  const catalog = useCatalogText();
  const explained = explainPeriod(period, t, catalog, indicators);
  const label = formatPeriod(period.period);
  const fromUcdp = Object.values(provenance).includes('ucdp_ged');
  return (
    <div id={id} className="why__body">
      {period.flags.length > 0 ? (
        <div className="why__flags">
          <p className="why__label">{t('assessments.quality')}</p>
          <QualityBadges score={period} />
        </div>
      ) : null}
      <p className="why__label">{t('whyScore.overallRule')}</p>
      <p className="formula">{explained.formula ?? explained.reason}</p>
      {explained.completeness ? <p className="why__note">{explained.completeness}</p> : null}
      {period.band && period.overall != null ? (
        <p className="why__note">
          {t('whyScore.inBand', {
            score: formatScore(period.overall),
            range: BAND_RANGES[period.band],
            band: catalog.bands[period.band],
          })}
        </p>
      ) : null}

      {explained.kpis.map((kpi) => (
        <div key={kpi.id} className="why__kpi">
          <h4 className="why__kpi-title">
            {t('whyScore.kpiScore', {
              kpi: kpi.name,
              score: kpi.score == null ? t('whyScore.notScored') : formatScore(kpi.score),
            })}{' '}
            <span className="why__weight">{t('whyScore.kpiWeight', { weight: formulaNumber(kpi.weight) })}</span>
          </h4>
          <p className="formula">{kpi.formula ? t('whyScore.kpiFormula', { formula: kpi.formula }) : kpi.reason}</p>
          <TableScroll>
            <table className="data-table data-table--compact why__table">
              <caption className="visually-hidden">
                {t('whyScore.indicatorCaption', { kpi: kpi.name, period: label })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('targets.indicator')}</th>
                  <th scope="col" className="num">
                    {t('whyScore.value')}
                  </th>
                  <th scope="col">{t('charts.baseline')}</th>
                  <th scope="col">{t('charts.target')}</th>
                  <th scope="col" className="num">
                    {t('targets.weight')}
                  </th>
                  <th scope="col">{t('preview.score')}</th>
                  <th scope="col">{t('whyScore.change')}</th>
                </tr>
              </thead>
              <tbody>
                {kpi.indicators.map((indicator) => {
                  const scored = indicators.find((item) => item.id === indicator.id)?.scored ?? true;
                  return (
                    <tr key={indicator.id}>
                      <th scope="row" className="cell--name">
                        {indicator.name}
                      </th>
                      <td className="num">
                        {formatValue(indicator.value, indicator.unit)}
                        {indicator.value != null && provenance[indicator.id] === 'ucdp_ged' ? <UcdpTag /> : null}
                        {indicator.derivation ? <span className="why__origin">{indicator.derivation}</span> : null}
                      </td>
                      <td className="why__bound">
                        {scored ? (
                          <>
                            {formatValue(indicator.baseline, indicator.unit)}
                            <span className="why__origin">{origins[indicator.id]?.baseline}</span>
                          </>
                        ) : (
                          <span className="muted">—</span>
                        )}
                      </td>
                      <td className="why__bound">
                        {scored ? (
                          <>
                            {formatValue(indicator.target, indicator.unit)}
                            <span className="why__origin">{origins[indicator.id]?.target}</span>
                          </>
                        ) : (
                          <span className="muted">—</span>
                        )}
                      </td>
                      <td className="num">{scored ? formulaNumber(indicator.weight) : '—'}</td>
                      <td className="why__score">
                        {indicator.formula ? (
                          <span className="formula formula--inline">{indicator.formula}</span>
                        ) : (
                          <span className="muted">
                            {t('whyScore.notScoredBecause', { reason: indicator.reason ?? '' })}
                          </span>
                        )}
                      </td>
                      <td className="why__change">
                        {indicator.change ? (
                          <>
                            <strong>{indicator.change.change}</strong>
                            {indicator.change.interval ? (
                              <span className="why__origin">{indicator.change.interval}</span>
                            ) : null}
                            <span className="why__origin">{indicator.change.method}</span>
                          </>
                        ) : (
                          <span className="muted">—</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        </div>
      ))}
      {fromUcdp ? (
        <p className="why__source">
          {t('whyScore.ucdpBefore')} <UcdpTag /> {t('whyScore.ucdpAfter', { citation: UCDP_GED_CITATION })}
        </p>
      ) : null}
    </div>
  );
}
