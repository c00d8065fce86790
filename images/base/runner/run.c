/* RUN: start one program as the sandbox user, supervise it, report what happened. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "runner.h"

extern char **environ;

/* How often CPU time and the wall clock are checked while a program runs. */
#define TICK_MS 10
/* After the main process exits, how long to wait for output pipes to drain. */
#define DRAIN_MS 500
/* Stdout is forwarded in frames of this size while the program runs. */
#define OUT_CHUNK 65536

struct request {
  long long cpu_ms, wall_ms, stack_bytes, out_bytes, err_bytes, fsize_bytes;
  char *cwd;
  char **argv;
  size_t argc;
  char **env;
  size_t envc;
  const char *stdin_data;
  size_t stdin_len;
  /* Interactive runs: stdin arrives in IN frames while the program runs, and stdout
   * leaves in OUT frames as soon as it is read. */
  int stdin_stream, stdout_stream;
  /* With out_truncate 1, stdout past out_bytes is read and dropped and the program goes on
   * (DOMjudge's runguard does this); otherwise the run is killed there. */
  int out_truncate;
};

static void push(char ***list, size_t *count, char *item) {
  *list = realloc(*list, (*count + 2) * sizeof **list);
  (*list)[(*count)++] = item;
  (*list)[*count] = NULL;
}

static int parse_request(struct frame *f, struct request *r) {
  memset(r, 0, sizeof *r);
  r->cpu_ms = r->wall_ms = 1000;
  r->out_bytes = 64 << 20;
  r->err_bytes = 64 << 10;
  r->fsize_bytes = 64 << 20;
  const char *k, *v;
  size_t kl, vl;
  while (frame_next(f, &k, &kl)) {
    if (!frame_next(f, &v, &vl)) return -1;
    if (field_is(k, kl, "arg")) push(&r->argv, &r->argc, field_dup(v, vl));
    else if (field_is(k, kl, "env")) push(&r->env, &r->envc, field_dup(v, vl));
    else if (field_is(k, kl, "stdin")) r->stdin_data = v, r->stdin_len = vl;
    else if (field_is(k, kl, "cwd")) r->cwd = field_dup(v, vl);
    else if (field_is(k, kl, "cpu_ms")) r->cpu_ms = field_num(v, vl);
    else if (field_is(k, kl, "wall_ms")) r->wall_ms = field_num(v, vl);
    else if (field_is(k, kl, "stack_bytes")) r->stack_bytes = field_num(v, vl);
    else if (field_is(k, kl, "out_bytes")) r->out_bytes = field_num(v, vl);
    else if (field_is(k, kl, "err_bytes")) r->err_bytes = field_num(v, vl);
    else if (field_is(k, kl, "fsize_bytes")) r->fsize_bytes = field_num(v, vl);
    else if (field_is(k, kl, "stdin_stream")) r->stdin_stream = field_num(v, vl) == 1;
    else if (field_is(k, kl, "stdout_stream")) r->stdout_stream = field_num(v, vl) == 1;
    else if (field_is(k, kl, "out_truncate")) r->out_truncate = field_num(v, vl) == 1;
  }
  return r->argc > 0 && r->cwd ? 0 : -1;
}

static void free_request(struct request *r) {
  for (size_t i = 0; i < r->argc; i++) free(r->argv[i]);
  for (size_t i = 0; i < r->envc; i++) free(r->env[i]);
  free(r->argv);
  free(r->env);
  free(r->cwd);
}

/* The image's environment with the request's KEY=VALUE entries overriding it. */
static char **child_environment(const struct request *r) {
  char **env = NULL;
  size_t n = 0;
  for (char **e = environ; *e; e++) {
    size_t key = strcspn(*e, "=");
    int overridden = 0;
    for (size_t i = 0; i < r->envc && !overridden; i++)
      overridden = strncmp(r->env[i], *e, key + 1) == 0;
    if (!overridden) push(&env, &n, *e);
  }
  for (size_t i = 0; i < r->envc; i++) push(&env, &n, r->env[i]);
  return env;
}

static void set_limit(int resource, rlim_t value) {
  struct rlimit rl = {value, value};
  setrlimit(resource, &rl);
}

