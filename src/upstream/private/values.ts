// Value normalizers: each turns the page's way of writing a fact into the one string we compare.

/** IPv4 CIDRs in the text, with an optional BGP `le`/`ge` length qualifier kept (`168.86.128.0/18 le 24`). */
export function cidrsIn(text: string): string[] {
  return [...text.matchAll(/(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3}\/\d{1,2})(?![\d.])((?:\s+(?:le|ge)\s+\d{1,2})*)/gi)]
    .map((m) => (m[1] + m[2].replace(/\s+/g, ' ').toLowerCase()));
}

/** IPv4 host addresses in the text: bare addresses and `/32`s, written as bare addresses. */
export function addressesIn(text: string): string[] {
  return [...text.matchAll(/(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?:\/32)?(?![\d./])/g)].map((m) => m[1]);
}

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+|\d+`;

/** A port or port range without thousands separators: `10,000 - 60,000` -> `10000-60000`, `443` -> `443`. */
export function portRangeIn(text: string): string | undefined {
  const m = new RegExp(`(${NUMBER})(?:\\s*(?:-|–|—|to)\\s*(${NUMBER}))?`, 'i').exec(text);
  if (!m) return undefined;
  const from = m[1].replace(/,/g, '');
  const to = m[2]?.replace(/,/g, '');
  return to && to !== from ? `${from}-${to}` : from;
}

/** `tcp` or `udp` for each protocol named in the text; TLS and WSS ride on TCP. */
export function protocolsIn(text: string): string[] {
  const found = new Set<string>();
  if (/\b(tcp|tls|wss|https)\b/i.test(text)) found.add('tcp');
  if (/\budp\b/i.test(text)) found.add('udp');
  return [...found];
}

/** `protocol/port` values from a list such as `5060 (UDP/TCP), 5061 (TLS)`. */
export function portListIn(text: string): string[] {
  return [...text.matchAll(/(\d+)\s*\(([^)]*)\)/g)].flatMap((m) => protocolsIn(m[2]).map((p) => `${p}/${m[1]}`));
}
