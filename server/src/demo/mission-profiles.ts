import type { ChallengeId, IndicatorId } from '@cpea/shared/catalog';
import type { MissionInput } from '@cpea/shared/mission';
import type { MissionTargets } from '@cpea/shared/targets';

// The seven missions of the demo portfolio: the case studies the source documents cite (001
// "Case Studies of Effective Military Involvement": UNTAC, MFO Sinai, AMISOM; 002 "Case Studies
// of Successful Engagement": KFOR; 004 "Case Studies of Successful Military Diplomacy": East
// Timor, Sierra Leone) and MINUSCA, whose violence figures come from UCDP GED. Dates, mandates
// and milestones are real; every indicator value the generator derives from them is invented.

export type Trajectory = 'improving' | 'deteriorating' | 'stable';

/** A typical quarter for the mission, around which the generator varies. */
export interface MissionScale {
  incidents: number;
  fatalitiesPerIncident: number;
  /** Share of fatalities that are civilians. */
  civilianShare: number;
  disputes: number;
  trained: number;
  engagements: number;
  /** Share of operations led by local forces when progress is nil, and its rise at full progress. */
  localLed: { start: number; span: number };
}

export interface MissionProfile {
  seed: number;
  mission: Required<MissionInput>;
  targets: MissionTargets;
  periods: { from: string; to: string };
  latestStatus: 'submitted' | 'draft';
  trajectory: Trajectory;
  /** How much progress wobbles from one quarter to the next (0–1 scale). */
  volatility: number;
  /** Jolts to progress in quarters every analyst of the mission would remember. */
  shocks: Record<string, number>;
  /** Take violent incidents, fatalities and civilian casualties from the UCDP GED extract. */
  violenceFromGed: boolean;
  scale: MissionScale;
  challenges: Record<ChallengeId, number>;
  challengeNotes: Partial<Record<ChallengeId, string>>;
  narrative: { achievements: string[]; setbacks: string[]; lessons: string[] };
  milestones: Record<string, { achievement?: string; setback?: string }>;
  notMeasured?: { period: string; indicators: IndicatorId[]; reason: string };
}

const untac: MissionProfile = {
  seed: 1992,
  mission: {
    name: 'United Nations Transitional Authority in Cambodia',
    nameFr: 'Autorité provisoire des Nations Unies au Cambodge',
    acronym: 'UNTAC',
    country: 'KHM',
    areas: [],
    missionType: 'peacekeeping',
    leadOrganisation: 'UN',
    partners: ['Supreme National Council', 'UNHCR'],
    setting: 'mixed',
    multiEthnic: true,
    mandate:
      "Supervise the ceasefire, regroup, canton and disarm the factions' forces, repatriate refugees and organise free and fair elections under the 1991 Paris Peace Agreements (Security Council resolution 745 (1992)).",
    mandateFr:
      'Surveiller le cessez-le-feu, regrouper, cantonner et désarmer les forces des factions, rapatrier les réfugiés et organiser des élections libres et régulières en application des Accords de paix de Paris de 1991 (résolution 745 (1992) du Conseil de sécurité).',
    startDate: '1992-03-15',
    endDate: '1993-09-24',
    periodType: 'quarter',
  },
  targets: {},
  periods: { from: '1992Q2', to: '1993Q3' },
  latestStatus: 'submitted',
  trajectory: 'improving',
  volatility: 0.06,
  shocks: { '1993Q1': -0.2, '1993Q2': 0.1 },
  violenceFromGed: false,
  scale: {
    incidents: 55,
    fatalitiesPerIncident: 2.2,
    civilianShare: 0.5,
    disputes: 40,
    trained: 400,
    engagements: 180,
    localLed: { start: 5, span: 45 },
  },
  challenges: {
    resources: 3,
    political_will: 2,
    coordination: 2,
    cultural_communication: 3,
    military_diplomatic_balance: 3,
    political_landscape: 4,
    operational_environment: 3,
    impartiality: 2,
    legal_ethical: 2,
    evolving_threats: 1,
  },
  challengeNotes: {
    military_diplomatic_balance:
      'The mandate rests on consent; there is no enforcement option against PDK non-compliance.',
    political_landscape: 'Four factions, with the PDK outside the process.',
    operational_environment: 'Mines and washed-out roads limit access in the rainy season.',
    cultural_communication: 'Too few Khmer interpreters for the civilian police component.',
  },
  narrative: {
    achievements: [
      'Civilian police monitors deployed to every province and began joint patrols with the factions’ police.',
      'Repatriation convoys returned refugees from the Thai border camps without security incidents on the main routes.',
      'Voter registration teams reached districts that had been inaccessible the quarter before.',
      'Mine-awareness sessions were held in villages along the repatriation routes.',
      'Radio UNTAC broadcasts reached the north-west, and public understanding of the electoral process improved.',
    ],
    setbacks: [
      'The PDK still refused cantonment, leaving the regroupment and disarmament phase stalled.',
      'Attacks on ethnic Vietnamese communities around the Tonle Sap displaced several fishing villages.',
      'Engineering units deployed late, slowing the road repairs that electoral logistics depend on.',
      'Ceasefire violations between SOC and NADK forces were reported in Kampong Thom and Siem Reap.',
    ],
    lessons: [
      'Cantonment depends on every faction joining; agree a fallback for partial compliance before disarmament starts.',
      'Radio in Khmer reached more people than printed material; budget for information work from day one.',
      'Electoral security works better when district liaison with the factions is in place before registration teams arrive.',
    ],
  },
  milestones: {
    '1992Q2': {
      setback:
        'The PDK refused UNTAC access to the zones it holds, blocking the cantonment phase due to start in June.',
    },
    '1993Q2': {
      achievement:
        'The elections of 23–28 May passed without major disruption, with turnout close to 90 % of registered voters.',
    },
    '1993Q3': {
      achievement: 'The Constituent Assembly adopted the new constitution in September and the withdrawal began.',
    },
  },
};