/* Runs in the forked child: drop to the sandbox user, apply limits, exec. Never returns. */
static void child_exec(const struct request *r, int in_fd, int out_fd, int err_fd, int report_fd) {
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, NULL);
  signal(SIGPIPE, SIG_DFL);
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  setsid();
  dup2(in_fd, 0);
  dup2(out_fd, 1);
  dup2(err_fd, 2);
  /* Make the program, not the supervisor, the one the OOM killer picks. */
  int adj = open("/proc/self/oom_score_adj", O_WRONLY | O_CLOEXEC);
  if (adj >= 0) {
    (void)!write(adj, "1000", 4);
    close(adj);
  }
  /* -1: no stack limit (the memory cgroup bounds it), as DOMjudge does; threads then get
   * glibc's default 2 MiB stacks instead of one the size of the rlimit each. */
  if (r->stack_bytes < 0) set_limit(RLIMIT_STACK, RLIM_INFINITY);
  else if (r->stack_bytes > 0) set_limit(RLIMIT_STACK, (rlim_t)r->stack_bytes);
  /* A backstop only: the supervisor kills at the exact limit well before this fires. */
  rlim_t cpu_seconds = (rlim_t)(r->cpu_ms + 999) / 1000 + 1;
  struct rlimit cpu = {cpu_seconds, cpu_seconds + 1};
  setrlimit(RLIMIT_CPU, &cpu);
  set_limit(RLIMIT_FSIZE, (rlim_t)r->fsize_bytes);
  set_limit(RLIMIT_CORE, 0);
  int err = 0;
  if (setgroups(0, NULL) < 0 || setgid(SANDBOX_GID) < 0 || setuid(SANDBOX_UID) < 0 || getuid() != SANDBOX_UID) {
    err = errno ? errno : EPERM;
  } else {
    umask(022);
    for (char *p = r->cwd + 1; *p; p++) {
      if (*p != '/') continue;
      *p = '\0';
      mkdir(r->cwd, 0755);
      *p = '/';
    }
    mkdir(r->cwd, 0755);
    if (chdir(r->cwd) < 0) {
      err = errno;
    } else {
      environ = child_environment(r);
      execvp(r->argv[0], r->argv);
      err = errno;
    }
  }
  (void)!write(report_fd, &err, sizeof err);
  _exit(127);
}

static long long now_us(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (long long)ts.tv_sec * 1000000LL + ts.tv_nsec / 1000;
}

static int stdin_memfd(const struct request *r) {
  /* A memfd is seekable and mmap-able like a real input file, and leaves nothing behind. */
  int fd = memfd_create("stdin", MFD_CLOEXEC);
  if (fd < 0) return -1;
  size_t off = 0;
  while (off < r->stdin_len) {
    ssize_t n = write(fd, r->stdin_data + off, r->stdin_len - off);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      close(fd);
      return -1;
    }
    off += (size_t)n;
  }
  lseek(fd, 0, SEEK_SET);
  return fd;
}

struct supervision {
  struct cpu_clock cpu;
  pid_t main_pid;
  int main_done;
  int main_status;
  long long start_us, end_us;
  long long reaped_cpu_us;
  long long maxrss_kb;
  const char *killed_by;
  long long stdout_total;
  struct buf out, err;
  long long err_total;
  /* Streamed stdin: bytes received in IN frames and not yet written to the program. */
  int feed_fd;
  struct buf feed;
  size_t feed_off;
  int feed_eof;
};

static void kill_everything(void) {
  /* From PID 1 this reaches every other process in the box: all of them belong to the run. */
  kill(-1, SIGKILL);
}

static void reap(struct supervision *s) {
  int status;
  struct rusage ru;
  pid_t pid;
  while ((pid = wait4(-1, &status, WNOHANG, &ru)) > 0) {
    s->reaped_cpu_us += ru.ru_utime.tv_sec * 1000000LL + ru.ru_utime.tv_usec +
                        ru.ru_stime.tv_sec * 1000000LL + ru.ru_stime.tv_usec;
    if (ru.ru_maxrss > s->maxrss_kb) s->maxrss_kb = ru.ru_maxrss;
    if (pid == s->main_pid) {
      s->main_done = 1;
      s->main_status = status;
      s->end_us = now_us();
      /* The program is over: its helpers and daemons go too, without waiting for them. */
      kill_everything();
    }
  }
}

static void send_chunk(const char *verb, const char *data, size_t len) {
  struct buf b = {0};
  out_str(&b, verb);
  out_field(&b, data, len);
  frame_send(&b);
  buf_free(&b);
}

static void flush_stdout(struct supervision *s) {
  if (s->out.len == 0) return;
  send_chunk("OUT", s->out.data, s->out.len);
  s->out.len = 0;
}

/* Reads what is available on a pipe. Returns 0 at EOF, 1 otherwise. */
static int drain(int fd, struct supervision *s, int is_stdout, const struct request *r) {
  char chunk[65536];
  for (;;) {
    ssize_t n = read(fd, chunk, sizeof chunk);
    if (n == 0) return 0;
    if (n < 0) return errno == EAGAIN || errno == EINTR ? 1 : 0;
    if (is_stdout) {
      long long room = r->out_bytes - s->stdout_total;
      size_t keep = n < room ? (size_t)n : (size_t)(room > 0 ? room : 0);
      buf_append(&s->out, chunk, keep);
      s->stdout_total += n;
      if (s->out.len >= OUT_CHUNK || r->stdout_stream) flush_stdout(s);
      if (s->stdout_total > r->out_bytes && !s->killed_by && !r->out_truncate) {
        s->killed_by = "output";
        kill_everything();
      }
    } else {
      long long room = r->err_bytes - (long long)s->err.len;
      size_t keep = n < room ? (size_t)n : (size_t)(room > 0 ? room : 0);
      if (keep > 0 && r->stdout_stream) send_chunk("ERROUT", chunk, keep);
      if (keep > 0) buf_append(&s->err, chunk, keep);
      s->err_total += n;
    }
  }
}

