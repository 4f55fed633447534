#!/usr/bin/env bash
# Samples RssAnon (private resident memory) of process PID every 20 ms until STOPFILE exists;
# writes "baseline_kB max_kB" to OUT. Used by bench/run.sh to measure a backend's peak memory.
pid=$1 stop=$2 out=$3
base=$(awk '/RssAnon/ {print $2}' /proc/$pid/status)
max=$base
while [ ! -e "$stop" ] && [ -e /proc/$pid ]; do
  cur=$(awk '/RssAnon/ {print $2}' /proc/$pid/status 2>/dev/null || echo 0)
  [ -n "$cur" ] && [ "$cur" -gt "$max" ] && max=$cur
  sleep 0.02
done
echo "$base $max" > "$out"
