/**
 * Thrown when a Twilio docs page no longer has a table or section a parser relies on.
 *
 * A drift check that silently found nothing would report every fact as `missing` or, worse, pass;
 * so a parser that cannot find its anchors stops and says which page and which anchor.
 */
export class UpstreamParseError extends Error {
  /** The docs path of the page, e.g. `stun-turn/regions`. */
  public readonly page: string;

  /** What the parser looked for and did not find. */
  public readonly missing: string;

  constructor(page: string, missing: string) {
    super(
      `Twilio docs page '${page}': ${missing}. The page layout may have changed: ` +
      `read https://www.twilio.com/docs/${page}.md and update its parser in src/upstream.`,
    );
    this.name = 'UpstreamParseError';
    this.page = page;
    this.missing = missing;
  }
}
