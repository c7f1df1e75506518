/** Write to the clipboard with the async Clipboard API; false where it is missing or refused. */
export async function writeClipboard(text: string): Promise<boolean> {
  try {
    if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission, insecure origin, an iframe without clipboard-write).
  }
  return false;
}

/**
 * Select a textarea's text and try the legacy copy command on it — the only path left where
 * the Clipboard API is blocked. False leaves the text selected for the person's copy key.
 */
export function copySelection(area: HTMLTextAreaElement): boolean {
  area.focus();
  area.select();
  try {
    return typeof document.execCommand === 'function' && document.execCommand('copy');
  } catch {
    return false;
  }
}

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
