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
