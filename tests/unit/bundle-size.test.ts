import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { initialScripts, measureInitialJavaScript } from '../../bench/bundle-size';

const INDEX_HTML = `<!doctype html><html><head>
  <link rel="icon" href="data:," />
  <script type="module" crossorigin src="/assets/index-abc.js"></script>
  <link rel="modulepreload" crossorigin href="/assets/vendor-def.js">
  <link crossorigin href='/assets/format-ghi.js' rel='modulepreload'>
  <link rel="stylesheet" crossorigin href="/assets/index-jkl.css">
  <link rel="prefetch" href="/assets/later.js">
</head><body><script src="/legacy.js"></script></body></html>`;

describe('initial JavaScript of the built client', () => {
  it('is the entry module and its modulepreloads, whatever the attribute order and quotes', () => {
    expect(initialScripts(INDEX_HTML)).toEqual([
      '/assets/index-abc.js',
      '/assets/vendor-def.js',
      '/assets/format-ghi.js',
    ]);
  });

  it('sums their gzipped sizes', () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'cpea-dist-'));
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'index.html'), INDEX_HTML);
    const contents = ['index-abc.js', 'vendor-def.js', 'format-ghi.js'].map((name, i) => {
      const content = `export const x${i} = ${JSON.stringify('x'.repeat(1000 * (i + 1)))};`;
      fs.writeFileSync(path.join(dist, 'assets', name), content);
      return content;
    });
    const measured = measureInitialJavaScript(dist);
    expect(measured.files).toHaveLength(3);
    expect(measured.gzipBytes).toBe(contents.reduce((sum, content) => sum + gzipSync(content).length, 0));
    fs.rmSync(dist, { recursive: true });
  });
});
