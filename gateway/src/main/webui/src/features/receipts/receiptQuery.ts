/** What the receipts page shows: the pending ones (the default), only the overdue ones, or all. */
export type ReceiptView = 'pending' | 'overdue' | 'all';

export const RECEIPT_VIEWS: ReceiptView[] = ['pending', 'overdue', 'all'];

export function receiptView(value: string | undefined): ReceiptView {
  return value === 'overdue' || value === 'all' ? value : 'pending';
}

/** The API's filters for a view of the receipts page. */
export function receiptFilters(view: ReceiptView): Record<string, string> {
  switch (view) {
    case 'overdue': return { overdue: 'true' };
    case 'all': return {};
    default: return { status: 'PENDING' };
  }
}
