import type { MessageKey } from '../../lib/i18n/messages';
import type { Activity } from './api';

/** The tag a held activity gets for where its confirmation stands: a catalogue key and a colour. */
export function confirmationTag(a: Activity): { key: MessageKey; color: string } | null {
  if (a.status !== 'HELD') return null;
  if (a.dispute?.outcome === 'UPHELD') return { key: 'activity.voided', color: 'red' };
  if (a.dispute?.outcome === 'DISMISSED') return { key: 'activity.stands', color: 'green' };
  if (a.dispute) return { key: 'activity.disputed', color: 'volcano' };
  return a.confirmedBy ? { key: 'activity.confirmed', color: 'green' } : { key: 'activity.unconfirmed', color: 'orange' };
}
