import type { importFlow as en } from '../en/import-flow';

export const importFlow = {
  kinds: {
    legend: 'Type de fichier',
    assessments: 'CSV d’évaluations (format large)',
    assessmentsHelp:
      'Une ligne par évaluation, telle que l’écrit {download}. {missionId} et {period} indiquent à quelle évaluation correspond une ligne : une nouvelle période crée un brouillon, un brouillon existant est mis à jour. Les scores, la complétude, le statut et {updatedAt} sont recalculés et ignorés.',
    assessmentsLocked:
      'Les évaluations soumises et approuvées ne peuvent pas être modifiées ; un administrateur doit d’abord les renvoyer en brouillon.',
    ucdp: 'CSV d’événements UCDP GED',
    ucdpHelp:
      'Des données réelles sur les événements de conflit, une ligne par événement. Les événements sont rattachés à chaque mission active par {country} (et par {adm1} quand la mission désigne des zones) et comptés dans la période de la mission (trimestre ou mois) de {dateStart} :',
    eachEvent: 'chaque événement',
    sumOf: 'somme de {column}',
    becomes: 'devient',
    ucdpZeros:
      'Seules changent les périodes que le fichier couvre entièrement : les mois de son premier et de son dernier événement, ou les dates que vous indiquez. Une période sans événement y est mesurée à 0. Les périodes approuvées ou soumises sont listées, jamais modifiées. Les valeurs sont marquées comme provenant de l’UCDP GED.',
  },
  panel: {
    validRowsOnly: 'Importer uniquement les lignes valides',
    validRowsOnlyHint:
      'Les lignes comportant des problèmes sont écartées et proposées dans un CSV indiquant la raison de chacune, à corriger et importer de nouveau. Sinon, un seul problème arrête tout le fichier.',
    noteValidOnly: {
      one: 'Prêt : l’import créera {created} et mettra à jour {updated} évaluations ; {count} ligne comportant des problèmes sera écartée.',
      other:
        'Prêt : l’import créera {created} et mettra à jour {updated} évaluations ; {count} lignes comportant des problèmes seront écartées.',
    },
    fileLegend: 'Fichier à importer',
    file: 'Fichier CSV',
    fileHint:
      'En UTF-8 avec une ligne d’en-tête, jusqu’à {size}. Rien n’est enregistré tant que vous n’avez pas choisi Importer.',
    chooseFile: 'Choisissez un fichier CSV à vérifier',
    fileTooLarge:
      'Ce fichier fait {size} ; le serveur accepte les fichiers jusqu’à {max}. Scindez-le par mission ou par période.',
    check: 'Vérifier le fichier (simulation)',
    checking: 'Vérification…',
    import: 'Importer',
    importing: 'Import en cours…',
    nothingImported: 'Rien n’a été importé',
    notChecked: 'Le fichier n’a pas pu être vérifié',
    dryRunOf: 'Simulation de {file}',
    theFile: 'le fichier',
    finished: 'Import terminé',
    noteWaiting: 'L’import devient possible dès qu’une simulation du fichier ne trouve aucun problème.',
    noteFix: 'Corrigez les problèmes listés ci-dessous, puis vérifiez de nouveau le fichier.',
    noteNothing: 'Rien à importer : chaque ligne correspond à ce qui est déjà enregistré.',
    noteReady: 'Prêt : l’import créera {created} et mettra à jour {updated} évaluations, en une seule fois.',
    refusedNote:
      'Le serveur a trouvé des problèmes que la simulation n’avait pas relevés : les données enregistrées ont peut-être changé entre-temps. Corrigez-les et vérifiez de nouveau le fichier.',
    another: 'Pour importer un autre fichier, choisissez-le ci-dessus et vérifiez-le d’abord.',
  },
  announce: {
    uploading: 'Envoi de {file}…',
    uploadingDryRun: 'Envoi de {file} pour une simulation…',
    processing: 'Envoi terminé. Traitement…',
    dryRunDone: 'Simulation terminée. {result}',
    cancelled: 'L’envoi a été annulé.',
    cancelledNothing: 'L’envoi a été annulé ; rien n’a été importé.',
  },
  progress: {
    uploading: 'Envoi de {file}',
    percent: '{percent} %',
    loaded: '{loaded} sur {total}',
    processing: 'Traitement…',
    reading: 'Le serveur lit et vérifie chaque ligne.',
  },
  facts: {
    events: 'Événements dans le fichier : {countries}.',
    eventsSpan: 'Événements dans le fichier : {countries}, du {first} au {last}.',
    eventsIn: '{country} : {count}',
    separator: ' ; ',
    openMissions: 'Ouvrez les missions pour voir les valeurs importées :',
    missionsCovered: 'Missions que cet import modifierait :',
    noMission: 'Aucune mission active ne se trouve dans un pays couvert par ce fichier : il ne changerait rien.',
  },
  result: {
    rows: 'Lignes lues',
    willCreate: 'À créer',
    created: 'Créées',
    willUpdate: 'À mettre à jour',
    updated: 'Mises à jour',
    unchanged: 'Inchangées',
    refused: 'Refusées',
    problems: 'Problèmes dans le fichier ({count})',
    row: 'Ligne',
    file: 'Fichier',
    column: 'Colonne',
    problem: 'Problème',
    readCommas: 'Lu comme des valeurs séparées par des virgules.',
    readSemicolons:
      'Lu comme des valeurs séparées par des points-virgules (comme Excel les enregistre en français) ; les nombres à virgule décimale, comme 12,5, ont été lus comme tels.',
  },
  rejected: {
    willLeaveOut: {
      one: '{count} ligne sera écartée. Téléchargez-la avec la raison dans une dernière colonne, corrigez-la et importez-la de nouveau :',
      other:
        '{count} lignes seront écartées. Téléchargez-les avec la raison de chacune dans une dernière colonne, corrigez-les et importez-les de nouveau :',
    },
    leftOut: {
      one: '{count} ligne a été écartée. Téléchargez-la avec la raison dans une dernière colonne, corrigez-la et importez-la de nouveau :',
      other:
        '{count} lignes ont été écartées. Téléchargez-les avec la raison de chacune dans une dernière colonne, corrigez-les et importez-les de nouveau :',
    },
    download: 'Télécharger les lignes écartées (CSV)',
  },
  describe: {
    willLeaveOut: {
      one: 'Avec les lignes valides uniquement, {count} ligne comportant des problèmes sera écartée ; rien n’a encore été enregistré.',
      other:
        'Avec les lignes valides uniquement, {count} lignes comportant des problèmes seront écartées ; rien n’a encore été enregistré.',
    },
    leftOut: {
      one: '{count} ligne comportant des problèmes a été écartée.',
      other: '{count} lignes comportant des problèmes ont été écartées.',
    },
    dryRun: {
      one: '{count} ligne lue — à créer : {created}, à mettre à jour : {updated}, inchangées : {unchanged}, refusées : {refused}.',
      other:
        '{count} lignes lues — à créer : {created}, à mettre à jour : {updated}, inchangées : {unchanged}, refusées : {refused}.',
    },
    toFix: {
      one: '{count} problème à corriger avant de pouvoir importer le fichier ; rien n’a été enregistré.',
      other: '{count} problèmes à corriger avant de pouvoir importer le fichier ; rien n’a été enregistré.',
    },
    nothingYet: 'Rien n’a encore été enregistré.',
    refused: {
      one: 'Rien n’a été importé : {count} problème dans le fichier.',
      other: 'Rien n’a été importé : {count} problèmes dans le fichier.',
    },
    imported: {
      one: '{count} ligne importée — créées : {created}, mises à jour : {updated}, inchangées : {unchanged}.',
      other: '{count} lignes importées — créées : {created}, mises à jour : {updated}, inchangées : {unchanged}.',
    },
  },
  errors: {
    tooLarge:
      'Le fichier est trop volumineux : le serveur accepte les fichiers jusqu’à {max}. Scindez-le par mission ou par période et importez les parties l’une après l’autre.',
    sessionEnded: 'Votre session a expiré. Reconnectez-vous et recommencez l’import.',
    notCsv: 'Le serveur n’a pas pu lire le fichier comme un CSV.',
    answered: 'Le serveur a répondu {status} ; rien n’a été importé.',
    notResult: 'Le serveur a répondu par autre chose qu’un résultat d’import.',
    network:
      'L’envoi n’a pas atteint le serveur, ou la connexion a été interrompue. Vérifiez votre connexion et réessayez.',
  },
  ged: {
    coverageFile:
      'Le fichier couvre la période du {from} au {to} : les mois de son premier et de son dernier événement.',
    coverageGiven: 'Le fichier couvre la période du {from} au {to}, comme vous l’avez indiqué.',
    version: 'Version GED {version}.',
    noVersion: 'Version GED non indiquée.',
    duplicates: {
      one: '{count} ligne répétait l’identifiant d’un événement déjà lu et n’a été comptée qu’une fois ({events} événements).',
      other:
        '{count} lignes répétaient des identifiants d’événements déjà lus et n’ont été comptées qu’une fois ({events} événements).',
    },
    missionSpan: {
      one: 'prend les périodes de {first} à {last} ; {count} est inchangée.',
      other: 'prend les périodes de {first} à {last} ; {count} sont inchangées.',
    },
    seriesSpan: {
      one: 'Sa série d’événements prend {count} période, de {first} à {last}, avant comme après les dates de la mission.',
      other:
        'Sa série d’événements prend {count} périodes, de {first} à {last}, avant comme après les dates de la mission.',
    },
    missionNone: 'n’a aucune période couverte entièrement par le fichier pendant sa durée ; elle reste telle quelle.',
    caption: '{mission} : périodes que l’import modifie ou laisse',
    period: 'Période',
    change: 'Changement',
    willCreate: 'Sera créée',
    created: 'Créée',
    willUpdate: 'Le brouillon sera mis à jour',
    updated: 'Brouillon mis à jour',
    keptApproved: 'Approuvée : laissée telle quelle',
    keptSubmitted: 'Soumise : laissée telle quelle',
    untouched: 'Non modifiées, le fichier n’ayant aucun événement dans leur pays : {missions}.',
    release: 'Version GED',
    versionLabel: 'Version GED',
    versionHint: 'Lue dans le nom du fichier lorsqu’il la porte, comme GEDEvent_v25_1.csv.',
    from: 'Complet à partir du',
    to: 'Complet jusqu’au',
    spanHint:
      'Laissez vide : le fichier couvre les mois de son premier et de son dernier événement. Indiquez les dates s’il est complet sur une période plus longue, comme une version annuelle.',
  },
  megabytes: '{size} Mo',
} satisfies typeof en;
