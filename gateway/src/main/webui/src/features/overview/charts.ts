import type { EChartsCoreOption } from 'echarts/core';

/** ECharts options built from the API's figures; labels come in already translated. */
export function coverageOption(paired: number, total: number, labels: { paired: string; unpaired: string }): EChartsCoreOption {
  return {
    tooltip: { trigger: 'item' },
    legend: { bottom: 0 },
    series: [{
      type: 'pie', radius: ['50%', '75%'], avoidLabelOverlap: true,
      label: { show: true, formatter: '{b}: {c}' },
      data: [
        { name: labels.paired, value: paired, itemStyle: { color: '#c8161d' } },
        { name: labels.unpaired, value: Math.max(0, total - paired), itemStyle: { color: '#d9d9d9' } },
      ],
    }],
  };
}

export function countsOption(counts: Record<string, number>, label: (key: string) => string, colour = '#c8161d'): EChartsCoreOption {
  const keys = Object.keys(counts);
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, top: 16, bottom: 32, containLabel: true },
    xAxis: { type: 'category', data: keys.map(label), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', data: keys.map((k) => counts[k]), itemStyle: { color: colour }, label: { show: true, position: 'top' } }],
  };
}

/** Months on the x axis, one stacked series per activity type that occurs at all (a type counted zero everywhere is left out). */
export function monthlyByTypeOption(months: string[], byTypePerMonth: (Record<string, number> | undefined)[],
  label: (type: string) => string): EChartsCoreOption {
  const types = [...new Set(byTypePerMonth.flatMap((m) => Object.keys(m ?? {}).filter((k) => (m?.[k] ?? 0) > 0)))].sort();
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0, type: 'scroll' },
    grid: { left: 40, right: 16, top: 16, bottom: 48, containLabel: true },
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value', minInterval: 1 },
    series: types.map((type) => ({
      name: label(type), type: 'bar', stack: 'activities',
      data: byTypePerMonth.map((m) => m?.[type] ?? 0),
    })),
  };
}
