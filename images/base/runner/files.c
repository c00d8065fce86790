/* PUT and GET move program files in and out of the box; wipe_scratch resets /tmp; RESET
 * makes the box as empty as a new one, so a box can serve another program. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "runner.h"

#define MAX_TREE_BYTES (512u * 1024u * 1024u)

/* Only these trees may be written by PUT: the program directory and scratch space. */
static int path_allowed(const char *path) {
  size_t n = strlen(path);
  if (strstr(path, "/../") || strstr(path, "/./") || (n >= 3 && !strcmp(path + n - 3, "/.."))) return 0;
  return strncmp(path, "/box/", 5) == 0 || strncmp(path, "/tmp/", 5) == 0;
}

static int mkdirs_for(const char *path) {
  char *copy = strdup(path);
  for (char *p = copy + 1; *p; p++) {
    if (*p != '/') continue;
    *p = '\0';
    if (mkdir(copy, 0755) < 0 && errno != EEXIST) {
      free(copy);
      return -1;
    }
    *p = '/';
  }
  free(copy);
  return 0;
}

void handle_put(struct frame *f) {
  const char *p, *m, *d;
  size_t pl, ml, dl;
  if (!frame_next(f, &p, &pl) || !frame_next(f, &m, &ml) || !frame_next(f, &d, &dl)) {
    send_error("PUT needs path, mode, data");
    return;
  }
  char *path = field_dup(p, pl);
  long mode = 0;
  for (size_t i = 0; i < ml && m[i] >= '0' && m[i] <= '7'; i++) mode = mode * 8 + (m[i] - '0');
  int fd = -1;
  if (!path_allowed(path)) {
    send_error("PUT %s: only /box/ and /tmp/ are writable", path);
  } else if (mkdirs_for(path) < 0 ||
             (fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, (mode_t)(mode & 0755))) < 0) {
    send_error("PUT %s: %s", path, strerror(errno));
  } else {
    size_t off = 0;
    while (off < dl) {
      ssize_t n = write(fd, d + off, dl - off);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) break;
      off += (size_t)n;
    }
    fchmod(fd, (mode_t)(mode & 0755));
    close(fd);
    if (off < dl) {
      send_error("PUT %s: short write (%s)", path, strerror(errno));
    } else {
      struct buf b = {0};
      out_str(&b, "OK");
      frame_send(&b);
      buf_free(&b);
    }
  }
  free(path);
}

static int read_file(const char *path, struct buf *into) {
  int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0) return -1;
  char chunk[65536];
  ssize_t n;
  while ((n = read(fd, chunk, sizeof chunk)) != 0) {
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 || into->len + (size_t)n > MAX_TREE_BYTES) {
      close(fd);
      return -1;
    }
    buf_append(into, chunk, (size_t)n);
  }
  close(fd);
  return 0;
}

/* Appends (relative path, mode, data) for every regular file under dir. */
static int collect_tree(const char *root, const char *rel, struct buf *out) {
  char dir[4096];
  snprintf(dir, sizeof dir, "%s%s%s", root, *rel ? "/" : "", rel);
  DIR *d = opendir(dir);
  if (!d) return -1;
  struct dirent *e;
  int rc = 0;
  while (rc == 0 && (e = readdir(d))) {
    if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
    char child_rel[4096], child[8192];
    snprintf(child_rel, sizeof child_rel, "%s%s%s", rel, *rel ? "/" : "", e->d_name);
    snprintf(child, sizeof child, "%s/%s", root, child_rel);
    struct stat st;
    if (lstat(child, &st) < 0) continue;
    if (S_ISDIR(st.st_mode)) {
      rc = collect_tree(root, child_rel, out);
    } else if (S_ISREG(st.st_mode)) {
      struct buf data = {0};
      char mode[16];
      snprintf(mode, sizeof mode, "%o", st.st_mode & 0777);
      if (read_file(child, &data) < 0) {
        rc = -1;
      } else {
        out_str(out, child_rel);
        out_str(out, mode);
        out_field(out, data.data, data.len);
      }
      buf_free(&data);
    }
  }
  closedir(d);
  return rc;
}

void handle_get(struct frame *f) {
  const char *p;
  size_t pl;
  if (!frame_next(f, &p, &pl)) {
    send_error("GET needs a directory");
    return;
  }
  char *dir = field_dup(p, pl);
  struct buf b = {0};
  out_str(&b, "FILES");
  if (collect_tree(dir, "", &b) < 0) {
    send_error("GET %s: cannot read every file (%s)", dir, strerror(errno));
  } else {
    frame_send(&b);
  }
  buf_free(&b);
  free(dir);
}

/* Removes everything below dir (not dir itself), making directories searchable first. */
static void remove_below(const char *dir) {
  DIR *d = opendir(dir);
  if (!d) return;
  struct dirent *e;
  while ((e = readdir(d))) {
    if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
    char child[4096];
    snprintf(child, sizeof child, "%s/%s", dir, e->d_name);
    struct stat st;
    if (lstat(child, &st) < 0) continue;
    if (S_ISDIR(st.st_mode)) {
      chmod(child, 0700);
      remove_below(child);
      rmdir(child);
    } else {
      unlink(child);
    }
  }
  closedir(d);
}

static int is_empty_dir(const char *dir) {
  DIR *d = opendir(dir);
  if (!d) return 1;
  struct dirent *e;
  int empty = 1;
  while (empty && (e = readdir(d))) {
    if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) empty = 0;
  }
  closedir(d);
  return empty;
}

static const char *const scratch_dirs[] = {"/tmp", "/dev/shm"};

void wipe_scratch(void) {
  int dirty = 0;
  for (size_t i = 0; i < sizeof scratch_dirs / sizeof *scratch_dirs; i++)
    dirty |= !is_empty_dir(scratch_dirs[i]);
  if (!dirty) return;
  pid_t pid = fork();
  if (pid == 0) {
    if (setgroups(0, NULL) < 0 || setgid(SANDBOX_GID) < 0 || setuid(SANDBOX_UID) < 0) _exit(1);
    for (size_t i = 0; i < sizeof scratch_dirs / sizeof *scratch_dirs; i++) remove_below(scratch_dirs[i]);
    _exit(0);
  }
  if (pid > 0) {
    while (waitpid(pid, NULL, 0) < 0 && errno == EINTR) {
    }
  }
}

/*
 * RESET: the box as a new one is. Every process of the last run is already gone (the run
 * kills them when it ends); here /box (written only by the runner, as root, so removed as
 * root) and the scratch space (the program's, so removed as the sandbox user) are emptied.
 */
void handle_reset(void) {
  remove_below("/box");
  wipe_scratch();
  if (!is_empty_dir("/box") || !is_empty_dir("/tmp")) {
    send_error("RESET: the box could not be emptied");
    return;
  }
  struct buf b = {0};
  out_str(&b, "OK");
  frame_send(&b);
  buf_free(&b);
}
