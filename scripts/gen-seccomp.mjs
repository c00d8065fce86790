#!/usr/bin/env node
// Generates the seccomp profiles in seccomp/ from the syscall groups below.
//
// Every profile is an allow-list: a syscall not listed fails with EPERM (errno 1), so a
// program sees an ordinary error instead of being killed silently. Docker REPLACES its
// default with any profile we pass, so each one is complete, not a diff.
//
//   default.json  what Docker's built-in default allows a container without extra
//                 capabilities; kept as the reference the judge profile is derived from
//   judge.json    default minus everything a judged program has no business doing:
//                 ptrace and cross-process memory access, io_uring, clock adjustment,
//                 file handles, fanotify, and every socket family but AF_UNIX
//
// Run: node scripts/gen-seccomp.mjs

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Allowed unconditionally, grouped by what programs use them for. */
const GROUPS = {
  processes: `exit exit_group fork vfork execve execveat wait4 waitid waitpid kill tkill tgkill
    getpid getppid gettid getpgid getpgrp setpgid getsid setsid getpriority setpriority
    prctl arch_prctl set_tid_address set_robust_list get_robust_list rseq restart_syscall
    pidfd_open pidfd_send_signal process_mrelease`,
  identity: `getuid getuid32 geteuid geteuid32 getgid getgid32 getegid getegid32 getresuid getresuid32
    getresgid getresgid32 getgroups getgroups32 setuid setuid32 setgid setgid32 setreuid setreuid32
    setregid setregid32 setresuid setresuid32 setresgid setresgid32 setgroups setgroups32
    setfsuid setfsuid32 setfsgid setfsgid32 capget capset`,
  signals: `rt_sigaction rt_sigprocmask rt_sigreturn rt_sigpending rt_sigsuspend rt_sigtimedwait
    rt_sigtimedwait_time64 rt_sigqueueinfo rt_tgsigqueueinfo sigaltstack sigprocmask sigreturn
    signalfd signalfd4 pause alarm`,
  memory: `brk mmap mmap2 munmap mremap mprotect madvise mincore msync mlock mlock2 mlockall munlock
    munlockall membarrier memfd_create memfd_secret remap_file_pages pkey_alloc pkey_free pkey_mprotect`,
  time: `clock_gettime clock_gettime64 clock_getres clock_getres_time64 clock_nanosleep
    clock_nanosleep_time64 nanosleep gettimeofday time times getitimer setitimer
    timer_create timer_delete timer_getoverrun timer_gettime timer_gettime64 timer_settime
    timer_settime64 timerfd_create timerfd_gettime timerfd_gettime64 timerfd_settime timerfd_settime64
    adjtimex clock_adjtime clock_adjtime64`,
  scheduling: `sched_yield sched_getaffinity sched_setaffinity sched_getattr sched_setattr sched_getparam
    sched_setparam sched_getscheduler sched_setscheduler sched_get_priority_max sched_get_priority_min
    sched_rr_get_interval sched_rr_get_interval_time64 getcpu ioprio_get ioprio_set`,
  limits: `getrlimit ugetrlimit setrlimit prlimit64 getrusage sysinfo uname umask`,
  futex: `futex futex_time64 futex_waitv`,
  files: `read write readv writev pread64 pwrite64 preadv preadv2 pwritev pwritev2 open openat openat2
    creat close close_range lseek _llseek dup dup2 dup3 fcntl fcntl64 flock fsync fdatasync sync
    syncfs sync_file_range ftruncate ftruncate64 truncate truncate64 fallocate fadvise64 fadvise64_64
    readahead sendfile sendfile64 copy_file_range splice tee vmsplice
    stat stat64 lstat lstat64 fstat fstat64 fstatat64 newfstatat statx statfs statfs64 fstatfs fstatfs64
    access faccessat faccessat2 getcwd chdir fchdir mkdir mkdirat rmdir rename renameat renameat2
    link linkat symlink symlinkat unlink unlinkat readlink readlinkat mknod mknodat
    chmod fchmod fchmodat chown chown32 fchown fchown32 fchownat lchown lchown32
    utime utimes utimensat utimensat_time64 futimesat getdents getdents64 ioctl name_to_handle_at
    getxattr lgetxattr fgetxattr listxattr llistxattr flistxattr setxattr lsetxattr fsetxattr
    removexattr lremovexattr fremovexattr inotify_init inotify_init1 inotify_add_watch inotify_rm_watch
    fanotify_mark`,
  polling: `poll ppoll ppoll_time64 select _newselect pselect6 pselect6_time64 epoll_create epoll_create1
    epoll_ctl epoll_ctl_old epoll_wait epoll_wait_old epoll_pwait epoll_pwait2 eventfd eventfd2
    pipe pipe2`,
  asyncIo: `io_setup io_destroy io_submit io_cancel io_getevents io_pgetevents io_pgetevents_time64
    io_uring_setup io_uring_enter io_uring_register`,
  ipc: `ipc shmget shmat shmdt shmctl semget semop semtimedop semtimedop_time64 semctl
    msgget msgsnd msgrcv msgctl mq_open mq_unlink mq_timedsend mq_timedsend_time64 mq_timedreceive
    mq_timedreceive_time64 mq_notify mq_getsetattr`,
  sockets: `socketpair bind connect listen accept accept4 getsockname getpeername getsockopt setsockopt
    send sendto sendmsg sendmmsg recv recvfrom recvmsg recvmmsg recvmmsg_time64 shutdown socketcall`,
  misc: `getrandom seccomp landlock_create_ruleset landlock_add_rule landlock_restrict_self
    set_thread_area get_thread_area modify_ldt`,
  debugging: `ptrace process_vm_readv process_vm_writev`,
};

