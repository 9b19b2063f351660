// The mission page's "Change since the mission began" panel under each count indicator's chart
// (an interrupted time series, GET /api/missions/:id/effects).

export const effects = {
  title: 'Change since the mission began: {name}',
  atLabel: 'Measure the change from',
  missionStartOption: '{period} (mission start)',
  loading: 'Fitting the model…',
  tooFewBefore: 'Not estimated: fewer than {count} periods with a count before {period}.',
  cannotRun: 'The change cannot be estimated',
  intro:
    'A segmented quasi-Poisson regression of the counts per period ({name}): the trend of the {before} periods before {at}, and the change in level and trend over the {after} periods from {at} on.',
  levelChange: 'Level change at {at} (rate ratio)',
  slopeChange: 'Change in trend a year (ratio)',
  observed: 'Recorded from {at}',
  expected: 'Expected had the earlier trend continued',
  difference: 'Difference (recorded − expected)',
  autocorrelation: 'Lag-1 autocorrelation of the residuals',
  interval: '{estimate} (95 % CI {lower} to {upper})',
  ratioNote: 'A ratio of 1 means no change; 0.5 means half as many, 2 twice as many.',
  autocorrelationWarning:
    'Successive periods are correlated (|r| > 0.3): the intervals are {direction} than they should be. Read them with care.',
  narrower: 'narrower',
  wider: 'wider',
  extrapolation:
    'The expected values carry the trend of the periods before {at} forward. When the earlier periods end in a surge, as in the Central African Republic in 2013–14, that trend climbs steeply and the expected values, and their band, become very large: they say how far the trend would have gone, not what was likely. The figures are shown as the model gives them.',
  sentence: {
    observed:
      'From {at}, {observed} {name} were recorded against {expected} expected had the earlier trend continued (95 % CI {lower} to {upper}).',
    change:
      'At {at} the level changed by {level} (95 % CI {levelLower} to {levelUpper}) and the trend by {slope} a year (95 % CI {slopeLower} to {slopeUpper}).',
    correlated:
      'Successive periods are correlated (lag-1 r = {r}), so the intervals are {direction} than they should be.',
    caveat: 'This is a change in time, not proof of cause.',
  },
  sentenceLabel: 'In a sentence',
  chartTitle: '{name}: recorded and expected from {at}',
  chartNote:
    'Solid: recorded. Dashed: expected had the earlier trend continued, with its 95 % band. The axis reaches {times} times the highest recorded count: where the expected values or their band run higher, they are cut at the top of the chart (the figures above and the table give every value).',
  recordedSeries: 'Recorded',
  expectedSeries: 'Expected (earlier trend continued)',
  bandSeries: 'Expected, 95 % band',
  caption: '{name}: the counts the model was fitted to, and the expected counts from {at} with their 95 % band',
  columns: {
    period: 'Period',
    side: 'Side',
    recorded: 'Recorded',
    expected: 'Expected',
    lower: '95 % band, lower',
    upper: '95 % band, upper',
  },
  before: 'Before',
  after: 'From {at}',
  fromUcdp: 'Counts from the UCDP GED event series.',
  fromAssessments: 'Counts from the approved assessments.',
};
