#!/bin/bash
# Check a serial log with Linux's own KTAP parser (kunit.py parse) from
# Debian's linux-source-6.1, extracted once into build/kunit/.
#
# Usage: tools/kunit-parse.sh [-q] <serial.log>
#   -q  print only parse errors, not the parser's report
# Exit: 0 parsed fine, all passed; 1 parsed fine, tests failed;
#       2 parse errors (printed); 3 setup problem (no linux-source, bad usage).
set -euo pipefail

quiet=0
if [ "${1:-}" = -q ]; then quiet=1; shift; fi
if [ $# -ne 1 ] || [ ! -f "$1" ]; then
	echo "usage: $0 [-q] <serial.log>" >&2
	exit 3
fi
log=$1

root=$(cd "$(dirname "$0")/.." && pwd)
tarball=/usr/src/linux-source-6.1.tar.xz
cache=$root/build/kunit
kunit=$cache/linux-source-6.1/tools/testing/kunit/kunit.py

# Extract only tools/testing/kunit/ (~12 s), once; flock serialises parallel callers.
if [ ! -f "$kunit" ]; then
	if [ ! -f "$tarball" ]; then
		echo "$0: $tarball missing (run tools/deps.sh --kunit)" >&2
		exit 3
	fi
	mkdir -p "$cache"
	(
		flock 9
		if [ ! -f "$kunit" ]; then
			tmp=$(mktemp -d "$cache/.extract.XXXXXX")
			tar xJf "$tarball" -C "$tmp" --wildcards 'linux-source-6.1/tools/testing/kunit/*'
			rm -rf "$cache/linux-source-6.1"
			mv "$tmp/linux-source-6.1" "$cache/"
			rmdir "$tmp"
		fi
	) 9>"$cache/.lock"
fi

# Strip CR and ANSI escapes (GRUB writes them to the serial console).
clean=$(mktemp)
out=$(mktemp)
trap 'rm -f "$clean" "$out"' EXIT
sed -e 's/\r//g' -e 's#\x1b\[[0-9;?]*[ -/]*[@-~]##g' -e 's#\x1b[()][0-9A-Za-z]##g' \
	-e 's#\x1b[0-9=>@-Z\\-_]##g' "$log" >"$clean"

status=0
python3 "$kunit" parse "$clean" >"$out" 2>&1 || status=$?
[ $quiet = 1 ] || cat "$out"

# add_error() prints "[ERROR] Test: <name>: <message>"; an empty log gives
# "could not find any KTAP output"; a crash of kunit.py prints no summary.
errors=$(grep -E '\[ERROR\]|could not find any KTAP output' "$out" || true)
if [ -n "$errors" ] || ! grep -q 'Testing complete\.' "$out"; then
	echo "kunit-parse: Linux KTAP parser reported errors for $log:" >&2
	if [ -n "$errors" ]; then
		printf '%s\n' "$errors" >&2
	else
		tail -n 20 "$out" >&2
	fi
	exit 2
fi
[ $status = 0 ] || exit 1
exit 0
