#!/usr/bin/env bash
# Builds the feed as the publish-feed workflow publishes it (docs/feed.md), with the shipped CLI (lib/, so compile
# first): `npx projen feed:build [--out DIR] [--from URL]`.
#
#   --out DIR   where the feed goes (default .tmp/feed)
#   --from URL  where the feed is published (the folder holding twilio-network.json): the feed published last is
#               fetched from there and becomes --previous, so the change history carries forward. HTTP 404 means
#               nothing is published yet (a first feed). Any other failure stops here with status 1 and writes nothing:
#               publishing without the previous feed would restart the history.
# Without --from, the feed is built as a first publication (what CI checks on every run).
set -euo pipefail

out=.tmp/feed
from=
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out="${2:?--out needs a folder}"; shift 2 ;;
    --from) from="${2:?--from needs the URL of the published feed folder}"; shift 2 ;;
    *) echo "publish-feed: unknown argument '$1' (use --out DIR and --from URL)" >&2; exit 2 ;;
  esac
done

here="$(cd "$(dirname "$0")/.." && pwd)"
cli="$here/lib/cli/main.js"
[ -f "$cli" ] || { echo "publish-feed: $cli is missing: run 'npx projen compile' first" >&2; exit 1; }

previous=()
if [ -n "$from" ]; then
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  url="${from%/}/twilio-network.json"
  code=$(curl -sS -L --max-time 60 -o "$work/previous.json" -w '%{http_code}' "$url") || {
    echo "publish-feed: fetching $url failed (curl status $?); nothing written" >&2; exit 1; }
  case "$code" in
    200) previous=(--previous "$work/previous.json"); echo "publish-feed: the feed published last is $url" ;;
    404) echo "publish-feed: nothing is published at $url yet: building a first feed" ;;
    *) echo "publish-feed: fetching $url answered HTTP $code; nothing written" >&2; exit 1 ;;
  esac
fi

node "$cli" feed --out "$out" "${previous[@]}"
