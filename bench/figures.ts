import type { InitialJavaScript } from './bundle-size';
import type { GeneratedPortfolio } from './generate';
import type { ScaleFigures } from './measure-comparison';
import type { ExportFigures } from './measure-export';
import { FIELD_LINK, type FieldLinkFigures, type PageLoad } from './measure-field-link';
import type { ImportFigures } from './measure-import';
import type { OverviewFigures } from './measure-overview';
import type { LatencyFigures } from './measure-import-latency';
import type { Served, ThroughputFigures } from './measure-scores';
import type { Figure } from './report';
import { QUARTERS } from './synthetic-portfolio';

export const TARGETS = {
  exportRatio: 2,
  importRatio: 2,
  scaleRatio: 1.5,
  overviewPerMissionRatio: 2,
  throughputRatio: 0.4,
  expressThroughputRatio: 0.8,
  exportGrowthMb: 50,
  initialJsKb: 200,
  healthP99Ms: 100,
  fieldLinkColdMs: 6_000,
  fieldLinkWarmMs: 2_500,
  firstViewApiRequests: 3,
};

export interface Measurements {
  portfolios: GeneratedPortfolio[];
  exported: ExportFigures;
  imported: ImportFigures;
  /** /api/health while a 50 MB file is refused row by row, and while a 50 MB file is imported. */
  latency: { refused: LatencyFigures; accepted: LatencyFigures };
  scale: ScaleFigures;
  /** `GET /api/missions` in each portfolio. */
  overview: OverviewFigures;
  throughput: ThroughputFigures;
  /** The overview, MINUSCA's page and a comparison of every demo mission, over an emulated field link. */
  fieldLink: FieldLinkFigures;
  initialJs: InitialJavaScript;
  rounds: number;
  /** One-minute load averages at the start and the end. */
  load: [number, number];
}

const MB = 1024 * 1024;
const seconds = (s: number) => `${s.toFixed(2)} s`;
const times = (x: number) => `${x.toFixed(2)}×`;
export const count = (n: number) => n.toLocaleString('en');

