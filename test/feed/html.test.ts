// index.html as text (docs/feed.md#the-files); test/integ/feed-browser.test.ts checks it as Chromium renders it.
import { buildFeedDocument } from '../../src/feed/build';
import { renderHtml } from '../../src/feed/html';
import { ipv4Lists } from '../../src/feed/lists';
import { FEED_FILES, PURPOSES } from '../../src/feed/types';

describe('renderHtml', () => {
  const doc = buildFeedDocument();
  const lists = ipv4Lists(doc.entries);
  const html = renderHtml(doc, lists);

  test('is plain HTML and CSS: no script, no event handler attribute, no external resource', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).not.toMatch(/<script|\son[a-z]+=|<link rel="stylesheet"|<img|<iframe/i);
  });

  test('says it is unofficial and generated from Twilio\'s public pages, in its first paragraph', () => {
    expect(html).toMatch(/<p class="notice" id="notice"><strong>Unofficial: generated from Twilio&apos;s public pages/);
  });

  test('has a table per purpose and links every list, the JSON, its schema, the Atom feed and CHANGELOG.md', () => {
    for (const p of PURPOSES) expect(html).toContain(`<table class="entries" data-purpose="${p}">`);
    for (const l of lists) expect(html).toContain(`<a href="${l.file}">`);
    for (const file of [FEED_FILES.json, FEED_FILES.schema, FEED_FILES.atom, FEED_FILES.changelog]) expect(html).toContain(`href="${file}"`);
    expect(html).toContain(`<link rel="alternate" type="application/atom+xml" title="Changes" href="${FEED_FILES.atom}">`);
  });

  test('escapes every text from the feed', () => {
    const odd = renderHtml({ ...doc, changes: [{ ...doc.changes[0], title: '<b>"x" & \'y\'</b>' }] }, lists);
    expect(odd).toContain('&lt;b&gt;&quot;x&quot; &amp; &apos;y&apos;&lt;/b&gt;');
    expect(odd).not.toContain('<b>"x"');
  });
});
