import type { Mission, MissionChanges, MissionInput } from '@cpea/shared/mission';
import type { Db } from './connection';

interface MissionRow {
  id: number;
  name: string;
  name_fr: string;
  acronym: string;
  country: string;
  areas: string;
  mission_type: Mission['missionType'];
  lead_organisation: Mission['leadOrganisation'];
  partners: string;
  setting: Mission['setting'];
  multi_ethnic: number;
  mandate: string;
  mandate_fr: string;
  start_date: string;
  end_date: string | null;
  period_type: Mission['periodType'];
  archived: number;
  illustrative: number;
  version: number;
  created_at: string;
  updated_at: string;
}

function toMission(row: MissionRow): Mission {
  return {
    id: row.id,
    name: row.name,
    nameFr: row.name_fr,
    acronym: row.acronym,
    country: row.country,
    areas: JSON.parse(row.areas),
    missionType: row.mission_type,
    leadOrganisation: row.lead_organisation,
    partners: JSON.parse(row.partners),
    setting: row.setting,
    multiEthnic: row.multi_ethnic === 1,
    mandate: row.mandate,
    mandateFr: row.mandate_fr,
    startDate: row.start_date,
    endDate: row.end_date,
    periodType: row.period_type,
    archived: row.archived === 1,
    illustrative: row.illustrative === 1,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

type StoredMission = Required<Omit<MissionInput, 'areas' | 'partners'>> & { areas: string[]; partners: string[] };

function toParams(m: StoredMission & { archived: boolean; illustrative: boolean }) {
  return {
    name: m.name,
    name_fr: m.nameFr,
    acronym: m.acronym,
    country: m.country,
    areas: JSON.stringify(m.areas),
    mission_type: m.missionType,
    lead_organisation: m.leadOrganisation,
    partners: JSON.stringify(m.partners),
    setting: m.setting,
    multi_ethnic: m.multiEthnic ? 1 : 0,
    mandate: m.mandate,
    mandate_fr: m.mandateFr,
    start_date: m.startDate,
    end_date: m.endDate,
    period_type: m.periodType,
    archived: m.archived ? 1 : 0,
    illustrative: m.illustrative ? 1 : 0,
  };
}

const COLUMNS = `name, name_fr, acronym, country, areas, mission_type, lead_organisation, partners, setting, multi_ethnic,
  mandate, mandate_fr, start_date, end_date, period_type, archived, illustrative`;
const VALUES = `@name, @name_fr, @acronym, @country, @areas, @mission_type, @lead_organisation, @partners, @setting, @multi_ethnic,
  @mandate, @mandate_fr, @start_date, @end_date, @period_type, @archived, @illustrative`;

export function missionsRepo(db: Db) {
  const list = db.prepare<[number]>('SELECT * FROM missions WHERE archived = 0 OR ? ORDER BY name');
  const get = db.prepare<[number]>('SELECT * FROM missions WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO missions (${COLUMNS}, created_at, updated_at) VALUES (${VALUES}, @now, @now) RETURNING *`,
  );
  const update = db.prepare(
    `UPDATE missions SET (${COLUMNS}, version, updated_at) = (${VALUES}, version + 1, @now)
    WHERE id = @id AND version = @version RETURNING *`,
  );
  const count = db.prepare('SELECT count(*) AS n FROM missions');

  return {
    list(includeArchived: boolean): Mission[] {
      return (list.all(includeArchived ? 1 : 0) as MissionRow[]).map(toMission);
    },
    get(id: number): Mission | null {
      const row = get.get(id) as MissionRow | undefined;
      return row ? toMission(row) : null;
    },
    count(): number {
      return (count.get() as { n: number }).n;
    },
    insert(mission: StoredMission, illustrative = false): Mission {
      const row = insert.get({
        ...toParams({ ...mission, archived: false, illustrative }),
        now: new Date().toISOString(),
      });
      return toMission(row as MissionRow);
    },
    /** Bumps the version only if it is still `current`'s; null when someone saved first. */
    update(current: Mission, changes: MissionChanges): Mission | null {
      const next = { ...current, ...changes };
      const row = update.get({
        ...toParams(next),
        id: current.id,
        version: current.version,
        now: new Date().toISOString(),
      }) as MissionRow | undefined;
      return row ? toMission(row) : null;
    },
  };
}
export type MissionsRepo = ReturnType<typeof missionsRepo>;
