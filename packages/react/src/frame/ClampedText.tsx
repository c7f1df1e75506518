import { useRef, type CSSProperties, type ReactNode } from 'react';
import { useClamped } from '../hooks/useClamped';

/** Props of {@link ClampedText}. */
export interface ClampedTextProps {
  /** The whole text: always in the DOM (assistive technology reads all of it) and the tooltip once cut. */
  text: string;
  /** Element to render. @default 'span' */
  as?: 'span' | 'p' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
  /** Lines shown before the text is cut with `…`. @default 3 */
  lines?: number;
  className?: string;
  id?: string;
  dir?: 'auto' | 'ltr' | 'rtl';
  /**
   * Own tab stop when cut, so a keyboard user can reveal the rest (focus unclamps it in a
   * bounded scroll box). Leave off inside an element that is itself focusable (a card, an
   * option, a button): that element's focus reveals it instead. @default false
   */
  focusable?: boolean;
  /** Reveal on focus; off where the item must keep its size (a draggable card). @default true */
  reveal?: boolean;
  /** What to draw, when more than the text (an id before a title); `text` is still the tooltip. */
  children?: ReactNode;
}

/**
 * A title or name clamped to a few lines (CSS `line-clamp`, class `sextant-clamp`), so a
 * 10,000-character string never makes a page-tall heading. The full text stays in the DOM
 * for assistive technology, in a native tooltip on hover once it is cut, and is revealed on
 * focus (of the text itself when `focusable`, or of the focused item that contains it).
 */
export function ClampedText({
  text,
  as: Tag = 'span',
  lines,
  className,
  id,
  dir,
  focusable = false,
  reveal = true,
  children,
}: ClampedTextProps) {
  const ref = useRef<HTMLElement>(null);
  const clamped = useClamped(ref, text);
  return (
    <Tag
      ref={ref as never}
      id={id}
      dir={dir}
      className={['sextant-clamp', className].filter(Boolean).join(' ')}
      style={lines ? ({ '--sextant-clamp-lines': lines } as CSSProperties) : undefined}
      data-clamped={clamped || undefined}
      data-reveal={reveal ? undefined : 'off'}
      title={clamped ? text : undefined}
      tabIndex={clamped && focusable && reveal ? 0 : undefined}
    >
      {children ?? text}
    </Tag>
  );
}
