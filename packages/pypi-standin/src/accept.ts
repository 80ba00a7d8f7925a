// HTTP Accept negotiation as WebOb's `acceptable_offers` does it, which both
// Warehouse's simple API (PEP 691) and Pyramid's error pages rely on: each
// offer takes the q of the most specific range that matches it, q=0 removes
// it, and ties keep the server's order of offers. Pure.

interface MediaRange {
  type: string;
  subtype: string;
  q: number;
}

function parseAccept(header: string): MediaRange[] {
  const ranges: MediaRange[] = [];
  for (const part of header.split(',')) {
    const [range, ...params] = part.split(';').map((s) => s.trim());
    if (!range) continue;
    const [type, subtype] = range.toLowerCase().split('/');
    if (!type || !subtype) continue;
    let q = 1;
    for (const param of params) {
      const [key, value] = param.split('=').map((s) => s.trim());
      if (key?.toLowerCase() === 'q' && value !== undefined) {
        const parsed = Number(value);
        q = Number.isFinite(parsed) ? Math.min(Math.max(parsed, 0), 1) : 0;
      }
    }
    ranges.push({ type, subtype, q });
  }
  return ranges;
}

function specificity(range: MediaRange, type: string, subtype: string): number {
  if (range.type === type && range.subtype === subtype) return 3;
  if (range.type === type && range.subtype === '*') return 2;
  if (range.type === '*' && range.subtype === '*') return 1;
  return 0;
}

/**
 * The offers the client accepts, best first. Without an Accept header every
 * offer is acceptable, in the server's order (WebOb's AcceptNoHeader).
 */
export function acceptableOffers(header: string | undefined, offers: readonly string[]): string[] {
  if (header === undefined) return [...offers];
  const ranges = parseAccept(header);
  const scored: Array<{ offer: string; q: number; index: number }> = [];
  offers.forEach((offer, index) => {
    const [type = '', subtype = ''] = offer.toLowerCase().split('/');
    let best: { q: number; specificity: number } | undefined;
    for (const range of ranges) {
      const s = specificity(range, type, subtype);
      if (s > 0 && (!best || s > best.specificity)) best = { q: range.q, specificity: s };
    }
    if (best && best.q > 0) scored.push({ offer, q: best.q, index });
  });
  scored.sort((a, b) => b.q - a.q || a.index - b.index);
  return scored.map((s) => s.offer);
}
