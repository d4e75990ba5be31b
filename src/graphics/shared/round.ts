/** Two decimals: far below a device pixel at any width we draw, and short in the HTML. */
export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
