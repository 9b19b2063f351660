import { describe, expect, it } from 'vitest';
import { OKABE_ITO, missionStyle, missionStyles } from '../../client/src/features/compare/lib/mission-colours';

describe('mission colours', () => {
  it('gives the first eight missions the eight Okabe–Ito colours, solid, in report order', () => {
    const styles = missionStyles([7, 2, 1, 3, 4, 5, 6, 8]);
    expect([...styles.values()].map((s) => s.colour)).toEqual([...OKABE_ITO]);
    expect([...styles.values()].every((s) => s.pattern === 'solid' && s.dashArray === undefined)).toBe(true);
    expect(styles.get(7)).toMatchObject({ index: 0, colour: '#0072B2', key: 'm7' });
    expect(styles.get(2)).toMatchObject({ index: 1, colour: '#E69F00' });
  });

  it('repeats the colours with a dash pattern from the ninth mission on', () => {
    expect(missionStyle(99, 8)).toMatchObject({ colour: '#0072B2', pattern: 'dashed', dashArray: '7 4' });
    expect(missionStyle(99, 15)).toMatchObject({ colour: '#000000', pattern: 'dashed' });
    expect(missionStyle(99, 16)).toMatchObject({ colour: '#0072B2', pattern: 'dotted' });
    expect(missionStyle(99, 24)).toMatchObject({ pattern: 'dash-dot' });
    expect(missionStyle(99, 32)).toMatchObject({ pattern: 'solid' }); // 33 missions: the patterns start over
    // No two of the first 32 missions look alike.
    const looks = Array.from({ length: 32 }, (_, i) => {
      const s = missionStyle(i + 1, i);
      return `${s.colour}/${s.pattern}`;
    });
    expect(new Set(looks).size).toBe(32);
  });

  it('keeps a mission listed twice at its first style, so it looks the same on every chart', () => {
    const styles = missionStyles([3, 1, 3, 2]);
    expect(styles.size).toBe(3);
    expect(styles.get(3)?.index).toBe(0);
    expect(styles.get(2)?.colour).toBe(OKABE_ITO[2]);
  });
});
