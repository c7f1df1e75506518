import { createContext, useContext, type ReactNode } from 'react';

/** `light` and `dark` pin Sextant's shipped themes; `inherit` reads `--sextant-*` from the host's CSS. */
export type SextantTheme = 'light' | 'dark' | 'inherit';

interface SextantContextValue {
  theme: SextantTheme;
  /** BCP 47 locale for numbers and dates inside widgets. */
  locale: string | undefined;
}

const SextantContext = /* @__PURE__ */ createContext<SextantContextValue>({ theme: 'inherit', locale: undefined });

/** Props of {@link SextantProvider}. */
export interface SextantProviderProps {
  /** @default 'light' */
  theme?: SextantTheme;
  /** Locale for number and date formatting inside widgets. @default the browser's */
  locale?: string;
  children?: ReactNode;
}

/**
 * Sets the theme and locale for every Sextant widget below it. It renders a
 * `display: contents` wrapper, so it does not change the host's layout.
 *
 * @example
 * ```tsx
 * import '@sextant/react/styles.css';
 * <SextantProvider theme="dark"><ConfusionMatrix … /></SextantProvider>
 * ```
 */
export function SextantProvider({ theme = 'light', locale, children }: SextantProviderProps) {
  return (
    <SextantContext.Provider value={{ theme, locale }}>
      <div className="sextant-theme" data-sextant-theme={theme}>
        {children}
      </div>
    </SextantContext.Provider>
  );
}

/** The theme and locale in effect (`inherit` and the browser locale outside a provider). */
export function useSextantContext(): SextantContextValue {
  return useContext(SextantContext);
}
