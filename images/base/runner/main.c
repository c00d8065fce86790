/*
 * Request loop. Verbs (first field of a frame) and their replies:
 *   PING                          -> PONG
 *   PUT path mode data            -> OK | ERR message      (path under /box/ or /tmp/)
 *   GET dir                       -> FILES (path mode data)* | ERR message
 *   RESET                         -> OK | ERR message      (/box and /tmp emptied: a new box)
 *   RUN (key value)*              -> OUT data ... then DONE (key value)* | ERR message
 *     keys: arg (repeated), env (repeated KEY=VALUE), cwd, stdin, cpu_ms, wall_ms,
 *           stack_bytes (-1: unlimited), out_bytes, out_truncate, err_bytes, fsize_bytes,
 *           stdin_stream, stdout_stream
 *     With stdin_stream 1 the program's stdin is fed while it runs by frames
 *       IN data                     (an empty data ends the input)
 *       STOP                        (kill the run now; killed_by stopped)
 *     and with stdout_stream 1 every piece of stdout is sent at once in an OUT frame, and
 *     every piece of stderr (up to err_bytes) in an ERROUT frame; DONE still carries the
 *     kept stderr.
 *     IN/STOP frames that arrive after the run ended are ignored without a reply.
 *     DONE keys: status (exited|signaled|exec_failed), code, signal, error, cpu_us,
 *           wall_us, maxrss_kb, killed_by (none|cpu|wall|output|oom|stopped), stdout_bytes,
 *           stderr_bytes, stdout (the part not already sent in OUT frames), stderr
 * On start the runner sends READY <version>. When its stdin closes (the judge is gone,
 * even if it was killed) it exits, and Docker removes the container.
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <sys/prctl.h>
#include <unistd.h>

#include "runner.h"

int main(void) {
  /* Non-dumpable: the sandboxed program can neither ptrace us nor open our /proc fds. */
  prctl(PR_SET_DUMPABLE, 0);
  /* Orphaned grandchildren are re-parented here, so their CPU time is counted and they get reaped. */
  prctl(PR_SET_CHILD_SUBREAPER, 1);
  signal(SIGPIPE, SIG_IGN);
  sigset_t chld;
  sigemptyset(&chld);
  sigaddset(&chld, SIGCHLD);
  sigprocmask(SIG_BLOCK, &chld, NULL);

  struct buf hello = {0};
  out_str(&hello, "READY");
  out_str(&hello, RUNNER_VERSION);
  frame_send(&hello);
  buf_free(&hello);

  for (;;) {
    struct frame f = {0};
    int rc = frame_read(&f);
    if (rc == 0) return 0;
    if (rc < 0) {
      send_error("malformed frame");
      return 2;
    }
    const char *verb;
    size_t len;
    if (!frame_next(&f, &verb, &len)) {
      send_error("empty frame");
    } else if (field_is(verb, len, "PING")) {
      struct buf b = {0};
      out_str(&b, "PONG");
      frame_send(&b);
      buf_free(&b);
    } else if (field_is(verb, len, "PUT")) {
      handle_put(&f);
    } else if (field_is(verb, len, "GET")) {
      handle_get(&f);
    } else if (field_is(verb, len, "RESET")) {
      handle_reset();
    } else if (field_is(verb, len, "RUN")) {
      handle_run(&f);
    } else if (field_is(verb, len, "IN") || field_is(verb, len, "STOP")) {
      /* Input for a streamed run that has already ended: nothing to do, nothing to say. */
    } else {
      send_error("unknown verb %.*s", (int)len, verb);
    }
    frame_free(&f);
  }
}
