import { ApiError, toApiError } from './problem';
import { takeEarlyAnswer } from './earlyAnswers';

/**
 * The one API client. Same-origin requests carry the session cookie (the gateway relays the token);
 * every request says the user's language; updates send If-Match; every failure becomes an ApiError.
 */
export interface ApiSettings {
  language: string;
  /** The district a city administrator has picked; sent as `district=` on reads. */
  district?: string;
}

const settings: ApiSettings = { language: 'zh-CN' };

export function configureApi(next: Partial<ApiSettings>): void {
  Object.assign(settings, next);
}

export function currentDistrict(): string | undefined {
  return settings.district;
}

export type Query = Record<string, string | number | boolean | undefined | null | (string | number)[]>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Query;
  body?: unknown;
  form?: FormData;
  ifMatch?: string;
  /** Adds the picked district (city administrators) to the query. */
  scoped?: boolean;
}

export interface Answer<T> {
  data: T;
  etag?: string;
  status: number;
}

export function buildUrl(path: string, query?: Query, district?: string): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) v.forEach((x) => params.append(k, String(x)));
    else params.append(k, String(v));
  }
  if (district && !params.has('district')) params.set('district', district);
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<Answer<T>> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': settings.language,
  };
  let body: BodyInit | undefined;
  if (options.form) {
    body = options.form;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (options.ifMatch) headers['If-Match'] = options.ifMatch;
  const url = buildUrl(path, options.query, options.scoped === false ? undefined : settings.district);
  let response: Response;
  try {
    const early = (options.method ?? 'GET') === 'GET' ? takeEarlyAnswer(url, settings.language) : undefined;
    response = await (early ?? fetch(url, { method: options.method ?? 'GET', headers, body, credentials: 'same-origin' }));
  } catch {
    throw new ApiError({ status: 0, title: 'network' });
  }
  const text = await response.text();
  let parsed: unknown = undefined;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = text;
    }
  }
  if (!response.ok) {
    throw toApiError(response.status, parsed, response.statusText || String(response.status));
  }
  return { data: parsed as T, etag: response.headers.get('ETag') ?? undefined, status: response.status };
}

export async function get<T>(path: string, query?: Query): Promise<T> {
  return (await request<T>(path, { query })).data;
}

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

/** A file from the API (export, template) saved by the browser. */
export function downloadUrl(path: string, query?: Query): string {
  return buildUrl(path, query, settings.district);
}
