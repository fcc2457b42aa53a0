import { describe, expect, it } from 'vitest';
import { receiptFilters, receiptView } from './receiptQuery';

describe('the receipts page', () => {
  it('shows the pending receipts unless told otherwise', () => {
    expect(receiptView(undefined)).toBe('pending');
    expect(receiptView('nonsense')).toBe('pending');
    expect(receiptView('overdue')).toBe('overdue');
  });
  it('asks the API for pending, overdue or every receipt', () => {
    expect(receiptFilters('pending')).toEqual({ status: 'PENDING' });
    expect(receiptFilters('overdue')).toEqual({ overdue: 'true' });
    expect(receiptFilters('all')).toEqual({});
  });
});
