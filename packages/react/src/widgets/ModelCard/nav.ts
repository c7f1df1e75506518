/** Where section navigation moves on a key, or null when the key is not navigation's. Pure. */
export function navKeyTarget(key: string, index: number, count: number): number | 'close' | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return (index + 1) % count;
    case 'ArrowUp':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'Escape':
      return 'close';
    default:
      return null;
  }
}