const mfo: MissionProfile = {
  seed: 1982,
  mission: {
    name: 'Multinational Force and Observers',
    nameFr: 'Force multinationale et observateurs',
    acronym: 'MFO',
    country: 'EGY',
    areas: ['North Sinai', 'South Sinai'],
    missionType: 'conflict_prevention',
    leadOrganisation: 'coalition',
    partners: ['Egypt', 'Israel', 'United States', 'Colombia', 'Fiji', 'Italy'],
    setting: 'rural',
    multiEthnic: false,
    mandate:
      'Observe and report on the implementation of the security provisions of the 1979 Treaty of Peace between Egypt and Israel and its 1981 Protocol, and help prevent violations.',
    mandateFr:
      "Observer l'application des dispositions de sécurité du Traité de paix de 1979 entre l'Égypte et Israël et de son Protocole de 1981, en rendre compte et aider à prévenir les violations.",
    startDate: '1982-04-25',
    endDate: null,
    periodType: 'quarter',
  },
  targets: {
    violent_incidents: { baseline: 10, target: 2, weight: 1 },
    conflict_fatalities: { baseline: 12, target: 2, weight: 1 },
    civilian_casualties: { baseline: 4, target: 0, weight: 1 },
    personnel_trained: { baseline: 0, target: 50, weight: 1 },
    community_engagements: { baseline: 0, target: 80, weight: 1 },
  },
  periods: { from: '2023Q1', to: '2024Q4' },
  latestStatus: 'draft',
  trajectory: 'stable',
  volatility: 0.02,
  shocks: {},
  violenceFromGed: false,
  scale: {
    incidents: 5,
    fatalitiesPerIncident: 1.1,
    civilianShare: 0.35,
    disputes: 12,
    trained: 42,
    engagements: 62,
    localLed: { start: 30, span: 50 },
  },
  challenges: {
    resources: 2,
    political_will: 1,
    coordination: 1,
    cultural_communication: 1,
    military_diplomatic_balance: 1,
    political_landscape: 2,
    operational_environment: 3,
    impartiality: 0,
    legal_ethical: 1,
    evolving_threats: 2,
  },
  challengeNotes: {
    operational_environment: 'Residual militant activity in North Sinai; ground moves need escort.',
    evolving_threats: 'Unmanned aircraft seen near the treaty zones.',
    resources: 'Contributor funding and contractor capacity under pressure.',
  },
  narrative: {
    achievements: [
      'All scheduled verification missions in Zones A, B and C were completed and reported to both parties on time.',
      'The Liaison System answered every compliance query raised by the parties without escalation.',
      'Force-protection upgrades at the South Camp were completed on schedule.',
      'Joint workshops with Egyptian and Israeli liaison officers were held as planned.',
    ],
    setbacks: [
      'Two verification flights were cancelled for weather and flown the following month.',
      'Contractor staffing gaps delayed maintenance at remote observation sites.',
      "A contributing state's drawdown forced some vehicle replacements to be deferred.",
      'Movement restrictions in North Sinai limited ground access to two remote sites for part of the quarter.',
    ],
    lessons: [
      'Keeping the Liaison System the first channel for every query stops minor issues becoming disputes.',
      'Remote observation reduces exposure but needs both parties to agree how it is used.',
      'Telling the parties early about reduced verification coverage kept their confidence during staffing gaps.',
    ],
  },
  milestones: {},
};

