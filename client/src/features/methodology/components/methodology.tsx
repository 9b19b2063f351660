import { useMemo } from 'react';
import { indicatorText } from '@cpea/shared/i18n/catalog-text';
import { asIndicator } from '@cpea/shared/custom-indicators';
import { useCustomIndicatorList } from '../../../lib/indicator-set';
import {
  CHALLENGES,
  INDICATORS,
  KPIS,
  KPI_IDS,
  SOURCES,
  citation,
  indicatorsOf,
  type DefaultTarget,
  type Indicator,
  type SourceRef,
} from '@cpea/shared/catalog';
import { BANDS, DEFAULT_KPI_WEIGHTS, FLAGS, TRENDS, bandOf, MIN_KPIS_FOR_BAND, type Band } from '@cpea/shared/scoring';
import { METHODOLOGY_VERSION, POOLED_ASSOCIATION_VERSION } from '@cpea/shared/comparison';
import {
  BETWEEN_MIN_MISSIONS,
  BOOTSTRAP_RESAMPLES,
  GAP_MIN_ASSESSMENTS,
  GAP_MIN_MISSIONS,
  WITHIN_MIN_ASSESSMENTS,
} from '@cpea/shared/method/association';
import { OUTLIER_MIN_PRIOR, OUTLIER_WINDOW, OUTLIER_Z } from '@cpea/shared/method/outlier';
import { MIN_BASELINE_EVENTS_PER_PERIOD } from '@cpea/shared/method/rate-ratio';
import { PERIODS_PER_YEAR, TREND_MIN_POINTS, TREND_POINTS_PER_YEAR } from '@cpea/shared/method/trend';
import { ITS_AUTOCORRELATION_LIMIT, ITS_MIN_PERIODS_EACH_SIDE } from '@cpea/shared/method/interrupted-time-series';
import { useCatalogText, useT, type Translate } from '../../../lib/i18n';
import { BandBadge } from '../../../components/band-badge';
import { DataTable, TableScroll, type Column } from '../../../components/data-table';
import { TrendLabel } from '../../../components/trend-label';
import { formatLocale, formatValue, unitLabel } from '../../../lib/format';

// Everything on this page is read from the shared catalog and scoring module, the same code
// the server scores with, so the description cannot drift from what is computed.

function Sources({ refs }: { refs: readonly SourceRef[] }) {
  return (
    <ul className="source-list">
      {refs.map((ref) => (
        <li key={`${ref.document}-${ref.section}`}>
          <cite>{citation(ref)}</cite>
        </li>
      ))}
    </ul>
  );
}

function defaultTargetText(indicator: Indicator, t: Translate): string {
  const rule: DefaultTarget = indicator.defaultTarget;
  if (!indicator.scored) return t('methodology.notScored');
  switch (rule.rule) {
    case 'fixed':
      return t('methodology.fixedTarget', {
        baseline: formatValue(rule.baseline, indicator.unit),
        target: formatValue(rule.target, indicator.unit),
      });
    case 'half_of_baseline':
      return t('methodology.halfOfBaseline');
    case 'none':
      return t('methodology.noTarget');
  }
}

function roleText(indicator: Indicator, t: Translate): string {
  if (indicator.derived) return t('methodology.scoredComputed');
  return indicator.scored ? t('methodology.scored') : t('methodology.contextOnly');
}

/** Score ranges of each band, found by asking the scoring code rather than restating it. */
function bandRanges(): { band: Band; from: number; to: number }[] {
  return BANDS.map((band) => {
    const scores = Array.from({ length: 101 }, (_, score) => score).filter((score) => bandOf(score) === band);
    return { band, from: scores[0], to: scores[scores.length - 1] };
  });
}

/** A constant as written, in the screen's language (0.25, 0,25). */
const plainNumber = (value: number) => new Intl.NumberFormat(formatLocale()).format(value);

const SECTIONS = [
  'kpis',
  'scoring',
  'bands',
  'published',
  'trend',
  'flags',
  'challenges',
  'association',
  'effects',
  'documents',
] as const;

/** The works method/association.ts cites for resampling whole missions. */
const ASSOCIATION_REFERENCES = [
  'Davison, A. C. & Hinkley, D. V. (1997). Bootstrap Methods and their Application, ch. 3 (hierarchical data). Cambridge University Press.',
  'Field, C. A. & Welsh, A. H. (2007). Bootstrapping clustered data. Journal of the Royal Statistical Society, Series B, 69: 369–390.',
];

