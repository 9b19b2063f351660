import { ASSOCIATION_SENTENCE_EN } from '@cpea/shared/method/association';

// The Compare report's "Challenges and effectiveness" section. The briefing sentence's English
// words are the shared ones, which the CSV export writes too.

export const association = {
  title: 'Challenges and effectiveness',
  intro:
    'For each challenge category: between missions, the rank correlation (Spearman’s rho) of each mission’s mean severity with its mean overall score; within missions, the same after subtracting each mission’s own means; and the effectiveness gap, the mean overall score where the challenge was rated high or critical (severity ≥ 3) minus the mean where it was none or low (≤ 1), shown only when each side has at least {minAssessments} assessments from at least {minMissions} missions. The intervals are 95 % intervals from {resamples} bootstrap resamples of whole missions, with a fixed seed. Categories are ranked by the strength of the within-mission association.',
  basis: {
    one: 'Based on {count} assessment with an overall score.',
    other: 'Based on {count} assessments with an overall score.',
  },
  notCausation: 'Association, not causation.',
  caveat: 'Missions facing a severe challenge may differ from the others in many ways.',
  chartTitle: 'Effectiveness gap by challenge category',
  xAxis: 'Gap in overall score (points): severity ≥ 3 minus ≤ 1',
  yAxis: 'Challenge category',
  chartNote:
    'Dots are the gaps, whiskers their 95 % intervals. Left of 0, overall effectiveness was lower where the challenge was severe. Categories with too few assessments to compare are not drawn.',
  noGap:
    'No category has at least {minAssessments} assessments from at least {minMissions} missions on each side, so there is no gap to draw. The table lists every category.',
  caption:
    '{title}: within- and between-mission rank correlations and effectiveness gaps with 95 % intervals, strongest within-mission association first',
  columns: {
    rank: 'Rank',
    category: 'Challenge category',
    within: 'Within missions (rho)',
    between: 'Between missions (rho)',
    gap: 'Effectiveness gap (points)',
    high: 'Severity ≥ 3: mean overall',
    low: 'Severity ≤ 1: mean overall',
  },
  interval: '{lower} to {upper}',
  side: {
    one: 'n = {assessments}, {count} mission',
    other: 'n = {assessments}, {count} missions',
  },
  tooFew: 'Too few to compare',
  noRho: 'Not enough data',
  sentencesTitle: 'For a briefing',
  sentencesLabel: 'Briefing sentences, one per challenge category',
  sentence: ASSOCIATION_SENTENCE_EN,
  pooled: 'Pooled association, as built under methodology {version} when this report was frozen.',
};
