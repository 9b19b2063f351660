import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureClientBuild, measureInitialJavaScript } from './bundle-size';
import { count, figuresOf } from './figures';
import { generatePortfolio, type GeneratedPortfolio } from './generate';
import { measureComparisonScale } from './measure-comparison';
import { measureExport } from './measure-export';
import { demoPortfolio, measureFieldLink } from './measure-field-link';
import { measureImport, wideImportCsv } from './measure-import';
import { measureOverviewScale } from './measure-overview';
import { LESSONS, measureImportLatency, refusedImportCsv } from './measure-import-latency';
import { measureScoresThroughput } from './measure-scores';
import { resultsMarkdown, textTable } from './report';
import { startServer, type RunningServer } from './server-process';
import { QUARTERS } from './synthetic-portfolio';

// npm run bench: generates synthetic portfolios, measures the figures against their
// references in one run, prints them as one table and writes bench/RESULTS.md.

const SCALES = [100, 1_000, 10_000];
/** × 40 quarters: the 100,000 wide rows of the import. */
const IMPORT_MISSIONS = 2_500;
/** Export and import take turns with their reference this many times; the medians count. */
const ROUNDS = 3;
/** The size of the file refused row by row while /api/health is timed. */
const LATENCY_BYTES = 50 * 1024 * 1024;

const progress = (message: string) => process.stderr.write(`bench: ${message}\n`);

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cpea-bench-'));
  const servers: RunningServer[] = [];
  const serve = async (file: string) => {
    const server = await startServer(file);
    servers.push(server);
    return server;
  };
  const loadBefore = os.loadavg()[0];
  try {
    ensureClientBuild();
    const portfolios: GeneratedPortfolio[] = [];
    for (const missions of SCALES) {
      progress(`generating ${count(missions)} missions × ${QUARTERS.length} quarters`);
      portfolios.push(await generatePortfolio(path.join(work, `portfolio-${missions}.sqlite`), missions));
    }
    const largest = portfolios[portfolios.length - 1];

    progress(`exporting ${count(largest.assessments)} assessments as long rows, ${ROUNDS} rounds`);
    const exportServer = await serve(largest.file);
    const exported = await measureExport(exportServer, largest.file, path.join(work, 'export.csv'), ROUNDS);
    await exportServer.stop();

    progress(`importing ${count(IMPORT_MISSIONS * QUARTERS.length)} wide rows, ${ROUNDS} rounds`);
    const missionsDb = path.join(work, 'missions-only.sqlite');
    await generatePortfolio(missionsDb, IMPORT_MISSIONS, false);
    const imported = await measureImport(missionsDb, wideImportCsv(IMPORT_MISSIONS), work, ROUNDS);

    progress('timing /api/health while 50 MB files are imported');
    const latencyDb = path.join(work, 'latency.sqlite');
    fs.copyFileSync(missionsDb, latencyDb);
    const latencyServer = await serve(latencyDb);
    const latency = {
      refused: await measureImportLatency(latencyServer, refusedImportCsv(LATENCY_BYTES), 422),
      accepted: await measureImportLatency(latencyServer, wideImportCsv(IMPORT_MISSIONS, LESSONS), 200),
    };
    await latencyServer.stop();

    progress('comparing 10 missions over 40 quarters at each scale');
    const running = await Promise.all(
      portfolios.map(async (p) => ({ server: await serve(p.file), missions: p.missions })),
    );
    const scale = await measureComparisonScale(running);

    progress('asking for the overview at each scale');
    const overview = await measureOverviewScale(running);

    progress('loading the mission scores endpoint');
    const scoresServer = running[running.length - 1].server;
    const throughput = await measureScoresThroughput(scoresServer, 1, path.join(work, 'scores.json'));

    progress('loading the overview, MINUSCA and a comparison in Chromium over an emulated field link');
    const demoDb = path.join(work, 'demo.sqlite');
    await demoPortfolio(demoDb);
    const demoServer = await serve(demoDb);
    const fieldLink = await measureFieldLink(demoServer);
    await demoServer.stop();

    const { figures, notes } = figuresOf({
      portfolios,
      exported,
      imported,
      latency,
      scale,
      overview,
      throughput,
      fieldLink,
      initialJs: measureInitialJavaScript(),
      rounds: ROUNDS,
      load: [loadBefore, os.loadavg()[0]],
    });
    console.log(textTable(figures));
    console.log(`\n${notes.map((note) => `- ${note}`).join('\n')}`);
    const resultsFile = path.join(import.meta.dirname, 'RESULTS.md');
    fs.writeFileSync(
      resultsFile,
      resultsMarkdown({
        date: new Date().toISOString().slice(0, 10),
        cores: os.cpus().length,
        node: process.version,
        figures,
        notes,
      }),
    );
    progress(`written to ${path.relative(process.cwd(), resultsFile)}`);
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    fs.rmSync(work, { recursive: true, force: true });
  }
}

await main();
