// Pages live in the URL hash (`#/drift`): links, the back button, reloads and bookmarks work
// on any static host with no router and no server rewrite rules.
import { useEffect, useState } from 'react';

/** The page id in a hash such as `#/drift`; `null` for other hashes (in-page anchors). */
export function pageIdFromHash(hash: string): string | null {
  const m = /^#\/([\w-]*)/.exec(hash);
  return m ? m[1] : null;
}

export function useHashRoute(fallback: string): string {
  const [id, setId] = useState(() => pageIdFromHash(window.location.hash) || fallback);
  useEffect(() => {
    const onChange = () => {
      const next = pageIdFromHash(window.location.hash);
      // A hash that is not a page (an anchor inside one) keeps the page shown.
      if (next !== null) setId(next || fallback);
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, [fallback]);
  return id;
}