/* Writes what it can of the streamed input; closes the pipe at the end of the stream or
 * when the program closed its stdin (EPIPE: the rest is dropped). */
static void feed_program(struct supervision *s) {
  while (s->feed_fd >= 0 && s->feed_off < s->feed.len) {
    ssize_t n = write(s->feed_fd, s->feed.data + s->feed_off, s->feed.len - s->feed_off);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && errno == EAGAIN) return;
    if (n < 0) {
      s->feed_off = s->feed.len;
      s->feed_eof = 1;
      break;
    }
    s->feed_off += (size_t)n;
  }
  if (s->feed_off == s->feed.len) s->feed.len = s->feed_off = 0;
  if (s->feed_fd >= 0 && s->feed_eof && s->feed.len == 0) {
    close(s->feed_fd);
    s->feed_fd = -1;
  }
}

/* Takes the IN and STOP frames already received (they may have come with the RUN). */
static void take_stream_frames(struct supervision *s) {
  static const char *const verbs[] = {"IN", "STOP", NULL};
  struct frame f = {0};
  while (frame_take_buffered(&f, verbs) == 1) {
    const char *verb, *data;
    size_t verb_len, data_len;
    frame_next(&f, &verb, &verb_len);
    if (field_is(verb, verb_len, "STOP")) {
      if (!s->killed_by) s->killed_by = "stopped";
      kill_everything();
    } else if (frame_next(&f, &data, &data_len) && data_len > 0) {
      buf_append(&s->feed, data, data_len);
    } else {
      s->feed_eof = 1; /* an empty IN frame ends the program's input */
    }
    frame_free(&f);
  }
  feed_program(s);
}

/* fd 0 is readable while a streamed run is in progress. */
static void receive_stream(struct supervision *s) {
  if (input_fill() <= 0) {
    /* The judge is gone: nobody will read the result. */
    if (!s->killed_by) s->killed_by = "stopped";
    s->feed_eof = 1;
    kill_everything();
    return;
  }
  take_stream_frames(s);
}

static void supervise(struct supervision *s, const struct request *r, int out_fd, int err_fd, int sig_fd) {
  long long wall_deadline = s->start_us + r->wall_ms * 1000LL;
  if (r->stdin_stream) take_stream_frames(s);
  long long next_cpu_check = s->start_us + TICK_MS * 1000LL;
  int out_open = 1, err_open = 1;
  while (out_open || err_open || !s->main_done) {
    long long now = now_us();
    if (s->main_done && now > s->end_us + DRAIN_MS * 1000LL) break;
    if (!s->main_done && !s->killed_by) {
      if (now >= wall_deadline) {
        s->killed_by = "wall";
        kill_everything();
      } else if (now >= next_cpu_check) {
        next_cpu_check = now + TICK_MS * 1000LL;
        if (cpu_clock_read_us(&s->cpu, s->reaped_cpu_us) >= r->cpu_ms * 1000LL) {
          s->killed_by = "cpu";
          kill_everything();
        }
      }
    }
    int streaming = r->stdin_stream && !s->main_done;
    struct pollfd fds[5] = {
      {out_open ? out_fd : -1, POLLIN, 0},
      {err_open ? err_fd : -1, POLLIN, 0},
      {sig_fd, POLLIN, 0},
      {streaming ? 0 : -1, POLLIN, 0},
      {s->feed_fd >= 0 && s->feed.len > s->feed_off ? s->feed_fd : -1, POLLOUT, 0},
    };
    int timeout = TICK_MS;
    if (!s->main_done && !s->killed_by && (wall_deadline - now) / 1000 < timeout)
      timeout = (int)((wall_deadline - now) / 1000) + 1;
    if (poll(fds, 5, timeout) < 0 && errno != EINTR) break;
    if (fds[0].revents) out_open = drain(out_fd, s, 1, r);
    if (fds[1].revents) err_open = drain(err_fd, s, 0, r);
    if (fds[2].revents) {
      struct signalfd_siginfo info;
      while (read(sig_fd, &info, sizeof info) > 0) {
      }
    }
    if (fds[3].revents) receive_stream(s);
    if (fds[4].revents) feed_program(s);
    reap(s);
  }
  kill_everything();
  /* Collect the last processes (and their CPU time) without hanging on a stuck one. */
  long long give_up = now_us() + DRAIN_MS * 1000LL;
  while (now_us() < give_up) {
    reap(s);
    siginfo_t info_wait;
    /* WNOWAIT: only ask whether children remain; reap() does the reaping and accounting. */
    if (waitid(P_ALL, 0, &info_wait, WEXITED | WNOHANG | WNOWAIT) < 0 && errno == ECHILD) break;
    struct pollfd pfd = {sig_fd, POLLIN, 0};
    poll(&pfd, 1, 5);
    struct signalfd_siginfo info;
    while (read(sig_fd, &info, sizeof info) > 0) {
    }
  }
}

