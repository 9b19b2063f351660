export interface Figure {
  name: string;
  ours: string;
  reference: string;
  /** Ours ÷ the reference, written out; empty when the target is absolute. */
  ratio: string;
  target: string;
  pass: boolean;
  /** What the remaining cost is, said in RESULTS.md when the target is missed. */
  whenMissed: string;
}

export interface BenchReport {
  date: string;
  cores: number;
  node: string;
  figures: Figure[];
  notes: string[];
}

const COLUMNS = ['Figure', 'Ours', 'Reference', 'Ratio', 'Target', 'Result'] as const;

function rowsOf(figures: Figure[]): string[][] {
  return figures.map((f) => [f.name, f.ours, f.reference, f.ratio || '—', f.target, f.pass ? 'PASS' : 'MISS']);
}

/** The figures as one aligned text table, for the terminal. */
export function textTable(figures: Figure[]): string {
  const rows = [[...COLUMNS], ...rowsOf(figures)];
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row: string[]) =>
    row
      .map((cell, i) => cell.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

const markdownRow = (cells: string[]) => `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;

export function resultsMarkdown(report: BenchReport): string {
  const misses = report.figures.filter((f) => !f.pass);
  return [
    '# Benchmark results',
    '',
    `Measured by \`npm run bench\` on ${report.date}: ${report.cores} cores, Node ${report.node}.`,
    '',
    markdownRow([...COLUMNS]),
    markdownRow(COLUMNS.map(() => '---')),
    ...rowsOf(report.figures).map(markdownRow),
    '',
    '## How',
    '',
    ...report.notes.map((note) => `- ${note}`),
    '',
    '## What remains',
    '',
    ...(misses.length === 0
      ? ['Every target is met.']
      : misses.map((f) => `- **${f.name}** (${f.ratio || f.ours}, target ${f.target}): ${f.whenMissed}`)),
    '',
  ].join('\n');
}
