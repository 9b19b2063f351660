import { indicatorText } from '@cpea/shared/i18n/catalog-text';
import { useId } from 'react';
import { useSearchParams } from 'react-router';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Indicator } from '@cpea/shared/catalog';
import type { MissionEffects } from '@cpea/shared/effects';
import { ITS_MIN_PERIODS_EACH_SIDE } from '@cpea/shared/method/interrupted-time-series';
import { comparePeriods } from '@cpea/shared/periods';
import { ChartFrame } from '../../../components/chart-frame';
import { XAxisTitle, YAxisTitle } from '../../../components/chart-axis';
import { DataTable, type Column } from '../../../components/data-table';
import { NEWEST_FIRST } from '../../../components/table-view';
import { errorMessage } from '../../../components/states';
import { MISSING, formatNumber, formatPeriod } from '../../../lib/format';
import { useCatalogText, useLocale, useT, useTranslateMessage, type Translate } from '../../../lib/i18n';
import { useMissionEffects } from '../api/get-effects';
import { countAxisTop, ticksOf, type IndicatorRow } from '../lib/indicator-series';

const TICK = { fontSize: 11, fill: '#3d4650' };
const EXPECTED = '#5b6670';
/** The chart's axis shows expected values up to this many times the highest count. */
const EXPECTED_CUT = 4;

/** The search parameter that keeps a panel's `at` in the page's address. */
export const effectsAtParam = (indicator: Indicator) => `at-${indicator.id}`;

interface EffectsPanelProps {
  missionId: number;
  indicator: Indicator;
  /** The chart's rows: the periods `at` may be chosen from. */
  rows: IndicatorRow[];
  color: string;
}

/**
 * "Change since the mission began" for one count indicator: the interrupted time series' level
 * and trend changes, the totals recorded and expected, the sentence and its caveat, and the
 * counterfactual drawn against the counts, with a select for the period the change is measured from.
 */
export function EffectsPanel({ missionId, indicator, rows, color }: EffectsPanelProps) {
  const t = useT();
  const translate = useTranslateMessage();
  const name = indicatorText(useCatalogText(), indicator.id).name;
  const [searchParams, setSearchParams] = useSearchParams();
  const param = effectsAtParam(indicator);
  const missionStart = rows.find((row) => !row.beforeMission)?.period ?? rows[0]?.period;
  const chosen = searchParams.get(param);
  const at = chosen && rows.some((row) => row.period === chosen) ? chosen : missionStart;
  // With too few counts before `at` the model cannot run: say so without asking the server.
  const countsBefore = rows.filter((row) => comparePeriods(row.period, at) < 0 && (row.value ?? row.series) != null);
  const enoughBefore = countsBefore.length >= ITS_MIN_PERIODS_EACH_SIDE;
  const effects = useMissionEffects(
    missionId,
    indicator.id,
    chosen && at !== missionStart ? at : undefined,
    enoughBefore,
  );
  const titleId = useId();
  const selectId = useId();

  const choose = (period: string) => {
    const next = new URLSearchParams(searchParams);
    if (period === missionStart) next.delete(param);
    else next.set(param, period);
    setSearchParams(next, { replace: true });
  };

  return (
    <section className="effects-panel" aria-labelledby={titleId}>
      <h3 id={titleId} className="effects-panel__title">
        {t('effects.title', { name })}
      </h3>
      <p className="effects-panel__control">
        <label htmlFor={selectId}>{t('effects.atLabel')}</label>{' '}
        <select id={selectId} value={at} onChange={(event) => choose(event.target.value)}>
          {rows.map((row) => (
            <option key={row.period} value={row.period}>
              {row.period === missionStart ? t('effects.missionStartOption', { period: row.label }) : row.label}
            </option>
          ))}
        </select>
      </p>
      {!enoughBefore ? (
        <p className="muted">
          {t('effects.tooFewBefore', {
            count: String(ITS_MIN_PERIODS_EACH_SIDE),
            period: formatPeriod(at),
          })}
        </p>
      ) : effects.isPending ? (
        <p className="muted" role="status">
          {t('effects.loading')}
        </p>
      ) : effects.isError ? (
        <div className="state state--error" role="alert">
          <p className="state__title">{t('effects.cannotRun')}</p>
          <p>{translate(errorMessage(effects.error))}</p>
        </div>
      ) : (
        <EffectsFigures effects={effects.data} name={name} color={color} />
      )}
    </section>
  );
}

