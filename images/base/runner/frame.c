/* Netstring framing over fd 0 (requests) and fd 1 (replies). */
#define _GNU_SOURCE
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>

#include "runner.h"

static void *xrealloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  if (!q) {
    /* Out of memory in the supervisor: nothing sensible is left to do. */
    _exit(70);
  }
  return q;
}

void buf_append(struct buf *b, const void *data, size_t len) {
  if (b->len + len > b->cap) {
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + len) cap *= 2;
    b->data = xrealloc(b->data, cap);
    b->cap = cap;
  }
  if (len) memcpy(b->data + b->len, data, len);
  b->len += len;
}

void buf_free(struct buf *b) {
  free(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
}

/* Requests arrive on fd 0. Unconsumed bytes are in.data[in_off .. in.len). */
static struct buf in;
static size_t in_off;

#define READ_CHUNK 65536

long input_fill(void) {
  if (in_off == in.len) {
    in.len = in_off = 0;
  } else if (in_off > READ_CHUNK) {
    memmove(in.data, in.data + in_off, in.len - in_off);
    in.len -= in_off;
    in_off = 0;
  }
  if (in.cap - in.len < READ_CHUNK) {
    in.cap = in.len + READ_CHUNK * 2;
    in.data = xrealloc(in.data, in.cap);
  }
  ssize_t n;
  do n = read(0, in.data + in.len, READ_CHUNK);
  while (n < 0 && errno == EINTR);
  if (n > 0) in.len += (size_t)n;
  return n;
}

/* Parses "<len>:" at the front of the buffer: its size, 0 if incomplete, -1 if malformed. */
static int parse_header(size_t *len) {
  size_t n = 0, i = in_off;
  while (i < in.len && in.data[i] >= '0' && in.data[i] <= '9') {
    n = n * 10 + (size_t)(in.data[i] - '0');
    if (i - in_off >= 10 || n > MAX_FRAME_BYTES) return -1;
    i++;
  }
  if (i == in.len) return 0;
  if (i == in_off || in.data[i] != ':') return -1;
  *len = n;
  return (int)(i + 1 - in_off);
}

int frame_read(struct frame *f) {
  size_t len;
  int head;
  while ((head = parse_header(&len)) == 0) {
    ssize_t n = input_fill();
    if (n <= 0) return n == 0 && in_off == in.len ? 0 : -1;
  }
  if (head < 0) return -1;
  in_off += (size_t)head;
  /* Big frames (inputs, binaries) are read straight into their own buffer, not copied twice. */
  f->payload = xrealloc(NULL, len + 1);
  size_t have = in.len - in_off < len ? in.len - in_off : len;
  memcpy(f->payload, in.data + in_off, have);
  in_off += have;
  while (have < len) {
    ssize_t n;
    do n = read(0, f->payload + have, len - have);
    while (n < 0 && errno == EINTR);
    if (n <= 0) goto malformed;
    have += (size_t)n;
  }
  if (in_off == in.len && input_fill() <= 0) goto malformed;
  if (in.data[in_off++] != ',') goto malformed;
  f->payload[len] = '\0';
  f->len = len;
  f->pos = 0;
  return 1;
malformed:
  free(f->payload);
  f->payload = NULL;
  return -1;
}

int frame_take_buffered(struct frame *f, const char *const *verbs) {
  size_t len;
  int head = parse_header(&len);
  if (head <= 0) return head;
  if (in.len - in_off < (size_t)head + len + 1) return 0;
  struct frame peek = {in.data + in_off + head, len, 0};
  const char *verb;
  size_t verb_len;
  if (!frame_next(&peek, &verb, &verb_len)) return -1;
  int wanted = 0;
  for (const char *const *v = verbs; *v && !wanted; v++) wanted = field_is(verb, verb_len, *v);
  if (!wanted) return 0;
  if (in.data[in_off + head + len] != ',') return -1;
  f->payload = xrealloc(NULL, len + 1);
  memcpy(f->payload, in.data + in_off + head, len);
  f->payload[len] = '\0';
  f->len = len;
  f->pos = 0;
  in_off += (size_t)head + len + 1;
  return 1;
}

int frame_next(struct frame *f, const char **ptr, size_t *len) {
  size_t n = 0, i = f->pos;
  int digits = 0;
  while (i < f->len && f->payload[i] >= '0' && f->payload[i] <= '9') {
    n = n * 10 + (size_t)(f->payload[i++] - '0');
    if (++digits > 10) return 0;
  }
  if (digits == 0 || i >= f->len || f->payload[i] != ':') return 0;
  i++;
  if (n > f->len - i || i + n >= f->len || f->payload[i + n] != ',') return 0;
  *ptr = f->payload + i;
  *len = n;
  f->pos = i + n + 1;
  return 1;
}

void frame_free(struct frame *f) {
  free(f->payload);
  f->payload = NULL;
}

void out_field(struct buf *b, const void *data, size_t len) {
  char head[24];
  int n = snprintf(head, sizeof head, "%zu:", len);
  buf_append(b, head, (size_t)n);
  buf_append(b, data, len);
  buf_append(b, ",", 1);
}

void out_str(struct buf *b, const char *s) { out_field(b, s, strlen(s)); }

void out_kv_str(struct buf *b, const char *key, const char *value) {
  out_str(b, key);
  out_str(b, value);
}

void out_kv_num(struct buf *b, const char *key, long long value) {
  char num[32];
  snprintf(num, sizeof num, "%lld", value);
  out_kv_str(b, key, num);
}

void out_kv_bytes(struct buf *b, const char *key, const void *data, size_t len) {
  out_str(b, key);
  out_field(b, data, len);
}

static void write_all(const void *data, size_t len) {
  const char *p = data;
  while (len > 0) {
    ssize_t n = write(1, p, len);
    if (n < 0) {
      if (errno == EINTR) continue;
      /* The judge went away: nothing to report to any more. */
      _exit(0);
    }
    p += n;
    len -= (size_t)n;
  }
}

void frame_send(struct buf *payload) {
  char head[24];
  int n = snprintf(head, sizeof head, "%zu:", payload->len);
  struct iovec iov[3] = {
    {head, (size_t)n}, {payload->data, payload->len}, {",", 1},
  };
  /* One syscall in the common case; finish piecewise if the pipe took only part. */
  ssize_t done;
  do done = writev(1, iov, 3);
  while (done < 0 && errno == EINTR);
  if (done < 0) _exit(0);
  for (int i = 0; i < 3; i++) {
    size_t skip = (size_t)done < iov[i].iov_len ? (size_t)done : iov[i].iov_len;
    done -= (ssize_t)skip;
    write_all((char *)iov[i].iov_base + skip, iov[i].iov_len - skip);
  }
}

void send_error(const char *fmt, ...) {
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  struct buf b = {0};
  out_str(&b, "ERR");
  out_str(&b, msg);
  frame_send(&b);
  buf_free(&b);
}

int field_is(const char *ptr, size_t len, const char *s) {
  return strlen(s) == len && memcmp(ptr, s, len) == 0;
}

long long field_num(const char *ptr, size_t len) {
  long long v = 0;
  int neg = len > 0 && ptr[0] == '-';
  for (size_t i = neg ? 1 : 0; i < len; i++) {
    if (ptr[i] < '0' || ptr[i] > '9') return -1;
    v = v * 10 + (ptr[i] - '0');
  }
  return neg ? -v : v;
}

char *field_dup(const char *ptr, size_t len) {
  char *s = xrealloc(NULL, len + 1);
  memcpy(s, ptr, len);
  s[len] = '\0';
  return s;
}
