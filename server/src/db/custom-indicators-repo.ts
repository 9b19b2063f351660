import type { CustomIndicator, ParsedCustomIndicatorInput } from '@cpea/shared/custom-indicators';
import type { Db } from './connection';

interface CustomIndicatorRow {
  id: number;
  slug: string;
  mission_id: number | null;
  name_en: string;
  name_fr: string;
  kpi_id: CustomIndicator['kpi'];
  unit: CustomIndicator['unit'];
  unit_label: string | null;
  min_value: number | null;
  max_value: number | null;
  direction: CustomIndicator['direction'];
  kind: CustomIndicator['kind'];
  help_en: string;
  help_fr: string;
  source: string;
  retired_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  value_count: number;
}

/** A stored custom indicator, with the row id the audit trail names it by. */
export type StoredCustomIndicator = CustomIndicator & { rowId: number };

function toCustomIndicator(row: CustomIndicatorRow): StoredCustomIndicator {
  return {
    rowId: row.id,
    id: row.slug,
    missionId: row.mission_id,
    nameEn: row.name_en,
    nameFr: row.name_fr,
    kpi: row.kpi_id,
    unit: row.unit,
    unitLabel: row.unit_label,
    min: row.min_value,
    max: row.max_value,
    direction: row.direction,
    kind: row.kind,
    helpEn: row.help_en,
    helpFr: row.help_fr,
    source: row.source,
    retiredAt: row.retired_at,
    valueCount: row.value_count,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const SELECT = `SELECT c.*, (SELECT count(*) FROM assessment_values v WHERE v.indicator_id = c.slug) AS value_count
  FROM custom_indicators c`;

type Columns = Omit<ParsedCustomIndicatorInput, 'id' | 'missionId'>;

const params = (input: Columns) => ({
  nameEn: input.nameEn,
  nameFr: input.nameFr,
  kpi: input.kpi,
  unit: input.unit,
  unitLabel: input.unitLabel,
  min: input.min,
  max: input.max,
  direction: input.direction,
  kind: input.kind,
  helpEn: input.helpEn,
  helpFr: input.helpFr,
  source: input.source,
});

/** The custom indicators: instance-wide ones (no mission) and each mission's own. */
export function customIndicatorsRepo(db: Db) {
  const all = db.prepare(`${SELECT} ORDER BY c.mission_id IS NOT NULL, c.mission_id, c.id`);
  const bySlug = db.prepare<[string]>(`${SELECT} WHERE c.slug = ?`);
  const ofMission = db.prepare<[number]>(`${SELECT} WHERE c.mission_id IS NULL OR c.mission_id = ? ORDER BY c.id`);
  const insert = db.prepare(`INSERT INTO custom_indicators
    (slug, mission_id, name_en, name_fr, kpi_id, unit, unit_label, min_value, max_value, direction, kind,
     help_en, help_fr, source, created_at, updated_at)
    VALUES (@slug, @missionId, @nameEn, @nameFr, @kpi, @unit, @unitLabel, @min, @max, @direction, @kind,
     @helpEn, @helpFr, @source, @now, @now)`);
  const update = db.prepare(`UPDATE custom_indicators SET name_en = @nameEn, name_fr = @nameFr, kpi_id = @kpi,
    unit = @unit, unit_label = @unitLabel, min_value = @min, max_value = @max, direction = @direction, kind = @kind,
    help_en = @helpEn, help_fr = @helpFr, source = @source, version = version + 1, updated_at = @now
    WHERE slug = @slug AND version = @version`);
  const retire = db.prepare<[string, string, string]>(
    'UPDATE custom_indicators SET retired_at = ?, version = version + 1, updated_at = ? WHERE slug = ?',
  );

  const get = (slug: string) => {
    const row = bySlug.get(slug) as CustomIndicatorRow | undefined;
    return row ? toCustomIndicator(row) : null;
  };

  return {
    list: () => (all.all() as CustomIndicatorRow[]).map(toCustomIndicator),
    get,
    /** The instance-wide ones and the mission's own, oldest first. */
    ofMission: (missionId: number) => (ofMission.all(missionId) as CustomIndicatorRow[]).map(toCustomIndicator),
    insert(input: ParsedCustomIndicatorInput): StoredCustomIndicator {
      insert.run({ ...params(input), slug: input.id, missionId: input.missionId, now: new Date().toISOString() });
      return get(input.id)!;
    },
    /** Bumps the version only if it is still `version`; null when someone saved first. */
    update(slug: string, version: number, input: Columns): StoredCustomIndicator | null {
      const result = update.run({ ...params(input), slug, version, now: new Date().toISOString() });
      return result.changes === 1 ? get(slug)! : null;
    },
    retire(slug: string): StoredCustomIndicator {
      const now = new Date().toISOString();
      retire.run(now, now, slug);
      return get(slug)!;
    },
  };
}
