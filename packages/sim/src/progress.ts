/** A progress bar with rate and ETA on stderr (redrawn every 200 ms on a terminal, a line every 5 s otherwise). */
export class ProgressBar {
  private readonly started = performance.now();
  private last = 0;
  private drawn = false;

  constructor(
    private readonly label: string,
    private readonly out: NodeJS.WritableStream & { isTTY?: boolean } = process.stderr,
    private readonly width = 30,
  ) {}

  update(done: number, total: number): void {
    const now = performance.now();
    if (done < total && now - this.last < (this.out.isTTY ? 200 : 5000)) return;
    this.last = now;
    const frac = total > 0 ? Math.min(1, done / total) : 1;
    const secs = (now - this.started) / 1000;
    const rate = secs > 0 ? done / secs : 0;
    const eta = rate > 0 ? (total - done) / rate : 0;
    const filled = Math.round(frac * this.width);
    const bar = `${'#'.repeat(filled)}${'.'.repeat(this.width - filled)}`;
    const line = `${this.label} [${bar}] ${(frac * 100).toFixed(0).padStart(3)}% ${done}/${total} blocks, ${rate.toFixed(0)} blocks/s, ETA ${formatDuration(eta)}`;
    this.out.write(this.out.isTTY ? `\r${line}\u001b[K` : `${line}\n`);
    this.drawn = true;
  }

  done(): void {
    if (this.drawn && this.out.isTTY) this.out.write('\n');
  }
}

export function formatDuration(secs: number): string {
  if (!Number.isFinite(secs)) return '?';
  const s = Math.round(secs);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
