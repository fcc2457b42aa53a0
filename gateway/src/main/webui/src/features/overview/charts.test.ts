import { describe, expect, it } from 'vitest';
import { coverageOption, monthlyByTypeOption } from './charts';

describe('overview charts', () => {
  it('splits coverage into paired and unpaired', () => {
    const option = coverageOption(9, 12, { paired: '已结对', unpaired: '未结对' }) as { series: { data: { name: string; value: number }[] }[] };
    expect(option.series[0].data.map((d) => [d.name, d.value])).toEqual([['已结对', 9], ['未结对', 3]]);
  });

  it('stacks each type over the months, zero where a month has none', () => {
    const option = monthlyByTypeOption(['2025-05', '2025-06'], [{ SYMPOSIUM: 2 }, { SYMPOSIUM: 1, PARTY_LESSON: 3 }] as Record<string, number>[],
      (t) => t.toLowerCase()) as { series: { name: string; data: number[] }[] };
    expect(option.series.map((s) => [s.name, s.data])).toEqual([['party_lesson', [0, 3]], ['symposium', [2, 1]]]);
  });

  it('leaves out a type that no month has', () => {
    const option = monthlyByTypeOption(['2025-05'], [{ SYMPOSIUM: 2, TRAINING: 0 }], (t) => t) as { series: { name: string }[] };
    expect(option.series.map((s) => s.name)).toEqual(['SYMPOSIUM']);
  });
});
