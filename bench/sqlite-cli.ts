import { spawnSync } from 'node:child_process';

export const SQLITE_CLI = process.env.SQLITE3 ?? 'sqlite3';

/** Runs a script through the sqlite3 command line on `file`; the wall-clock seconds it took. */
export function runSqliteCli(file: string, script: string): number {
  const started = performance.now();
  const result = spawnSync(SQLITE_CLI, ['-bail', file], { input: script, encoding: 'utf8', maxBuffer: 1 << 20 });
  const seconds = (performance.now() - started) / 1000;
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`sqlite3 failed (${result.status}): ${result.stderr}`);
  return seconds;
}

/** A SQL string literal; the benchmark's SQL is built from the catalog, never from input. */
export const sqlText = (text: string) => `'${text.replaceAll("'", "''")}'`;
