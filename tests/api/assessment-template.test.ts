import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { wideColumns } from '../../shared/src/imports';
import { expectErrorShape, testApp } from './helpers';
import { addAssessment, addMission, asText } from './csv-helpers';

describe('GET /api/missions/:id/template.csv', () => {
  it('gives the wide header and a row for each period due, which imports once filled in and is skipped when left empty', async () => {
    const { http, store } = await testApp();
    const mission = addMission(store, { acronym: 'UNTM', startDate: '2023-07-01', endDate: '2024-06-30' });
    addAssessment(store, mission.id, { period: '2023Q4', values: { violent_incidents: 4 } });

    const res = await http.get(`/api/missions/${mission.id}/template.csv`).buffer(true).parse(asText);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(
      /attachment; filename="?cpea-template-UNTM-\d{4}-\d\d-\d\d\.csv/,
    );
    const text = res.body as string;
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parse(text, { bom: true }) as string[][];
    expect(header).toEqual(wideColumns());
    // The mission's life is 2023 Q3 – 2024 Q2; 2023 Q4 is entered already.
    expect(rows.map((row) => row.slice(0, 3))).toEqual([
      [String(mission.id), 'UNTM', '2023Q3'],
      [String(mission.id), 'UNTM', '2024Q1'],
      [String(mission.id), 'UNTM', '2024Q2'],
    ]);
    for (const row of rows) expect(row.slice(3).every((cell) => cell === '')).toBe(true);

    const post = (body: string) => http.post('/api/import/assessments').set('Content-Type', 'text/csv').send(body);
    const untouched = await post(text);
    expect(untouched.status).toBe(200);
    expect(untouched.body).toMatchObject({ rows: 3, created: 0, unchanged: 3, errors: [] });

    const column = header.indexOf('violent_incidents');
    const filled = text.split('\r\n').map((line, i) => {
      if (i !== 2) return line;
      const cells = line.split(',');
      cells[column] = '7';
      return cells.join(',');
    });
    const res2 = await post(filled.join('\r\n'));
    expect(res2.body).toMatchObject({ rows: 3, created: 1, unchanged: 2, errors: [] });
    const id = store.assessments.idForPeriod(mission.id, '2024Q1')!;
    expect(store.assessments.get(id)!.values).toEqual({ violent_incidents: 7 });
  });

  it('answers an unknown mission with 404 and a bad id with 400, in the error shape', async () => {
    const { http } = await testApp();
    const missing = await http.get('/api/missions/999/template.csv');
    expect(missing.status).toBe(404);
    expectErrorShape(missing.body);
    const bad = await http.get('/api/missions/abc/template.csv');
    expect(bad.status).toBe(400);
    expectErrorShape(bad.body);
  });
});
