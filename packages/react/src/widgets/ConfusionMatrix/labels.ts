/**
 * Axis labels of at most `max` characters (code points) that stay distinct from one another.
 *
 * Cutting every label at its end (`abbreviateLabel`) turns a taxonomy whose names share a long
 * start — `product_category_001` … `product_category_200`, `Electronics › Phones 3` — into
 * one repeated `product_c…`. Labels whose plain cut collides keep the start that fits and the
 * end that tells them apart (`produc…001`); where no end does (they differ only in the
 * middle), they show the part after the start they share (`…phones/a…`); labels equal after
 * whitespace is collapsed get a counter. Labels that fit, or whose cut is already unique, are
 * left as they are. The full name stays in the tooltip, the `<title>` and the hidden table.
 */
export function distinctAbbreviations(texts: readonly string[], max: number): string[] {
  const limit = Math.max(2, Math.floor(max));
  const chars = texts.map((t) => Array.from(String(t).replace(/\s+/g, ' ').trim()));
  const out = chars.map((c) =>
    c.length <= limit
      ? c.join('')
      : `${c
          .slice(0, limit - 1)
          .join('')
          .trimEnd()}…`,
  );
  for (const group of collisions(out)) {
    const members = group.map((i) => chars[i]);
    const short = members.map((c) => c.length <= limit);
    // The shortest tail that separates the group; then grown back to a word boundary
    // ("…001" rather than "…01") while at least two characters of the start still fit.
    let tail = 0;
    for (let t = 1; t <= limit - 3 && tail === 0; t++) {
      if (distinct(members.map((c, k) => (short[k] ? c.join('') : cut(c, limit, t))))) tail = t;
    }
    if (tail > 0) {
      const grown = members.map((c) => grow(c, tail, limit - 3));
      const best = grown.every((g) => g === grown[0]) ? grown[0] : tail;
      const candidate = members.map((c, k) => (short[k] ? c.join('') : cut(c, limit, best)));
      const labels = distinct(candidate) ? candidate : members.map((c, k) => (short[k] ? c.join('') : cut(c, limit, tail)));
      group.forEach((i, k) => (out[i] = labels[k]));
      continue;
    }
    // They differ only in the middle: show the window just after what they all share.
    const shared = commonPrefix(members);
    const windowed = members.map((c, k) => {
      if (short[k]) return c.join('');
      const rest = c.slice(shared);
      return rest.length <= limit - 1 ? `…${rest.join('')}` : `…${rest.slice(0, limit - 2).join('')}…`;
    });
    group.forEach((i, k) => (out[i] = windowed[k]));
  }
  // Whatever still collides (names equal once whitespace is collapsed, or a windowed label
  // that met another one) is told apart by a counter, the first keeping its label.
  for (const group of collisions(out)) {
    group.forEach((i, k) => {
      if (k === 0) return;
      const suffix = ` ${k + 1}`;
      const c = Array.from(out[i]);
      out[i] = `${c.slice(0, Math.max(1, limit - suffix.length - 1)).join('')}…${suffix}`;
    });
  }
  return out;
}

/** `head…tail` in `limit` characters with a tail of `t`. */
function cut(c: string[], limit: number, t: number): string {
  return `${c
    .slice(0, limit - 1 - t)
    .join('')
    .trimEnd()}…${c.slice(c.length - t).join('')}`;
}

/** The tail length `t` grown to the start of its word, if that stays within `most`. */
function grow(c: string[], t: number, most: number): number {
  let g = t;
  while (g < most && g < c.length && !/[\s_/.:›>|-]/.test(c[c.length - g - 1])) g++;
  return g < c.length && /[\s_/.:›>|-]/.test(c[c.length - g - 1]) ? g : t;
}

function commonPrefix(members: string[][]): number {
  let n = 0;
  const shortest = Math.min(...members.map((c) => c.length));
  while (n < shortest && members.every((c) => c[n] === members[0][n])) n++;
  // Back to a word boundary, so the window starts at the beginning of the differing word.
  let b = n;
  while (b > 0 && !/[\s_/.:›>|-]/.test(members[0][b - 1])) b--;
  return b > 0 ? b : n;
}

function distinct(labels: readonly string[]): boolean {
  return new Set(labels).size === labels.length;
}

/** Groups (index lists, in order) of equal labels. */
function collisions(labels: readonly string[]): number[][] {
  const at = new Map<string, number[]>();
  labels.forEach((l, i) => {
    const g = at.get(l);
    if (g) g.push(i);
    else at.set(l, [i]);
  });
  return [...at.values()].filter((g) => g.length > 1);
}
