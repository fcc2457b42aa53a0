/**
 * The one error shape of the app. Every failed answer (problem+json or not, or no answer at all) becomes an
 * ApiError; forms read `fields` to show each message beside its field.
 */
export interface FieldProblem {
  field: string;
  message: string;
}

export interface RowProblem {
  row: number;
  column?: string;
  message: string;
}

export type ErrorKind = 'validation' | 'stale' | 'notFound' | 'forbidden' | 'unauthenticated' | 'conflict'
  | 'unavailable' | 'rateLimited' | 'network' | 'server' | 'other';

export class ApiError extends Error {
  readonly status: number;
  readonly kind: ErrorKind;
  readonly title: string;
  readonly detail?: string;
  readonly fields: FieldProblem[];
  readonly rows: RowProblem[];
  /** The service named by the gateway when it did not answer (503). */
  readonly service?: string;

  constructor(init: { status: number; title: string; detail?: string; fields?: FieldProblem[]; rows?: RowProblem[]; service?: string }) {
    super(init.detail || init.title);
    this.name = 'ApiError';
    this.status = init.status;
    this.kind = kindOf(init.status);
    this.title = init.title;
    this.detail = init.detail;
    this.fields = init.fields ?? [];
    this.rows = init.rows ?? [];
    this.service = init.service;
  }
}

export function kindOf(status: number): ErrorKind {
  switch (status) {
    case 0: return 'network';
    case 400: case 422: return 'validation';
    case 401: return 'unauthenticated';
    case 403: return 'forbidden';
    case 404: return 'notFound';
    case 409: return 'conflict';
    case 412: case 428: return 'stale';
    case 429: return 'rateLimited';
    case 502: case 503: case 504: return 'unavailable';
    default: return status >= 500 ? 'server' : 'other';
  }
}

/** Turns a parsed body (problem+json or anything else) and a status into the one error shape. */
export function toApiError(status: number, body: unknown, fallbackTitle: string): ApiError {
  const problem = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const fields = Array.isArray(problem.errors)
    ? (problem.errors as unknown[]).flatMap((e) => {
        const o = e as Record<string, unknown>;
        return o && typeof o.field === 'string' && typeof o.message === 'string'
          ? [{ field: o.field, message: o.message }] : [];
      })
    : [];
  const rows = Array.isArray(problem.rows)
    ? (problem.rows as unknown[]).flatMap((r) => {
        const o = r as Record<string, unknown>;
        return o && typeof o.row === 'number'
          ? [{ row: o.row, column: typeof o.column === 'string' ? o.column : undefined, message: String(o.message ?? '') }] : [];
      })
    : [];
  return new ApiError({
    status,
    title: typeof problem.title === 'string' && problem.title ? problem.title : fallbackTitle,
    detail: typeof problem.detail === 'string' ? problem.detail : undefined,
    fields,
    rows,
    service: typeof problem.service === 'string' ? problem.service : undefined,
  });
}

/**
 * The API names fields by their JSON path (`secretary.phone`, `contacts[0].email`, `partnerIds[1]`); Ant Design
 * forms name them as arrays (`['secretary','phone']`, `['contacts',0,'email']`).
 */
export function fieldPath(field: string): (string | number)[] {
  const path: (string | number)[] = [];
  for (const part of field.split('.')) {
    const m = /^([^[\]]*)((?:\[\d+])*)$/.exec(part);
    if (!m) {
      path.push(part);
      continue;
    }
    if (m[1]) path.push(m[1]);
    for (const idx of m[2].matchAll(/\[(\d+)]/g)) path.push(Number(idx[1]));
  }
  return path;
}

export interface FormFieldError {
  name: (string | number)[];
  errors: string[];
}

/**
 * The field errors of a problem, grouped per form field, for `form.setFields`. Errors naming a field the form
 * does not have (`known` returns false) are left for the form-level message.
 */
export function formFieldErrors(error: ApiError, known: (path: (string | number)[]) => boolean = () => true):
    { fields: FormFieldError[]; unplaced: FieldProblem[] } {
  const byName = new Map<string, FormFieldError>();
  const unplaced: FieldProblem[] = [];
  for (const f of error.fields) {
    const name = fieldPath(f.field);
    if (!known(name)) {
      unplaced.push(f);
      continue;
    }
    const key = JSON.stringify(name);
    const entry = byName.get(key) ?? { name, errors: [] };
    entry.errors.push(f.message);
    byName.set(key, entry);
  }
  return { fields: [...byName.values()], unplaced };
}
