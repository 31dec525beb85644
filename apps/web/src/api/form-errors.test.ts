import { describe, expect, it } from 'vitest';
import { fieldErrorGroups } from './form-errors.ts';
import { ApiError } from './problem.ts';

const withErrors = (errors: { path: string; code: string; message: string }[]) =>
  new ApiError({ status: 400, code: 'VALIDATION_FAILED', detail: '…', problem: { type: 't', title: 'VALIDATION_FAILED', status: 400, detail: '…', code: 'VALIDATION_FAILED', instance: '/x', requestId: 'r', errors } });

describe('fieldErrorGroups', () => {
  it('maps body paths onto form field names, numbers as list indexes, messages grouped per field', () => {
    const groups = fieldErrorGroups(
      withErrors([
        { path: 'body.newPassword', code: 'too_small', message: '太短' },
        { path: 'body.newPassword', code: 'custom', message: '太常见' },
        { path: 'body.fees.2.monthlyFeeFen', code: 'too_big', message: '太大' },
        { path: 'query.page', code: 'too_small', message: '页码' },
        { path: 'body', code: 'custom', message: '整体' },
      ]),
    );
    expect(groups).toEqual([
      { name: ['newPassword'], errors: ['太短', '太常见'] },
      { name: ['fees', 2, 'monthlyFeeFen'], errors: ['太大'] },
    ]);
  });

  it('has nothing to say about other failures', () => {
    expect(fieldErrorGroups(new Error('boom'))).toEqual([]);
    expect(fieldErrorGroups(ApiError.network())).toEqual([]);
  });
});