static void send_done(struct supervision *s, int exec_errno) {
  struct buf b = {0};
  out_str(&b, "DONE");
  if (exec_errno) {
    out_kv_str(&b, "status", "exec_failed");
    out_kv_str(&b, "error", strerror(exec_errno));
  } else if (WIFSIGNALED(s->main_status)) {
    out_kv_str(&b, "status", "signaled");
    out_kv_num(&b, "signal", WTERMSIG(s->main_status));
  } else {
    out_kv_str(&b, "status", "exited");
    out_kv_num(&b, "code", WEXITSTATUS(s->main_status));
  }
  out_kv_num(&b, "cpu_us", s->reaped_cpu_us);
  out_kv_num(&b, "wall_us", s->end_us - s->start_us);
  out_kv_num(&b, "maxrss_kb", s->maxrss_kb);
  out_kv_str(&b, "killed_by", s->killed_by ? s->killed_by : "none");
  out_kv_num(&b, "stdout_bytes", s->stdout_total);
  out_kv_num(&b, "stderr_bytes", s->err_total);
  out_kv_bytes(&b, "stdout", s->out.data, s->out.len);
  out_kv_bytes(&b, "stderr", s->err.data, s->err.len);
  frame_send(&b);
  buf_free(&b);
}

void handle_run(struct frame *f) {
  struct request r;
  if (parse_request(f, &r) < 0) {
    send_error("RUN needs at least one arg and a cwd");
    free_request(&r);
    return;
  }
  wipe_scratch();
  int feed_pipe[2] = {-1, -1};
  int in_fd = r.stdin_stream ? (pipe2(feed_pipe, O_CLOEXEC) < 0 ? -1 : feed_pipe[0]) : stdin_memfd(&r);
  int out_pipe[2], err_pipe[2], report_pipe[2];
  if (in_fd < 0 || pipe2(out_pipe, O_CLOEXEC) < 0 || pipe2(err_pipe, O_CLOEXEC) < 0 ||
      pipe2(report_pipe, O_CLOEXEC) < 0) {
    send_error("RUN: cannot set up stdio: %s", strerror(errno));
    free_request(&r);
    return;
  }
  sigset_t chld;
  sigemptyset(&chld);
  sigaddset(&chld, SIGCHLD);
  int sig_fd = signalfd(-1, &chld, SFD_NONBLOCK | SFD_CLOEXEC);

  struct supervision s = {0};
  s.feed_fd = feed_pipe[1];
  if (s.feed_fd >= 0) fcntl(s.feed_fd, F_SETFL, O_NONBLOCK);
  long long oom_before = oom_kill_count();
  cpu_clock_start(&s.cpu);
  s.start_us = now_us();
  s.main_pid = fork();
  if (s.main_pid == 0) child_exec(&r, in_fd, out_pipe[1], err_pipe[1], report_pipe[1]);
  close(out_pipe[1]);
  close(err_pipe[1]);
  close(report_pipe[1]);
  close(in_fd);
  int exec_errno = 0;
  if (s.main_pid < 0) {
    exec_errno = errno;
  } else if (read(report_pipe[0], &exec_errno, sizeof exec_errno) != sizeof exec_errno) {
    exec_errno = 0; /* The pipe closed on exec: the program is running. */
  }
  close(report_pipe[0]);
  fcntl(out_pipe[0], F_SETFL, O_NONBLOCK);
  fcntl(err_pipe[0], F_SETFL, O_NONBLOCK);
  if (s.main_pid > 0) supervise(&s, &r, out_pipe[0], err_pipe[0], sig_fd);
  long long oom_after = oom_kill_count();
  if (!s.killed_by && oom_before >= 0 && oom_after > oom_before) s.killed_by = "oom";
  close(out_pipe[0]);
  close(err_pipe[0]);
  close(sig_fd);
  if (s.feed_fd >= 0) close(s.feed_fd);
  send_done(&s, exec_errno);
  buf_free(&s.out);
  buf_free(&s.err);
  buf_free(&s.feed);
  free_request(&r);
}