/** The figures, each with its target and what is known to remain when it is missed. */
export function figuresOf(m: Measurements): { figures: Figure[]; notes: string[] } {
  const { portfolios, exported, imported, latency, scale, overview, throughput, fieldLink, initialJs } = m;
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  const latencyFigure = (what: string, l: LatencyFigures, whenMissed: string): Figure => ({
    name: `/api/health p99 while ${what} (${(l.bytes / MB).toFixed(1)} MB, ${count(l.rows)} rows)`,
    ours: ms(l.p99Ms),
    reference: `idle ${ms(l.idleP99Ms)}`,
    ratio: '',
    target: `≤ ${TARGETS.healthP99Ms} ms`,
    pass: l.p99Ms <= TARGETS.healthP99Ms,
    whenMissed,
  });
  const largest = portfolios[portfolios.length - 1];
  const [smallMs, largeMs] = [scale.medianMs[0], scale.medianMs[scale.medianMs.length - 1]];
  const exportRatio = exported.oursSeconds / exported.cliSeconds;
  const importRatio = imported.oursSeconds / imported.cliSeconds;
  const scaleRatio = largeMs / smallMs;
  const perMission = (i: number) => overview.medianMs[i] / portfolios[i].missions;
  const overviewRatio = perMission(portfolios.length - 1) / perMission(0);
  const { ours, bare, express, ratioToBare: throughputRatio, ratioToExpress: expressRatio } = throughput;
  const perSecond = (served: Served) => `${count(Math.round(served.perSecond))}/s`;
  const cpu = (served: Served) => `${served.cpuMicrosPerAnswer.toFixed(0)} µs`;
  const exportGrowth = Math.max(...exported.rssGrowth);
  const figures: Figure[] = [
    {
      name: `CSV export, ${count(exported.rows)} long rows (${count(largest.missions)} missions)`,
      ours: seconds(exported.oursSeconds),
      reference: `sqlite3 CLI ${seconds(exported.cliSeconds)}`,
      ratio: times(exportRatio),
      target: `≤ ${TARGETS.exportRatio}×`,
      pass: exportRatio <= TARGETS.exportRatio,
      whenMissed:
        'every row carries its score, sent over HTTP: an approved one from its published score, whose whole breakdown is parsed from JSON (about half the time), the others scored in JavaScript; the sqlite3 reference leaves the score columns empty.',
    },
    {
      name: `CSV import, ${count(imported.rows)} wide rows (${(imported.bytes / MB).toFixed(1)} MB)`,
      ours: seconds(imported.oursSeconds),
      reference: `sqlite3 CLI ${seconds(imported.cliSeconds)}`,
      ratio: times(importRatio),
      target: `≤ ${TARGETS.importRatio}×`,
      pass: importRatio <= TARGETS.importRatio,
      whenMissed:
        'the server checks every row against the shared schemas and writes an audit entry (about 1 KB of JSON) for every assessment it creates; the sqlite3 reference does neither.',
    },
    latencyFigure(
      'a file is checked and refused',
      latency.refused,
      'the file is checked in a worker thread as its chunks arrive; what is left on the event loop is receiving the chunks and handing them on, the answer with its list of errors, and garbage collection. On this shared machine the p99 is set by one or two stalls and moves by tens of milliseconds from run to run with the same code.',
    ),
    latencyFigure(
      'a file is imported',
      latency.accepted,
      `the rows are checked, and the import committed, in a worker thread; what is left on the event loop is receiving the body, as above, planning each valid row against the database, copying the planned writes to the worker 500 at a time, and collecting the plan's garbage (the longest probe waited ${ms(latency.accepted.maxMs)}).`,
    ),
    {
      name: 'Comparison report, 10 missions × 40 quarters',
      ours: `${count(largest.missions)} missions: ${largeMs.toFixed(1)} ms`,
      reference: `${count(portfolios[0].missions)} missions: ${smallMs.toFixed(1)} ms`,
      ratio: times(scaleRatio),
      target: `≤ ${TARGETS.scaleRatio}×`,
      pass: scaleRatio <= TARGETS.scaleRatio,
      whenMissed: 'reading a mission costs more in a larger file once its pages no longer sit in the page cache.',
    },
    {
      name: `Overview (GET /api/missions) per mission, ${QUARTERS.length} quarters each`,
      ours: `${count(largest.missions)} missions: ${overview.medianMs[portfolios.length - 1].toFixed(0)} ms`,
      reference: `${count(portfolios[0].missions)} missions: ${overview.medianMs[0].toFixed(1)} ms`,
      ratio: times(overviewRatio),
      target: `≤ ${TARGETS.overviewPerMissionRatio}×`,
      pass: overviewRatio <= TARGETS.overviewPerMissionRatio,
      whenMissed:
        'each mission still costs a JSON read of its published scores; the answer grows with the missions it lists.',
    },
    {
      name: 'Mission scores, requests per second',
      ours: perSecond(ours),
      reference: `bare node:http ${perSecond(bare)}`,
      ratio: times(throughputRatio),
      target: `≥ ${TARGETS.throughputRatio}×`,
      pass: throughputRatio >= TARGETS.throughputRatio,
      whenMissed: `the scored body is cached by data version, so what is left is the way every request takes: Express with no middleware at all, sending the same bytes, reaches ${times(express.perSecond / bare.perSecond)} of bare node:http here, and on top come what the next figure counts.`,
    },
    {
      name: 'Mission scores against bare Express, requests per second',
      ours: perSecond(ours),
      reference: `bare Express ${perSecond(express)}`,
      ratio: times(expressRatio),
      target: `≥ ${TARGETS.expressThroughputRatio}×`,
      pass: expressRatio >= TARGETS.expressThroughputRatio,
      whenMissed: `on top of Express itself, every answer has a request id, a log line (written with others, asynchronously), the API's security headers (worked out once), the session (remembered by token), its parameters parsed by their schemas, and one SQLite read per turn of the event loop (the data version, and whether another connection committed). The server's CPU time per answer, all threads: ours ${cpu(ours)}, bare Express ${cpu(express)}, bare node:http ${cpu(bare)}.`,
    },
    {
      name: 'Peak RSS growth during the largest export',
      ours: `${(exportGrowth / MB).toFixed(1)} MB`,
      reference: '',
      ratio: '',
      target: `≤ ${TARGETS.exportGrowthMb} MB`,
      pass: exportGrowth <= TARGETS.exportGrowthMb * MB,
      whenMissed:
        "V8's young generation grows to its full size and SQLite's page cache (16 MB) fills while the export runs: bounded, not growing with the rows.",
    },
    {
      name: `Initial JavaScript, gzipped (${initialJs.files.length} files)`,
      ours: `${(initialJs.gzipBytes / 1024).toFixed(1)} KB`,
      reference: '',
      ratio: '',
      target: `≤ ${TARGETS.initialJsKb} KB`,
      pass: initialJs.gzipBytes <= TARGETS.initialJsKb * 1024,
      whenMissed:
        'the entry chunk carries what every page needs; split routes and charts into chunks loaded on demand.',
    },
    ...fieldLinkFigures(fieldLink),
  ];
  const notes = [
    `Synthetic portfolios from a fixed seed (mulberry32): ${portfolios.map((p) => `${count(p.missions)} missions (${count(p.assessments)} assessments, generated in ${seconds(p.seconds)})`).join(', ')}; every entered indicator and every challenge filled.`,
    'The server runs as a child process on 127.0.0.1 with log level info, signed in as an admin; its RSS is sampled every 20 ms.',
    `Export and import take turns with their reference ${m.rounds} times; the medians are shown. RSS growth is the largest of the exports, measured from each one's start; the first runs on a server that has served nothing before and fills its page cache and young generation (${exported.rssGrowth.map((bytes) => `${(bytes / MB).toFixed(1)} MB`).join(', ')} in turn).`,
    'sqlite3 export reference: one query joining missions, assessments and values (plus the derived dispute resolution rate), written with `.mode csv` to a file; its baseline, target and indicator_score columns are NULL placeholders, because scoring is not done in SQL. Both exports are checked to have the same number of rows.',
    'sqlite3 import reference: `PRAGMA foreign_keys = ON` as in the server, `.import` into a staging table, then INSERT … SELECT into assessments, assessment_values and assessment_challenges in one transaction; no audit entries. Both imports are checked to end with the same row counts.',
    `/api/health latency: probes sent every 20 ms whether or not the last one answered, each timed from when it was due, so a stall counts once for every probe it holds up; a new connection each. While a file is refused: ${count(latency.refused.probes)} probes over ${seconds(latency.refused.importSeconds)}, median ${ms(latency.refused.p50Ms)}, longest ${ms(latency.refused.maxMs)}. While a file is imported: ${count(latency.accepted.probes)} probes over ${seconds(latency.accepted.importSeconds)}, median ${ms(latency.accepted.p50Ms)}, longest ${ms(latency.accepted.maxMs)}.`,
    `Comparison report: ten missions spread evenly over each portfolio, ${scale.runs} runs after a warm-up, the servers asked in turn; medians ${portfolios.map((p, i) => `${scale.medianMs[i].toFixed(1)} ms with ${count(p.missions)} missions`).join(', ')}.`,
    `Overview: \`GET /api/missions\` (approved scores, as published), ${overview.runs} runs after a warm-up, the servers asked in turn; medians ${portfolios.map((p, i) => `${overview.medianMs[i].toFixed(1)} ms for ${count(p.missions)} missions (${(overview.bytes[i] / MB).toFixed(1)} MB)`).join(', ')}. The ratio compares the time per mission at the largest scale with the smallest: the answer lists every mission, so it cannot stay flat as missions are added, but no mission's cost grows with its history.`,
    `Scores of mission 1 in the largest portfolio: autocannon with ${throughput.connections} connections for ${throughput.seconds} s against our server, bare node:http and bare Express (${perSecond(express)}) sending the same ${count(throughput.bodyBytes)} bytes, all sent the same session cookie; a 1 s warm-up each, then ${throughput.rounds} rounds taking turns. Each ratio is the median of the ratios within a round (the machine's speed drifts from minute to minute); rates are medians. The servers' CPU time per answer, all threads, user and system, read from /proc: ours ${cpu(ours)}, bare Express ${cpu(express)}, bare node:http ${cpu(bare)}; autocannon runs on the same cores.`,
    `Initial JavaScript: the module script and modulepreload links of client/dist/index.html, gzipped with node:zlib at its default level (${initialJs.files.map((f) => f.file).join(', ')}).`,
    `Field link: Chromium with the network emulated through the DevTools protocol at ${FIELD_LINK.downKbit / 1000} Mbit/s down, ${FIELD_LINK.upKbit} kbit/s up and ${FIELD_LINK.roundTripMs} ms added to every request, at 1400 px, signed in; cold is a new browser profile, warm the same profile loading the screen again. Each time runs from navigation until the first chart (the mission list on the overview) is visible. ${fieldLink.map((screen) => `${screen.name}: cold ${loadText(screen.cold)}; warm ${loadText(screen.warm)}`).join('. ')}.`,
    `Load average (1 min) ${m.load[0].toFixed(2)} at the start and ${m.load[1].toFixed(2)} at the end: other processes on the machine disturb wall-clock figures.`,
  ];

  return { figures, notes };
}

