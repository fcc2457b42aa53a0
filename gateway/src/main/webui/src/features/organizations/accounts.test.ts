import { describe, expect, it } from 'vitest';
import { canInvite } from './accounts';

describe('inviting a person of the register', () => {
  it('offers an invitation to someone with an address and no account, and again while it is not followed', () => {
    expect(canInvite('NONE', 'wang@example.cn', true)).toBe(true);
    expect(canInvite('INVITED', 'wang@example.cn', true)).toBe(true);
  });
  it('offers none to an active or disabled account, without an address, or in a dissolved organization', () => {
    expect(canInvite('ACTIVE', 'wang@example.cn', true)).toBe(false);
    expect(canInvite('DISABLED', 'wang@example.cn', true)).toBe(false);
    expect(canInvite('NONE', undefined, true)).toBe(false);
    expect(canInvite('NONE', 'wang@example.cn', false)).toBe(false);
  });
});
