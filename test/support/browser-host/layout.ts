/** Layout checks shared by the end-to-end suites (the pane's and the checker page's). */
import type { Page } from 'playwright-core';

/**
 * What a person would call broken at this width, read from the laid-out page: the page scrolling
 * sideways, something sticking out of the pane, text clipped by its box, two texts on top of each other.
 * Cheap (one pass over the visible elements, pairs only among those holding text), so every screenshot
 * gets it.
 */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    const name = (el: Element) => {
      const classes = [...el.classList].filter((c) => c.startsWith('tobokel') || c.startsWith('fui-')).join('.');
      return `${el.tagName.toLowerCase()}${classes ? `.${classes}` : ''} “${(el.textContent ?? '').trim().slice(0, 40)}”`;
    };
    if (document.documentElement.scrollWidth > width) problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px in ${width})`);
    const pane = document.querySelector('.tobokel-pane');
    if (!pane) return ['no pane on the page'];
    for (const el of pane.querySelectorAll('*')) {
      // Screen-reader-only text is clipped on purpose.
      if (el.closest('.tobokel-visually-hidden')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.right > width + 0.5 || r.left < -0.5) problems.push(`${name(el)} sticks out of the pane (${Math.round(r.left)}…${Math.round(r.right)} px)`);
      if (getComputedStyle(el).overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1 && el.tagName !== 'SELECT') problems.push(`${name(el)} is clipped (${el.scrollWidth} px in ${el.clientWidth})`);
    }
    // Overlap is judged on the glyphs' own line boxes, not on element boxes (Fluent's labels overlap their
    // neighbours' padding on purpose, to enlarge the click target).
    const lines: { el: Element; node: Text; r: DOMRect }[] = [];
    const walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const el = node.parentElement;
      if (!el || (node.textContent ?? '').trim() === '' || el.closest('.tobokel-visually-hidden')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) lines.push({ el, node, r });
    }
    for (let i = 0; i < lines.length; i++) {
      for (let j = i + 1; j < lines.length; j++) {
        const a = lines[i];
        const b = lines[j];
        if (a.node === b.node) continue;
        const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (x > 2 && y > 2) problems.push(`${name(a.el)} overlaps ${name(b.el)}`);
      }
    }
    return [...new Set(problems)];
  });
}
