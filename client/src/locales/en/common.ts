export const common = {
  sessionEnded: 'Your session has ended',
  sessionEndedLead:
    'Sign in again to carry on. The screen behind stays as it was, with what you typed; then repeat your last action.',
  checkingSession: 'Checking your session…',
  ucdpCountedFrom: 'Counted from {citation}',
  imageNotDrawn: 'The chart could not be drawn as an image.',
  cannotDraw: 'This browser cannot draw images.',
  pngNotMade: 'The PNG could not be made.',
  heatmapNotRated: '— not rated',
  loadLatest: 'Load the latest version (discards your changes)',
};
