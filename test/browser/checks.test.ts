/**
 * The generic checks of stories.test.ts can fail: each is run on a small page built to
 * break it, and on one built to pass (including WCAG 2.5.8's inline and spacing exceptions).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, runBrowser, type Browser } from '../support/browser';
import { focusLosses, pageOverflow, undersizedTargets } from './checks';

describe.runIf(runBrowser)('checklist checks', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function page(html: string, width = 360) {
    const p = await browser.context.newPage();
    await p.setViewportSize({ width, height: 600 });
    await p.setContent(`<!doctype html><body style="margin:0"><div id="root">${html}</div></body>`);
    return p;
  }

  it('finds sideways overflow, and none on a page that fits', async () => {
    const wide = await page('<div style="width:500px;height:10px"></div>');
    expect(await pageOverflow(wide)).toBe(140);
    await wide.close();
    const fits = await page('<div style="width:100%;overflow-x:auto"><div style="width:500px;height:10px"></div></div>');
    expect(await pageOverflow(fits)).toBe(0);
    await fits.close();
  });

  it('flags 16 px buttons side by side, not 24 px ones, spaced ones or links in a sentence', async () => {
    const btn = (w: number, gap: number) =>
      `<div style="display:flex;gap:${gap}px"><button style="all:unset;width:${w}px;height:${w}px">a</button><button style="all:unset;width:${w}px;height:${w}px">b</button></div>`;
    const p = await page(
      `<div id="small">${btn(16, 2)}</div><div id="big">${btn(24, 0)}</div><div id="spaced">${btn(16, 10)}</div>` +
        '<p id="inline">Read <a href="#x" style="font-size:10px">the docs</a> and <a href="#y" style="font-size:10px">the API</a> first.</p>',
    );
    // 16 px apart centre to centre (16 + 2 gap = 18 < 24): both circles overlap.
    expect((await undersizedTargets(p, '#small')).map((x) => x.width)).toEqual([16, 16]);
    expect(await undersizedTargets(p, '#big')).toEqual([]);
    // 16 + 10 = 26 px between centres: the 24 px circles do not meet (spacing exception).
    expect(await undersizedTargets(p, '#spaced')).toEqual([]);
    expect(await undersizedTargets(p, '#inline')).toEqual([]);
    await p.close();
  });

  it('reports a control whose activation drops focus to <body>, not one that moves focus on', async () => {
    const p = await page(`
      <div id="bad"><button onclick="this.remove()">Dismiss</button></div>
      <div id="good"><button onclick="const n = this.nextElementSibling; this.remove(); n.focus()">Dismiss</button><button>Next</button></div>`);
    expect(await focusLosses(p, '#bad')).toEqual(['button "Dismiss"']);
    expect(await focusLosses(p, '#good')).toEqual([]);
    await p.close();
  });
});
