import { describe, expect, it } from 'vitest';
import { judgingStamp } from './judging-stamp.js';

describe('the judging stamp the warm helper compares', () => {
  const base = { HOME: '/nonexistent-home', XDG_CONFIG_HOME: '/nonexistent-config' };
  const stamp = (env: NodeJS.ProcessEnv) => judgingStamp({ env: { ...base, ...env }, cwd: '/' });

  it('is the same for the same settings', () => {
    expect(stamp({ DOCKER_HOST: 'unix:///a.sock' })).toBe(stamp({ DOCKER_HOST: 'unix:///a.sock', NO_COLOR: '1' }));
  });

  it('differs with the Docker engine and the sandbox settings', () => {
    const plain = stamp({});
    expect(stamp({ DOCKER_HOST: 'unix:///other.sock' })).not.toBe(plain);
    expect(stamp({ DOCKER_TLS_VERIFY: '1' })).not.toBe(plain);
    expect(stamp({ DOCKER_CERT_PATH: '/certs' })).not.toBe(plain);
    expect(stamp({ LETSCODE_PIN_CPU: '0' })).not.toBe(plain);
  });
});
