import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorDetails, logError } from '../../../../functions/logging/error-log.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('errorDetails', () => {
  it('keeps name, message and stack of an error', () => {
    const error = new TypeError('x is not a function');
    expect(errorDetails(error)).toEqual({
      name: 'TypeError',
      message: 'x is not a function',
      stack: error.stack,
    });
  });

  it('blanks out email addresses a service quoted in its message', () => {
    const error = new Error('Email address is not verified: ayse@example.org, <b.c@example.net>');
    const details = errorDetails(error);
    expect(details.message).toBe('Email address is not verified: [address], <[address]>');
    expect(details.stack).not.toContain('@example');
  });

  it('keeps file paths of scoped packages readable', () => {
    const error = new Error('boom');
    error.stack = 'Error: boom\n    at run (file:///var/task/node_modules/@middy/core/index.js:10:5)';
    expect(errorDetails(error).stack).toContain('node_modules/@middy/core/index.js');
  });

  it('describes a thrown value that is not an error', () => {
    expect(errorDetails('boom')).toEqual({ name: 'NonError', message: 'boom' });
  });
});

describe('logError', () => {
  it('writes exactly one JSON line with the fields and the error', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    logError('Something failed', { requestId: 'r-1' }, new RangeError('too far'));
    expect(spy).toHaveBeenCalledTimes(1);
    expect(JSON.parse(String(spy.mock.calls[0]?.[0]))).toMatchObject({
      level: 'ERROR',
      message: 'Something failed',
      requestId: 'r-1',
      error: { name: 'RangeError', message: 'too far' },
    });
  });
});
