import type { common as en } from '../en/common';

export const common = {
  checkingSession: 'Vérification de votre session…',
  ucdpCountedFrom: 'Décompté à partir de {citation}',
  imageNotDrawn: 'Le graphique n’a pas pu être dessiné sous forme d’image.',
  cannotDraw: 'Ce navigateur ne peut pas dessiner d’images.',
  pngNotMade: 'Le PNG n’a pas pu être créé.',
  heatmapNotRated: '— non notée',
} satisfies typeof en;
