import { describe, expect, it } from 'vitest';
import { addressKey, askEarly, takeEarlyAnswer } from './earlyAnswers';

const answering = (asked: string[]) => ((url: string) => {
  asked.push(url);
  return Promise.resolve(new Response(JSON.stringify({ url })));
}) as unknown as typeof fetch;

describe('an answer asked for early', () => {
  it('is handed over once, to a read of the same address in whatever order of parameters', async () => {
    const asked: string[] = [];
    askEarly('/api/organizations?page=0&size=20&sort=name%2Casc', 'zh-CN', () => 1_000, answering(asked));
    const taken = takeEarlyAnswer('/api/organizations?sort=name%2Casc&size=20&page=0', 'zh-CN', () => 1_500);
    expect(taken).toBeDefined();
    expect(await (await taken!).json()).toEqual({ url: '/api/organizations?page=0&size=20&sort=name%2Casc' });
    expect(takeEarlyAnswer('/api/organizations?page=0&size=20&sort=name%2Casc', 'zh-CN', () => 1_600)).toBeUndefined();
    expect(asked).toHaveLength(1);
  });

  it('is not handed to another address, another language, or after ten seconds', () => {
    askEarly('/api/cadence?size=200', 'zh-CN', () => 0, answering([]));
    expect(takeEarlyAnswer('/api/cadence?size=100', 'zh-CN', () => 1)).toBeUndefined();
    expect(takeEarlyAnswer('/api/cadence?size=200', 'en', () => 1)).toBeUndefined();
    askEarly('/api/demands?status=OPEN', 'zh-CN', () => 0, answering([]));
    expect(takeEarlyAnswer('/api/demands?status=OPEN', 'zh-CN', () => 10_001)).toBeUndefined();
  });

  it('keeps repeated parameters apart from one another', () => {
    expect(addressKey('/api/a?x=2&x=1&b=3')).toEqual(addressKey('/api/a?b=3&x=1&x=2'));
    expect(addressKey('/api/a?x=1')).not.toEqual(addressKey('/api/b?x=1'));
  });
});
