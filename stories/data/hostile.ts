/**
 * A 10,000-character string, as a pasted document or a runaway template fills a title field:
 * words, then one unbroken run. Widget headings and item titles clamp it to a few lines (the
 * whole text stays for screen readers and in the tooltip), never a page-tall heading.
 */
export const TEN_THOUSAND_CHARACTERS: string =
  `${'Quarterly review of the fraud model, pasted from the planning document '.repeat(120)}${'x'.repeat(10_000)}`.slice(
    0,
    10_000,
  );
