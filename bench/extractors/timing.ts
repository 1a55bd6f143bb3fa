/** Wall and CPU time of one extraction. */
export interface Clock {
  wall: number;
  cpu: number;
}

export function clock(): Clock {
  const cpu = process.cpuUsage();
  return { wall: performance.now(), cpu: (cpu.user + cpu.system) / 1000 };
}

export function since(start: Clock): { extractMs: number; extractCpuMs: number } {
  const now = clock();
  return { extractMs: now.wall - start.wall, extractCpuMs: now.cpu - start.cpu };
}
