import { useEffect, useRef, useState } from 'react';
import { VisuallyHidden } from './VisuallyHidden';
import { copySelection, writeClipboard } from './copy';
import { CopyIcon } from './CopyIcon';

type CopyState = 'idle' | 'copied' | 'fallback';

/** The words of a copy action: the button's label, its label once copied, the fallback sentence. */
export interface CopyLabels {
  copyMarkdown: string;
  copied: string;
  copyFailed: string;
  /** What the live region says once copied; `copied` when absent. */
  announcement?: string;
}

/** Labels for a widget in its error state, whose copy button is never shown. */
export const NO_LABELS: CopyLabels = { copyMarkdown: '', copied: '', copyFailed: '' };

/**
 * "Copy as Markdown" for the widgets that produce a document (StakeholderSummary, ModelCard,
 * ImpactAssessmentView): the Clipboard API, then a selected textarea with the legacy copy
 * command, then the textarea left selected with a sentence saying how to copy by hand; a
 * short polite announcement once copied. Returns the button (for the frame's actions) and the
 * parts that go below the widget's body. `block` adds the widget's own BEM classes
 * (`<block>__copy`, `<block>__fallback`) beside the shared `sextant-copy` ones.
 */
export function useCopyMarkdown(block: string, labels: CopyLabels, getMarkdown: () => string | null) {
  const [state, setState] = useState<CopyState>('idle');
  const [markdown, setMarkdown] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const buttonRef = useRef<HTMLButtonElement>(null);
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const copied = () => {
    setState('copied');
    setAnnouncement(labels.announcement ?? labels.copied);
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
    <button
      ref={buttonRef}
      type="button"
      className={`sextant-copy ${block}__copy`}
      data-state={state}
      onClick={() => void copy()}
    >
      <CopyIcon done={state === 'copied'} className="sextant-copy__icon" />
      {state === 'copied' ? labels.copied : labels.copyMarkdown}
    </button>
  );
  const below = (
    <>
      {state === 'fallback' ? (
        <div className={`sextant-copy__fallback ${block}__fallback`}>
          <p role="status">{labels.copyFailed}</p>
          <textarea
            ref={areaRef}
            readOnly
            aria-label={labels.copyMarkdown}
            className="sextant-copy__markdown"
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