const amisom: MissionProfile = {
  seed: 2007,
  mission: {
    name: 'African Union Mission in Somalia',
    nameFr: "Mission de l'Union africaine en Somalie",
    acronym: 'AMISOM',
    country: 'SOM',
    areas: [],
    missionType: 'peacekeeping',
    leadOrganisation: 'AU',
    partners: ['Federal Government of Somalia', 'UNSOA', 'European Union', 'IGAD'],
    setting: 'mixed',
    multiEthnic: true,
    mandate:
      'Support dialogue and reconciliation, protect the federal institutions, help implement the National Security and Stabilisation Plan and train Somali security forces (AU Peace and Security Council, 19 January 2007; Security Council resolution 1744 (2007)).',
    mandateFr:
      "Appuyer le dialogue et la réconciliation, protéger les institutions fédérales, aider à mettre en œuvre le Plan national de sécurité et de stabilisation et former les forces de sécurité somaliennes (Conseil de paix et de sécurité de l'UA, 19 janvier 2007 ; résolution 1744 (2007) du Conseil de sécurité).",
    startDate: '2007-03-06',
    endDate: '2022-03-31',
    periodType: 'quarter',
  },
  targets: {
    personnel_trained: { baseline: 0, target: 1000, weight: 1 },
  },
  periods: { from: '2011Q3', to: '2013Q4' },
  latestStatus: 'submitted',
  trajectory: 'improving',
  volatility: 0.06,
  shocks: { '2013Q2': -0.12 },
  violenceFromGed: false,
  scale: {
    incidents: 150,
    fatalitiesPerIncident: 2.8,
    civilianShare: 0.35,
    disputes: 30,
    trained: 800,
    engagements: 200,
    localLed: { start: 5, span: 40 },
  },
  challenges: {
    resources: 4,
    political_will: 2,
    coordination: 3,
    cultural_communication: 3,
    military_diplomatic_balance: 3,
    political_landscape: 4,
    operational_environment: 4,
    impartiality: 3,
    legal_ethical: 3,
    evolving_threats: 3,
  },
  challengeNotes: {
    resources: 'No helicopters; casualty evacuation depends on road convoys.',
    operational_environment: 'IEDs on the main supply routes.',
    impartiality: 'Neighbouring contributing states seen to pursue their own interests.',
    political_landscape: 'Clan competition over the administration of recovered districts.',
  },
  narrative: {
    achievements: [
      'AMISOM and SNA forces consolidated control of the districts around Mogadishu, and markets on the main supply route reopened.',
      'SNA battalions trained this quarter completed their field exercise and deployed alongside AMISOM units.',
      'Civil-military outreach teams met elders in the newly recovered districts.',
      'Medical outreach in the Mogadishu IDP settlements reached more families than planned.',
    ],
    setbacks: [
      'IEDs on the main supply routes caused casualties and slowed resupply convoys.',
      "Civilian casualties attributed to indirect fire were referred to the mission's casualty tracking cell.",
      'The lack of helicopters prevented casualty evacuation from forward positions.',
      'Clan disputes over the administration of recovered districts delayed the installation of local authorities.',
    ],
    lessons: [
      'Recovered areas need administration and police within weeks; security gains erode when local authorities are absent.',
      'One set of rules for indirect fire across contributing countries reduces civilian harm and the grievances it feeds.',
      'Training is only as good as the pay and equipment that follow it; stipend arrears undo the effect of courses.',
    ],
  },
  milestones: {
    '2011Q3': {
      achievement:
        'Al-Shabaab withdrew its main forces from Mogadishu in early August and AMISOM extended its positions across the city.',
    },
    '2012Q2': { achievement: 'The Afgooye corridor was recovered at the end of May.' },
    '2012Q3': {
      achievement:
        'Forces entered Kismayo at the end of September, and a new federal parliament elected the President.',
    },
    '2013Q2': { setback: 'The attack on the Mogadishu court complex on 14 April killed some thirty people.' },
  },
  notMeasured: {
    period: '2012Q2',
    indicators: ['disputes_recorded', 'disputes_resolved'],
    reason:
      'Dispute figures were not compiled this quarter: the civil affairs officers who keep the mediation log rotated out without handing it over.',
  },
};

