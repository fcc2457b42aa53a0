import { describe, expect, it } from 'vitest';
import { committeePageOf } from './routes';

describe('the page a path opens', () => {
  it('names the committee pages', () => {
    expect(committeePageOf('/')).toBe('overview');
    expect(committeePageOf('/organizations')).toBe('organizations');
    expect(committeePageOf('/organizations/import')).toBe('import');
    expect(committeePageOf('/pairings/3f1c')).toBe('pairing');
    expect(committeePageOf('/activities/')).toBe('activities');
    expect(committeePageOf('/receipts')).toBe('receipts');
  });
  it('names no page for the portal or an unknown path', () => {
    expect(committeePageOf('/my/pairings')).toBeUndefined();
    expect(committeePageOf('/pairings/1/x')).toBeUndefined();
    expect(committeePageOf('/nowhere')).toBeUndefined();
  });
});
