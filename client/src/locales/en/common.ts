export const common = {
  checkingSession: 'Checking your session…',
  ucdpCountedFrom: 'Counted from {citation}',
  imageNotDrawn: 'The chart could not be drawn as an image.',
  cannotDraw: 'This browser cannot draw images.',
  pngNotMade: 'The PNG could not be made.',
  heatmapNotRated: '— not rated',
};