const kfor: MissionProfile = {
  seed: 1999,
  mission: {
    name: 'Kosovo Force',
    nameFr: 'Force pour le Kosovo',
    acronym: 'KFOR',
    country: 'XKX',
    areas: [],
    missionType: 'post_conflict_reconstruction',
    leadOrganisation: 'NATO',
    partners: ['UNMIK', 'OSCE', 'Kosovo Police Service'],
    setting: 'mixed',
    multiEthnic: true,
    mandate:
      'Deter renewed hostilities, establish a secure environment, ensure public safety and order until the international civil presence can take it over, and support that presence (Security Council resolution 1244 (1999)).',
    mandateFr:
      "Prévenir la reprise des hostilités, instaurer un environnement sûr, assurer la sécurité et l'ordre publics jusqu'à ce que la présence internationale civile puisse s'en charger, et appuyer cette présence (résolution 1244 (1999) du Conseil de sécurité).",
    startDate: '1999-06-12',
    endDate: null,
    periodType: 'quarter',
  },
  targets: {},
  periods: { from: '2002Q3', to: '2004Q2' },
  latestStatus: 'submitted',
  trajectory: 'deteriorating',
  volatility: 0.05,
  shocks: { '2004Q1': -0.35 },
  violenceFromGed: false,
  scale: {
    incidents: 30,
    fatalitiesPerIncident: 0.35,
    civilianShare: 0.8,
    disputes: 55,
    trained: 250,
    engagements: 350,
    localLed: { start: 10, span: 50 },
  },
  challenges: {
    resources: 1,
    political_will: 2,
    coordination: 3,
    cultural_communication: 3,
    military_diplomatic_balance: 2,
    political_landscape: 3,
    operational_environment: 1,
    impartiality: 2,
    legal_ethical: 2,
    evolving_threats: 1,
  },
  challengeNotes: {
    political_landscape: 'Status unresolved; rallies over it raise tension.',
    impartiality: 'Kosovo Serbs see KFOR as failing to protect the enclaves.',
    coordination: 'UNMIK, KFOR and KPS lines of authority unclear in a crisis; national caveats.',
    cultural_communication: 'Few interpreters work in both Albanian and Serbian.',
  },
  narrative: {
    achievements: [
      'Framework patrols in Mitrovica were handed over to joint KFOR–KPS teams on schedule.',
      'Property disputes referred to the Housing and Property Directorate moved faster after liaison improved.',
      'Escorts for minority returnees to villages around Gjilan/Gnjilane were completed without incident.',
      'KPS officers completed crowd-control and border-policing courses.',
    ],
    setbacks: [
      'Attacks on Kosovo Serb returnees and their property rose in the enclaves south of the Ibar.',
      'Rallies over the unresolved status question raised tension around the Mitrovica bridge.',
      'Reports from municipal liaison teams came in late and incomplete in two brigade areas.',
      'Intelligence sharing between brigades stayed uneven, and national caveats limited reinforcement across brigade boundaries.',
    ],
    lessons: [
      'National caveats must be known and planned around before a crisis; brigades could not reinforce each other fast enough.',
      'Crowd-control capacity, not patrol numbers, decided the outcome when demonstrations turned violent.',
      'Early-warning reports from minority communities need a named owner in each brigade so that someone acts on them.',
    ],
  },
  milestones: {
    '2004Q1': {
      setback:
        'The unrest of 17–18 March, in which 19 people were killed and hundreds of homes and dozens of churches burned, overwhelmed KFOR and KPS crowd control.',
    },
    '2004Q2': {
      achievement:
        'Reinforcements deployed after March restored freedom of movement, and reconstruction of damaged homes began.',
    },
  },
};

