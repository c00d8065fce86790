/*
 * letscode-runner: the supervisor that lives inside every letscode container.
 *
 * It starts as PID 1 (root, with only CAP_SETUID, CAP_SETGID and CAP_KILL) and talks to
 * the judge over its stdin/stdout. For every RUN request it forks the program as the
 * unprivileged sandbox user, feeds it the input, captures its output up to a cap,
 * enforces CPU, wall-clock and output limits, measures CPU time and peak memory of the
 * whole process tree, and kills every process of the run when it ends. Because it runs
 * under a different uid and is non-dumpable, the program can neither signal, ptrace nor
 * forge the supervisor's results.
 *
 * Wire format (both directions): a frame is a netstring whose payload is a sequence of
 * netstrings ("fields"): "<len>:<field><field>...," with each field "<len>:<bytes>,".
 * The first field is the verb; see main.c for the verbs.
 */
#ifndef LETSCODE_RUNNER_H
#define LETSCODE_RUNNER_H

#include <stddef.h>
#include <stdint.h>

#define RUNNER_VERSION "2"
#define SANDBOX_UID 10001
#define SANDBOX_GID 10001
#define MAX_FRAME_BYTES (1024u * 1024u * 1024u)

/* A growable byte buffer. */
struct buf {
  char *data;
  size_t len;
  size_t cap;
};
void buf_append(struct buf *b, const void *data, size_t len);
void buf_free(struct buf *b);

/* An incoming frame and a cursor over its fields. */
struct frame {
  char *payload;
  size_t len;
  size_t pos;
};
/* Reads the next frame from fd 0, blocking. Returns 1 on success, 0 on clean EOF, -1 on error. */
int frame_read(struct frame *f);
/* One read() from fd 0 into the input buffer (call when poll says it is readable). */
long input_fill(void);
/* Takes a frame already complete in the input buffer if its verb is one of `verbs`
 * (NULL-terminated); never reads. 1 taken, 0 none such (yet), -1 malformed. Frames with
 * other verbs stay queued for the request loop. */
int frame_take_buffered(struct frame *f, const char *const *verbs);
/* Moves to the next field. Returns 1 and sets ptr/len, or 0 when there are no more. */
int frame_next(struct frame *f, const char **ptr, size_t *len);
void frame_free(struct frame *f);

/* Outgoing frames are built field by field, then sent in one write. */
void out_field(struct buf *b, const void *data, size_t len);
void out_str(struct buf *b, const char *s);
void out_kv_str(struct buf *b, const char *key, const char *value);
void out_kv_num(struct buf *b, const char *key, long long value);
void out_kv_bytes(struct buf *b, const char *key, const void *data, size_t len);
void frame_send(struct buf *payload);
void send_error(const char *fmt, ...);

/* Field helpers: compare a field to a C string, parse a field as a number. */
int field_is(const char *ptr, size_t len, const char *s);
long long field_num(const char *ptr, size_t len);
char *field_dup(const char *ptr, size_t len);

/* Verbs. Each reads the rest of its frame and sends exactly one reply frame. */
void handle_put(struct frame *f);
void handle_get(struct frame *f);
void handle_run(struct frame *f);

/* Empties the scratch directories as the sandbox user (so the program's own files,
 * even chmod 000 ones, can be removed without extra capabilities). */
void wipe_scratch(void);
void handle_reset(void);

/* CPU time of the run so far: every process and thread except the runner itself. */
struct cpu_clock {
  long long box_us;  /* the box cgroup's counter at the start, or -1 if unreadable */
  long long self_us; /* the runner's own CPU time at the start */
};
void cpu_clock_start(struct cpu_clock *clock);
/* reaped_us (CPU of processes already reaped) is only used by the /proc fallback. */
long long cpu_clock_read_us(const struct cpu_clock *clock, long long reaped_us);
/* The memory cgroup's oom_kill counter, or -1 when it cannot be read. */
long long oom_kill_count(void);

#endif
