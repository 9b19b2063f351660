import fs from 'node:fs';
import { INDICATORS } from '@cpea/shared/catalog';
import { longColumns } from '@cpea/shared/imports';
import { download } from './http-client';
import type { RunningServer } from './server-process';
import { runSqliteCli, sqlText } from './sqlite-cli';
import { median } from './stats';

export interface ExportFigures {
  oursSeconds: number;
  cliSeconds: number;
  rows: number;
  /** Peak RSS growth of the server during each of our exports, in bytes; the first on a fresh server. */
  rssGrowth: number[];
}

const KPI_OF = `CASE v.indicator_id ${INDICATORS.map((i) => `WHEN ${sqlText(i.id)} THEN ${sqlText(i.kpi)}`).join(' ')} END`;
const [MISSION_ID, ACRONYM, PERIOD, KPI, INDICATOR, VALUE, BASELINE, TARGET, SCORE, SOURCE] = longColumns();

/**
 * The long rows as one SQL query: stored values, plus the derived dispute resolution rate. The
 * baseline, target and score columns are NULL: working them out is scoring, which SQL does not
 * do here. No ORDER BY, so the reference does no more than it must.
 */
const LONG_ROWS_SQL = `
SELECT a.mission_id AS ${MISSION_ID}, m.acronym AS ${ACRONYM}, a.period AS ${PERIOD}, ${KPI_OF} AS ${KPI},
       v.indicator_id AS ${INDICATOR}, v.value AS ${VALUE}, NULL AS ${BASELINE}, NULL AS ${TARGET},
       NULL AS ${SCORE}, v.provenance AS ${SOURCE}
  FROM missions m JOIN assessments a ON a.mission_id = m.id JOIN assessment_values v ON v.assessment_id = a.id
 WHERE m.archived = 0
UNION ALL
SELECT a.mission_id, m.acronym, a.period, 'dispute_resolution', 'dispute_resolution_rate',
       round(100.0 * resolved.value / recorded.value, 2), NULL, NULL, NULL, 'derived'
  FROM missions m JOIN assessments a ON a.mission_id = m.id
  JOIN assessment_values recorded ON recorded.assessment_id = a.id AND recorded.indicator_id = 'disputes_recorded'
  JOIN assessment_values resolved ON resolved.assessment_id = a.id AND resolved.indicator_id = 'disputes_resolved'
 WHERE m.archived = 0 AND recorded.value > 0;
`;

function countLines(file: string): number {
  const fd = fs.openSync(file, 'r');
  const buffer = Buffer.alloc(1 << 20);
  let lines = 0;
  for (let read = fs.readSync(fd, buffer); read > 0; read = fs.readSync(fd, buffer)) {
    for (let at = buffer.indexOf(10); at !== -1 && at < read; at = buffer.indexOf(10, at + 1)) lines++;
  }
  fs.closeSync(fd);
  return lines;
}

/**
 * Our long CSV export of every mission ÷ the sqlite3 command line writing the same rows to a
 * file, taking turns for `rounds` rounds; the medians, and our server's RSS growth in each.
 */
export async function measureExport(
  server: RunningServer,
  dbFile: string,
  outFile: string,
  rounds: number,
): Promise<ExportFigures> {
  const ours: number[] = [];
  const cli: number[] = [];
  const rssGrowth: number[] = [];
  let rows = 0;
  for (let round = 0; round < rounds; round++) {
    let answer = { status: 0, lines: 0, seconds: 0 };
    const growth = await server.rssGrowthDuring(async () => {
      answer = await download(`${server.url}/api/export/assessments.csv?format=long`, server.cookie);
    });
    if (answer.status !== 200) throw new Error(`The export answered ${answer.status}`);
    rssGrowth.push(growth);
    ours.push(answer.seconds);

    cli.push(runSqliteCli(dbFile, `.headers on\n.mode csv\n.output ${outFile}\n${LONG_ROWS_SQL}`));
    rows = countLines(outFile) - 1;
    fs.rmSync(outFile);
    if (rows !== answer.lines - 1)
      throw new Error(`The exports differ: ours ${answer.lines - 1} rows, sqlite3 ${rows}`);
  }
  return { oursSeconds: median(ours), cliSeconds: median(cli), rows, rssGrowth };
}