/** The tutorial method/interrupted-time-series.ts follows. */
const RATE_RATIO_REFERENCES = [
  'Clopper, C. J. & Pearson, E. S. (1934). The use of confidence or fiducial limits illustrated in the case of the binomial. Biometrika, 26(4): 404–413.',
  'Garwood, F. (1936). Fiducial limits for the Poisson distribution. Biometrika, 28(3/4): 437–442.',
  'Fay, M. P. (2010). Two-sided exact tests and matching confidence intervals for discrete data. The R Journal, 2(1): 53–58.',
];

const EFFECTS_REFERENCE =
  'Lopez Bernal, J., Cummins, S. & Gasparrini, A. (2017). Interrupted time series regression for the evaluation of public health interventions: a tutorial. International Journal of Epidemiology, 46(1): 348–355.';

/** `acronymOf` names the mission a mission's own indicator belongs to. */
export function Methodology({ acronymOf }: { acronymOf: (missionId: number) => string }) {
  const t = useT();
  const catalog = useCatalogText();
  // The standard catalog and, once signed in, every custom indicator, each said whose it is.
  const custom = useCustomIndicatorList();
  const indicators = useMemo(() => [...INDICATORS, ...custom.map(asIndicator)], [custom]);
  const indicatorColumns: Column<Indicator>[] = [
    {
      key: 'indicator',
      header: t('methodology.columns.indicator'),
      rowHeader: true,
      cellClassName: () => 'cell--name',
      sortValue: (indicator) => indicatorText(catalog, indicator.id).name,
      cell: (indicator) => (
        <>
          {indicatorText(catalog, indicator.id).name}
          {indicator.custom ? (
            <span className="muted">
              {' '}
              ·{' '}
              {t('customIndicators.customNote', {
                scope:
                  indicator.custom.missionId == null
                    ? t('customIndicators.everyMission')
                    : acronymOf(indicator.custom.missionId),
                source: indicator.custom.source || '—',
              })}
              {indicator.custom.retiredAt ? ` · ${t('customIndicators.retired')}` : ''}
            </span>
          ) : null}
        </>
      ),
    },
    {
      key: 'unit',
      header: t('methodology.columns.unit'),
      sortValue: (indicator) => indicator.unitLabel || unitLabel(indicator.unit),
      cell: (indicator) => indicator.unitLabel || unitLabel(indicator.unit),
    },
    {
      key: 'better',
      header: t('methodology.columns.better'),
      sortValue: (indicator) => indicator.direction,
      cell: (indicator) =>
        indicator.direction === 'lower_is_better' ? t('methodology.lower') : t('methodology.higher'),
    },
    {
      key: 'kind',
      header: t('methodology.columns.kind'),
      sortValue: (indicator) => indicator.kind,
      cell: (indicator) => (indicator.kind === 'outcome' ? t('methodology.outcome') : t('methodology.output')),
    },
    {
      key: 'role',
      header: t('methodology.columns.role'),
      sortValue: (indicator) => roleText(indicator, t),
      cell: (indicator) => roleText(indicator, t),
    },
    {
      key: 'target',
      header: t('methodology.columns.target'),
      cellClassName: () => 'cell--rule',
      cell: (indicator) => defaultTargetText(indicator, t),
    },
    {
      key: 'counts',
      header: t('methodology.columns.counts'),
      cellClassName: () => 'cell--prose',
      cell: (indicator) => indicatorText(catalog, indicator.id).help,
    },
  ];
  const challengeColumns: Column<(typeof CHALLENGES)[number]>[] = [
    {
      key: 'challenge',
      header: t('methodology.challenge'),
      rowHeader: true,
      cellClassName: () => 'cell--name',
      sortValue: (challenge) => catalog.challenges[challenge.id].name,
      cell: (challenge) => catalog.challenges[challenge.id].name,
    },
    {
      key: 'covers',
      header: t('methodology.covers'),
      cellClassName: () => 'cell--prose',
      cell: (challenge) => catalog.challenges[challenge.id].covers,
    },
    {
      key: 'sources',
      header: t('methodology.sourcesColumn'),
      cellClassName: () => 'cell--prose',
      cell: (challenge) => <Sources refs={challenge.sources} />,
    },
  ];
  return (
    <div className="methodology">
      <nav aria-label={t('methodology.onThisPage')} className="toc">
        <p className="toc__title">{t('methodology.onThisPage')}</p>
        <ul>
          {SECTIONS.map((section) => (
            <li key={section}>
              <a href={`#${section}`}>{t(`methodology.sections.${section}`)}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="kpis" className="methodology__section">
        <h2 id="kpis">{t('methodology.sections.kpis')}</h2>
        <p>{t('methodology.kpisIntro')}</p>
        {KPIS.map((kpi) => (
          <article key={kpi.id} className="kpi-method" aria-labelledby={`kpi-${kpi.id}`}>
            <h3 id={`kpi-${kpi.id}`}>{catalog.kpis[kpi.id].name}</h3>
            <p>
              {catalog.kpis[kpi.id].description}{' '}
              {t('methodology.defaultWeight', { weight: DEFAULT_KPI_WEIGHTS[kpi.id] * 100 })}
            </p>
            <p className="sources-label">{t('methodology.sources')}</p>
            <Sources refs={kpi.sources} />
            <DataTable
              caption={t('methodology.indicatorsOf', { kpi: catalog.kpis[kpi.id].name.toLowerCase() })}
              columns={indicatorColumns}
              rows={indicatorsOf(kpi.id, indicators)}
              rowKey={(indicator) => indicator.id}
              name={t('customIndicators.rowsName')}
            />
          </article>
        ))}
      </section>

      <section aria-labelledby="scoring" className="methodology__section">
        <h2 id="scoring">{t('methodology.sections.scoring')}</h2>
        <dl className="formulas">
          <dt>{t('methodology.indicatorScore')}</dt>
          <dd>
            <code>100 × clamp((value − baseline) ÷ (target − baseline), 0, 1)</code>{' '}
            {t('methodology.indicatorScoreText')}
          </dd>
          <dt>{t('methodology.kpiScore')}</dt>
          <dd>{t('methodology.kpiScoreText')}</dd>
          <dt>{t('methodology.overall')}</dt>
          <dd>
            {t('methodology.overallText', {
              weights: KPIS.map((kpi) => plainNumber(DEFAULT_KPI_WEIGHTS[kpi.id])).join(t('methodology.listSeparator')),
            })}
          </dd>
          <dt>{t('methodology.completeness')}</dt>
          <dd>{t('methodology.completenessText')}</dd>
        </dl>
      </section>

      <section aria-labelledby="counts" className="methodology__section">
        <h2 id="counts">{t('methodology.sections.counts')}</h2>
        <dl className="formulas">
          <dt>{t('methodology.rateRatio')}</dt>
          <dd>{t('methodology.rateRatioText')}</dd>
          <dt>{t('methodology.rateRatioWindow')}</dt>
          <dd>{t('methodology.rateRatioWindowText')}</dd>
          <dt>{t('methodology.rateRatioTyped')}</dt>
          <dd>{t('methodology.rateRatioTypedText')}</dd>
          <dt>{t('methodology.tooFewEvents')}</dt>
          <dd>{t('methodology.tooFewEventsText', { min: MIN_BASELINE_EVENTS_PER_PERIOD })}</dd>
        </dl>
        <h3>{t('methodology.associationWhyTitle')}</h3>
        <p>{t('methodology.countsWhy', { min: MIN_BASELINE_EVENTS_PER_PERIOD })}</p>
        <h3>{t('methodology.associationReferences')}</h3>
        <ul className="plain-list">
          {RATE_RATIO_REFERENCES.map((reference) => (
            <li key={reference}>
              <cite>{reference}</cite>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="bands" className="methodology__section">
        <h2 id="bands">{t('methodology.sections.bands')}</h2>
        <TableScroll>
          <table className="data-table data-table--narrow">
            <caption className="visually-hidden">{t('methodology.bandsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('methodology.band')}</th>
                <th scope="col" className="num">
                  {t('methodology.overallScore')}
                </th>
              </tr>
            </thead>
            <tbody>
              {bandRanges().map(({ band, from, to }) => (
                <tr key={band}>
                  <th scope="row">
                    <BandBadge band={band} />
                  </th>
                  <td className="num">
                    {to === 100
                      ? t('methodology.rangeTo100', { from })
                      : t('methodology.rangeUnder', { from, to: to + 1 })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>

      <section aria-labelledby="published" className="methodology__section">
        <h2 id="published">{t('methodology.sections.published')}</h2>
        <p>{t('published.methodologyBands', { min: MIN_KPIS_FOR_BAND, total: KPI_IDS.length })}</p>
        <p>{t('published.methodologyPublished')}</p>
        <p>{t('published.methodologySettings')}</p>
        <p>{t('published.methodologyChanges')}</p>
        <p>{t('published.methodologyRescored')}</p>
        <p>{t('published.methodologyMethod', { version: METHODOLOGY_VERSION })}</p>
      </section>

      <section aria-labelledby="trend" className="methodology__section">
        <h2 id="trend">{t('methodology.sections.trend')}</h2>
        <p>{t('methodology.trendIntro', { quarters: PERIODS_PER_YEAR.quarter, months: PERIODS_PER_YEAR.month })}</p>
        <ul className="plain-list">
          {TRENDS.map((trend) => (
            <li key={trend}>
              <TrendLabel trend={trend} />:{' '}
              {t(`methodology.trendRules.${trend}`, {
                threshold: plainNumber(TREND_POINTS_PER_YEAR),
                min: TREND_MIN_POINTS,
              })}
            </li>
          ))}
        </ul>
        <p>{t('methodology.trendWhy')}</p>
      </section>

      <section aria-labelledby="flags" className="methodology__section">
        <h2 id="flags">{t('methodology.sections.flags')}</h2>
        <dl className="formulas">
          {FLAGS.map((flag) => (
            <div key={flag}>
              <dt>{catalog.flags[flag]}</dt>
              <dd>
                {t(`methodology.flagRules.${flag}`, {
                  z: plainNumber(OUTLIER_Z),
                  window: OUTLIER_WINDOW,
                  min: OUTLIER_MIN_PRIOR,
                })}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="challenges" className="methodology__section">
        <h2 id="challenges">{t('methodology.sections.challenges')}</h2>
        <p>
          {t('methodology.challengesIntro', {
            levels: catalog.severities
              .map((label, severity) => `${severity} ${label.toLowerCase()}`)
              .join(t('methodology.listSeparator')),
          })}
        </p>
        <DataTable
          caption={t('methodology.challengesCaption')}
          captionHidden
          columns={challengeColumns}
          rows={CHALLENGES}
          rowKey={(challenge) => challenge.id}
        />
      </section>

      <section aria-labelledby="association" className="methodology__section">
        <h2 id="association">{t('methodology.sections.association')}</h2>
        <p>{t('methodology.associationIntro')}</p>
        <h3>{t('methodology.associationRule')}</h3>
        <ul>
          {(['between', 'within', 'gap', 'intervals', 'ranking'] as const).map((rule) => (
            <li key={rule}>
              {t(`methodology.associationRules.${rule}`, {
                betweenMin: BETWEEN_MIN_MISSIONS,
                withinMin: WITHIN_MIN_ASSESSMENTS,
                gapAssessments: GAP_MIN_ASSESSMENTS,
                gapMissions: GAP_MIN_MISSIONS,
                resamples: BOOTSTRAP_RESAMPLES,
              })}
            </li>
          ))}
        </ul>
        <h3>{t('methodology.associationWhyTitle')}</h3>
        <p>{t('methodology.associationWhy')}</p>
        <p>
          {t('methodology.associationVersion', { version: METHODOLOGY_VERSION, pooled: POOLED_ASSOCIATION_VERSION })}
        </p>
        <h3>{t('methodology.associationReferences')}</h3>
        <ul className="plain-list">
          {ASSOCIATION_REFERENCES.map((reference) => (
            <li key={reference}>
              <cite>{reference}</cite>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="effects" className="methodology__section">
        <h2 id="effects">{t('methodology.sections.effects')}</h2>
        <p>{t('methodology.effectsRule', { min: ITS_MIN_PERIODS_EACH_SIDE })}</p>
        <p>{t('methodology.effectsWhy', { limit: ITS_AUTOCORRELATION_LIMIT })}</p>
        <h3>{t('methodology.effectsReferences')}</h3>
        <ul className="plain-list">
          <li>
            <cite>{EFFECTS_REFERENCE}</cite>
          </li>
        </ul>
      </section>

      <section aria-labelledby="documents" className="methodology__section">
        <h2 id="documents">{t('methodology.sections.documents')}</h2>
        <ul className="plain-list">
          {Object.values(SOURCES).map((title) => (
            <li key={title}>
              <cite>{title}</cite>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
