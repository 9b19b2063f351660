import {
  CHALLENGES,
  KPIS,
  SEVERITY_LABELS,
  SOURCES,
  citation,
  indicatorsOf,
  type DefaultTarget,
  type Indicator,
  type SourceRef,
} from '@cpea/shared/catalog';
import {
  BANDS,
  DEFAULT_KPI_WEIGHTS,
  FLAGS,
  FLAG_LABELS,
  OUTLIER_MIN_HISTORY,
  OUTLIER_Z,
  TRENDS,
  TREND_MIN_PERIODS,
  TREND_THRESHOLD,
  TREND_WINDOW,
  bandOf,
  type Band,
  type Flag,
  type TrendClass,
} from '@cpea/shared/scoring';
import { BandBadge } from '../../../components/band-badge';
import { TableScroll } from '../../../components/data-table';
import { TrendLabel } from '../../../components/trend-label';
import { formatValue, unitLabel } from '../../../lib/format';

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

function defaultTargetText(indicator: Indicator): string {
  const rule: DefaultTarget = indicator.defaultTarget;
  if (!indicator.scored) return 'Not scored';
  switch (rule.rule) {
    case 'fixed':
      return `Baseline ${formatValue(rule.baseline, indicator.unit)} → target ${formatValue(rule.target, indicator.unit)}`;
    case 'first_value_halved':
      return "Baseline = the mission's first assessed value; target = 50 % of it";
    case 'none':
      return 'No target until the mission sets one (unscored until then)';
  }
}

function roleText(indicator: Indicator): string {
  if (indicator.derived) return 'Scored, computed';
  return indicator.scored ? 'Scored' : 'Context only';
}

/** Score ranges of each band, found by asking the scoring code rather than restating it. */
function bandRanges(): { band: Band; from: number; to: number }[] {
  return BANDS.map((band) => {
    const scores = Array.from({ length: 101 }, (_, score) => score).filter((score) => bandOf(score) === band);
    return { band, from: scores[0], to: scores[scores.length - 1] };
  });
}

const TREND_RULES: Record<TrendClass, string> = {
  improving: `Slope above +${TREND_THRESHOLD} points per period`,
  stable: `Slope between −${TREND_THRESHOLD} and +${TREND_THRESHOLD} points per period`,
  deteriorating: `Slope below −${TREND_THRESHOLD} points per period`,
  insufficient_data: `Fewer than ${TREND_MIN_PERIODS} scored periods`,
};

const FLAG_RULES: Record<Flag, string> = {
  incomplete: 'One or more of the four KPIs could not be scored; the overall score averages only the KPIs present.',
  outlier: `A value whose modified z-score against the mission's own history exceeds ${OUTLIER_Z} (needs at least ${OUTLIER_MIN_HISTORY} earlier values).`,
  inconsistent:
    'A cross-field rule fails, such as more disputes resolved than recorded (possible only in imported data).',
  outputs_only: 'A KPI is scored only on output indicators, which count activity rather than effect.',
};

const SECTIONS = [
  { id: 'kpis', title: 'KPIs and indicators' },
  { id: 'scoring', title: 'Scoring' },
  { id: 'bands', title: 'Status bands' },
  { id: 'trend', title: 'Trend' },
  { id: 'flags', title: 'Data-quality flags' },
  { id: 'challenges', title: 'Challenge categories' },
  { id: 'documents', title: 'Source documents' },
];

