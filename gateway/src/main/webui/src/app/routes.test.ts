import { describe, expect, it } from 'vitest';
import { committeePageOf, portalPageOf } from './routes';

describe('the page a path opens', () => {
  it('names the committee pages', () => {
    expect(committeePageOf('/')).toBe('overview');
    expect(committeePageOf('/organizations')).toBe('organizations');
    expect(committeePageOf('/organizations/import')).toBe('import');
    expect(committeePageOf('/pairings/3f1c')).toBe('pairing');
    expect(committeePageOf('/activities/')).toBe('activities');
    expect(committeePageOf('/receipts')).toBe('receipts');
    expect(committeePageOf('/rankings')).toBe('rankings');
    expect(committeePageOf('/operation-log')).toBe('operationLog');
  });
  it('names no page for the portal or an unknown path', () => {
    expect(committeePageOf('/my/pairings')).toBeUndefined();
    expect(committeePageOf('/pairings/1/x')).toBeUndefined();
    expect(committeePageOf('/nowhere')).toBeUndefined();
    expect(committeePageOf('/my/operation-log')).toBeUndefined();
  });
});

describe('the portal page a path opens', () => {
  it('names the portal pages', () => {
    expect(portalPageOf('/inbox')).toBe('inbox');
    expect(portalPageOf('/my/pairings/')).toBe('myPairings');
    expect(portalPageOf('/my/pairings/3f1c')).toBe('myPairing');
    expect(portalPageOf('/my/activities/9a')).toBe('myActivity');
    expect(portalPageOf('/my/demands/7')).toBe('myDemand');
    expect(portalPageOf('/my/organization')).toBe('myOrganization');
    expect(portalPageOf('/my/calendar')).toBe('calendar');
    expect(portalPageOf('/settings')).toBe('settings');
    expect(portalPageOf('/my/evaluations')).toBe('rate');
    expect(portalPageOf('/my/operation-log')).toBe('myOperationLog');
  });
  it('names no portal page for a committee page or an unknown path', () => {
    expect(portalPageOf('/')).toBeUndefined();
    expect(portalPageOf('/pairings/1')).toBeUndefined();
    expect(portalPageOf('/my/pairings/1/x')).toBeUndefined();
    expect(portalPageOf('/operation-log')).toBeUndefined();
  });
});
