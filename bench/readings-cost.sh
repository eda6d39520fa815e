#!/usr/bin/env bash
# CPU per stored reading during a paced MQTT ReadingsLoad run: Waybill's JVM and all PostgreSQL processes, in
# microseconds of CPU (user + system) per reading, read from /proc before and after. Arguments go to ReadingsLoad.
#   bash bench/readings-cost.sh --key=bench-admin-key-0123456789 --readings=600000 --devices=1000 --rate=20000
set -euo pipefail
ticks() { # CPU ticks of the processes whose command line matches $1
  local sum=0
  for p in $(pgrep -f "$1"); do
    read -r -a f < "/proc/$p/stat" 2>/dev/null || continue
    sum=$((sum + f[13] + f[14]))
  done
  echo "$sum"
}
hz=$(getconf CLK_TCK)
app0=$(ticks quarkus-run.jar); pg0=$(ticks 'postgres')
out=$(java -Xmx3g "$(dirname "$0")/ReadingsLoad.java" --via=mqtt "$@")
app1=$(ticks quarkus-run.jar); pg1=$(ticks 'postgres')
echo "$out"
n=$(echo "$out" | sed -n 's/^stored \([0-9]*\) readings.*/\1/p')
# the check at the end sends everything again over HTTP: its cost is in the figures too, for both sizes alike
echo "CPU per reading (incl. the HTTP re-check): Waybill $(( (app1 - app0) * 1000000 / hz / n )) µs, PostgreSQL $(( (pg1 - pg0) * 1000000 / hz / n )) µs"
