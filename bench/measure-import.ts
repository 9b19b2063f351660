import fs from 'node:fs';
import path from 'node:path';
import { CHALLENGE_IDS, ENTERED_INDICATORS, INDICATORS } from '@cpea/shared/catalog';
import { challengeColumn, NARRATIVE_COLUMNS, wideColumns } from '@cpea/shared/imports';
import { csvLine } from '../server/src/csv/writer';
import { sendBody } from './http-client';
import { startServer } from './server-process';
import { runSqliteCli, sqlText } from './sqlite-cli';
import { median } from './stats';
import { syntheticAssessments, syntheticMission } from './synthetic-portfolio';

export interface ImportFigures {
  oursSeconds: number;
  cliSeconds: number;
  rows: number;
  bytes: number;
}

/**
 * The wide CSV of every quarter of missions 1…missionCount, as the export writes it, scores left
 * empty; with `lessons` as every row's lessons learnt, if given.
 */
export function wideImportCsv(missionCount: number, lessons = ''): string {
  const columns = wideColumns();
  let csv = csvLine(columns);
  for (let number = 1; number <= missionCount; number++) {
    const { acronym } = syntheticMission(number);
    for (const assessment of syntheticAssessments(number)) {
      const cells: Record<string, string | number | null | undefined> = {
        mission_id: number,
        mission_acronym: acronym,
        period: assessment.period,
        status: 'draft',
        [NARRATIVE_COLUMNS.lessons]: lessons,
      };
      for (const indicator of INDICATORS) cells[indicator.id] = assessment.values[indicator.id];
      for (const id of CHALLENGE_IDS) cells[challengeColumn(id)] = assessment.severities[id];
      csv += csvLine(columns.map((column) => cells[column]));
    }
  }
  return csv;
}

const CSV_COLUMN = (name: string) => `s."${name}"`;
const QUARTER_ORDINAL = 'CAST(substr(s.period, 1, 4) AS INTEGER) * 4 + CAST(substr(s.period, 6, 1) AS INTEGER) - 1';
const JOIN_STAGED =
  'FROM staging s JOIN assessments a ON a.mission_id = CAST(s.mission_id AS INTEGER) AND a.period = s.period';

/** The staged rows into the three tables in one transaction, as the sqlite3 command line would do it. */
function cliImportScript(csvFile: string): string {
  const values = ENTERED_INDICATORS.map(
    ({ id }) =>
      `SELECT a.id, ${sqlText(id)}, CAST(${CSV_COLUMN(id)} AS REAL), 'csv' ${JOIN_STAGED} WHERE ${CSV_COLUMN(id)} <> ''`,
  ).join('\nUNION ALL ');
  const severities = CHALLENGE_IDS.map((id) => {
    const column = CSV_COLUMN(challengeColumn(id));
    return `SELECT a.id, ${sqlText(id)}, CAST(${column} AS INTEGER), '' ${JOIN_STAGED} WHERE ${column} <> ''`;
  }).join('\nUNION ALL ');
  const now = "strftime('%Y-%m-%dT%H:%M:%fZ')";
  const narrative = Object.values(NARRATIVE_COLUMNS).map(CSV_COLUMN).join(', ');
  // Foreign keys on, as the server runs: the reference keeps the schema's constraints too.
  return `PRAGMA foreign_keys = ON;
.import --csv ${csvFile} staging
BEGIN;
INSERT INTO assessments (mission_id, period, period_ordinal, status, achievements, setbacks, lessons, version, created_at, updated_at)
SELECT CAST(s.mission_id AS INTEGER), s.period, ${QUARTER_ORDINAL}, 'draft', ${narrative}, 1, ${now}, ${now} FROM staging s;
INSERT INTO assessment_values (assessment_id, indicator_id, value, provenance)
${values};
INSERT INTO assessment_challenges (assessment_id, challenge_id, severity, note)
${severities};
DROP TABLE staging;
COMMIT;
`;
}

const COUNT_ROWS = `SELECT (SELECT count(*) FROM assessments) || ' ' || (SELECT count(*) FROM assessment_values) || ' ' ||
  (SELECT count(*) FROM assessment_challenges);`;

function tableCounts(file: string): string {
  const out = `${file}.counts`;
  runSqliteCli(file, `.output ${out}\n${COUNT_ROWS}\n`);
  const counts = fs.readFileSync(out, 'utf8').trim();
  fs.rmSync(out);
  return counts;
}

function removeDatabase(file: string) {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
}

/**
 * Our import of `csv` ÷ the sqlite3 command line importing the same file, each into its own
 * copy of `missionsDb` (missions, no assessments), taking turns for `rounds` rounds; the
 * medians. Both must end with the same numbers of rows in the three tables.
 */
export async function measureImport(
  missionsDb: string,
  csv: string,
  work: string,
  rounds: number,
): Promise<ImportFigures> {
  const csvFile = path.join(work, 'import.csv');
  fs.writeFileSync(csvFile, csv);
  const ours: number[] = [];
  const cli: number[] = [];
  let rows = 0;
  for (let round = 0; round < rounds; round++) {
    const oursDb = path.join(work, `import-ours-${round}.sqlite`);
    const cliDb = path.join(work, `import-cli-${round}.sqlite`);
    fs.copyFileSync(missionsDb, oursDb);
    fs.copyFileSync(missionsDb, cliDb);

    const server = await startServer(oursDb);
    try {
      const answer = await sendBody(`${server.url}/api/import/assessments`, server.cookie, 'POST', 'text/csv', csv);
      if (answer.status !== 200) {
        throw new Error(`The import answered ${answer.status}: ${JSON.stringify(answer.json).slice(0, 500)}`);
      }
      rows = (answer.json as { created: number }).created;
      ours.push(answer.seconds);
    } finally {
      await server.stop();
    }
    cli.push(runSqliteCli(cliDb, cliImportScript(csvFile)));

    const counts = [oursDb, cliDb].map(tableCounts);
    if (counts[0] !== counts[1]) throw new Error(`The imports differ: ours ${counts[0]}, sqlite3 ${counts[1]}`);
    removeDatabase(oursDb);
    removeDatabase(cliDb);
  }
  fs.rmSync(csvFile);
  return { oursSeconds: median(ours), cliSeconds: median(cli), rows, bytes: Buffer.byteLength(csv) };
}
