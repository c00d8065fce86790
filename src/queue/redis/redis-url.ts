// The --redis URL: redis://[user][:password@]host[:port][/db], or rediss:// for TLS. It is
// shown in messages and logs with the password masked.

import { UsageError } from '../../errors.js';

export function checkRedisUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--redis ${maskPassword(text)}: not a URL (expected redis://host:6379, redis://:password@host:6379/0 or rediss://host:6380 for TLS)`);
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new UsageError(`--redis ${shownRedisUrl(url)}: expected a redis:// or rediss:// URL, not ${url.protocol}//`);
  }
  if (url.pathname !== '' && url.pathname !== '/' && !/^\/\d+$/.test(url.pathname)) {
    throw new UsageError(`--redis ${shownRedisUrl(url)}: the path must be a database number (/0, /1 ...)`);
  }
  return url;
}

/** "redis://:***@host:6379/0". */
export function shownRedisUrl(url: URL | string): string {
  if (typeof url === 'string') return maskPassword(url);
  const masked = new URL(url.href);
  if (masked.password) masked.password = '***';
  return masked.href.replace(/\/$/, '');
}

function maskPassword(text: string): string {
  return text.replace(/(\/\/[^/@:]*:)[^/@]*@/, '$1***@');
}
