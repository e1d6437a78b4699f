import { readFileSync } from 'node:fs';

/**
 * Whether process `pid` is running on this host: alive and not a zombie (a zombie holds nothing
 * but its PID). A process of another user counts as alive (kill(0) answers EPERM).
 */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    // /proc/<pid>/stat: "pid (comm) state …"; the comm may contain spaces, the state follows its ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true; // no /proc (macOS): kill(0) succeeded
  }
}