/** A ratio with two decimals, a count whole. */
function useFormats() {
  const { locale } = useLocale();
  const ratio = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return {
    ratio: (x: number) => (Number.isFinite(x) ? ratio.format(x) : MISSING),
    count: (x: number) => formatNumber(Math.round(x)),
    signed: (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : ''}${formatNumber(Math.abs(Math.round(x)))}`,
    percent: (x: number) => {
      const value = Math.round((x - 1) * 100);
      return `${value > 0 ? '+' : value < 0 ? '−' : ''}${formatNumber(Math.abs(value))} %`;
    },
  };
}

/** The sentence: the API's English words, or the same figures in the screen's language. */
function sentenceOf(
  effects: MissionEffects,
  name: string,
  locale: string,
  t: Translate,
  f: ReturnType<typeof useFormats>,
) {
  if (locale === 'en') return effects.sentence;
  const at = formatPeriod(effects.at);
  const { levelChange: level, slopeChangePerYear: slope, expectedAfter: expected } = effects;
  const r = effects.residualAutocorrelation;
  return [
    t('effects.sentence.observed', {
      at,
      name,
      observed: f.count(effects.observedAfter),
      expected: f.count(expected.estimate),
      lower: f.count(expected.lower),
      upper: f.count(expected.upper),
    }),
    t('effects.sentence.change', {
      at,
      level: f.percent(level.estimate),
      levelLower: f.percent(level.lower),
      levelUpper: f.percent(level.upper),
      slope: f.percent(slope.estimate),
      slopeLower: f.percent(slope.lower),
      slopeUpper: f.percent(slope.upper),
    }),
    ...(effects.autocorrelationWarning
      ? [
          t('effects.sentence.correlated', {
            r: `${r < 0 ? '−' : ''}${f.ratio(Math.abs(r))}`,
            direction: t(r > 0 ? 'effects.narrower' : 'effects.wider'),
          }),
        ]
      : []),
    t('effects.sentence.caveat'),
  ].join(' ');
}

function EffectsFigures({ effects, name, color }: { effects: MissionEffects; name: string; color: string }) {
  const t = useT();
  const { locale } = useLocale();
  const f = useFormats();
  const at = formatPeriod(effects.at);
  const interval = (e: { estimate: number; lower: number; upper: number }, format: (x: number) => string) =>
    t('effects.interval', { estimate: format(e.estimate), lower: format(e.lower), upper: format(e.upper) });
  const r = effects.residualAutocorrelation;
  return (
    <>
      <p className="effects-panel__intro">
        {t('effects.intro', { name, before: effects.before, after: effects.after, at })}{' '}
        {t(effects.source === 'ucdp_ged' ? 'effects.fromUcdp' : 'effects.fromAssessments')}
      </p>
      <dl className="effects-panel__figures">
        <div>
          <dt>{t('effects.levelChange', { at })}</dt>
          <dd>{interval(effects.levelChange, f.ratio)}</dd>
        </div>
        <div>
          <dt>{t('effects.slopeChange')}</dt>
          <dd>{interval(effects.slopeChangePerYear, f.ratio)}</dd>
        </div>
        <div>
          <dt>{t('effects.observed', { at })}</dt>
          <dd>{f.count(effects.observedAfter)}</dd>
        </div>
        <div>
          <dt>{t('effects.expected')}</dt>
          <dd>{interval(effects.expectedAfter, f.count)}</dd>
        </div>
        <div>
          <dt>{t('effects.difference')}</dt>
          <dd>{f.signed(effects.differenceAfter)}</dd>
        </div>
        <div>
          <dt>{t('effects.autocorrelation')}</dt>
          <dd>{`${r < 0 ? '−' : ''}${f.ratio(Math.abs(r))}`}</dd>
        </div>
      </dl>
      <p className="muted">{t('effects.ratioNote')}</p>
      {effects.autocorrelationWarning ? (
        <p className="effects-panel__warning">
          {t('effects.autocorrelationWarning', { direction: t(r > 0 ? 'effects.narrower' : 'effects.wider') })}
        </p>
      ) : null}
      <p className="effects-panel__note">{t('effects.extrapolation', { at })}</p>
      <p className="effects-panel__sentence-label">{t('effects.sentenceLabel')}</p>
      <p className="effects-panel__sentence">{sentenceOf(effects, name, locale, t, f)}</p>
      <CounterfactualChart effects={effects} name={name} color={color} />
    </>
  );
}

function CounterfactualChart({ effects, name, color }: { effects: MissionEffects; name: string; color: string }) {
  const t = useT();
  const f = useFormats();
  const at = formatPeriod(effects.at);
  const expectedBy = new Map(effects.counterfactual.map((point) => [point.period, point]));
  const data = effects.series.map((point) => {
    const expected = expectedBy.get(point.period);
    return {
      label: formatPeriod(point.period),
      count: point.count,
      expected: expected?.expected ?? null,
      band: expected ? ([expected.lower, expected.upper] as [number, number]) : null,
    };
  });
  // The axis reaches the highest count, and the expected values up to EXPECTED_CUT times it: an
  // extrapolated trend (MINUSCA's after the 2013–14 surge) would otherwise flatten the counts to
  // a line along zero. What runs higher is cut at the top, as the note says; the table has it all.
  const highestCount = Math.max(...effects.series.map((p) => p.count));
  const highestExpected = Math.max(...effects.counterfactual.map((p) => p.expected));
  const top = Math.max(highestCount, Math.min(highestExpected, EXPECTED_CUT * highestCount));
  const domain: [number, number] = [0, countAxisTop(top)];
  const title = t('effects.chartTitle', { name, at });
  const sources = effects.citations.length > 0 ? effects.citations : [];
  return (
    <ChartFrame
      title={title}
      headingLevel={4}
      sources={sources}
      table={<CounterfactualTable effects={effects} name={name} />}
      chartClassName="chart-frame__chart--auto"
    >
      <p className="effects-panel__note" data-export-text>
        {t('effects.chartNote', { times: EXPECTED_CUT })}
      </p>
      <div className="effects-panel__chart">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={data} margin={{ top: 6, right: 12, bottom: 22, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid stroke="#e3e6ea" vertical={false} />
            <XAxis
              dataKey="label"
              tick={TICK}
              tickLine={false}
              minTickGap={16}
              label={<XAxisTitle text={t('charts.period')} />}
            />
            <YAxis
              domain={domain}
              ticks={ticksOf(domain)}
              allowDataOverflow
              width={62}
              tick={TICK}
              tickLine={false}
              tickFormatter={(value: number) => formatNumber(value)}
              label={<YAxisTitle text={t('charts.axisCount')} />}
            />
            <ReferenceLine x={at} stroke="#3d4650" strokeDasharray="2 2" />
            <Tooltip
              formatter={(value) =>
                Array.isArray(value)
                  ? `${f.count(Number(value[0]))}–${f.count(Number(value[1]))}`
                  : f.count(Number(value))
              }
            />
            <Area
              dataKey="band"
              name={t('effects.bandSeries')}
              stroke="none"
              fill={EXPECTED}
              fillOpacity={0.16}
              isAnimationActive={false}
              activeDot={false}
              type="linear"
            />
            <Line
              dataKey="expected"
              name={t('effects.expectedSeries')}
              stroke={EXPECTED}
              strokeDasharray="6 4"
              strokeWidth={2}
              dot={false}
              connectNulls={false}
              isAnimationActive={false}
              type="linear"
            />
            <Line
              dataKey="count"
              name={t('effects.recordedSeries')}
              stroke={color}
              strokeWidth={2}
              dot={{ r: 2, fill: color, strokeWidth: 0 }}
              isAnimationActive={false}
              type="linear"
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </ChartFrame>
  );
}

type CounterfactualRow = MissionEffects['series'][number];

function CounterfactualTable({ effects, name }: { effects: MissionEffects; name: string }) {
  const t = useT();
  const f = useFormats();
  const at = formatPeriod(effects.at);
  const expectedBy = new Map(effects.counterfactual.map((point) => [point.period, point]));
  const expectedColumn = (key: 'expected' | 'lower' | 'upper'): Column<CounterfactualRow> => ({
    key,
    header: t(`effects.columns.${key}`),
    numeric: true,
    firstSort: 'descending',
    sortValue: (point) => expectedBy.get(point.period)?.[key],
    cell: (point) => {
      const expected = expectedBy.get(point.period);
      return expected ? f.count(expected[key]) : MISSING;
    },
  });
  const columns: Column<CounterfactualRow>[] = [
    {
      key: 'period',
      header: t('effects.columns.period'),
      rowHeader: true,
      nowrap: true,
      firstSort: 'descending',
      sortValue: (point) => point.period,
      cell: (point) => formatPeriod(point.period),
    },
    {
      key: 'side',
      header: t('effects.columns.side'),
      sortValue: (point) => point.side,
      cell: (point) => (point.side === 'before' ? t('effects.before') : t('effects.after', { at })),
    },
    {
      key: 'recorded',
      header: t('effects.columns.recorded'),
      numeric: true,
      firstSort: 'descending',
      sortValue: (point) => point.count,
      cell: (point) => formatNumber(point.count),
    },
    expectedColumn('expected'),
    expectedColumn('lower'),
    expectedColumn('upper'),
  ];
  return (
    <DataTable
      caption={t('effects.caption', { name, at })}
      columns={columns}
      rows={effects.series}
      rowKey={(point) => point.period}
      defaultSort={NEWEST_FIRST}
      name={t('charts.periodsName')}
    />
  );
}
