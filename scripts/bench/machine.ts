import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((text) => text.startsWith('model name'));
    if (line) return line.replace(/^model name\s*:\s*/, '').trim();
  } catch {
    // not Linux: fall back to what Node reports
  }
  return cpus()[0]?.model.trim() ?? 'unknown CPU';
}

/** The figures mean little without the machine they were taken on, and how busy it was (other work slows them). */
export function describeMachine(): string {
  const memory = (totalmem() / 2 ** 30).toFixed(1);
  const load = loadavg()
    .map((average) => average.toFixed(1))
    .join(', ');
  return `${availableParallelism()} × ${cpuModel()}, ${memory} GiB RAM, Node ${process.version}, ${process.platform} ${process.arch}, load average ${load} (1, 5, 15 min)`;
}
