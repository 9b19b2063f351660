import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/src/db/connection';
import { migrate } from '../../server/src/db/migrate';
import { createStore } from '../../server/src/db/store';
import { createMission } from '../../server/src/services/missions';
import { createAssessment } from '../../server/src/services/assessments';
import { assessmentInputSchema } from '../../shared/src/assessment';
import { missionInputSchema } from '../../shared/src/mission';
import { sampleMission } from './helpers';

const run = promisify(execFile);

function dump(db: ReturnType<typeof openDatabase>) {
  return ['missions', 'assessments', 'assessment_values', 'assessment_challenges', 'audit_log'].map((table) =>
    db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all(),
  );
}

describe('npm run backup', () => {
  it('backs up a database that is open and being written, and the restored copy holds the same data', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpea-backup-'));
    const live = path.join(dir, 'live.sqlite');
    const db = openDatabase(live);
    migrate(db);
    const store = createStore(db);
    const mission = createMission(store, { userId: null }, missionInputSchema.parse(sampleMission));
    for (const period of ['2023Q1', '2023Q2', '2023Q3']) {
      createAssessment(
        store,
        { userId: null },
        mission.id,
        assessmentInputSchema.parse({ period, values: { violent_incidents: 7 } }),
      );
    }
    // An uncommitted write in flight must not reach the backup, nor block it.
    db.exec('BEGIN');
    db.prepare("UPDATE missions SET mandate = 'in flight'").run();

    const backup = path.join(dir, 'backups', 'cpea-backup.sqlite');
    const { stdout } = await run('npx', ['tsx', 'server/src/backup.ts', backup], {
      env: { ...process.env, CPEA_DB: live },
    });
    expect(stdout).toMatch(/integrity ok/);
    db.exec('ROLLBACK');

    // Restoring is copying the backup in place of the database while the server is stopped.
    const restoredPath = path.join(dir, 'restored.sqlite');
    fs.copyFileSync(backup, restoredPath);
    const restored = openDatabase(restoredPath);
    expect(dump(restored)).toEqual(dump(db));
    expect(migrate(restored).applied).toEqual([]);
    restored.close();
    db.close();
  });

  it('refuses to overwrite an existing file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpea-backup-'));
    const live = path.join(dir, 'live.sqlite');
    migrate(openDatabase(live));
    const target = path.join(dir, 'exists.sqlite');
    fs.writeFileSync(target, 'keep me');
    await expect(
      run('npx', ['tsx', 'server/src/backup.ts', target], { env: { ...process.env, CPEA_DB: live } }),
    ).rejects.toThrow();
    expect(fs.readFileSync(target, 'utf8')).toBe('keep me');
  });
});
