import { describe, expect, it } from 'vitest';
import {
  MISSION_COLOURS,
  missionStyle,
  missionStyles,
  preferredLook,
} from '../../client/src/features/compare/lib/mission-colours';

describe('mission colours', () => {
  it('gives a mission the same colour whichever missions it is compared with, in any order', () => {
    const alone = missionStyles([3]).get(3);
    const withOthers = missionStyles([7, 1, 3, 5]).get(3);
    const reversed = missionStyles([5, 3, 1, 7]).get(3);
    expect(withOthers?.colour).toBe(alone?.colour);
    expect(reversed?.colour).toBe(alone?.colour);
    expect(alone).toMatchObject({ colour: MISSION_COLOURS[2], pattern: 'solid', key: 'm3' });
  });

  it('uses Okabe–Ito without its yellow, which cannot be seen on white', () => {
    expect(MISSION_COLOURS).not.toContain('#F0E442');
    expect(MISSION_COLOURS).toHaveLength(7);
    const seven = missionStyles([1, 2, 3, 4, 5, 6, 7]);
    expect(new Set([...seven.values()].map((s) => s.colour)).size).toBe(7);
  });

  it('repeats the colours with a dash pattern past seven missions', () => {
    expect(missionStyle(8)).toMatchObject({ colour: '#0072B2', pattern: 'dashed', dashArray: '7 4' });
    expect(missionStyle(15)).toMatchObject({ colour: '#0072B2', pattern: 'dotted' });
    expect(missionStyle(22)).toMatchObject({ pattern: 'dash-dot' });
    expect(missionStyle(29)).toMatchObject({ colour: '#0072B2', pattern: 'solid' });
  });

  it('moves a mission that would look like another of the same report to the next free look', () => {
    expect(preferredLook(1)).toBe(preferredLook(29));
    const styles = missionStyles([1, 29]);
    const looks = [...styles.values()].map((s) => `${s.colour}/${s.pattern}`);
    expect(new Set(looks).size).toBe(2);
    expect(styles.get(1)?.look).toBe(0);
    const many = missionStyles(Array.from({ length: 28 }, (_, i) => i * 3 + 1));
    expect(new Set([...many.values()].map((s) => s.look)).size).toBe(28);
  });

  it('keeps a mission listed twice at its first style', () => {
    const styles = missionStyles([3, 1, 3, 2]);
    expect(styles.size).toBe(3);
    expect(styles.get(3)?.colour).toBe(MISSION_COLOURS[2]);
  });
});
