import { INDICATORS } from '../catalog';
import { CATALOG_FR } from './catalog-fr';

// The shared schemas and the API speak English. In French, a message is translated by
// recognising the English sentence (the indicator name in it is translated too); a message
// no rule knows is shown as it came.

const indicatorFr = new Map<string, string>(
  INDICATORS.map((indicator) => [indicator.name, CATALOG_FR.indicators[indicator.id].name]),
);
const name = (english: string) => indicatorFr.get(english) ?? english;

type Rule = [RegExp, (...groups: string[]) => string];

/** "before 2014 Q2" → "avant 2014 Q2", "from 2014 Q2 on" → "à partir de 2014 Q2". */
const whereFr = (where: string) =>
  where.startsWith('before ') ? `avant ${where.slice(7)}` : `à partir de ${where.slice(5, -3)}`;

const UNIT_FR: Record<string, string> = {
  count: 'd’un nombre',
  percent: 'd’un pourcentage',
  'rating from 1 to 5': 'd’une note de 1 à 5',
};
const ADVERB_FR: Record<string, string> = { quarterly: 'par trimestre', monthly: 'par mois' };
const WHAT_FR: Record<string, string> = {
  assessment: 'L’évaluation',
  indicator: 'L’indicateur',
  mission: 'La mission',
  query: 'La requête',
  report: 'Le rapport',
  'republish request': 'La demande de republication',
  'sign-in': 'La connexion',
  step: 'L’étape',
  'target setting': 'Le réglage des cibles',
  user: 'L’utilisateur',
};
/** What carries a version, as a stale save names it. */
const VERSIONED_FR: Record<string, { this: string; changed: string; opened: string }> = {
  assessment: { this: 'cette évaluation', changed: 'Cette évaluation a changé', opened: 'ouverte' },
  mission: { this: 'cette mission', changed: 'Cette mission a changé', opened: 'ouverte' },
  indicator: { this: 'cet indicateur', changed: 'Cet indicateur a changé', opened: 'ouvert' },
};
const TYPE_FR: Record<string, string> = {
  number: 'un nombre',
  string: 'un texte',
  boolean: 'un booléen',
  object: 'un objet',
  array: 'une liste',
};
const STATUS_FR: Record<string, string> = { submitted: 'soumise', approved: 'approuvée' };
const ROLE_FR: Record<string, string> = { viewer: 'lecteur', analyst: 'analyste', admin: 'administrateur' };
const NOT_FOUND_FR: Record<string, string> = {
  Assessment: 'Évaluation',
  Mission: 'Mission',
  'Frozen report': 'Rapport figé',
  User: 'Utilisateur',
};

