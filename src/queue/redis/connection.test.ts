import { describe, expect, it } from 'vitest';
import { describeRedisError, retryWithin } from './connection.js';
import { checkRedisUrl, shownRedisUrl } from './redis-url.js';

describe('--redis URLs', () => {
  it('takes redis:// and rediss:// with a database number; shows them with the password masked', () => {
    expect(shownRedisUrl(checkRedisUrl('redis://:s3cret@queue.example:6380/2'))).toBe('redis://:***@queue.example:6380/2');
    expect(shownRedisUrl(checkRedisUrl('rediss://judge:s3cret@queue.example'))).toBe('rediss://judge:***@queue.example');
    expect(shownRedisUrl(checkRedisUrl('redis://127.0.0.1:6379'))).toBe('redis://127.0.0.1:6379');
  });

  it('refuses anything else in one line that never shows the password', () => {
    expect(() => checkRedisUrl('http://queue.example')).toThrow('--redis http://queue.example: expected a redis:// or rediss:// URL, not http://');
    expect(() => checkRedisUrl('redis://:s3cret@host/queue')).toThrow('--redis redis://:***@host/queue: the path must be a database number (/0, /1 ...)');
    expect(() => checkRedisUrl(':s3cret@host')).toThrow(/^--redis/);
    expect(() => checkRedisUrl('redis://:s3cret@host/queue')).not.toThrow(/s3cret/);
  });
});

describe('why Redis did not answer', () => {
  it('in words, from the codes and replies the network and Redis give', () => {
    expect(describeRedisError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }))).toBe('connection refused (is redis-server running there, on that port?)');
    expect(describeRedisError(Object.assign(new Error('getaddrinfo ENOTFOUND x'), { code: 'ENOTFOUND' }))).toBe('unknown host');
    expect(describeRedisError(new Error('WRONGPASS invalid username-password pair or user is disabled.'))).toBe('the password (or user name) is wrong');
    expect(describeRedisError(new Error('NOAUTH Authentication required.'))).toMatch(/^it needs a password/);
    expect(describeRedisError(new Error('connect ETIMEDOUT'))).toMatch(/^no answer within/);
    expect(describeRedisError(Object.assign(new Error('self-signed certificate in certificate chain'), { code: 'SELF_SIGNED_CERT_IN_CHAIN' }))).toBe('TLS failed: self-signed certificate in certificate chain (a private CA? name its certificate file in NODE_EXTRA_CA_CERTS)');
    expect(describeRedisError(new Error('write EPROTO 00A8:error:0A00010B:SSL routines:ssl3_get_record:wrong version number'))).toMatch(/^TLS failed: .*\(rediss:\/\/ needs a server with TLS; redis:\/\/ one without\)$/);
  });
});

describe('reconnecting', () => {
  it('gives up only when one loss outlasts the bound, however long ago an earlier loss was', () => {
    let nowMs = 0;
    const gaveUp: number[] = [];
    const retry = retryWithin(60_000, () => gaveUp.push(nowMs), () => nowMs);
    // A short drop: retried at once, then the connection is back.
    expect([retry(1), retry(2)]).toEqual([100, 250]);
    // 70 s later (past the bound) it drops again: a new loss, with its own clock.
    nowMs = 70_000;
    expect(retry(1)).toBe(100);
    nowMs = 129_000;
    expect(retry(40)).toBe(2000);
    expect(gaveUp).toEqual([]);
    nowMs = 130_001;
    expect(retry(41)).toBeNull();
    expect(gaveUp).toEqual([130_001]);
  });
});
