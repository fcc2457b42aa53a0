import { describe, expect, it } from 'vitest';
import { outcomeOf } from './api';

describe('outcomeOf', () => {
  it('reads 4xx as a refusal, 5xx as a failure and the rest as success', () => {
    expect(outcomeOf(201)).toBe('SUCCEEDED');
    expect(outcomeOf(304)).toBe('SUCCEEDED');
    expect(outcomeOf(403)).toBe('REFUSED');
    expect(outcomeOf(428)).toBe('REFUSED');
    expect(outcomeOf(503)).toBe('FAILED');
  });
});
