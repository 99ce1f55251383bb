#!/bin/sh
# agenda_fds.sh BIN [N] - the descriptors and lock files of the review
# screen with N cables (default 2000) on the agenda: every review is loaded
# for the agenda, read only, so the process keeps no descriptor per cable
# and no <ID>.yaml.lock appears; opening one cable takes its edit lock.
# Prints the figures; exit 0 when they hold, 1 when not, 77 without tmux.
# AGENDA_FDS_SHOW=N also prints the first N lines of both screens.
# Not part of `make`: run by hand, e.g.
#   sh tests/tools/agenda_fds.sh build/cabletrack 2000
set -u
bin=$1
n=${2:-2000}
command -v tmux >/dev/null 2>&1 || { echo "agenda_fds: no tmux"; exit 77; }
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
here=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ct-agenda-XXXXXX")
sock=ct-agenda-$$
T="tmux -L $sock -f /dev/null"
trap '$T kill-server >/dev/null 2>&1; rm -rf "$tmp"' EXIT INT TERM
mkdir -p "$tmp/cables" "$tmp/state" "$tmp/home"
# N copies of a sample cable, each with its own id (09STATE1xxxxx)
i=0
while [ "$i" -lt "$n" ]; do
	num=$((100000 + i))
	sed "s/STATE 012345/STATE $num/; s/#2345/#$num/" \
		"$here/samples/09STATE12345.txt" >"$tmp/cables/c$num.txt"
	i=$((i + 1))
done
$T new-session -d -s ct -x 120 -y 40 \
	"env LANG=C.UTF-8 HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/.config \
	 XDG_CACHE_HOME=$tmp/home/.cache NO_COLOR= \
	 $bin --state $tmp/state $tmp/cables; exec sleep 600"
wait_for() {
	k=0
	while [ $k -lt 1200 ]; do
		$T capture-pane -p -t ct | grep -qF "$1" && return 0
		sleep 0.05
		k=$((k + 1))
	done
	$T capture-pane -p -t ct
	return 1
}
pid=
for _ in 1 2 3 4 5 6 7 8 9 10; do
	pid=$(pgrep -f "^$bin --state $tmp/state" | head -1)
	[ -n "$pid" ] && break
	sleep 0.2
done
[ -n "$pid" ] || { echo "agenda_fds: the program did not start"; exit 1; }
wait_for "09STATE" || { echo "agenda_fds: no inbox"; exit 1; }
fds() { find "/proc/$pid/fd" -mindepth 1 -maxdepth 1 | wc -l; }
locks() { find "$tmp/state" -name '*.lock' | wc -l; }
inbox_fds=$(fds)
$T send-keys -t ct A
wait_for "open taskings by deadline" || { echo "agenda_fds: no agenda"; exit 1; }
sleep 1
show() { [ "${AGENDA_FDS_SHOW:-0}" -gt 0 ] && $T capture-pane -p -t ct | head -"$AGENDA_FDS_SHOW"; }
show
agenda_fds=$(fds) agenda_locks=$(locks)
$T send-keys -t ct Enter      # the agenda's first row: its cable opens
sleep 1
show
open_locks=$(locks)
echo "agenda_fds: $n cables: $inbox_fds descriptors on the inbox, $agenda_fds" \
	"with the agenda built, $agenda_locks lock files; $open_locks after opening one"
[ "$agenda_fds" -le $((inbox_fds + 2)) ] && [ "$agenda_locks" -eq 0 ] &&
	[ "$open_locks" -eq 1 ]
