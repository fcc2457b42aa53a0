/**
 * The periods of a pairing's term (months or quarters) and the colour each period's standing gets in the
 * cadence row: kept green, in progress blue, at risk orange, missed red, not yet begun grey.
 */
export type CadencePeriod = 'MONTH' | 'QUARTER';
export type Standing = 'OK' | 'IN_PROGRESS' | 'AT_RISK' | 'MISSED' | 'UPCOMING';

export interface PeriodSlot {
  label: string;
  start: string;
  /** Whether the period has begun by `today`, so that the API can be asked about it. */
  begun: boolean;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** `2025-06` for a month, `2025-Q2` for a quarter: the labels `/api/cadence?period=` takes. */
export function periodLabel(date: string, period: CadencePeriod): string {
  const [y, m] = date.split('-').map(Number);
  return period === 'MONTH' ? `${y}-${pad(m)}` : `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
}

/** Every period that overlaps the term [start, end], oldest first; at most `limit` of them. */
export function termPeriods(start: string, end: string, period: CadencePeriod, today: string, limit = 60): PeriodSlot[] {
  const [sy, sm] = start.split('-').map(Number);
  const [ey, em] = end.split('-').map(Number);
  const step = period === 'MONTH' ? 1 : 3;
  let y = sy;
  let m = period === 'MONTH' ? sm : Math.floor((sm - 1) / 3) * 3 + 1;
  const slots: PeriodSlot[] = [];
  while ((y < ey || (y === ey && m <= em)) && slots.length < limit) {
    const first = `${y}-${pad(m)}-01`;
    slots.push({ label: periodLabel(first, period), start: first, begun: first <= today });
    m += step;
    if (m > 12) {
      m -= 12;
      y += 1;
    }
  }
  return slots;
}

export const STANDING_COLOURS: Record<Standing, string> = {
  OK: '#52c41a',
  IN_PROGRESS: '#1677ff',
  AT_RISK: '#fa8c16',
  MISSED: '#f5222d',
  UPCOMING: '#d9d9d9',
};

export function standingColour(standing: string | undefined): string {
  return STANDING_COLOURS[(standing ?? 'UPCOMING') as Standing] ?? STANDING_COLOURS.UPCOMING;
}

/** A period not yet begun is UPCOMING whatever the API says; an unknown standing is shown as UPCOMING. */
export function standingOf(slot: PeriodSlot, answered: string | undefined): Standing {
  if (!slot.begun) return 'UPCOMING';
  return answered && answered in STANDING_COLOURS ? (answered as Standing) : 'UPCOMING';
}