const unamsil: MissionProfile = {
  seed: 2000,
  mission: {
    name: 'United Nations Mission in Sierra Leone',
    nameFr: 'Mission des Nations Unies en Sierra Leone',
    acronym: 'UNAMSIL',
    country: 'SLE',
    areas: [],
    missionType: 'peacekeeping',
    leadOrganisation: 'UN',
    partners: ['Government of Sierra Leone', 'National Committee for DDR', 'United Kingdom', 'ECOWAS'],
    setting: 'mixed',
    multiEthnic: true,
    mandate:
      'Help the parties carry out the Lomé Peace Agreement, support disarmament, demobilisation and reintegration, and protect civilians under imminent threat of physical violence (Security Council resolutions 1270 (1999) and 1289 (2000)).',
    mandateFr:
      "Aider les parties à appliquer l'Accord de paix de Lomé, appuyer le désarmement, la démobilisation et la réintégration, et protéger les civils exposés à une menace imminente de violences physiques (résolutions 1270 (1999) et 1289 (2000) du Conseil de sécurité).",
    startDate: '1999-10-22',
    endDate: '2005-12-31',
    periodType: 'quarter',
  },
  targets: {
    personnel_trained: { baseline: 0, target: 1000, weight: 1 },
    community_engagements: { baseline: 0, target: 250, weight: 1 },
  },
  periods: { from: '2000Q3', to: '2002Q4' },
  latestStatus: 'draft',
  trajectory: 'improving',
  volatility: 0.06,
  shocks: {},
  violenceFromGed: false,
  scale: {
    incidents: 60,
    fatalitiesPerIncident: 2.4,
    civilianShare: 0.55,
    disputes: 40,
    trained: 900,
    engagements: 200,
    localLed: { start: 5, span: 55 },
  },
  challenges: {
    resources: 3,
    political_will: 3,
    coordination: 3,
    cultural_communication: 2,
    military_diplomatic_balance: 3,
    political_landscape: 3,
    operational_environment: 3,
    impartiality: 2,
    legal_ethical: 2,
    evolving_threats: 2,
  },
  challengeNotes: {
    political_will: 'Contributors reconsidered their commitments after the May 2000 hostage crisis.',
    coordination: 'A parallel UK force operates outside UN command.',
    evolving_threats: 'Diamond revenue and arms flows across the Liberian border.',
  },
  narrative: {
    achievements: [
      'Deployment extended into Kailahun and Kono, areas the RUF had held.',
      'Disarmament sites processed ex-combatants ahead of the schedule agreed in the Joint Committee on DDR.',
      'Sensitisation on the reintegration programme reached chiefdoms in the north.',
      'Sierra Leone Police officers trained with mission support returned to posts in the provinces.',
    ],
    setbacks: [
      'Cross-border incursions from Liberia and Guinea displaced civilians in the east.',
      'Reintegration places lagged behind disarmament, leaving many ex-combatants idle in the district towns.',
      'Illicit diamond mining in Kono kept financing armed groups and fuelling local disputes.',
      'Delayed contingent rotations left some sectors thinly covered for several weeks.',
    ],
    lessons: [
      'Disarmament without reintegration places creates a pool of idle ex-combatants; fund both together.',
      "A credible over-the-horizon force, alongside negotiation, changed the armed groups' calculations.",
      'Paramount chiefs are effective partners in dispute resolution when briefed before the mission arrives in their chiefdom.',
    ],
  },
  milestones: {
    '2000Q3': {
      setback:
        'The mission was still recovering from the RUF’s detention of several hundred peacekeepers in May, and contributors reviewed their commitments.',
    },
    '2000Q4': {
      achievement: 'The Abuja ceasefire agreement of 10 November opened the way to deployment in RUF-held areas.',
    },
    '2002Q1': { achievement: 'Disarmament was declared complete in January and the war declared over.' },
    '2002Q2': { achievement: 'Presidential and parliamentary elections on 14 May passed peacefully.' },
  },
};