const RULES: Rule[] = [
  // Before the general "… cannot be negative": a weight is feminine in French.
  [/^Weight cannot be negative$/, () => 'La pondération ne peut pas être négative'],
  [/^(.+) must be a number$/, (n) => `${name(n)} : saisissez un nombre`],
  [/^(.+) must be a whole number$/, (n) => `${name(n)} : saisissez un nombre entier`],
  [/^(.+) cannot be negative$/, (n) => `${name(n)} ne peut pas être négatif`],
  [/^(.+) is implausibly large$/, (n) => `${name(n)} est d’une taille invraisemblable`],
  [/^(.+) cannot be below 0 %$/, (n) => `${name(n)} ne peut pas être inférieur à 0 %`],
  [/^(.+) cannot exceed 100 %$/, (n) => `${name(n)} ne peut pas dépasser 100 %`],
  [/^(.+) is rated from 1 to 5$/, (n) => `${name(n)} se note de 1 à 5`],
  // A custom indicator's: its own range, its set, its retirement, its definition.
  [/^(.+) cannot be below (-?[\d.e+]+)$/, (n, min) => `${name(n)} ne peut pas être inférieur à ${min}`],
  [/^(.+) cannot exceed (-?[\d.e+]+)$/, (n, max) => `${name(n)} ne peut pas dépasser ${max}`],
  [/^Unknown indicators? for this mission: (.+)$/, (ids) => `Indicateur inconnu pour cette mission : ${ids}`],
  [/^(.+) is retired and takes no new values$/, (n) => `${name(n)} est retiré et ne prend plus de valeurs`],
  [
    /^An indicator id is 3 to 48 lowercase letters, digits or _, starting with a letter$/,
    () => 'Un identifiant d’indicateur compte 3 à 48 lettres minuscules, chiffres ou _, et commence par une lettre',
  ],
  [/^This id is a standard indicator$/, () => 'Cet identifiant est celui d’un indicateur standard'],
  [/^This id is a CSV column$/, () => 'Cet identifiant est une colonne du CSV'],
  [
    /^An indicator id cannot start with (.+)$/,
    (prefixes) => `Un identifiant d’indicateur ne peut pas commencer par ${prefixes}`,
  ],
  [/^Give a name$/, () => 'Donnez un nom'],
  [/^Only a number states its own unit and range$/, () => 'Seul un nombre indique sa propre unité et sa plage'],
  [/^Say what the number counts$/, () => 'Dites ce que compte le nombre'],
  [/^Give the lowest value it can take$/, () => 'Donnez la valeur la plus basse qu’il peut prendre'],
  [/^Give the highest value it can take$/, () => 'Donnez la valeur la plus haute qu’il peut prendre'],
  [/^The highest value must be above the lowest$/, () => 'La valeur la plus haute doit dépasser la plus basse'],
  [
    /^Another indicator has this id; choose another$/,
    () => 'Un autre indicateur a cet identifiant ; choisissez-en un autre',
  ],
  [
    /^Values were entered under this (unit|direction); retire the indicator and add another$/,
    (key) =>
      `Des valeurs ont été saisies avec ${key === 'unit' ? 'cette unité' : 'ce sens'} ; retirez l’indicateur et ajoutez-en un autre`,
  ],
  [/^Severity is a whole number from 0 to 4$/, () => 'La gravité est un nombre entier de 0 à 4'],
  [/^Severity is from 0 \(none\) to 4 \(critical\)$/, () => 'La gravité va de 0 (aucune) à 4 (critique)'],
  [/^At most ([\d,]+) characters$/, (n) => `${n.replace(/,/g, '\u202f')} caractères au maximum`],
  [/^At least (\d+) characters$/, (n) => `Au moins ${n} caractères`],
  [
    /^Enter the disputes recorded when you enter disputes resolved$/,
    () => 'Saisissez les différends enregistrés quand vous saisissez les différends résolus',
  ],
  [
    /^Disputes resolved \((\d+)\) cannot exceed disputes recorded \((\d+)\)$/,
    (resolved, recorded) =>
      `Les différends résolus (${resolved}) ne peuvent pas dépasser les différends enregistrés (${recorded})`,
  ],
  [
    /^Write the period as a quarter \(2024Q1\) or a month \(2024-03\)$/,
    () => 'Écrivez la période comme un trimestre (2024Q1) ou un mois (2024-03)',
  ],
  [
    /^The year of a period must be from (\d+) to (\d+)$/,
    (first, last) => `L’année d’une période doit être comprise entre ${first} et ${last}`,
  ],
  [/^Unrecognized keys?: (.+)$/, (keys) => `Champ inconnu, refusé : ${keys}`],
  [
    /^The period must lie within the mission's life: (.+) to (.+)$/,
    (first, last) => `La période doit se situer dans la durée de la mission : de ${first} à ${last}`,
  ],
  [/^The date must be from (\d+) to (\d+)$/, (first, last) => `La date doit être comprise entre ${first} et ${last}`],
  [
    /^(.+) reports by (quarter|month): write the period like (\S+)$/,
    (acronym, type, example) =>
      `${acronym} rend compte par ${type === 'quarter' ? 'trimestre' : 'mois'} : écrivez la période comme ${example}`,
  ],
  [
    /^(\S+) is already assessed for (.+); edit that assessment instead$/,
    (period, acronym) => `${period} est déjà évalué pour ${acronym} ; modifiez plutôt cette évaluation`,
  ],
  [
    /^(.+) already has an assessment for (\S+)$/,
    (acronym, period) => `${acronym} a déjà une évaluation pour ${period}`,
  ],
  [/^Say why it goes back to draft$/, () => 'Dites pourquoi elle repasse en brouillon'],
  [/^Write the date as YYYY-MM-DD$/, () => 'Écrivez la date au format AAAA-MM-JJ'],
  [/^Expected a positive whole number$/, () => 'Un nombre entier positif est attendu'],
  [/^Ask for 1 to 1000 entries at a time$/, () => 'Demandez de 1 à 1000 entrées à la fois'],
  [
    /^Send the version you read \(a whole number from 1\), so that a save over a newer one is refused$/,
    () =>
      'Envoyez la version que vous avez lue (un nombre entier à partir de 1), pour qu’un enregistrement par-dessus une version plus récente soit refusé',
  ],
  [/^Name is required$/, () => 'Le nom est obligatoire'],
  [/^Acronym is required$/, () => 'Le sigle est obligatoire'],
  [
    /^Use the three-letter ISO 3166-1 alpha-3 code, for example CAF$/,
    () => 'Utilisez le code ISO 3166-1 alpha-3 à trois lettres, par exemple CAF',
  ],
  [/^End date is before the start date$/, () => 'La date de fin précède la date de début'],
  [/^At most 100$/, () => '100 au maximum'],
  [/^Give a weight for each of the four KPIs$/, () => 'Donnez une pondération à chacun des quatre KPI'],
  [/^At least one KPI weight must be above 0$/, () => 'Au moins une pondération de KPI doit être supérieure à 0'],
  [
    /^(.+): (baseline|target) is out of range for a (count|percent|rating from 1 to 5)$/,
    (n, bound, unit) =>
      `${name(n)} : ${bound === 'baseline' ? 'la référence' : 'la cible'} est hors des limites ${UNIT_FR[unit]}`,
  ],
  [/^Choose the mission type$/, () => 'Choisissez le type de mission'],
  [/^Choose the lead organisation$/, () => 'Choisissez l’organisation chef de file'],
  [/^Choose the setting$/, () => 'Choisissez le milieu'],
  [/^Choose quarterly or monthly reporting$/, () => 'Choisissez un rapport trimestriel ou mensuel'],
  [/^Start date is required$/, () => 'La date de début est obligatoire'],
  [/^Username is required$/, () => 'Le nom d’utilisateur est obligatoire'],
  [/^Password is required$/, () => 'Le mot de passe est obligatoire'],
  [/^Display name is required$/, () => 'Le nom affiché est obligatoire'],
  [/^A password cannot be only spaces$/, () => 'Un mot de passe ne peut pas être fait que d’espaces'],
  [
    /^This password is one of the most common; choose another$/,
    () => 'Ce mot de passe fait partie des plus courants ; choisissez-en un autre',
  ],
  [/^Letters, digits, dot, dash and underscore only$/, () => 'Lettres, chiffres, point, tiret et tiret bas uniquement'],
  [/^Give the report a title$/, () => 'Donnez un titre au rapport'],
  [/^The format is wide or long$/, () => 'Le format est « wide » ou « long »'],
  [/^Use 1 or 0$/, () => 'Utilisez 1 ou 0'],
  [
    /^From and to must both be quarters or both be months$/,
    () => 'Le début et la fin sont tous deux des trimestres ou tous deux des mois',
  ],
  [/^From is after to$/, () => 'Le début est postérieur à la fin'],
  [
    /^Choose at least (\d+) different missions to compare$/,
    (n) => `Choisissez au moins ${n} missions différentes à comparer`,
  ],
  [/^Compare at most (\d+) missions at once$/, (n) => `Comparez au plus ${n} missions à la fois`],
  [
    /^Mission ids are positive whole numbers, not (.+)$/,
    (ids) => `Les identifiants de mission sont des entiers positifs, pas ${ids}`,
  ],
  [/^No missions? with ids? (.+)$/, (ids) => `Aucune mission avec l’identifiant ${ids}`],
  [
    /^Missions that report by different periods cannot be compared: (quarterly|monthly) and (quarterly|monthly)$/,
    () => 'Des missions qui rendent compte par périodes différentes ne peuvent pas être comparées',
  ],
  [
    /^(\S+) reports (quarterly|monthly) and (\S+) (quarterly|monthly); choose missions that report alike$/,
    (a, aType, b, bType) =>
      `${a} rend compte ${ADVERB_FR[aType]} et ${b} ${ADVERB_FR[bType]} ; choisissez des missions qui rendent compte de la même façon`,
  ],
  [
    /^These missions report (quarterly|monthly): write (from|to) like (\S+)$/,
    (type, key, example) =>
      `Ces missions rendent compte ${ADVERB_FR[type]} : écrivez ${key === 'from' ? 'le début' : 'la fin'} comme ${example}`,
  ],
  [
    /^The range must be given in (quarters|months)$/,
    (unit) => `La plage s’écrit en ${unit === 'quarters' ? 'trimestres' : 'mois'}`,
  ],
  [/^The request is not valid$/, () => 'La demande n’est pas valide'],
  [/^The request body is not valid JSON$/, () => 'Le corps de la demande n’est pas un JSON valide'],
  [/^The request body is too large$/, () => 'Le corps de la demande est trop volumineux'],
  [
    /^The request body is nested more than (\d+) levels deep$/,
    (n) => `Le corps de la demande est imbriqué sur plus de ${n} niveaux`,
  ],
  [
    /^The (assessment|indicator|mission|query|report|republish request|sign-in|step|target setting|user) is not valid$/,
    (what) => `${WHAT_FR[what]} n’est pas valide`,
  ],
  [/^The values break a rule$/, () => 'Les valeurs enfreignent une règle'],
  [
    /^The data changed since the preview: look at the preview again before publishing$/,
    () => 'Les données ont changé depuis l’aperçu : consultez de nouveau l’aperçu avant de publier',
  ],
  [/^This username is taken$/, () => 'Ce nom d’utilisateur est déjà pris'],
  [/^The username (.+) is taken$/, (n) => `Le nom d’utilisateur ${n} est déjà pris`],
  [
    /^You cannot disable yourself or take away your own admin role$/,
    () => 'Vous ne pouvez pas vous désactiver ni vous retirer le rôle d’administrateur',
  ],
  [/^Ask another admin to do this$/, () => 'Demandez-le à un autre administrateur'],
  [
    /^This (assessment|mission|indicator) changed since you opened it$/,
    (what) => `${VERSIONED_FR[what].changed} depuis que vous l’avez ${VERSIONED_FR[what].opened}`,
  ],
  [
    /^Someone else saved this (assessment|mission|indicator) first \(now version (\d+)\); review their changes and reapply yours$/,
    (what, version) =>
      `Quelqu’un d’autre a enregistré ${VERSIONED_FR[what].this} avant vous (version ${version}) ; examinez ses modifications et réappliquez les vôtres`,
  ],
  [
    /^This assessment is approved and locked; an admin must reopen it first$/,
    () => 'Cette évaluation est approuvée et verrouillée ; un administrateur doit d’abord la rouvrir',
  ],
  [
    /^(.+) is archived; restore it before (adding|changing) (?:its )?assessments$/,
    (acronym) => `${acronym} est archivée ; restaurez-la avant de modifier ses évaluations`,
  ],
  [
    /^The period type cannot change once the mission has assessments$/,
    () => 'Le type de période ne peut plus changer une fois que la mission a des évaluations',
  ],
  [/^Sign in first$/, () => 'Connectez-vous d’abord'],
  [
    /^Wrong username or password, or the account is disabled$/,
    () => 'Nom d’utilisateur ou mot de passe incorrect, ou compte désactivé',
  ],
  [
    /^Too many sign-in attempts; wait fifteen minutes and try again$/,
    () => 'Trop de tentatives de connexion ; attendez quinze minutes et réessayez',
  ],
  [
    /^This needs the (\w+) role; you are (\w+)$/,
    (role, yours) => `Il faut le rôle ${ROLE_FR[role] ?? role} ; vous êtes ${ROLE_FR[yours] ?? yours}`,
  ],
  [
    /^(Assessment|Mission|Frozen report|User) (\d+) not found$/,
    (what, id) => `${NOT_FOUND_FR[what]} ${id} introuvable`,
  ],
  // The import's row errors and the frozen report's reasons.
  [/^(.+) must be a number, not "(.*)"$/, (n, text) => `${name(n)} doit être un nombre, pas « ${text} »`],
  [
    /^Write the severity as a whole number from 0 \(none\) to 4 \(critical\), not "(.*)"$/,
    (text) => `Écrivez la gravité comme un nombre entier de 0 (aucune) à 4 (critique), pas « ${text} »`,
  ],
  [/^The file is not valid CSV: (.+)$/, (detail) => `Le fichier n’est pas un CSV valide : ${detail}`],
  [
    /^This row has (\d+) cells; the header has (\d+)$/,
    (cells, header) => `Cette ligne a ${cells} cellules ; l’en-tête en a ${header}`,
  ],
  [/^Mission (\d+) is (.+), not "(.*)"$/, (id, acronym, given) => `La mission ${id} est ${acronym}, pas « ${given} »`],
  [
    /^(.+) (\S+) is already in row (\d+)$/,
    (acronym, period, row) => `${acronym} ${period} figure déjà à la ligne ${row}`,
  ],
  [/^The mission id is missing$/, () => 'L’identifiant de mission manque'],
  [/^"(.*)" is not a mission id$/, (text) => `« ${text} » n’est pas un identifiant de mission`],
  [/^The period is missing$/, () => 'La période manque'],
  [/^"(.*)": (.+)$/, (text, rest) => `« ${text} » : ${translateMessageFr(rest)}`],
  [/^Column (\d+) has no name$/, (n) => `La colonne ${n} n’a pas de nom`],
  [/^The column "(.*)" appears more than once$/, (column) => `La colonne « ${column} » apparaît plusieurs fois`],
  [/^Unknown column "(.*)"$/, (column) => `Colonne inconnue « ${column} »`],
  [/^The required column "(.*)" is missing$/, (column) => `La colonne obligatoire « ${column} » manque`],
  [
    /^The header has no "(.*)" column; is this a UCDP GED event file\?$/,
    (column) => `L’en-tête n’a pas de colonne « ${column} » ; est-ce bien un fichier d’événements UCDP GED ?`,
  ],
  [/^The event id is empty$/, () => 'L’identifiant de l’événement est vide'],
  [/^The country is empty$/, () => 'Le pays est vide'],
  [
    /^"(.*)" is not a date \(YYYY-MM-DD, optionally with a time\)$/,
    (text) => `« ${text} » n’est pas une date (AAAA-MM-JJ, éventuellement suivie d’une heure)`,
  ],
  [/^"(.*)" is not a whole number of 0 or more$/, (text) => `« ${text} » n’est pas un nombre entier positif ou nul`],
  [
    /^(\S+) (\S+) is (submitted|approved) and cannot change \((.+)\); an admin must reopen it to draft first$/,
    (acronym, period, status, columns) =>
      `${acronym} ${period} est ${STATUS_FR[status]} et ne peut pas changer (${columns}) ; un administrateur doit d’abord la rouvrir en brouillon`,
  ],
  [
    /^(\S+) (\S+) is (submitted|approved), and the file would change (.+); an admin must reopen it to draft first$/,
    (acronym, period, status, changes) =>
      `${acronym} ${period} est ${STATUS_FR[status]}, et le fichier changerait ${changes} ; un administrateur doit d’abord la rouvrir en brouillon`,
  ],
  [
    /^Checking stopped after the first ([\d,]+) errors; fix these and check the file again$/,
    (n) =>
      `Vérification arrêtée après les ${n.replace(/,/g, '\u202f')} premières erreurs ; corrigez-les et vérifiez le fichier à nouveau`,
  ],
  [
    /^The file is not valid UTF-8: byte (\d+) \(line (\d+)\) cannot be read\. Save it as "CSV UTF-8" and try again$/,
    (byte, line) =>
      `Le fichier n’est pas en UTF-8 valide : l’octet ${byte} (ligne ${line}) est illisible. Enregistrez-le en « CSV UTF-8 » et réessayez`,
  ],
  [
    /^The file is empty: it needs a header row and one row per assessment$/,
    () => 'Le fichier est vide : il faut une ligne d’en-tête et une ligne par évaluation',
  ],
  [
    /^Mission (\d+) no longer exists, so the comparison cannot be rebuilt$/,
    (id) => `La mission ${id} n’existe plus : la comparaison ne peut pas être reconstruite`,
  ],
  [
    /^Frozen report (\d+) cannot be read: it is stored in a form this version does not recognise \(methodology (.+)\)\. The stored copy is left unchanged; ask an administrator to look into it\.$/,
    (id, methodology) =>
      `Le rapport figé ${id} ne peut pas être lu : il est enregistré sous une forme que cette version ne reconnaît pas (méthodologie ${methodology}). La copie enregistrée reste intacte ; demandez à un administrateur de s’en occuper.`,
  ],
  [
    /^Could not reach the server\. Check your connection and try again\.$/,
    () => 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
  ],
  [/^The server answered (.+)$/, (status) => `Le serveur a répondu ${status}`],
  [/^Something went wrong\.$/, () => 'Une erreur s’est produite.'],
  // The change since a period (GET /api/missions/:id/effects).
  [
    /^(.+) is not a count; the change since a period is estimated for counts only$/,
    (n) => `${name(n)} n’est pas un comptage ; l’évolution depuis une période ne s’estime que pour les comptages`,
  ],
  [
    /^Too few periods (before .+|from .+ on): the model needs at least (\d+) with a count, and (\d+) (have one|were asked for)$/,
    (where, min, count, which) =>
      `Trop peu de périodes ${whereFr(where)} : le modèle en demande au moins ${min} avec un comptage, et ${count} ${which === 'have one' ? 'en ont un' : 'ont été demandées'}`,
  ],
  [
    /^Only (\d+) periods (before .+|from .+ on) have a count, not the (\d+) asked for$/,
    (count, where, asked) =>
      `Seules ${count} périodes ${whereFr(where)} ont un comptage, et non les ${asked} demandées`,
  ],
  [
    /^Every count of (.+) in the periods used is zero; there is no change to estimate$/,
    (n) => `Tous les comptages « ${name(n)} » des périodes retenues sont nuls : il n’y a pas d’évolution à estimer`,
  ],
  [/^The model could not be fitted to this series$/, () => 'Le modèle n’a pas pu être ajusté à cette série'],
  [
    /^The mission is assessed by (quarter|month); give `at` as one$/,
    (type) =>
      `La mission est évaluée par ${type === 'quarter' ? 'trimestre' : 'mois'} ; donnez \`at\` sous cette forme`,
  ],
  // zod's own messages, for what the schemas leave to it (a missing field, an unknown option).
  [/^Invalid input: expected (\w+), received (\w+)$/, (type) => `Valeur non valide : ${TYPE_FR[type] ?? type} attendu`],
  [/^Invalid option: expected one of (.+)$/, (options) => `Option non valide : choisissez parmi ${options}`],
  [/^Too big: expected \w+ to (?:be|have) <=?(\S+)/, (max) => `${max} au maximum`],
  [/^Too small: expected \w+ to (?:be|have) >=?(\S+)/, (min) => `${min} au minimum`],
];

/** The French for an English validation message from the shared schemas or the API. */
export function translateMessageFr(message: string): string {
  for (const [pattern, translate] of RULES) {
    const match = pattern.exec(message);
    if (match) return translate(...match.slice(1));
  }
  return message;
}
