/* eslint-disable no-bitwise */ // IPv4 and hash arithmetic is bitwise by nature.
// Network ACL rule numbers that stay put when other entries come and go.
//
// Why not 100, 110, 120...: CloudFormation replaces an entry whose number changes, creating the new entry
// before deleting the old one. If adding one Twilio CIDR shifted every later number, the new entries would
// collide with numbers still held by old ones and the deployment would fail. So each entry's number comes
// from a hash of its stable ID into a window of slots; only a hash collision moves an entry, to the next
// free slot. All entries are ALLOW, so their order does not change what the ACL admits.

/** Slots per direction; with the step this spans 995 numbers above the first. */
export const NACL_SLOTS = 200;
export const NACL_STEP = 5;
export const NACL_MAX_RULE_NUMBER = 32766;
export const NACL_SPAN = (NACL_SLOTS - 1) * NACL_STEP;

export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Rule numbers for IDs of one direction: `first + STEP * slot`, unique, within `[first, first + NACL_SPAN]`. */
export function assignRuleNumbers(ids: readonly string[], first: number): Map<string, number> {
  if (ids.length > NACL_SLOTS) throw new Error(`internal: ${ids.length} entries exceed ${NACL_SLOTS} rule number slots`);
  const taken = new Set<number>();
  const out = new Map<string, number>();
  for (const id of [...ids].sort()) {
    let slot = fnv1a(id) % NACL_SLOTS;
    while (taken.has(slot)) slot = (slot + 1) % NACL_SLOTS;
    taken.add(slot);
    out.set(id, first + slot * NACL_STEP);
  }
  return out;
}
