import { describe, expect, it } from 'vitest';
import { shippedLibrary } from '../../testing/shipped-rules.js';
import { timelineRules } from './compile.js';

describe('timeline', () => {
  it('gives each step of the 2025 round', async () => {
    const timeline = timelineRules.of((await shippedLibrary()).bookAt('2025-09-01'));
    expect(timeline.years).toEqual([2025, 2026]);
    expect(timeline.round(2025).steps.map((s) => s.date)).toEqual(['2025-07-01', '2025-09-01', '2025-10-15', '2025-11-15', '2025-12-31', '2026-02-01']);
    expect(timeline.step(2025, 'final-effective').date).toBe('2026-02-01');
    expect(timeline.step(2025, 'preliminary-sent').reference.illustrative).toBe(true);
    expect(() => timeline.round(2030)).toThrow('Tidsplanen har ingen runde for 2030.');
  });
});
