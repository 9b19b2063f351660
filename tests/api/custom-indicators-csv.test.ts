import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { addAssessment, addMission, asText, dumpAssessments } from './csv-helpers';
import { testApp } from './helpers';

// A custom indicator travels through the CSV files as a standard one does: a column of its own
// in the wide file, a row per value in the long one, and back in through the import.

async function setup() {
  const ctx = await testApp();
  const mission = addMission(ctx.store, { acronym: 'KFOR' });
  const other = addMission(ctx.store, { acronym: 'OTHER' });
  const created = await ctx.http.post('/api/indicators').send({
    id: 'interethnic_incidents',
    missionId: mission.id,
    nameEn: 'Inter-ethnic incidents',
    nameFr: 'Incidents interethniques',
    kpi: 'civilian_protection',
    unit: 'count',
    direction: 'lower_is_better',
    kind: 'outcome',
  });
  expect(created.status).toBe(201);
  addAssessment(ctx.store, mission.id, {
    period: '2024Q1',
    values: { violent_incidents: 5, interethnic_incidents: 12 },
  });
  addAssessment(ctx.store, other.id, { period: '2024Q1', values: { violent_incidents: 3 } });
  const exported = async (format: 'wide' | 'long') => {
    const res = await ctx.http.get(`/api/export/assessments.csv?format=${format}`).buffer(true).parse(asText);
    expect(res.status).toBe(200);
    return res.body as string;
  };
  const post = (body: string, query = '') =>
    ctx.http.post(`/api/import/assessments${query}`).set('Content-Type', 'text/csv').send(body);
  return { ...ctx, mission, other, exported, post };
}

describe('custom indicators in CSV', () => {
  it('exports wide with a column per custom indicator, empty for a mission without it', async () => {
    const { exported } = await setup();
    const rows = parse(await exported('wide'), { columns: true }) as Record<string, string>[];
    expect(rows.find((row) => row.mission_acronym === 'KFOR')?.interethnic_incidents).toBe('12');
    expect(rows.find((row) => row.mission_acronym === 'OTHER')?.interethnic_incidents).toBe('');
  });

  it('exports long with a row per custom value, under its KPI', async () => {
    const { exported } = await setup();
    const rows = parse(await exported('long'), { columns: true }) as Record<string, string>[];
    expect(rows.filter((row) => row.indicator === 'interethnic_incidents')).toEqual([
      expect.objectContaining({ mission_acronym: 'KFOR', kpi: 'civilian_protection', value: '12' }),
    ]);
  });

  it('round trip: the wide file imported again changes nothing; a changed custom value is imported', async () => {
    const { exported, post, db, http, mission } = await setup();
    const file = await exported('wide');
    const before = dumpAssessments(db);
    const same = await post(file);
    expect(same.body).toMatchObject({ errors: [], created: 0, updated: 0, unchanged: 2 });
    expect(dumpAssessments(db)).toEqual(before);

    const changed = file.replace(/,12(\r?\n)/, ',15$1');
    const res = await post(changed);
    expect(res.body).toMatchObject({ errors: [], updated: 1 });
    const assessments = (await http.get(`/api/missions/${mission.id}/assessments`)).body as {
      values: Record<string, number>;
      provenance: Record<string, string>;
    }[];
    expect(assessments[0].values.interethnic_incidents).toBe(15);
    expect(assessments[0].provenance.interethnic_incidents).toBe('csv');
  });

  it('refuses an unknown column naming it, and a value for a mission without the indicator', async () => {
    const { exported, post } = await setup();
    const file = await exported('wide');
    const [head, ...rest] = file.split(/\r?\n/);
    const unknown = await post([`${head},morale`, ...rest.map((line) => (line ? `${line},` : line))].join('\n'));
    expect(unknown.status).toBe(422);
    expect(JSON.stringify(unknown.body)).toContain('Unknown column \\"morale\\"');

    const elsewhere = file.replace(/(OTHER,2024Q1,.*),(\r?\n)/, '$1,7$2');
    const refused = await post(elsewhere);
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.body)).toContain('OTHER has no indicator interethnic_incidents');
  });

  it("keeps a retired indicator's history through the round trip and refuses a new value for it", async () => {
    const { exported, post, http } = await setup();
    expect((await http.post('/api/indicators/interethnic_incidents/retire')).status).toBe(200);
    const file = await exported('wide');
    const rows = parse(file, { columns: true }) as Record<string, string>[];
    expect(rows.find((row) => row.mission_acronym === 'KFOR')).toMatchObject({ interethnic_incidents: '12' });
    expect((await post(file)).body).toMatchObject({ errors: [], unchanged: 2 });
    const changed = await post(file.replace(/,12(\r?\n)/, ',13$1'));
    expect(changed.status).toBe(422);
    expect(JSON.stringify(changed.body)).toContain('Inter-ethnic incidents is retired and takes no new values');
  });
});
