import { describe, expect, it } from 'vitest';
import { codeSizeWarning, sourceBytes } from './code-size.js';

describe('codeSizeWarning', () => {
  it('says nothing within the limit or without one', () => {
    expect(codeSizeWarning(Buffer.alloc(1024), 1024)).toBeNull();
    expect(codeSizeWarning(Buffer.alloc(10 ** 6), undefined)).toBeNull();
  });

  it('counts every file of a folder', () => {
    const folder = { name: 'sol', files: [{ path: 'a.cpp', data: Buffer.alloc(700) }, { path: 'b.h', data: Buffer.alloc(400) }] };
    expect(sourceBytes(folder)).toBe(1100);
    expect(codeSizeWarning(folder, 1024)).toBe("its source is 1.1 KiB, over the problem's code limit of 1.0 KiB: a judge would refuse it");
  });
});
