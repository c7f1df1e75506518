// The portal's light/dark choice: the visitor's saved choice if there is one, else the
// system's `prefers-color-scheme` (followed live until the visitor picks one).
import { useCallback, useEffect, useState } from 'react';

export type PortalTheme = 'light' | 'dark';

export const THEME_KEY = 'sextant-portal-theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

function saved(): PortalTheme | null {
  try {
    const v = window.localStorage.getItem(THEME_KEY);
    return v === 'light' || v === 'dark' ? v : null;
  } catch {
    // Storage can be off (privacy modes, sandboxed frames): fall back to the system.
    return null;
  }
}

function system(): PortalTheme {
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

export function usePortalTheme(): [PortalTheme, (next: PortalTheme) => void] {
  const [chosen, setChosen] = useState<PortalTheme | null>(saved);
  const [fromSystem, setFromSystem] = useState<PortalTheme>(system);

  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const mq = window.matchMedia(DARK_QUERY);
    const onChange = () => setFromSystem(mq.matches ? 'dark' : 'light');
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, []);

  const theme = chosen ?? fromSystem;

  useEffect(() => {
    // Scrollbars, form controls and the page behind the app follow the theme too.
    document.documentElement.dataset.portalTheme = theme;
    document.documentElement.style.colorScheme = theme;
  }, [theme]);

  const choose = useCallback((next: PortalTheme) => {
    setChosen(next);
    try {
      window.localStorage.setItem(THEME_KEY, next);
    } catch {
      // Not persisted; the choice still holds for this visit.
    }
  }, []);

  return [theme, choose];
}