export function Methodology() {
  return (
    <div className="methodology">
      <nav aria-label="On this page" className="toc">
        <p className="toc__title">On this page</p>
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.title}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="kpis" className="methodology__section">
        <h2 id="kpis">KPIs and indicators</h2>
        <p>
          Each mission is assessed once per period on four key performance indicators (KPIs). Each KPI is measured by
          indicators; an empty value means “not measured” and is never counted as zero.
        </p>
        {KPIS.map((kpi) => (
          <article key={kpi.id} className="kpi-method" aria-labelledby={`kpi-${kpi.id}`}>
            <h3 id={`kpi-${kpi.id}`}>{kpi.name}</h3>
            <p>
              {kpi.description} Default weight in the overall score: {DEFAULT_KPI_WEIGHTS[kpi.id] * 100} %.
            </p>
            <p className="sources-label">Sources:</p>
            <Sources refs={kpi.sources} />
            <TableScroll>
              <table className="data-table">
                <caption>Indicators of {kpi.name.toLowerCase()}</caption>
                <thead>
                  <tr>
                    <th scope="col">Indicator</th>
                    <th scope="col">Unit</th>
                    <th scope="col">Better when</th>
                    <th scope="col">Kind</th>
                    <th scope="col">Role</th>
                    <th scope="col">Default baseline and target</th>
                    <th scope="col">What it counts</th>
                  </tr>
                </thead>
                <tbody>
                  {indicatorsOf(kpi.id).map((indicator) => (
                    <tr key={indicator.id}>
                      <th scope="row" className="cell--name">
                        {indicator.name}
                      </th>
                      <td>{unitLabel(indicator.unit)}</td>
                      <td>{indicator.direction === 'lower_is_better' ? 'Lower' : 'Higher'}</td>
                      <td>{indicator.kind === 'outcome' ? 'Outcome' : 'Output'}</td>
                      <td>{roleText(indicator)}</td>
                      <td className="cell--rule">{defaultTargetText(indicator)}</td>
                      <td className="cell--prose">{indicator.help}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </article>
        ))}
      </section>

      <section aria-labelledby="scoring" className="methodology__section">
        <h2 id="scoring">Scoring</h2>
        <dl className="formulas">
          <dt>Indicator score</dt>
          <dd>
            <code>100 × clamp((value − baseline) ÷ (target − baseline), 0, 1)</code> — the share of the way from
            baseline to target. It works in both directions: for lower-is-better indicators the target is below the
            baseline. When the target equals the baseline the score is 100 if the value is at least as good, else 0. A
            missing value or a missing target leaves the indicator unscored, not zero.
          </dd>
          <dt>KPI score</dt>
          <dd>
            The weighted mean of the KPI’s scored indicators (indicator weight 1 unless the mission sets another).
          </dd>
          <dt>Overall effectiveness</dt>
          <dd>
            The weighted mean of the KPI scores present (default weights{' '}
            {KPIS.map((kpi) => `${DEFAULT_KPI_WEIGHTS[kpi.id]}`).join(', ')}).
          </dd>
          <dt>Completeness</dt>
          <dd>
            The share of the four KPIs scored, shown as “3/4 KPIs”. A score built on fewer than all four is flagged
            “Incomplete”, never silently averaged as if complete.
          </dd>
        </dl>
      </section>

      <section aria-labelledby="bands" className="methodology__section">
        <h2 id="bands">Status bands</h2>
        <TableScroll>
          <table className="data-table data-table--narrow">
            <caption className="visually-hidden">Status bands by overall score</caption>
            <thead>
              <tr>
                <th scope="col">Band</th>
                <th scope="col" className="num">
                  Overall score
                </th>
              </tr>
            </thead>
            <tbody>
              {bandRanges().map(({ band, from, to }) => (
                <tr key={band}>
                  <th scope="row">
                    <BandBadge band={band} />
                  </th>
                  <td className="num">{to === 100 ? `${from} to 100` : `${from} to under ${to + 1}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>

      <section aria-labelledby="trend" className="methodology__section">
        <h2 id="trend">Trend</h2>
        <p>
          The least-squares slope of the overall score over the last {TREND_WINDOW} scored periods, in points per
          period.
        </p>
        <ul className="plain-list">
          {TRENDS.map((trend) => (
            <li key={trend}>
              <TrendLabel trend={trend} />: {TREND_RULES[trend]}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="flags" className="methodology__section">
        <h2 id="flags">Data-quality flags</h2>
        <dl className="formulas">
          {FLAGS.map((flag) => (
            <div key={flag}>
              <dt>{FLAG_LABELS[flag]}</dt>
              <dd>{FLAG_RULES[flag]}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="challenges" className="methodology__section">
        <h2 id="challenges">Challenge categories</h2>
        <p>
          Each assessment rates ten challenges by severity:{' '}
          {SEVERITY_LABELS.map((label, severity) => `${severity} ${label.toLowerCase()}`).join(', ')}.
        </p>
        <TableScroll>
          <table className="data-table">
            <caption className="visually-hidden">Challenge categories, what they cover and their sources</caption>
            <thead>
              <tr>
                <th scope="col">Challenge</th>
                <th scope="col">What it covers</th>
                <th scope="col">Sources</th>
              </tr>
            </thead>
            <tbody>
              {CHALLENGES.map((challenge) => (
                <tr key={challenge.id}>
                  <th scope="row" className="cell--name">
                    {challenge.name}
                  </th>
                  <td className="cell--prose">{challenge.covers}</td>
                  <td className="cell--prose">
                    <Sources refs={challenge.sources} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>

      <section aria-labelledby="documents" className="methodology__section">
        <h2 id="documents">Source documents</h2>
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
