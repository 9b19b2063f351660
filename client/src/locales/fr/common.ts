import type { common as en } from '../en/common';

export const common = {
  sessionEnded: 'Votre session a pris fin',
  sessionEndedLead:
    'Reconnectez-vous pour continuer. L’écran derrière reste tel quel, avec ce que vous avez saisi ; refaites ensuite votre dernière action.',
  checkingSession: 'Vérification de votre session…',
  ucdpCountedFrom: 'Décompté à partir de {citation}',
  imageNotDrawn: 'Le graphique n’a pas pu être dessiné sous forme d’image.',
  cannotDraw: 'Ce navigateur ne peut pas dessiner d’images.',
  pngNotMade: 'Le PNG n’a pas pu être créé.',
  heatmapNotRated: '— non notée',
  loadLatest: 'Charger la dernière version (abandonne vos modifications)',
} satisfies typeof en;