const loadText = (load: PageLoad) =>
  `${seconds(load.ms / 1000)}, ${(load.bytes / 1024).toFixed(0)} KB in ${load.requests} requests (${load.apiRequests} to the API)`;

/** MINUSCA's page over the field link, against the targets; the other screens are in the notes. */
function fieldLinkFigures(fieldLink: FieldLinkFigures): Figure[] {
  const mission = fieldLink.find((screen) => screen.name.startsWith('MINUSCA'));
  if (!mission) return [];
  const whenMissed =
    "the page names the route's code and data so that all of it is asked for at once, which leaves about 360 KB at 1 Mbit/s (nearly 3 s) and rendering MINUSCA's charts since 1989 once the data is in.";
  return [
    {
      name: `MINUSCA's page over a field link, cold (${(mission.cold.bytes / 1024).toFixed(0)} KB)`,
      ours: seconds(mission.cold.ms / 1000),
      reference: '',
      ratio: '',
      target: `≤ ${seconds(TARGETS.fieldLinkColdMs / 1000)}`,
      pass: mission.cold.ms <= TARGETS.fieldLinkColdMs,
      whenMissed,
    },
    {
      name: `MINUSCA's page over a field link, warm (${(mission.warm.bytes / 1024).toFixed(0)} KB)`,
      ours: seconds(mission.warm.ms / 1000),
      reference: '',
      ratio: '',
      target: `≤ ${seconds(TARGETS.fieldLinkWarmMs / 1000)}`,
      pass: mission.warm.ms <= TARGETS.fieldLinkWarmMs,
      whenMissed,
    },
    {
      name: "API requests for MINUSCA's first view",
      ours: String(mission.cold.apiRequests),
      reference: '',
      ratio: '',
      target: `≤ ${TARGETS.firstViewApiRequests}`,
      pass: mission.cold.apiRequests <= TARGETS.firstViewApiRequests,
      whenMissed:
        "beside the session check and the header's count of my work, the page should need only the mission's view (`GET /api/missions/:id/view`): some part of it asks for its own data instead of waiting for the view to fill it.",
    },
  ];
}
