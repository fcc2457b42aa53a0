import { Skeleton } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { ECharts, EChartsCoreOption } from 'echarts/core';

type Charts = typeof import('./echarts')['echarts'];

let loading: Promise<Charts> | undefined;

/**
 * ECharts is loaded by the first page that draws a chart, not with the app: asked for as soon as such a page's code
 * runs, it arrives while the page waits for its figures.
 */
export function loadCharts(): Promise<Charts> {
  loading ??= import('./echarts').then((m) => m.echarts, (error: unknown) => {
    loading = undefined; // asked again by the next chart
    throw error;
  });
  return loading;
}

void loadCharts().catch(() => undefined);

/**
 * One ECharts chart that follows its option and its container's width; `label` is what screen readers hear. A
 * skeleton stands in for it until ECharts has arrived.
 */
export function EChart({ option, height = 280, label, testId }: { option: EChartsCoreOption; height?: number; label: string; testId?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const latest = useRef(option);
  latest.current = option;
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    let gone = false;
    let observer: ResizeObserver | undefined;
    void loadCharts().then((echarts) => {
      if (gone || !ref.current) return;
      chart.current = echarts.init(ref.current);
      chart.current.setOption({ aria: { enabled: true }, ...latest.current }, true);
      observer = new ResizeObserver(() => chart.current?.resize());
      observer.observe(ref.current);
      setDrawn(true);
    }, () => {
      if (!gone) setDrawn(true); // not arrived (offline): the place stays empty rather than loading for ever
    });
    return () => {
      gone = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption({ aria: { enabled: true }, ...option }, true);
  }, [option]);
  return (
    <div style={{ position: 'relative', width: '100%', height }}>
      <div ref={ref} role="img" aria-label={label} data-testid={testId} style={{ width: '100%', height }} />
      {drawn ? null : <div style={{ position: 'absolute', inset: 0 }}><Skeleton active /></div>}
    </div>
  );
}
