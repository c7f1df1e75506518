/**
 * The conformance suite every widget passes (CONVENTIONS.md, "Widgets"): className and
 * style pass through, ref forwarded to the root, rest props reach the root, bad props show
 * the in-widget error state while the page keeps rendering, and an accessible name.
 */
import { render, screen, within } from '@testing-library/react';
import { createRef, type ComponentType, type ReactElement, type Ref } from 'react';
import { describe, expect, it, vi } from 'vitest';

export interface ConformanceSpec<P> {
  /** The widget component (forwardRef). */
  Component: ComponentType<P & { ref?: Ref<HTMLElement> }>;
  /** Valid props that render the widget normally. */
  validProps: P;
  /** Props the widget must refuse, shown as an in-widget error. */
  invalidProps: P;
  /** The accessible name the valid render must expose on its root. */
  accessibleName: string | RegExp;
  /** A fragment of the error message the invalid render must show (the technical message, or the sentence). */
  errorText: string | RegExp;
  /** The plain-language sentence the invalid render must show outside the technical details (issue 14 item 3). */
  userText?: string | RegExp;
}

export function describeConformance<P extends object>(name: string, spec: ConformanceSpec<P>): void {
  const { Component, validProps, invalidProps } = spec;
  const renderWidget = (extra: Record<string, unknown> = {}, props: P = validProps): ReactElement => (
    <Component {...props} {...extra} />
  );

  describe(`${name} conformance`, () => {
    it('passes className through and keeps its own classes', () => {
      const { container } = render(renderWidget({ className: 'host-class' }));
      const root = container.firstElementChild as HTMLElement;
      expect(root.classList.contains('host-class')).toBe(true);
      expect(root.classList.contains('sextant-widget')).toBe(true);
    });

    it('passes style through', () => {
      const { container } = render(renderWidget({ style: { maxWidth: '321px' } }));
      expect((container.firstElementChild as HTMLElement).style.maxWidth).toBe('321px');
    });

    it('forwards ref to the root element', () => {
      const ref = createRef<HTMLElement>();
      const { container } = render(<Component {...validProps} ref={ref} />);
      expect(ref.current).toBe(container.firstElementChild);
    });

    it('spreads rest props onto the root', () => {
      const { container } = render(renderWidget({ 'data-testid': 'host-widget', id: 'w-1', 'data-extra': 'x' }));
      const root = container.firstElementChild as HTMLElement;
      expect(root.getAttribute('data-testid')).toBe('host-widget');
      expect(root.id).toBe('w-1');
      expect(root.getAttribute('data-extra')).toBe('x');
    });

    it('has an accessible name', () => {
      const { container } = render(renderWidget());
      const root = container.firstElementChild as HTMLElement;
      expect(screen.getByRole('region', { name: spec.accessibleName })).toBe(root);
    });

    it('shows bad props as an in-widget error and the host keeps rendering', () => {
      const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(
        <main>
          <p>host before</p>
          {renderWidget({}, invalidProps)}
          <p>host after</p>
        </main>,
      );
      expect(screen.getByText('host before')).toBeTruthy();
      expect(screen.getByText('host after')).toBeTruthy();
      const alert = screen.getByRole('alert');
      expect(alert.textContent).toMatch(spec.errorText);
      expect(alert.closest('.sextant-widget')?.getAttribute('data-state')).toBe('error');
      // The technical message sits behind a disclosure and in the console; a sentence for people is in view.
      const details = alert.querySelector('details');
      expect(details, 'technical details disclosure').not.toBeNull();
      expect(details?.open).toBe(false);
      const technical = details?.querySelector('code')?.textContent ?? '';
      expect(technical.length).toBeGreaterThan(0);
      expect(logged.mock.calls.some((c) => String(c[0]).includes(technical))).toBe(true);
      if (spec.userText !== undefined) {
        const sentence = within(alert).getByText(spec.userText);
        expect(details?.contains(sentence)).toBe(false);
      }
      logged.mockRestore();
    });

    it('valid props render without the error state', () => {
      const { container } = render(renderWidget());
      expect((container.firstElementChild as HTMLElement).getAttribute('data-state')).toBe('ready');
      expect(screen.queryByRole('alert')).toBeNull();
    });
  });
}
