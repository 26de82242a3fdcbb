/**
 * addPeriod is plain arithmetic (it runs for every record on every cold read); it must give
 * exactly what dayjs's month arithmetic gives, end-of-month clamping included.
 */
import { describe, it, expect } from 'vitest';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import { addPeriod } from '../../src/rules/dates.js';
dayjs.extend(utc);
describe('addPeriod', () => {
  it('matches dayjs month arithmetic, end-of-month clamping included', () => {
    let n = 0;
    for (let y = 1999; y <= 2041; y++)
      for (let m = 1; m <= 12; m++)
        for (const d of [1, 15, 28, 29, 30, 31]) {
          const s = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          if (dayjs.utc(s).format('YYYY-MM-DD') !== s) continue;
          for (const [t, b] of [
            [0, 0],
            [1, 0],
            [0, 1],
            [1, 1],
            [3, 11],
            [10, 0],
            [0, 25],
            [100, 0],
          ] as const) {
            expect(addPeriod(s, t, b), `${s}+${t}y${b}m`).toBe(
              dayjs
                .utc(s)
                .add(t * 12 + b, 'month')
                .format('YYYY-MM-DD'),
            );
            n++;
          }
        }
    expect(n).toBeGreaterThan(10000);
  });
});