/** Taken out of the judge profile: each is attack surface a contest program never needs. */
const JUDGE_REMOVALS = {
  // Inspecting or writing another process's memory (the runner, another test).
  debugging: 'ptrace process_vm_readv process_vm_writev',
  // io_uring: a large kernel attack surface, used by no contest runtime here.
  asyncIo: 'io_uring_setup io_uring_enter io_uring_register',
  // Adjusting the (shared, host-wide) clock; reading it stays allowed.
  time: 'adjtimex clock_adjtime clock_adjtime64',
  // Opening files by handle, watching other mounts, secret memory areas.
  files: 'name_to_handle_at fanotify_mark',
  memory: 'memfd_secret',
  // socketcall multiplexes every socket operation on 32-bit x86, around the socket() filter below.
  sockets: 'socketcall',
};

/** clone() is allowed only without namespace flags (CLONE_NEWNS|NEWCGROUP|NEWUTS|NEWIPC|NEWUSER|NEWPID|NEWNET). */
const CLONE_NAMESPACE_FLAGS = 0x7e020000;
const AF_VSOCK = 40;
/** personality(): only the harmless values glibc and runtimes ask for. */
const PERSONALITIES = [0x0, 0x8, 0x20000, 0x20008, 0xffffffff];

const words = (text) => text.trim().split(/\s+/);

function syscalls(groups, removals = {}) {
  const removed = new Set(Object.values(removals).flatMap(words));
  return groups.flatMap((group) => words(GROUPS[group])).filter((name) => !removed.has(name)).sort();
}

/** AF_UNIX only: local pipes-as-sockets work, nothing can reach a network (there is none, anyway). */
const UNIX_SOCKETS_ONLY = { names: ['socket'], action: 'SCMP_ACT_ALLOW', args: [{ index: 0, value: 1, op: 'SCMP_CMP_EQ' }] };

function profile(names, socketRule) {
  return {
    defaultAction: 'SCMP_ACT_ERRNO',
    defaultErrnoRet: 1,
    archMap: [{ architecture: 'SCMP_ARCH_X86_64', subArchitectures: ['SCMP_ARCH_X86', 'SCMP_ARCH_X32'] },
              { architecture: 'SCMP_ARCH_AARCH64', subArchitectures: ['SCMP_ARCH_ARM'] }],
    syscalls: [
      { names, action: 'SCMP_ACT_ALLOW' },
      { names: ['clone'], action: 'SCMP_ACT_ALLOW', args: [{ index: 0, value: CLONE_NAMESPACE_FLAGS, op: 'SCMP_CMP_MASKED_EQ' }] },
      // clone3 passes its flags in memory, which seccomp cannot inspect: ENOSYS makes libc fall back to clone.
      { names: ['clone3'], action: 'SCMP_ACT_ERRNO', errnoRet: 38 },
      socketRule,
      ...PERSONALITIES.map((value) => ({ names: ['personality'], action: 'SCMP_ACT_ALLOW', args: [{ index: 0, value, op: 'SCMP_CMP_EQ' }] })),
    ],
  };
}

const ALL_GROUPS = Object.keys(GROUPS);
const DOCKER_SOCKETS = { names: ['socket'], action: 'SCMP_ACT_ALLOW', args: [{ index: 0, value: AF_VSOCK, op: 'SCMP_CMP_NE' }] };

export const PROFILES = {
  default: profile(syscalls(ALL_GROUPS), DOCKER_SOCKETS),
  judge: profile(syscalls(ALL_GROUPS, JUDGE_REMOVALS), UNIX_SOCKETS_ONLY),
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [name, body] of Object.entries(PROFILES)) {
    const file = new URL(`../seccomp/${name}.json`, import.meta.url);
    writeFileSync(file, JSON.stringify(body, null, 2) + '\n');
    console.log(`wrote seccomp/${name}.json (${body.syscalls[0].names.length} syscalls allowed)`);
  }
}
