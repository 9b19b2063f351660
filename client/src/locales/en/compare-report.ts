export const compareReport = {
  frozenFilterName: 'frozen reports',
  // The Compare page around the report
  noComparison: 'No comparison yet',
  noComparisonText: 'Choose two or more missions above, and a period range if you like, then press Compare.',
  notBuilt: 'The comparison could not be built.',
  notBuiltText: '{message}. See the notes beside the controls above.',
  building: 'Building the comparison…',
  updating: 'Updating the comparison…',
  noAssessments: 'No assessments in this range',
  noAssessmentsText: 'None of these missions has an assessment between these periods. Widen the range or clear it.',
  noApproved: 'No approved assessments in this range',
  noApprovedText: 'None of these missions has an approved assessment between these periods.',
  noApprovedSwitch: {
    one: '{count} draft or submitted assessment is left out: untick “{switch}” above to include it, labelled with its status.',
    other:
      '{count} draft or submitted assessments are left out: untick “{switch}” above to include them, labelled with their status.',
  },
  noApprovedLink: 'Go to “{switch}”',
  defaultTitle: 'Comparison of {missions}',
  defaultTitleSpan: 'Comparison of {missions}, {from} – {to}',
  manyMissions: '{count} missions',

  // Mission picker
  pickerLegend: 'Missions to compare',
  pickerHint: 'Choose two or more.',
  pickerMixed: 'Missions that report quarterly cannot be compared with monthly ones.',
  pickerPlaceholder: 'Acronym, name or country',
  selected: { one: '{count} of {total} selected', other: '{count} of {total} selected' },
  selectedList: ': {missions}',
  clearSelection: 'Clear selection',
  noMatch: 'No mission matches “{filter}”.',
  monthlyTag: ' (monthly)',

  // Actions
  actions: 'Report actions',
  exportCsv: 'Export CSV',
  print: 'Print / Save as PDF',

  // Freezing
  freezeThis: 'Freeze this report',
  freezeHint:
    'Stores the numbers exactly as they are now, so the report can be read again unchanged after the data moves on.',
  title: 'Title',
  freeze: 'Freeze',
  freezing: 'Freezing…',
  frozenAs: 'Frozen as “{title}”.',
  openFrozen: 'Open the frozen report',

  // Frozen reports list
  frozenReports: 'Frozen reports',
  loadingFrozen: 'Loading frozen reports…',
  noFrozen: 'No frozen reports yet',
  noFrozenText: 'Freeze a comparison to keep its numbers exactly as they are today.',
  frozenCaption: 'Frozen reports, newest first',
  missions: 'Missions',
  range: 'Range',
  approvedOnly: 'Approved only',
  yes: 'Yes',
  no: 'No',
  frozen: 'Frozen',
  frozenBy: '{date} by {name}',
  formerUser: 'a former user',
  methodology: 'Methodology',
  allPeriods: 'All periods',
  firstPeriod: 'first',
  latestPeriod: 'latest',

  // Frozen report page
  loadingReport: 'Loading the frozen report…',
  pageTitle: '{title} · Frozen report · CPEA',
  frozenOn: 'Frozen on {date} by {name}.',
  unknownUser: 'a user no longer on record',
  methodologyVersion: 'Methodology version {version}.',
  otherMethodology:
    'This report was built with methodology version {then}; scores are now computed with version {now}, so live numbers may differ for that reason alone.',
  openLive: 'Open as a live comparison',

  // Frozen against live
  frozenAndLive: 'Frozen and live numbers',
  compareLive: 'Compare with live numbers',
  noLive: 'No live comparison: {reason}.',
  noLiveReason: 'it cannot be rebuilt from today’s data',
  unchanged: 'No mission’s latest or mean overall score has changed since the report was frozen.',
  changed: {
    one: '{count} of {total} missions have changed since the report was frozen.',
    other: '{count} of {total} missions have changed since the report was frozen.',
  },
  liveAt: 'Live numbers: the same comparison built from today’s data at {time}.',
  frozenLiveCaption: 'Frozen against live overall scores per mission (difference = live − frozen)',
  latestFrozen: 'Latest, frozen',
  latestLive: 'Latest, live',
  difference: 'Difference',
  meanFrozen: 'Mean, frozen',
  meanLive: 'Mean, live',
  notInLive: ' (not in the live report)',

  // Report header
  reportTitle: 'Comparison report',
  quarterly: 'quarterly',
  monthly: 'monthly',
  noAssessedPeriod: 'No assessed period ({unit})',
  rangeSpan: '{from} – {to} ({unit})',
  rangeSpanAll: '{from} – {to} ({unit}, every assessed period)',
  approvedYes: 'Yes: draft and submitted assessments left out',
  approvedNo: 'No: all assessments',
  generated: 'Generated',
  dataSources: 'Data sources',
  sourceIllustrative:
    'Illustrative demo data ({missions}): invented values that show how the tool works, not an assessment of any real operation.',
  sourceEntered: 'Assessments entered by mission analysts ({missions}).',
  sourceUcdp: 'Violence and civilian-casualty counts for {missions}:',
  method: 'Method',
  methodText:
    'Indicator score = 100 × clamp((value − baseline) / (target − baseline), 0, 1); KPI score = weighted mean of its scored indicators; overall = weighted mean of the KPI scores present. Bands: {bands}. Count indicators also show the rate ratio against the baseline with its exact 95 % interval, and counts of events are not scored on a baseline below 5 events per period. Trend: least-squares slope over the last year of scored periods, beyond ±{threshold} points per year. Challenge association is descriptive (association, not causation).',
  methodAssociation:
    'Challenges and effectiveness: Spearman’s rho between and within missions and the effectiveness gap, with 95 % intervals from {resamples} bootstrap resamples of whole missions; a gap needs at least {minAssessments} assessments from {minMissions} missions on each side.',
  methodAssociationPooled:
    'Challenges and effectiveness: one Spearman’s rho and gap pooled over all assessments, not shown below n = {minN}.',

  // Mission summary
  summaryTitle: 'Mission summary',
  summaryCaption: '{title}: latest and mean overall effectiveness (score 0–100)',
  latestOverall: 'Latest overall',
  meanOverall: 'Mean overall',
  // A soft hyphen lets the long word break in a narrow (printed) table.
  completeness: 'Complete\u00ADness (mean)',
  periodsCovered: 'Periods covered',
  notes: 'Notes',
  none: 'None',
  usesUcdp: 'Violence counts from UCDP GED 23.1',
  archived: 'Archived',
  latestFlag: 'Latest: {flag}',

  // Challenges and effectiveness
  associationTitle: 'Challenges and effectiveness',
  associationCaption: '{title}: overall score by challenge severity (association, not causation)',
  notCausation: 'Association, not causation.',
  associationNote: 'Missions facing a severe challenge may differ from the others in many ways.',
  pooled:
    'Pooled over {count} assessments of the selected missions in the range; n counts those with both an overall score and a severity for the category, and a category with n below {minN} is not shown. Gap = mean where severity ≥ 3 minus mean where ≤ 1, in score points.',
  challengeCategory: 'Challenge category',
  meanHigh: 'Mean overall, severity ≥ 3',
  meanLow: 'Mean overall, severity ≤ 1',
  gap: 'Effectiveness gap',
  rho: 'Spearman’s rho',
  note: 'Note',
  tooFew: 'Fewer than {minN} assessments with both a score and a severity ({n})',
  noHigh: 'no assessment rates it high or critical',
  noLow: 'no assessment rates it none or low',
  noRho: 'severity or overall score does not vary, so there is no rank correlation',
  listSeparator: '; ',

  // Narratives
  narratives: 'Narrative highlights',
  noNarrative: 'No narrative in the range.',
  pageNumber: 'Page {page} of {pages}',
};
