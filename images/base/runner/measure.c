/* Live measurements of the run: CPU time of every process but the supervisor, and the
 * memory cgroup's OOM-kill counter. Both are read while a run is in progress, so they
 * must be cheap: a few small reads per poll tick.
 *
 * CPU time comes from the box's cgroup (nanoseconds, every thread and process, also the
 * ones already gone) minus the runner's own CPU time. Summing /proc/<pid>/stat instead
 * rounds each process down to 10 ms ticks: a 64-process fork bomb looked 0.5 s cheaper
 * than it was. That sum is only the fallback when no cgroup counter is readable. */
#define _GNU_SOURCE
#include <ctype.h>
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
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

static long long proc_scan_cpu_us(void) {
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

/* Where the box's total CPU time is, in the cgroup layouts Docker produces. */
static const struct {
  const char *path;
  const char *key; /* NULL: the file is one number of nanoseconds */
} cpu_counters[] = {
  {"/sys/fs/cgroup/cpu.stat", "usage_usec"},
  {"/sys/fs/cgroup/cpuacct/cpuacct.usage", NULL},
  {"/sys/fs/cgroup/cpu,cpuacct/cpuacct.usage", NULL},
  {"/sys/fs/cgroup/cpuacct,cpu/cpuacct.usage", NULL},
};

/* One counter in microseconds, or -1 when it cannot be read. */
static long long read_cpu_counter(size_t i) {
  FILE *fp = fopen(cpu_counters[i].path, "re");
  if (!fp) return -1;
  long long value = -1, v;
  char key[64];
  if (!cpu_counters[i].key) {
    if (fscanf(fp, "%lld", &v) == 1) value = v / 1000;
  } else {
    while (value < 0 && fscanf(fp, "%63s %lld", key, &v) == 2)
      if (!strcmp(key, cpu_counters[i].key)) value = v;
  }
  fclose(fp);
  return value;
}

/* The box's CPU time in microseconds, or -1 when no counter is readable. */
static long long cgroup_cpu_us(void) {
  static int probed, chosen = -1;
  if (!probed) {
    probed = 1;
    for (size_t i = 0; i < sizeof cpu_counters / sizeof *cpu_counters && chosen < 0; i++)
      if (read_cpu_counter(i) >= 0) chosen = (int)i;
  }
  return chosen >= 0 ? read_cpu_counter((size_t)chosen) : -1;
}

static long long self_cpu_us(void) {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_utime.tv_sec * 1000000LL + ru.ru_utime.tv_usec + ru.ru_stime.tv_sec * 1000000LL + ru.ru_stime.tv_usec;
}

void cpu_clock_start(struct cpu_clock *clock) {
  clock->box_us = cgroup_cpu_us();
  clock->self_us = self_cpu_us();
}

long long cpu_clock_read_us(const struct cpu_clock *clock, long long reaped_us) {
  if (clock->box_us >= 0) {
    long long box = cgroup_cpu_us();
    if (box >= 0) return (box - clock->box_us) - (self_cpu_us() - clock->self_us);
  }
  return reaped_us + proc_scan_cpu_us();
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
