import type { effects as en } from '../en/effects';

// Le panneau « Évolution depuis le début de la mission » sous le graphique de chaque indicateur de comptage.

export const effects = {
  title: 'Évolution depuis le début de la mission : {name}',
  atLabel: 'Mesurer l’évolution à partir de',
  missionStartOption: '{period} (début de la mission)',
  loading: 'Ajustement du modèle…',
  tooFewBefore: 'Non estimé : moins de {count} périodes avec un décompte avant {period}.',
  cannotRun: 'L’évolution ne peut pas être estimée',
  intro:
    'Une régression de quasi-Poisson segmentée de l’indicateur « {name} » par période : la tendance des {before} périodes avant {at}, puis le changement de niveau et de tendance sur les {after} périodes à partir de {at}.',
  levelChange: 'Changement de niveau en {at} (rapport de taux)',
  slopeChange: 'Changement de tendance par an (rapport)',
  observed: 'Enregistré à partir de {at}',
  expected: 'Attendu si la tendance antérieure s’était poursuivie',
  difference: 'Différence (enregistré − attendu)',
  autocorrelation: 'Autocorrélation d’ordre 1 des résidus',
  interval: '{estimate} (IC à 95 % de {lower} à {upper})',
  ratioNote: 'Un rapport de 1 signifie aucun changement ; 0,5 deux fois moins, 2 deux fois plus.',
  autocorrelationWarning:
    'Les périodes successives sont corrélées (|r| > 0,3) : les intervalles sont plus {direction} qu’ils ne devraient l’être. Lisez-les avec prudence.',
  narrower: 'étroits',
  wider: 'larges',
  extrapolation:
    'Les valeurs attendues prolongent la tendance des périodes antérieures à {at}. Quand ces périodes se terminent par une flambée, comme en République centrafricaine en 2013–2014, cette tendance monte fortement et les valeurs attendues, avec leur bande, deviennent très grandes : elles disent jusqu’où la tendance serait allée, non ce qui était probable. Les chiffres sont montrés tels que le modèle les donne.',
  sentence: {
    observed:
      'À partir de {at}, {observed} ont été enregistrés (« {name} ») contre {expected} attendus si la tendance antérieure s’était poursuivie (IC à 95 % de {lower} à {upper}).',
    change:
      'En {at}, le niveau a changé de {level} (IC à 95 % de {levelLower} à {levelUpper}) et la tendance de {slope} par an (IC à 95 % de {slopeLower} à {slopeUpper}).',
    correlated:
      'Les périodes successives sont corrélées (r d’ordre 1 = {r}) : les intervalles sont plus {direction} qu’ils ne devraient l’être.',
    caveat: 'Il s’agit d’un changement dans le temps, non d’une preuve de cause.',
  },
  sentenceLabel: 'En une phrase',
  chartTitle: '{name} : enregistré et attendu à partir de {at}',
  chartNote:
    'Trait plein : enregistré. Tirets : attendu si la tendance antérieure s’était poursuivie, avec sa bande à 95 %. L’axe va jusqu’à {times} fois le plus grand comptage enregistré : là où les valeurs attendues ou leur bande montent plus haut, elles sont coupées en haut du graphique (les chiffres ci-dessus et le tableau donnent toutes les valeurs).',
  recordedSeries: 'Enregistré',
  expectedSeries: 'Attendu (tendance antérieure prolongée)',
  bandSeries: 'Attendu, bande à 95 %',
  caption:
    '{name} : les comptages auxquels le modèle a été ajusté, et les comptages attendus à partir de {at} avec leur bande à 95 %',
  columns: {
    period: 'Période',
    side: 'Côté',
    recorded: 'Enregistré',
    expected: 'Attendu',
    lower: 'Bande à 95 %, borne basse',
    upper: 'Bande à 95 %, borne haute',
  },
  before: 'Avant',
  after: 'À partir de {at}',
  fromUcdp: 'Comptages tirés de la série d’événements UCDP GED.',
  fromAssessments: 'Comptages tirés des évaluations approuvées.',
} satisfies typeof en;
