import { describe, expect, it } from 'vitest';
import { ApiError, fieldPath, formFieldErrors, toApiError } from './problem';

describe('toApiError', () => {
  it('keeps the title, detail and every field error of a validation problem', () => {
    const e = toApiError(400, {
      type: 'about:blank', title: '请求参数有误', status: 400, detail: '2 处错误',
      errors: [{ field: 'name', message: '不能为空' }, { field: 'secretary.phone', message: '手机号格式不正确' }],
    }, 'fallback');
    expect(e).toBeInstanceOf(ApiError);
    expect(e.kind).toBe('validation');
    expect(e.title).toBe('请求参数有误');
    expect(e.detail).toBe('2 处错误');
    expect(e.fields).toEqual([{ field: 'name', message: '不能为空' }, { field: 'secretary.phone', message: '手机号格式不正确' }]);
  });

  it('reads the row report of a refused import', () => {
    const e = toApiError(422, { title: '导入失败', rows: [{ row: 3, column: '统一社会信用代码', message: '格式不正确' }] }, 'x');
    expect(e.kind).toBe('validation');
    expect(e.rows).toEqual([{ row: 3, column: '统一社会信用代码', message: '格式不正确' }]);
  });

  it('names the service the gateway could not reach', () => {
    const e = toApiError(503, { title: '联建活动服务暂时不可用', service: 'activity-service' }, 'x');
    expect(e.kind).toBe('unavailable');
    expect(e.service).toBe('activity-service');
  });

  it('falls back to a title when the body is not a problem', () => {
    const e = toApiError(500, '<html>oops</html>', '服务器错误');
    expect(e.title).toBe('服务器错误');
    expect(e.kind).toBe('server');
    expect(e.fields).toEqual([]);
  });

  it('classifies a stale version (412) and a missing If-Match (428) alike', () => {
    expect(toApiError(412, {}, 'x').kind).toBe('stale');
    expect(toApiError(428, {}, 'x').kind).toBe('stale');
    expect(toApiError(0, null, 'x').kind).toBe('network');
  });

  it('ignores malformed error entries', () => {
    const e = toApiError(400, { errors: [{ field: 1 }, null, { field: 'name', message: 'm' }] }, 'x');
    expect(e.fields).toEqual([{ field: 'name', message: 'm' }]);
  });
});

describe('fieldPath', () => {
  it('turns JSON paths into form names', () => {
    expect(fieldPath('name')).toEqual(['name']);
    expect(fieldPath('secretary.phone')).toEqual(['secretary', 'phone']);
    expect(fieldPath('contacts[0].email')).toEqual(['contacts', 0, 'email']);
    expect(fieldPath('partnerIds[2]')).toEqual(['partnerIds', 2]);
    expect(fieldPath('agreement.cadence.count')).toEqual(['agreement', 'cadence', 'count']);
  });
});

describe('formFieldErrors', () => {
  it('groups messages per field and leaves unknown fields for the form message', () => {
    const e = toApiError(400, {
      errors: [
        { field: 'hostUnit.creditCode', message: '长度应为18位' },
        { field: 'hostUnit.creditCode', message: '校验位不正确' },
        { field: 'version', message: '已被修改' },
      ],
    }, 'x');
    const { fields, unplaced } = formFieldErrors(e, (p) => p[0] !== 'version');
    expect(fields).toEqual([{ name: ['hostUnit', 'creditCode'], errors: ['长度应为18位', '校验位不正确'] }]);
    expect(unplaced).toEqual([{ field: 'version', message: '已被修改' }]);
  });
});
