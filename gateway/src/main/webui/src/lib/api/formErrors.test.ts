import { describe, expect, it } from 'vitest';
import type { FormInstance } from 'antd';
import { showFieldErrors } from './formErrors';
import { toApiError } from './problem';

/** Just enough of a form: the fields it has, and what it was told to show. */
function fakeForm(names: (string | number)[][]) {
  const shown: { name: (string | number)[]; errors: string[] }[] = [];
  const scrolled: unknown[] = [];
  const form = {
    getFieldsError: () => names.map((name) => ({ name, errors: [], warnings: [] })),
    setFields: (fields: { name: (string | number)[]; errors: string[] }[]) => shown.push(...fields),
    scrollToField: (name: unknown) => scrolled.push(name),
  } as unknown as FormInstance;
  return { form, shown, scrolled };
}

describe('showFieldErrors', () => {
  it('puts each message beside its field and scrolls to the first', () => {
    const { form, shown, scrolled } = fakeForm([['name'], ['secretary', 'phone']]);
    const error = toApiError(400, { title: '请求参数有误', errors: [{ field: 'secretary.phone', message: '手机号格式不正确' }] }, 'x');
    const { rest, unplaced } = showFieldErrors(form, error);
    expect(shown).toEqual([{ name: ['secretary', 'phone'], errors: ['手机号格式不正确'] }]);
    expect(scrolled).toEqual([['secretary', 'phone']]);
    expect(rest).toBeNull();
    expect(unplaced).toEqual([]);
  });

  it('leaves a field the form does not have for the message above the form', () => {
    const { form, shown } = fakeForm([['name']]);
    const error = toApiError(400, { errors: [{ field: 'parentId', message: '上级组织不存在' }, { field: 'name', message: '不能为空' }] }, 'x');
    const { rest, unplaced } = showFieldErrors(form, error);
    expect(shown).toEqual([{ name: ['name'], errors: ['不能为空'] }]);
    expect(unplaced).toEqual([{ field: 'parentId', message: '上级组织不存在' }]);
    expect(rest).toBe(error);
  });

  it('passes on an error that is not about fields', () => {
    const { form, shown } = fakeForm([['name']]);
    const stale = toApiError(412, { title: '版本已变化' }, 'x');
    expect(showFieldErrors(form, stale).rest).toBe(stale);
    expect(shown).toEqual([]);
  });
});
