"""What the benchmark scripts share: a small static C runner that times a command and reports
its peak memory. Peak RSS must be measured from a small parent: a child's ru_maxrss includes
the memory of the process it was forked from, so a run forked from Python would report
Python's RSS (about 15 MB). The runner forks, execs the command (stdout to /dev/null, stderr
passed through), and prints the child's wall time, ru_maxrss and exit status."""

import os
import subprocess
import sys

RUNNER_SOURCE = r"""
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <fcntl.h>
int main(int argc, char **argv) {
  struct timespec start, end;
  clock_gettime(CLOCK_MONOTONIC, &start);
  pid_t pid = fork();
  if (pid == 0) {
    int null = open("/dev/null", O_WRONLY);
    dup2(null, 1);
    execv(argv[1], argv + 1);
    _exit(127);
  }
  int status;
  struct rusage usage;
  wait4(pid, &status, 0, &usage);
  clock_gettime(CLOCK_MONOTONIC, &end);
  long long ns = (end.tv_sec - start.tv_sec) * 1000000000LL + (end.tv_nsec - start.tv_nsec);
  printf("%lld %ld %d\n", ns, usage.ru_maxrss, WIFEXITED(status) ? WEXITSTATUS(status) : 128);
  return 0;
}
"""


def build_runner(work):
    source = os.path.join(work, "runner.c")
    with open(source, "w") as f:
        f.write(RUNNER_SOURCE)
    runner = os.path.join(work, "runner")
    subprocess.run(["gcc", "-O2", "-static", "-o", runner, source], check=True)
    return runner


def timed_run(runner, command, cwd, env=None, with_stderr=False):
    """Wall seconds and peak RSS (KiB) of one run, and its stderr if asked; fails on a
    non-zero exit."""
    result = subprocess.run([runner] + command, cwd=cwd, capture_output=True, text=True,
                            env=env)
    if result.returncode != 0:
        sys.exit(f"the runner failed for {command}:\n{result.stderr}")
    out = result.stdout.split()
    ns, kib, status = int(out[0]), int(out[1]), int(out[2])
    if status != 0:
        sys.exit(f"{command} exited with {status}:\n{result.stderr}")
    if with_stderr:
        return ns / 1e9, kib, result.stderr
    return ns / 1e9, kib
