#!/bin/bash
# The wall time and the CPU every process on the machine used while a command ran (from /proc/stat):
# the only way to count Chromium's renderers, whose CPU is lost to `wait` when the browser's process
# group is killed. Run it on an otherwise quiet machine.
#   bench/system-cpu.sh node bin/iop.js build bench/out/batch-50 --out /tmp/ut
read -r _ u n s i w q sq st _ < /proc/stat; b1=$((u+n+s+q+sq+st)); t1=$(date +%s%N)
"$@" >/dev/null 2>&1
read -r _ u n s i w q sq st _ < /proc/stat; b2=$((u+n+s+q+sq+st)); t2=$(date +%s%N)
echo "wall $(( (t2-t1)/1000000 )) ms, CPU $(( (b2-b1)*10 )) ms (every process)"
