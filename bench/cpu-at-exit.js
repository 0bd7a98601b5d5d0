'use strict';
// Preloaded (node -r) into a bench's child process: prints the process's CPU time at exit, so a
// bench can compare CPU as well as wall time (wall time on a shared machine varies by ±15%).
// Also the peak resident memory (all threads), for the memory figures.
process.on('exit', () => {
  const u = process.cpuUsage();
  process.stderr.write(`\ncpu-ms ${(u.user + u.system) / 1000}\nmaxrss-mb ${Math.round(process.resourceUsage().maxRSS / 1024)}\n`);
});
