import { describe, expect, it } from 'vitest';
import {
  fieldErrors,
  parseSearch,
  parseSelection,
  searchFromSelection,
  selectionFromSearch,
} from '../../client/src/features/compare/lib/compare-params';

describe('comparison selection in the URL', () => {
  it('reads the controls from the URL and writes one canonical address back', () => {
    const selection = selectionFromSearch(new URLSearchParams('missions=7,2,2,x,1&from=2024Q1&approvedOnly=0'));
    expect(selection).toEqual({ missions: [1, 2, 7], from: '2024Q1', to: '', approvedOnly: false, rescored: false });
    expect(
      searchFromSelection({ missions: [7, 1, 2], from: ' 2024Q1 ', to: '', approvedOnly: true, rescored: false }),
    ).toBe('missions=1,2,7&from=2024Q1');
    expect(searchFromSelection(selection)).toBe('missions=1,2,7&from=2024Q1&approvedOnly=0');
    expect(searchFromSelection({ missions: [], from: '', to: '', approvedOnly: true, rescored: false })).toBe('');
  });

  it('takes a range typed as the screens show quarters (T1 2023, 2023 Q1) and writes the key', () => {
    const typed = { missions: [2, 1], from: 'T1 2023', to: '2023 Q4', approvedOnly: true, rescored: false };
    expect(searchFromSelection(typed)).toBe('missions=1,2&from=2023Q1&to=2023Q4');
    expect(parseSelection(typed).query).toMatchObject({ from: '2023Q1', to: '2023Q4' });
    expect(parseSearch(new URLSearchParams('missions=1,2&from=T2%202023')).query).toMatchObject({ from: '2023Q2' });
    expect(parseSelection({ ...typed, from: 'T5 2023' }).errors?.from).toBeTruthy();
  });

  it('defaults to approved assessments and their published scores; the rescored view is asked for by name', () => {
    expect(selectionFromSearch(new URLSearchParams('missions=1,2'))).toMatchObject({
      approvedOnly: true,
      rescored: false,
    });
    const rescored = selectionFromSearch(new URLSearchParams('missions=1,2&rescored=1'));
    expect(rescored.rescored).toBe(true);
    expect(searchFromSelection(rescored)).toBe('missions=1,2&rescored=1');
    expect(parseSearch(new URLSearchParams('missions=1,2')).query).toEqual({
      missions: [1, 2],
      approvedOnly: true,
      rescored: false,
    });
  });

  it('asks for nothing until the URL names missions', () => {
    expect(parseSearch(new URLSearchParams(''))).toEqual({ query: null, errors: null });
  });

  it('refuses what the server refuses, in its words, beside the right control', () => {
    const one = parseSearch(new URLSearchParams('missions=1'));
    expect(one.errors?.missions).toBe('Choose at least 2 different missions to compare');
    const backwards = parseSelection({
      missions: [1, 2],
      from: '2024Q3',
      to: '2024Q1',
      approvedOnly: false,
      rescored: false,
    });
    expect(backwards.errors).toEqual({ from: 'From is after to' });
    const mixed = parseSelection({
      missions: [1, 2],
      from: '2024Q1',
      to: '2024-03',
      approvedOnly: false,
      rescored: false,
    });
    expect(mixed.errors?.to).toMatch(/both be quarters or both be months/);
    const typo = parseSelection({ missions: [1, 2], from: '2024 Q5', to: '', approvedOnly: false, rescored: false });
    expect(typo.errors?.from).toMatch(/2024Q1/);
  });

  it('parses a good selection into the query the API takes', () => {
    expect(parseSelection({ missions: [3, 1], from: '', to: '2024Q4', approvedOnly: true, rescored: false })).toEqual({
      query: { missions: [3, 1], to: '2024Q4', approvedOnly: true, rescored: false },
      errors: null,
    });
  });

  it('files API issues under their control, and keeps the rest together', () => {
    expect(
      fieldErrors([
        { path: 'from', message: 'These missions report quarterly: write from like 2024Q1' },
        { path: 'from', message: 'second message is dropped' },
        { path: 'missions', message: 'Missions 99 does not exist' },
        { path: '', message: 'Something else' },
      ]),
    ).toEqual({
      from: 'These missions report quarterly: write from like 2024Q1',
      missions: 'Missions 99 does not exist',
      other: ['Something else'],
    });
  });
});
