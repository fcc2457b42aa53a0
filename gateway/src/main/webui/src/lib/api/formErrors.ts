import type { FormInstance } from 'antd';
import { ApiError, formFieldErrors, type FieldProblem } from './problem';

/**
 * Shows each field error of a problem beside its field. Returns what could not be placed (the caller shows it
 * above the form), or the whole error when it is not about fields.
 */
export function showFieldErrors(form: FormInstance, error: unknown): { rest: unknown; unplaced: FieldProblem[] } {
  if (!(error instanceof ApiError) || error.fields.length === 0) return { rest: error, unplaced: [] };
  const registered = new Set(form.getFieldsError().map((f) => JSON.stringify(f.name)));
  const { fields, unplaced } = formFieldErrors(error, (path) => registered.has(JSON.stringify(path)));
  form.setFields(fields.map((f) => ({ name: f.name, errors: f.errors })));
  if (fields.length > 0) form.scrollToField(fields[0].name);
  return { rest: unplaced.length > 0 ? error : null, unplaced };
}