const unmiset: MissionProfile = {
  seed: 2002,
  mission: {
    name: 'United Nations Mission of Support in East Timor',
    nameFr: "Mission d'appui des Nations Unies au Timor oriental",
    acronym: 'UNMISET',
    country: 'TLS',
    areas: [],
    missionType: 'capacity_building',
    leadOrganisation: 'UN',
    partners: ['Government of Timor-Leste', 'PNTL', 'F-FDTL'],
    setting: 'mixed',
    multiEthnic: false,
    mandate:
      'Assist the core administrative structures, provide interim law enforcement while developing the national police (PNTL), and contribute to external and internal security (Security Council resolution 1410 (2002)).',
    mandateFr:
      "Aider les structures administratives essentielles, assurer provisoirement le maintien de l'ordre tout en développant la police nationale (PNTL), et contribuer à la sécurité extérieure et intérieure (résolution 1410 (2002) du Conseil de sécurité).",
    startDate: '2002-05-20',
    endDate: '2005-05-20',
    periodType: 'quarter',
  },
  targets: {
    personnel_trained: { baseline: 0, target: 400, weight: 1 },
    capability_rating: { baseline: 1.5, target: 3.5, weight: 1 },
  },
  periods: { from: '2002Q3', to: '2004Q4' },
  latestStatus: 'submitted',
  trajectory: 'improving',
  volatility: 0.05,
  shocks: { '2002Q4': -0.25, '2003Q1': -0.1 },
  violenceFromGed: false,
  scale: {
    incidents: 14,
    fatalitiesPerIncident: 0.7,
    civilianShare: 0.6,
    disputes: 30,
    trained: 320,
    engagements: 140,
    localLed: { start: 15, span: 65 },
  },
  challenges: {
    resources: 3,
    political_will: 2,
    coordination: 2,
    cultural_communication: 3,
    military_diplomatic_balance: 1,
    political_landscape: 2,
    operational_environment: 2,
    impartiality: 1,
    legal_ethical: 2,
    evolving_threats: 1,
  },
  challengeNotes: {
    resources: 'Military component drawn down before national units were ready.',
    cultural_communication: 'Portuguese, Tetum and Indonesian in use; case files cross languages.',
  },
  narrative: {
    achievements: [
      'PNTL took over command of further districts from the mission.',
      'Joint patrols with the Border Patrol Unit cut smuggling along the Tactical Coordination Line.',
      'Mentors reported steady improvement in PNTL investigation files sent to prosecutors.',
      'Community policing forums were held in every sub-district of Dili.',
    ],
    setbacks: [
      'Armed groups attacked villages in the western border districts, and the PNTL response relied on mission support.',
      'Allegations of excessive force by PNTL officers during demonstrations damaged community trust.',
      'Language barriers between Portuguese-trained legal staff and Tetum- or Indonesian-speaking police slowed cases.',
      'The drawdown of the military component left gaps in the border districts before national units were ready.',
    ],
    lessons: [
      'Handing over district command works when mentors stay on afterwards; the first months show the gaps.',
      'Police training must include public-order management with clear rules on the use of force.',
      'Training legal and police staff in a shared working language would have saved months of case delays.',
    ],
  },
  milestones: {
    '2002Q4': {
      setback:
        'Riots in Dili on 4 December, in which two people were killed, exposed the limits of PNTL public-order capacity.',
    },
    '2003Q1': { setback: 'Armed groups attacked villages in Ermera district in January.' },
    '2004Q2': { achievement: 'The PNTL assumed responsibility for executive policing across the country in May.' },
  },
};

