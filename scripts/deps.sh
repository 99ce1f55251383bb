#!/bin/sh
# deps.sh - install the Debian packages cabletrack needs, and only those
# missing.  "run": what building and running needs; "check": that plus
# what the tests need.  Uses apt-get as root, sudo otherwise, and says so.
set -eu

run_pkgs="gcc make pkg-config libncurses-dev libyaml-dev libjansson-dev"
check_pkgs="$run_pkgs libcmocka-dev libical-dev clang libclang-rt-14-dev \
tmux valgrind cppcheck python3 \
taskwarrior todotxt-cli calcurse emacs-nox cmark-gfm csvkit python3-icalendar"

case "${1:-run}" in
run) want=$run_pkgs ;;
check) want=$check_pkgs ;;
*) echo "usage: deps.sh run|check" >&2; exit 2 ;;
esac

missing=""
for p in $want; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed'; then
		missing="$missing $p"
	fi
done
[ -z "$missing" ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
	echo "cabletrack: missing packages:$missing" >&2
	echo "cabletrack: no apt-get here; install them with your package manager" >&2
	exit 1
fi
if [ "$(id -u)" -eq 0 ]; then
	sudo=""
elif command -v sudo >/dev/null 2>&1; then
	sudo="sudo"
else
	echo "cabletrack: missing packages:$missing; run as root or install sudo" >&2
	exit 1
fi
echo "cabletrack: installing missing Debian packages:$missing"
echo "  ${sudo:+$sudo }apt-get update && ${sudo:+$sudo }apt-get install -y$missing"
$sudo apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing
