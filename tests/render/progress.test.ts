// The progress line: drawn on a terminal only, throttled, with rate and time left, cleared at the end.
import { describe, expect, it } from 'vitest';
import { Progress } from '../../src/render/progress.js';

function fake() {
  const writes: string[] = [];
  let t = 0;
  return { stream: { write: (s: string) => writes.push(s) }, writes, clock: () => t, advance: (ms: number) => (t += ms) };
}

describe('Progress', () => {
  it('writes nothing when stderr is not a terminal', () => {
    const f = fake();
    const p = new Progress(f.stream, false, 10, f.clock);
    for (let i = 0; i < 10; i++) {
      f.advance(1000);
      p.tick();
    }
    p.end();
    expect(f.writes).toEqual([]);
  });

  it('shows documents done, rate and time left, redrawing in place at most every interval', () => {
    const f = fake();
    const p = new Progress(f.stream, true, 5000, f.clock, 200);
    f.advance(1000);
    p.tick(1000);
    expect(f.writes).toEqual(['\r\u001b[Kgisa: 1,000/5,000 docs · 1,000/s · 0:04 left']);
    f.advance(100);
    p.tick(100);
    expect(f.writes).toHaveLength(1);
    f.advance(3500);
    p.tick(1200);
    expect(f.writes[1]).toBe('\r\u001b[Kgisa: 2,300/5,000 docs · 500/s · 0:06 left');
    p.end();
    expect(f.writes[2]).toBe('\r\u001b[K');
  });

  it('without a total shows no time left; slow rates keep a decimal; hours when long', () => {
    const f = fake();
    const p = new Progress(f.stream, true, undefined, f.clock);
    f.advance(4000);
    p.tick();
    expect(f.writes[0]).toBe('\r\u001b[Kgisa: 1 docs · 0.3/s');
    const g = fake();
    const q = new Progress(g.stream, true, 100_000, g.clock);
    g.advance(10_000);
    q.tick(100);
    expect(q.line()).toBe('gisa: 100/100,000 docs · 10/s · 2:46:30 left');
  });

  it('clears nothing at the end if it never drew', () => {
    const f = fake();
    new Progress(f.stream, true, 1, f.clock).end();
    expect(f.writes).toEqual([]);
  });
});
