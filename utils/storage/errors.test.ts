import { describe, expect, it } from 'vitest';
import { classifyStorageError, StorageUnavailableError } from './errors';

describe('classifyStorageError', () => {
  it.each([
    ['QuotaExceededError', new DOMException('full', 'QuotaExceededError')],
    ['legacy code 22', { name: 'Error', code: 22 }],
    ['Firefox NS_ERROR_DOM_QUOTA_REACHED', { name: 'NS_ERROR_DOM_QUOTA_REACHED', code: 1014 }],
    [
      'quota behind a failed open',
      new StorageUnavailableError('open failed', {
        cause: new DOMException('full', 'QuotaExceededError'),
      }),
    ],
  ])('classifies %s as quota', (_, error) => {
    expect(classifyStorageError(error)).toBe('quota');
  });

  it.each([
    ['InvalidStateError (Firefox private window)', new DOMException('no', 'InvalidStateError')],
    ['SecurityError', new DOMException('no', 'SecurityError')],
    ['a failed open', new StorageUnavailableError('open failed', { cause: new Error('?') })],
    ['a missing indexedDB global', new ReferenceError('indexedDB is not defined')],
  ])('classifies %s as unavailable', (_, error) => {
    expect(classifyStorageError(error)).toBe('unavailable');
  });

  it.each([
    ['a plain Error', new Error('boom')],
    ['a DataCloneError', new DOMException('no', 'DataCloneError')],
    ['another ReferenceError', new ReferenceError('x is not defined')],
    ['a string', 'boom'],
    ['null', null],
    ['undefined', undefined],
  ])('classifies %s as unknown', (_, error) => {
    expect(classifyStorageError(error)).toBe('unknown');
  });

  it('stops on a cause cycle', () => {
    const error: { name: string; cause?: unknown } = { name: 'Error' };
    error.cause = error;
    expect(classifyStorageError(error)).toBe('unknown');
  });
});
