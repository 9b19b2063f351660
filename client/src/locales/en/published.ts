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
};
