import { describe, expect, it } from 'vitest';
import { composeExportSvg, escapeXml, fileNameOf, wrapText } from '../../client/src/components/chart-export';
import {
  buildIndicatorPanels,
  countAxisTop,
  niceCeiling,
  ticksOf,
} from '../../client/src/features/trends/lib/indicator-series';
import { resolveTargets, scoreMission } from '../../shared/src/scoring';

describe('chart export', () => {
  it('draws the title and the source line around the chart, escaped', () => {
    const { svg, width, height } = composeExportSvg({
      title: 'MINUSCA: Protection of civilians <by period>',
      source: 'Source: UCDP GED 23.1 (Sundberg & Melander 2013; Davies et al. 2023), CC BY 4.0.',
      body: { markup: '<rect width="10" height="10"/>', width: 600, height: 300 },
    });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('>MINUSCA: Protection of civilians &lt;by period&gt;</text>');
    expect(svg).toContain('Sundberg &amp; Melander 2013');
    expect(svg).toContain('<g transform="translate(16 ');
    expect(svg).not.toMatch(/<script|style=/);
    expect(width).toBe(632);
    expect(height).toBeGreaterThan(300 + 40);
  });

  it('wraps long lines between words', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('', 10)).toEqual([]);
  });

  it('escapes XML and names files from titles', () => {
    expect(escapeXml(`a<b & "c" 'd'>`)).toBe('a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;');
    expect(fileNameOf('MINUSCA: Overall and KPI scores over time (score 0–100)')).toBe(
      'minusca-overall-and-kpi-scores-over-time-score-0-100',
    );
    expect(fileNameOf('—')).toBe('chart');
  });
});

describe('indicator panels', () => {
  it('rounds the count axis up to 1, 2, 2.5 or 5 × 10ⁿ', () => {
    expect(niceCeiling(0)).toBe(10);
    expect(niceCeiling(37)).toBe(50);
    expect(niceCeiling(212)).toBe(250);
    expect(niceCeiling(1000)).toBe(1000);
    expect(niceCeiling(1001)).toBe(2000);
    // A count axis ends at the round tick above its highest value, not at the next 1, 2 or 5 × 10ⁿ:
    // MINUSCA's violent incidents peak near 240 and their axis ends at 300.
    expect(countAxisTop(240)).toBe(300);
    expect(countAxisTop(70)).toBe(80);
    expect(countAxisTop(0)).toBe(10);
    expect(countAxisTop(1)).toBe(2);
    for (const highest of [1, 9, 16, 51, 101, 199, 240, 999, 4321]) {
      const top = countAxisTop(highest);
      expect(top).toBeGreaterThanOrEqual(highest * 1.08);
      expect(ticksOf([0, top]).at(-1)).toBe(top);
    }
  });

  it('ticks the axis in round steps', () => {
    expect(ticksOf([0, 500])).toEqual([0, 100, 200, 300, 400, 500]);
    expect(ticksOf([0, 250])).toEqual([0, 50, 100, 150, 200, 250]);
    expect(ticksOf([0, 100])).toEqual([0, 20, 40, 60, 80, 100]);
    expect(ticksOf([1, 5])).toEqual([1, 2, 3, 4, 5]);
    expect(ticksOf([0, 10])).toEqual([0, 2, 4, 6, 8, 10]);
  });

  it('gives each measured indicator its values by period and its baseline and target', () => {
    const scores = scoreMission(
      [
        { id: 1, status: 'draft', period: '2024Q1', values: { violent_incidents: 40, threat_response_pct: 50 } },
        { id: 2, status: 'draft', period: '2024Q3', values: { violent_incidents: 30 } },
      ],
      { violent_incidents: { baseline: 40, target: null, weight: 1 } },
    );
    const violence = buildIndicatorPanels('violence_reduction', scores.periods, scores.targets);
    // Conflict fatalities were never measured: no panel.
    expect(violence.map((panel) => panel.indicator.id)).toEqual(['violent_incidents']);
    const [incidents] = violence;
    expect(incidents.rows.map((row) => row.value)).toEqual([40, null, 30]);
    expect(incidents.rows.map((row) => row.assessed)).toEqual([true, false, true]);
    // Baseline 40, target 50 % of it; the axis runs to 50 (40 × 1.08 rounded up).
    expect([incidents.baseline, incidents.target]).toEqual([40, 20]);
    expect(incidents.domain).toEqual([0, 50]);
    const [threats] = buildIndicatorPanels('civilian_protection', scores.periods, resolveTargets({}, []));
    expect([threats.baseline, threats.target, threats.domain]).toEqual([0, 90, [0, 100]]);
    expect(threats.ticks).toEqual([0, 20, 40, 60, 80, 100]);
  });

  it('draws no reference lines for context-only indicators', () => {
    const scores = scoreMission(
      [{ id: 1, status: 'draft', period: '2024Q1', values: { disputes_recorded: 10, disputes_resolved: 4 } }],
      {},
    );
    const panels = buildIndicatorPanels('dispute_resolution', scores.periods, scores.targets);
    expect(panels.map((panel) => [panel.indicator.id, panel.baseline, panel.target])).toEqual([
      ['disputes_recorded', null, null],
      ['disputes_resolved', null, null],
      ['dispute_resolution_rate', 0, 80],
    ]);
  });
});
