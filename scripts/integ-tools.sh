#!/usr/bin/env bash
# Installs the Debian packages some integration tests use, when missing: nftables and iptables (loading the exported
# rules for real, test/integ/nftables-netns.test.ts and cli-tools.test.ts) and chromium (rendering the feed's
# index.html, test/integ/feed-browser.test.ts: Debian's browser, never one downloaded by npm). Needs root or
# password-less sudo and apt-get; otherwise those tests report themselves skipped, with the reason.
set -uo pipefail
missing=()
command -v nft >/dev/null || missing+=(nftables)
command -v iptables-restore >/dev/null || missing+=(iptables)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ ${#missing[@]} -eq 0 ] && { echo "integ-tools: nftables, iptables and chromium are installed"; exit 0; }
sudo=""
[ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && sudo="sudo -n"
if command -v apt-get >/dev/null && ($sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}") >/dev/null 2>&1; then
  echo "integ-tools: installed ${missing[*]}"
else
  echo "integ-tools: could not install ${missing[*]}; their tests will be skipped"
fi
exit 0
