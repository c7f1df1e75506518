import { useEffect, useRef, useState } from 'react';
import { VisuallyHidden } from '../../frame/VisuallyHidden';
import { copySelection, writeClipboard } from './copy';
import { CopyIcon as SharedCopyIcon } from '../../frame/CopyIcon';

type CopyState = 'idle' | 'copied' | 'fallback';

function CopyIcon({ done }: { done: boolean }) {
  return <SharedCopyIcon done={done} className="sextant-model-card__copy-icon" />;
}

/**
 * "Copy as Markdown" for the governance widgets: the Clipboard API, then a selected textarea
 * with the legacy copy command, then the textarea left selected with a sentence saying how to
 * copy by hand; a short polite "Copied" announcement. Returns the button and the parts that
 * go below the widget's body.
 */
export function useCopyMarkdown(
  labels: { copyMarkdown: string; copied: string; copyFailed: string },
  getMarkdown: () => string | null,
) {
  const [state, setState] = useState<CopyState>('idle');
  const [markdown, setMarkdown] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const buttonRef = useRef<HTMLButtonElement>(null);
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const copied = () => {
    setState('copied');
    setAnnouncement(labels.copied);
    clearTimeout(timer.current);
    // Back to the plain label, and an empty live region so that the next copy is announced again.
    timer.current = setTimeout(() => {
      setState('idle');
      setAnnouncement('');
    }, 2500);
  };

  const copy = async () => {
    const md = getMarkdown();
    if (md === null) return;
    setMarkdown(md);
    if (await writeClipboard(md)) copied();
    else setState('fallback');
  };

  // The clipboard refused: select the Markdown in the textarea and try the legacy copy on it.
  useEffect(() => {
    if (state !== 'fallback' || !areaRef.current) return;
    if (copySelection(areaRef.current)) {
      buttonRef.current?.focus();
      copied();
    }
    // copied() only sets state; this runs once per fallback.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  const button = (
    <button ref={buttonRef} type="button" className="sextant-model-card__copy" data-state={state} onClick={() => void copy()}>
      <CopyIcon done={state === 'copied'} />
      {state === 'copied' ? labels.copied : labels.copyMarkdown}
    </button>
  );
  const below = (
    <>
      {state === 'fallback' ? (
        <div className="sextant-model-card__fallback">
          <p role="status">{labels.copyFailed}</p>
          <textarea
            ref={areaRef}
            readOnly
            aria-label={labels.copyMarkdown}
            className="sextant-model-card__markdown"
            value={markdown}
            rows={8}
          />
        </div>
      ) : null}
      <VisuallyHidden aria-live="polite" aria-atomic="true">
        {announcement}
      </VisuallyHidden>
    </>
  );
  return { button, below };
}
