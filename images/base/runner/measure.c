/* Live measurements of the run: CPU time of every process but the supervisor, and the
 * memory cgroup's OOM-kill counter. Both are read while a run is in progress, so they
 * must be cheap: a few small reads per poll tick. */
#define _GNU_SOURCE
#include <ctype.h>
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "runner.h"

static long ticks_per_second;

/* utime + stime + cutime + cstime of one process, in microseconds; 0 if it is gone. */
static long long process_cpu_us(const char *pid) {
  char path[64], text[1024];
  snprintf(path, sizeof path, "/proc/%s/stat", pid);
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return 0;
  ssize_t n = read(fd, text, sizeof text - 1);
  close(fd);
  if (n <= 0) return 0;
  text[n] = '\0';
  /* The command name (field 2) may contain spaces and parentheses: skip to the last ')'. */
  char *p = strrchr(text, ')');
  if (!p) return 0;
  unsigned long long utime = 0, stime = 0;
  long long cutime = 0, cstime = 0;
  if (sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %llu %llu %lld %lld",
             &utime, &stime, &cutime, &cstime) != 4)
    return 0;
  if (!ticks_per_second) ticks_per_second = sysconf(_SC_CLK_TCK);
  return (long long)(utime + stime + (unsigned long long)(cutime + cstime)) * 1000000LL / ticks_per_second;
}

long long live_cpu_us(void) {
  DIR *d = opendir("/proc");
  if (!d) return 0;
  long long total = 0;
  char self[16];
  snprintf(self, sizeof self, "%d", getpid());
  struct dirent *e;
  while ((e = readdir(d))) {
    if (!isdigit((unsigned char)e->d_name[0]) || !strcmp(e->d_name, self)) continue;
    total += process_cpu_us(e->d_name);
  }
  closedir(d);
  return total;
}

/* cgroup v2 puts memory.events at the mount root; v1 has memory/memory.oom_control. */
static const char *const oom_files[] = {
  "/sys/fs/cgroup/memory.events",
  "/sys/fs/cgroup/memory/memory.oom_control",
};

long long oom_kill_count(void) {
  for (size_t i = 0; i < sizeof oom_files / sizeof *oom_files; i++) {
    FILE *fp = fopen(oom_files[i], "re");
    if (!fp) continue;
    char key[64];
    long long value;
    while (fscanf(fp, "%63s %lld", key, &value) == 2) {
      if (!strcmp(key, "oom_kill")) {
        fclose(fp);
        return value;
      }
    }
    fclose(fp);
  }
  return -1;
}
