/**
 * Answers asked for before the app's code has been evaluated: the page opened by URL starts its first reads from the
 * entry script (see app/pageData), and {@link request} takes such an answer instead of asking again. Each answer is
 * taken once and only soon after it was asked for; a later read of the same address asks the server as before.
 */
const FRESH_FOR_MS = 10_000;

interface Early {
  answer: Promise<Response>;
  language: string;
  at: number;
}

const early = new Map<string, Early>();

/** The same address whatever the order of its query parameters. */
export function addressKey(url: string): string {
  const [path, query = ''] = url.split('?', 2);
  const params = [...new URLSearchParams(query)].sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1));
  return `${path}?${new URLSearchParams(params).toString()}`;
}

/** Asks for `url` now (a GET with the app's headers), for {@link takeEarlyAnswer} to hand over later. */
export function askEarly(url: string, language: string, now: () => number = Date.now, send: typeof fetch = fetch): void {
  const answer = send(url, {
    headers: { Accept: 'application/json, application/problem+json', 'Accept-Language': language },
    credentials: 'same-origin',
  });
  answer.catch(() => undefined); // a failure is the taker's to handle, or nobody's
  early.set(addressKey(url), { answer, language, at: now() });
}

/** The early answer for a GET of `url` in `language`, once; none when it was not asked for, or too long ago. */
export function takeEarlyAnswer(url: string, language: string, now: () => number = Date.now): Promise<Response> | undefined {
  const key = addressKey(url);
  const found = early.get(key);
  if (!found) return undefined;
  early.delete(key);
  return found.language === language && now() - found.at <= FRESH_FOR_MS ? found.answer : undefined;
}
