import { describe, expect, it } from 'vitest';
import { extraCaCertsSkippedByNode, takeBackExtraCaCerts } from './extra-ca-certs.js';

describe('NODE_EXTRA_CA_CERTS handed over by the shebang', () => {
  it('is left alone when the CLI was not started through the shebang', () => {
    const env = { NODE_EXTRA_CA_CERTS: '/etc/ca.pem' };
    takeBackExtraCaCerts(env);
    expect(env).toEqual({ NODE_EXTRA_CA_CERTS: '/etc/ca.pem' });
  });

  it('goes away entirely when the user had set none', () => {
    const env: NodeJS.ProcessEnv = { LETSCODE_NODE_EXTRA_CA_CERTS: '', NODE_EXTRA_CA_CERTS: '' };
    takeBackExtraCaCerts(env);
    expect(env).toEqual({});
    expect(extraCaCertsSkippedByNode()).toBeNull();
  });

  it('is put back for the processes the CLI starts, and remembered for its own TLS clients', () => {
    const env: NodeJS.ProcessEnv = { LETSCODE_NODE_EXTRA_CA_CERTS: '/home/me/my ca.pem', NODE_EXTRA_CA_CERTS: '' };
    takeBackExtraCaCerts(env);
    expect(env).toEqual({ NODE_EXTRA_CA_CERTS: '/home/me/my ca.pem' });
    expect(extraCaCertsSkippedByNode()).toBe('/home/me/my ca.pem');
  });
});
