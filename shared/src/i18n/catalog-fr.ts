import type { CatalogText } from './catalog-text';

// French names and help texts of the catalog, keyed by the catalog's own ids. Source document
// titles stay in English: they are the titles of the documents.

export const CATALOG_FR = {
  kpis: {
    violence_reduction: {
      name: 'Réduction des incidents violents',
      description: 'La violence organisée recule-t-elle dans la zone de la mission ?',
    },
    dispute_resolution: {
      name: 'Différends résolus avec succès',
      description: 'Les différends locaux portés en médiation aboutissent-ils à un accord ?',
    },
    local_capacity: {
      name: 'Forces de sécurité locales renforcées',
      description: 'Les forces de l’État hôte assurent-elles de plus en plus la sécurité elles-mêmes ?',
    },
    civilian_protection: {
      name: 'Protection des civils',
      description:
        'Les civils subissent-ils moins de préjudices et les menaces qui les visent reçoivent-elles une réponse ?',
    },
  },
  indicators: {
    violent_incidents: {
      name: 'Incidents violents',
      help: 'Événements de violence organisée dans la zone de la mission pendant la période (UCDP GED : tous les événements, y compris ceux dont la meilleure estimation est de 0 mort).',
    },
    conflict_fatalities: {
      name: 'Morts liées au conflit',
      help: 'Décès dus à la violence organisée pendant la période, meilleure estimation (UCDP GED : somme de « best »).',
    },
    disputes_recorded: {
      name: 'Différends enregistrés',
      help: 'Différends locaux portés en médiation soutenue par la mission pendant la période. Contexte uniquement, non noté.',
    },
    disputes_resolved: {
      name: 'Différends résolus',
      help: 'Parmi les différends enregistrés, ceux réglés par un accord pendant la période. Ne peut pas dépasser les différends enregistrés. Contexte uniquement.',
    },
    dispute_resolution_rate: {
      name: 'Taux de résolution des différends',
      help: 'Différends résolus ÷ différends enregistrés × 100. Calculé, non saisi ; non noté quand aucun différend n’a été enregistré.',
    },
    personnel_trained: {
      name: 'Personnel local formé',
      help: 'Membres des forces de sécurité de l’État hôte ayant achevé une formation soutenue par la mission pendant la période. Un produit : il mesure l’activité, pas l’effet.',
    },
    local_led_operations_pct: {
      name: 'Opérations menées par les forces locales',
      help: 'Part des opérations de sécurité conjointes planifiées et menées par les forces de l’État hôte.',
    },
    capability_rating: {
      name: 'Note de capacité',
      help: 'Capacité évaluée des forces locales, de 1 (incapables d’opérer) à 5 (pleinement autonomes).',
    },
    civilian_casualties: {
      name: 'Victimes civiles',
      help: 'Civils tués dans des violences organisées pendant la période (UCDP GED : somme de « deaths_civilians »).',
    },
    threat_response_pct: {
      name: 'Menaces contre les civils traitées',
      help: 'Part des menaces signalées contre des civils ayant reçu une réponse de protection en temps utile.',
    },
    community_engagements: {
      name: 'Échanges avec les communautés',
      help: 'Réunions, patrouilles avec agents de liaison communautaire et séances d’alerte précoce tenues avec les communautés locales. Un produit.',
    },
  },
  challenges: {
    resources: {
      name: 'Limites des ressources',
      covers: 'Lacunes de financement, d’effectifs, de logistique, de soins médicaux et de transport.',
    },
    political_will: {
      name: 'Volonté et engagement politiques',
      covers: 'Engagement des États contributeurs, soutien fluctuant.',
    },
    coordination: {
      name: 'Coordination opérationnelle',
      covers: 'Coordination multinationale, interinstitutions et civilo-militaire.',
    },
    cultural_communication: {
      name: 'Obstacles culturels et de communication',
      covers: 'Malentendus culturels, langue, déficit de confiance avec les populations locales.',
    },
    military_diplomatic_balance: {
      name: 'Équilibre entre action militaire et diplomatique',
      covers: 'Posture de force contre négociation, primauté civile.',
    },
    political_landscape: {
      name: 'Paysage politique complexe',
      covers: 'Politique de l’État hôte, ingérences extérieures, rivalités.',
    },
    operational_environment: {
      name: 'Contraintes opérationnelles',
      covers: 'Insécurité, infrastructures endommagées, compétences en affaires civiles manquantes.',
    },
    impartiality: {
      name: 'Impartialité et partialité perçue',
      covers: 'Neutralité, renforcement d’une seule partie, présence perçue comme une ingérence.',
    },
    legal_ethical: {
      name: 'Contraintes juridiques et éthiques',
      covers: 'Mandat, souveraineté, recours à la force, redevabilité, droits humains.',
    },
    evolving_threats: {
      name: 'Menaces évolutives et hybrides',
      covers: 'Menaces hybrides et cyber, prolifération des armes.',
    },
  },
  bands: { off_track: 'Hors trajectoire', partial: 'Partiellement sur la trajectoire', on_track: 'Sur la trajectoire' },
  trends: {
    improving: 'En amélioration',
    stable: 'Stable',
    deteriorating: 'En dégradation',
    insufficient_data: 'Données insuffisantes',
  },
  flags: {
    incomplete: 'Incomplet',
    outlier: 'Valeur aberrante',
    recorded_surge: 'Hausse des événements enregistrés',
    inconsistent: 'Incohérent',
    outputs_only: 'Produits uniquement',
  },
  units: { count: 'nombre', percent: '%', rating_1_5: 'note 1–5', number: 'nombre' },
  severities: ['Aucune', 'Faible', 'Modérée', 'Élevée', 'Critique'],
  roles: { viewer: 'Lecteur', analyst: 'Analyste', admin: 'Administrateur' },
  missionTypes: {
    peacekeeping: 'Maintien de la paix',
    conflict_prevention: 'Prévention des conflits',
    post_conflict_reconstruction: 'Reconstruction post-conflit',
    capacity_building: 'Renforcement des capacités',
    mediation_support: 'Appui à la médiation',
    crisis_response: 'Réponse aux crises',
  },
  organisations: {
    UN: 'ONU',
    NATO: 'OTAN',
    AU: 'UA',
    EU: 'UE',
    regional: 'Régionale',
    bilateral: 'Bilatérale',
    NGO: 'ONG',
    coalition: 'Coalition',
  },
  settings: { urban: 'Urbain', rural: 'Rural', mixed: 'Mixte' },
  regions: { africa: 'Afrique', americas: 'Amériques', asia: 'Asie', europe: 'Europe', oceania: 'Océanie' },
} satisfies CatalogText;
