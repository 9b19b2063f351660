export const published = {
  insufficientData: 'Insufficient data ({count}/4 KPIs)',
  includeUnapproved: 'Include drafts and submitted assessments',
  includeUnapprovedHint:
    'Approved assessments only by default. The others are scored live, labelled with their status, and not published.',
  rescored: 'Rescored under current settings',
  rescoredHint:
    'Scores approved assessments again under today’s baselines, targets and weights, instead of the scores published when they were approved.',
  rescoredNote:
    'Rescored under current settings: approved assessments are shown as they would score today, not as they were published.',
  basis: { published: 'Published', live: 'Live' },
  deleteDraft: 'Delete draft',
  deleteTitle: 'Delete the {period} draft?',
  deleteLead: 'The draft and its values are removed for good; the audit trail keeps a record of it.',
  deleteConfirm: 'Delete',
  deleteCancel: 'Keep it',
  deleting: 'Deleting…',
  deleteFailed: 'The draft was not deleted',
  methodologyBands:
    'An overall score built on fewer than {min} of the {total} KPIs gets no band and no rank: it reads “insufficient data (n/{total} KPIs)”, on the overview, in comparisons, on the mission page and in the form’s live preview. One well-reported KPI cannot stand for a whole mission.',
  methodologyPublished:
    'When an admin approves an assessment, its scores are published: the overall, KPI and indicator scores, the band, the completeness and the data-quality flags, exactly as computed at that moment, with the baselines, targets and weights they were computed under. Every screen, comparison, report and CSV export shows the published score of an approved assessment.',
  methodologySettings:
    'Baselines and targets are explicit and versioned. Each version of a mission’s settings (baselines, targets, indicator and KPI weights) applies from its period until the next version, typically a mandate renewal, and each period is scored under the version in force at it; a published score names the version it used. Each baseline says where it comes from: a value an admin typed, or the mean over a named window of approved periods (drafts and submitted assessments never feed a baseline). A count without a baseline is shown but not scored (“no baseline set”); there is no “first assessed value” default any more. Where a mission relied on that former default, the value it gave was written down as its baseline when versions were introduced, so no score moved. Before saving, the editor previews which unapproved scores would change, before → after, and how many approved assessments would score differently if reopened.',
  methodologyChanges:
    'A published score changes only when an admin reopens the assessment (it is a draft again, scored live) and it is approved again, which publishes it anew under the settings then in force. Saving baselines or targets, importing data or adding other assessments changes the scores of drafts and submitted assessments, never a published one. Approved assessments that existed before scores were published were published once, under the settings in force at that migration; the audit trail says so.',
  methodologyMethod:
    'Each published score also records the methodology version it was computed under. A new methodology (this is {version}) applies to drafts, submitted assessments and new approvals; approved assessments keep the scores published when they were approved. Publishing approved history again under the new methodology is an explicit admin action (Admin → Published scores): it previews every change, before → after for each assessment, records the methodology version with each score published again, and is audited.',
  republishNav: 'Published scores',
  republishTitle: 'Published scores · Admin · CPEA',
  republishAdminOnly: 'Only an admin can publish approved history again. Ask your CPEA administrator.',
  republishHeading: 'Publish approved history again under methodology {version}',
  republishLead:
    'Approved assessments keep the scores published when they were approved. These were published under an earlier methodology; publishing them again computes them under methodology {version}, with the settings version in force at each period, records that version with each score and writes one entry to the audit trail.',
  republishLoading: 'Working out what would change…',
  republishNothing: 'Every approved score is published under methodology {version}: nothing to publish again.',
  republishSummary:
    '{count} approved assessments were published under an earlier methodology; {changed} of them would change.',
  republishFilterName: 'approved assessments',
  republishCaption: 'Approved assessments published under an earlier methodology: their score before and after',
  republishMission: 'Mission',
  republishPeriod: 'Period',
  republishBefore: 'Before',
  republishAfter: 'After',
  republishChange: 'Changes',
  republishScore: '{score} · {band} ({version})',
  republishNoBand: 'no band',
  republishChanged: 'Changes',
  republishUnchanged: 'Same numbers',
  republishFlags: 'Flags: {flags}',
  republishConfirm: 'Publish these {count} again under methodology {version}',
  republishing: 'Publishing again…',
  republishDone:
    'Published {count} assessments again under methodology {version}; {changed} changed. The audit trail records it.',
  republishFailed: 'Nothing was published again',
  methodologyRescored:
    'The view “rescored under current settings”, on the mission page and in comparisons, scores approved history again under today’s settings. It is labelled wherever it is shown and is never the default.',
};
