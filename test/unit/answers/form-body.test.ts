import { describe, expect, it } from 'vitest';
import { formValue, formValues, parseFormBody } from '../../../shared/answers/form-body.ts';

describe('parseFormBody', () => {
  it('decodes + as a space and percent escapes as UTF-8', () => {
    expect(parseFormBody('name=Ay%C5%9Fe+Y%C4%B1lmaz&city=%D8%B9%D9%85%D8%A7%D9%86')).toEqual({
      name: 'Ayşe Yılmaz',
      city: 'عمان',
    });
  });

  it('keeps a single value as a string and turns a repeated name into an array in body order', () => {
    const body = parseFormBody('topics=sport&name=Jan&topics=kultur&topics=sport');
    expect(body.name).toBe('Jan');
    expect(body.topics).toEqual(['sport', 'kultur', 'sport']);
  });

  it('keeps empty values and names without a value as empty strings', () => {
    expect(parseFormBody('a=&b')).toEqual({ a: '', b: '' });
  });

  it('returns an empty body for an empty string', () => {
    expect(parseFormBody('')).toEqual({});
  });

  it('stores a __proto__ name as an own value instead of changing the prototype', () => {
    const body = parseFormBody('__proto__=x&ok=1');
    expect(Object.getPrototypeOf(body)).toBe(Object.prototype);
    expect(Object.hasOwn(body, '__proto__')).toBe(true);
    expect(body.ok).toBe('1');
  });
});

describe('formValue', () => {
  it('reads only submitted names, never inherited properties', () => {
    const body = parseFormBody('a=1');
    expect(formValue(body, 'a')).toBe('1');
    expect(formValue(body, 'constructor')).toBeUndefined();
    expect(formValues(body, 'toString')).toEqual([]);
  });

  it('lists single and repeated values alike', () => {
    expect(formValues({ a: 'x', b: ['y', 'z'] }, 'a')).toEqual(['x']);
    expect(formValues({ a: 'x', b: ['y', 'z'] }, 'b')).toEqual(['y', 'z']);
  });
});
