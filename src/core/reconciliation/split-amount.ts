// Splitting one G/L amount over several value entries in proportion to weights, in integer minor units:
// each share rounded half away from zero, the remainder on the largest absolute share (ties: lowest entry no.).

/** Round(a × b / c) half away from zero, exact for any safe integers. */
export function mulDivRound(a: number, b: number, c: number): number {
  const p = a * b;
  if (Math.abs(p) < 2 ** 50 && Math.abs(c) < 2 ** 50) {
    const ap = Math.abs(p);
    const ac = Math.abs(c);
    let r = Math.floor(ap / ac + 0.5);
    // The float quotient can be off near .5; settle r with integer tests: 2·ap ∈ [(2r−1)·ac, (2r+1)·ac).
    while (2 * ap - (2 * r + 1) * ac >= 0) r++;
    while (r > 0 && 2 * ap - (2 * r - 1) * ac < 0) r--;
    return p < 0 !== c < 0 ? -r : r;
  }
  const bp = BigInt(a) * BigInt(b);
  const bc = BigInt(c);
  const neg = bp < 0n !== bc < 0n;
  const ap = bp < 0n ? -bp : bp;
  const ac = bc < 0n ? -bc : bc;
  const q = (2n * ap + ac) / (2n * ac);
  return Number(neg ? -q : q); // allow-number (exact: |q| ≤ |a|·|b|/|c| is a safe minor-unit amount)
}

/**
 * Shares of `total` in proportion to `weights` (equal weights when they sum to 0). `order` gives each
 * share's entry no. for the tie-break.
 */
export function splitAmount(total: number, weights: readonly number[], order: readonly number[]): number[] {
  const n = weights.length;
  let sum = 0;
  for (const w of weights) sum += w;
  const shares =
    sum === 0 ? weights.map(() => mulDivRound(total, 1, n)) : weights.map((w) => mulDivRound(total, w, sum));
  let rest = total;
  for (const s of shares) rest -= s;
  if (rest !== 0 && n > 0) {
    let best = 0;
    for (let i = 1; i < n; i++) {
      const d = Math.abs(shares[i]!) - Math.abs(shares[best]!);
      if (d > 0 || (d === 0 && order[i]! < order[best]!)) best = i;
    }
    shares[best]! += rest;
  }
  return shares;
}
