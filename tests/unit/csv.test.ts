import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../server/src/csv/decode';
import { neutraliseFormula, restoreFormula } from '../../server/src/csv/formula';
import { CSV_EOL, chunked, csvCell, csvLine } from '../../server/src/csv/writer';

describe('CSV writer', () => {
  it('writes numbers plainly, missing as empty, and quotes text only when it must', () => {
    expect(csvLine([1, -3.5, 0, null, undefined, 'plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\r'])).toBe(
      `1,-3.5,0,,,plain,"a,b","say ""hi""","two\nlines","cr\r"${CSV_EOL}`,
    );
    expect(csvCell(Number.NaN)).toBe('');
  });

  it.each([
    ['=1+2', "'=1+2"],
    ['+44 20', "'+44 20"],
    ['-x', "'-x"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tlead', "'\tlead"],
    ['\rlead', `"'\rlead"`],
    ["'=x", "''=x"],
    ['-3', '-3'],
    ['+1.5e3', '+1.5e3'],
    ['-', "'-"],
    ['a=b', 'a=b'],
    ['\nlead', `"'\nlead"`],
    [' =1+2', "' =1+2"],
    ['   @SUM(A1)', "'   @SUM(A1)"],
    ['\u3000+1', "'\u3000+1"],
    [' -3', "' -3"],
    ['＝1+2', "'＝1+2"],
    ['＋44', "'＋44"],
    ['－x', "'－x"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
    ["' =x", "'' =x"],
    ['a =b', 'a =b'],
    [' a', ' a'],
  ])('neutralises %j as %j', (text, cell) => {
    expect(csvCell(text)).toBe(cell);
  });

  it('any text survives writing, parsing back and restoring', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 5 }), (cells) => {
        const [record] = parse(csvLine(cells), { record_delimiter: ['\r\n'] }) as string[][];
        expect(record.map(restoreFormula)).toEqual(cells);
        for (const cell of cells) expect(restoreFormula(neutraliseFormula(cell))).toBe(cell);
      }),
      { numRuns: 2000 },
    );
  });

  it('text made of guard triggers, spaces and apostrophes survives the round trip too', () => {
    const char = fc.constantFrom(
      "'",
      ' ',
      '\u3000',
      '\t',
      '\r',
      '\n',
      '=',
      '+',
      '-',
      '@',
      '＝',
      '＋',
      '－',
      '＠',
      '1',
      '.',
      'x',
    );
    fc.assert(
      fc.property(fc.array(fc.string({ unit: char, maxLength: 6 }), { minLength: 1, maxLength: 4 }), (cells) => {
        const [record] = parse(csvLine(cells), { record_delimiter: ['\r\n'] }) as string[][];
        expect(record.map(restoreFormula)).toEqual(cells);
      }),
      { numRuns: 5000 },
    );
  });

  it('joins lines into chunks without losing or reordering any', () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `${i},${'x'.repeat(i % 97)}\r\n`);
    const chunks = [...chunked(lines, 4096)];
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.join('')).toBe(lines.join(''));
  });
});

describe('strict UTF-8 decoding', () => {
  it('strips a BOM and names the first bad byte and its line', () => {
    expect(decodeUtf8(Buffer.from('\uFEFFa,b\n', 'utf8'))).toEqual({ ok: true, text: 'a,b\n' });
    expect(decodeUtf8(Buffer.from([0x61, 0x0a, 0x62, 0xc3, 0x28]))).toEqual({ ok: false, offset: 3, line: 2 });
    expect(decodeUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toMatchObject({ ok: false, offset: 0 }); // a surrogate
    expect(decodeUtf8(Buffer.from([0x61, 0xe2, 0x82]))).toMatchObject({ ok: false, offset: 1 }); // cut short
  });

  it('agrees with the WHATWG decoder on random bytes', () => {
    const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        const decoded = decodeUtf8(Buffer.from(bytes));
        let valid = true;
        try {
          strict.decode(bytes);
        } catch {
          valid = false;
        }
        expect(decoded.ok).toBe(valid);
        if (!decoded.ok) {
          // Everything before the offset decodes; the offset is where it stops.
          expect(() => strict.decode(bytes.subarray(0, decoded.offset))).not.toThrow();
        }
      }),
      { numRuns: 5000 },
    );
  });
});