const minusca: MissionProfile = {
  seed: 2014,
  mission: {
    name: 'United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic',
    nameFr: 'Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation en Centrafrique',
    acronym: 'MINUSCA',
    country: 'CAF',
    areas: [],
    missionType: 'peacekeeping',
    leadOrganisation: 'UN',
    partners: ['Government of the Central African Republic', 'EUTM RCA', 'African Union', 'ECCAS'],
    setting: 'mixed',
    multiEthnic: true,
    mandate:
      'Protect civilians, support the transition and the extension of State authority, facilitate humanitarian access, and support disarmament, demobilisation, reintegration and repatriation (Security Council resolution 2149 (2014)).',
    mandateFr:
      "Protéger les civils, appuyer la transition et l'extension de l'autorité de l'État, faciliter l'accès humanitaire, et appuyer le désarmement, la démobilisation, la réintégration et le rapatriement (résolution 2149 (2014) du Conseil de sécurité).",
    startDate: '2014-04-10',
    endDate: null,
    periodType: 'quarter',
  },
  targets: {
    personnel_trained: { baseline: 0, target: 350, weight: 1 },
    community_engagements: { baseline: 0, target: 600, weight: 1 },
  },
  periods: { from: '2014Q3', to: '2022Q4' },
  latestStatus: 'submitted',
  trajectory: 'improving',
  volatility: 0.06,
  shocks: { '2016Q4': -0.1, '2017Q2': -0.25, '2017Q3': -0.15, '2021Q1': -0.25 },
  violenceFromGed: true,
  scale: {
    incidents: 0,
    fatalitiesPerIncident: 0,
    civilianShare: 0,
    disputes: 50,
    trained: 250,
    engagements: 450,
    localLed: { start: 5, span: 50 },
  },
  challenges: {
    resources: 3,
    political_will: 3,
    coordination: 3,
    cultural_communication: 2,
    military_diplomatic_balance: 3,
    political_landscape: 4,
    operational_environment: 4,
    impartiality: 3,
    legal_ethical: 3,
    evolving_threats: 2,
  },
  challengeNotes: {
    operational_environment: 'Rainy-season roads cut off the eastern bases.',
    political_landscape: 'Fragmented armed groups competing over mines and transhumance routes.',
    impartiality: 'Each community accuses the mission of favouring the other.',
    legal_ethical: 'Sexual exploitation and abuse allegations against contingents.',
    evolving_threats: 'Disinformation campaigns against the mission.',
  },
  narrative: {
    achievements: [
      'Temporary operating bases in the north-west let patrols reach villages along the transhumance corridors.',
      'Local peace and reconciliation committees mediated farmer–herder disputes in several prefectures.',
      'FACA units trained by EUTM RCA and mentored by the mission deployed alongside peacekeepers outside Bangui.',
      'Community alert networks were extended, and more alerts received a patrol within 24 hours.',
      'Internal security forces returned to more prefectural capitals with mission logistic support.',
    ],
    setbacks: [
      'Armed groups attacked convoys on the main supply route from Cameroon, disrupting deliveries.',
      'Clashes between ex-Séléka factions displaced civilians in the centre of the country.',
      'Anti-Balaka attacks on Muslim communities forced families to shelter next to mission bases.',
      'Hostile rhetoric against the mission grew and restricted movement in some areas.',
      'Fuel and rotation delays reduced the number of long-range patrols.',
    ],
    lessons: [
      'Presence protects where it is permanent; temporary bases lose their effect within weeks of withdrawal.',
      'Transhumance disputes are best handled before the dry season, through committees that include herders.',
      'Early-warning alerts only help if a response is guaranteed; track alert-to-patrol time every quarter.',
    ],
  },
  milestones: {
    '2014Q3': { achievement: 'The mission took over authority from MISCA on 15 September.' },
    '2015Q2': {
      achievement:
        'The Bangui Forum on National Reconciliation in May ended with a DDR agreement signed by most armed groups.',
    },
    '2016Q1': { achievement: 'Elections were completed and the new President took office on 30 March.' },
    '2017Q2': { setback: 'Attacks in Bangassou and Alindao in May killed civilians and peacekeepers.' },
    '2019Q1': {
      achievement:
        'The Political Agreement for Peace and Reconciliation was signed in Bangui on 6 February by the government and 14 armed groups.',
    },
    '2020Q4': { setback: 'The CPC coalition launched an offensive around the elections of 27 December.' },
    '2021Q1': {
      setback: 'The CPC attacked the outskirts of Bangui in January; peacekeepers were killed defending the capital.',
    },
  },
};

export const MISSION_PROFILES: readonly MissionProfile[] = [untac, mfo, amisom, kfor, unamsil, unmiset, minusca];
