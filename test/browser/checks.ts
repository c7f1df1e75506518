/**
 * The measurable half of the product checklist (CONTRIBUTING.md), as page checks any
 * browser test can run: sideways overflow, pointer-target size (WCAG 2.2 SC 2.5.8, with
 * its inline and spacing exceptions) and focus dropped to <body> after a keyboard action.
 * Generic on purpose: they know nothing of a particular widget, so every new story gets
 * them from stories.test.ts without writing a line.
 */
import type { Page } from 'playwright-core';

/** How far the page scrolls sideways, in CSS px (0 when it fits). */
export function pageOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Elements a pointer can activate (native controls and ARIA widget roles). */
export const TARGETS = [
  'a[href]',
  'button',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'summary',
  '[role="button"]',
  '[role="link"]',
  '[role="checkbox"]',
  '[role="radio"]',
  '[role="switch"]',
  '[role="tab"]',
  '[role="menuitem"]',
  '[role="option"]',
  '[role="slider"]',
  '[role="gridcell"][tabindex]',
].join(', ');

export interface TargetProblem {
  target: string;
  width: number;
  height: number;
  /** The target whose area the undersized one's 24 px circle reaches. */
  conflict: string;
}

/**
 * Pointer targets under `root` smaller than 24 × 24 px that do not meet an exception of
 * SC 2.5.8: inline (a link or button inside a line of text), or spacing (a 24 px circle
 * centred on it reaches no other target and no other undersized target's circle).
 */
export function undersizedTargets(page: Page, root = '#storybook-root', selector = TARGETS): Promise<TargetProblem[]> {
  return page.evaluate(
    ({ root, selector }) => {
      const MIN = 24;
      const scope = document.querySelector(root);
      if (!scope) return [];
      const describe = (el: Element) => {
        const name = el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().slice(0, 40);
        return `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''} "${name}"`;
      };
      const shown = (el: Element) => {
        const r = el.getBoundingClientRect();
        if (r.width <= 1 || r.height <= 1) return false;
        for (let a: Element | null = el; a; a = a.parentElement) {
          const cs = getComputedStyle(a);
          if (cs.visibility === 'hidden' || cs.display === 'none' || a.getAttribute('aria-hidden') === 'true') return false;
        }
        return true;
      };
      // Inline exception: the target sits in a sentence, its height set by the line of text.
      const inline = (el: Element) => {
        if (getComputedStyle(el).display !== 'inline') return false;
        const block = el.parentElement;
        return Boolean(block && (block.textContent ?? '').trim().length > (el.textContent ?? '').trim().length);
      };
      const all = Array.from(scope.querySelectorAll(selector)).filter(shown);
      const targets = all.filter((el) => !inline(el));
      const rect = new Map(targets.map((el) => [el, el.getBoundingClientRect()]));
      const small = (el: Element) => rect.get(el)!.width < MIN - 0.01 || rect.get(el)!.height < MIN - 0.01;
      const centre = (el: Element) => {
        const r = rect.get(el)!;
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      };
      const problems: Array<{ target: string; width: number; height: number; conflict: string }> = [];
      for (const a of targets) {
        if (!small(a)) continue;
        const c = centre(a);
        for (const b of targets) {
          // A target nested in another (a button in a grid cell) is one target for the pointer.
          if (b === a || a.contains(b) || b.contains(a)) continue;
          let hit: boolean;
          if (small(b)) {
            const d = centre(b);
            hit = Math.hypot(c.x - d.x, c.y - d.y) < MIN - 0.01;
          } else {
            const r = rect.get(b)!;
            const dx = Math.max(r.left - c.x, 0, c.x - r.right);
            const dy = Math.max(r.top - c.y, 0, c.y - r.bottom);
            hit = Math.hypot(dx, dy) < MIN / 2 - 0.01;
          }
          if (hit) {
            const r = rect.get(a)!;
            problems.push({
              target: describe(a),
              width: Math.round(r.width * 10) / 10,
              height: Math.round(r.height * 10) / 10,
              conflict: describe(b),
            });
            break;
          }
        }
      }
      return problems;
    },
    { root, selector },
  );
}

/** Controls whose keyboard activation is checked for focus loss (not links: they navigate). */
export const ACTIVATABLE = [
  'button:not([disabled])',
  '[role="button"]:not([aria-disabled="true"])',
  '[role="tab"]',
  '[role="switch"]',
  '[role="checkbox"]',
  '[role="gridcell"][tabindex]',
].join(', ');

/**
 * Focus each control under `root` in turn (up to `limit`) and activate it with Enter; after
 * each, focus must still be on a connected element, not dropped to <body>. Returns the
 * controls after whose activation focus was lost. Two round trips per control (focus and
 * name in one evaluate, the real key press, then the check after two frames) rather than
 * one per locator call.
 */
export async function focusLosses(page: Page, root = '#storybook-root', limit = 16): Promise<string[]> {
  const lost: string[] = [];
  const count = () =>
    page.evaluate(({ root, sel }) => document.querySelector(root)?.querySelectorAll(sel).length ?? 0, { root, sel: ACTIVATABLE });
  const n = Math.min(await count(), limit);
  for (let i = 0; i < n; i++) {
    // The DOM may have changed since the count; a control that went away or is hidden is skipped
    // (visible as Playwright means it: a non-empty box and not visibility: hidden).
    const name = await page.evaluate(
      ({ root, sel, i }) => {
        const el = document.querySelector(root)?.querySelectorAll<HTMLElement>(sel)[i];
        if (!el) return null;
        const r = el.getBoundingClientRect();
        if (r.width <= 0 || r.height <= 0 || getComputedStyle(el).visibility === 'hidden') return null;
        el.focus();
        return `${el.tagName.toLowerCase()} "${el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().slice(0, 40)}"`;
      },
      { root, sel: ACTIVATABLE, i },
    );
    if (name === null) continue;
    await page.keyboard.press('Enter');
    const dropped = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const active = document.activeElement;
              resolve(!active || active === document.body || active === document.documentElement || !active.isConnected);
            }),
          ),
        ),
    );
    if (dropped) lost.push(name);
  }
  return lost;
}
