/**
 * Just enough of a terminal to read a screen back in tests: printable text with auto-wrap, CR/LF,
 * cursor position (H), cursor up (A), erase in line (K) and display (J), the alternate screen (1049)
 * and synchronized updates (2026: each end of one is a frame). Colours and other modes are ignored.
 * One column per character: tests keep to text whose width is its length.
 */
export class VirtualScreen {
  frames: string[][] = [];
  private main: string[][];
  private alt: string[][] | null = null;
  private row = 0;
  private col = 0;
  private pending = '';

  constructor(private cols: number, private height: number) {
    this.main = this.blank();
  }

  private blank = () => Array.from({ length: this.height }, () => Array<string>(this.cols).fill(' '));
  private get grid() {
    return this.alt ?? this.main;
  }

  rows(): string[] {
    return this.grid.map((r) => r.join('').trimEnd());
  }

  resize(cols: number, rows: number): void {
    this.cols = cols;
    this.height = rows;
    const fit = (g: string[][]) => Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => g[i]?.[j] ?? ' '));
    this.main = fit(this.main);
    if (this.alt) this.alt = fit(this.alt);
    this.row = Math.min(this.row, rows - 1);
    this.col = Math.min(this.col, cols - 1);
  }

  write(data: string): void {
    const s = this.pending + data;
    this.pending = '';
    let i = 0;
    while (i < s.length) {
      const ch = s[i]!;
      if (ch === '\u001b') {
        // eslint-disable-next-line no-control-regex
        const m = /^\u001b\[([?0-9;]*)([A-Za-z~])/.exec(s.slice(i));
        if (!m) {
          if (s.length - i < 16) this.pending = s.slice(i); // a sequence cut by a chunk boundary
          else i++;
          if (this.pending) return;
          continue;
        }
        this.csi(m[1]!, m[2]!);
        i += m[0].length;
      } else if (ch === '\r') {
        this.col = 0;
        i++;
      } else if (ch === '\n') {
        this.lineFeed();
        i++;
      } else {
        const cp = s.codePointAt(i)!;
        const c = String.fromCodePoint(cp);
        if (cp >= 0x20) this.put(c);
        i += c.length;
      }
    }
  }

  private lineFeed(): void {
    if (this.row === this.height - 1) {
      this.grid.shift();
      this.grid.push(Array<string>(this.cols).fill(' '));
    } else this.row++;
  }

  private put(c: string): void {
    if (this.col >= this.cols) {
      this.col = 0;
      this.lineFeed();
    }
    this.grid[this.row]![this.col++] = c;
  }

  private csi(params: string, final: string): void {
    const n = params.replace('?', '').split(';').map((x) => (x === '' ? NaN : Number(x)));
    const g = this.grid;
    if (final === 'H') {
      this.row = Math.min(this.height - 1, (n[0] || 1) - 1);
      this.col = Math.min(this.cols - 1, (n[1] || 1) - 1);
    } else if (final === 'A') this.row = Math.max(0, this.row - (n[0] || 1));
    else if (final === 'K') g[this.row]!.fill(' ', this.col);
    else if (final === 'J') {
      if (n[0] === 2) g.forEach((r) => r.fill(' '));
      else {
        g[this.row]!.fill(' ', this.col);
        for (let r = this.row + 1; r < this.height; r++) g[r]!.fill(' ');
      }
    } else if (params + final === '?1049h') {
      this.alt = this.blank();
      this.row = this.col = 0;
    } else if (params + final === '?1049l') this.alt = null;
    else if (params + final === '?2026l') this.frames.push(this.rows());
  }
}
