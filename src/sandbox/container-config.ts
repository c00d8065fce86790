// Host configuration of a box: every isolation layer Docker gives us, in one place.

import type Docker from 'dockerode';
import type { BoxSpec } from './sandbox.js';

/** /box holds the program and its compiled artifacts (charged to the box's memory). */
const PROGRAM_DIR_BYTES = 512 * 1024 * 1024;
/** POSIX shared memory; small, and emptied between runs like /tmp. */
const SHM_BYTES = 16 * 1024 * 1024;

export function hostConfigFor(spec: BoxSpec): Docker.HostConfig {
  return {
    NetworkMode: 'none',
    // memory = memory+swap: a program cannot escape the limit by swapping.
    Memory: spec.memoryBytes,
    MemorySwap: spec.memoryBytes,
    PidsLimit: spec.pidsLimit,
    ReadonlyRootfs: true,
    Tmpfs: {
      '/tmp': `rw,nosuid,nodev,size=${spec.tmpBytes},mode=1777`,
      '/box': `rw,nosuid,nodev,exec,size=${PROGRAM_DIR_BYTES},mode=755`,
    },
    ShmSize: SHM_BYTES,
    // The runner (root inside the box) needs exactly these to drop to the sandbox user
    // and to kill what the program leaves behind; the program itself ends up with none.
    CapDrop: ['ALL'],
    CapAdd: ['SETUID', 'SETGID', 'KILL'],
    SecurityOpt: ['no-new-privileges', `seccomp=${spec.seccompProfile}`],
    // The default json-file driver would copy every byte of output to disk (sandbox-notes.md).
    LogConfig: { Type: 'none', Config: {} },
    AutoRemove: true,
    IpcMode: 'private',
    Init: false,
  };
}
