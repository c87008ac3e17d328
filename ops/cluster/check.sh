#!/usr/bin/env bash
# The two-node check (docs/operations.md, "A local cluster"): against the cluster of ops/cluster/start.sh (started
# here if it is not up), through HAProxy and each node directly, it shows
#   1. the sign-in brake trips with wrong passwords spread over both nodes;
#   2. the reminder job fires on both nodes, runs on one, and each person gets exactly one e-mail (GreenMail);
#   3. a signed-in user whose node is killed (SIGKILL) lands on the other node, is asked to sign in again, and works;
#   4. a node being stopped drains: readiness 503, HAProxy takes it out, no request fails;
#   5. a document in the bucket is served by each node, to a signed-in person only.
# It prints the figures and exits non-zero if any step fails. It leaves the cluster running, with the node it
# stopped in step 4 started again (ops/cluster/stop.sh stops it all).
set -uo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
"$ROOT/ops/cluster/start.sh" >/dev/null || { echo "The cluster did not start: see $RUN" >&2; exit 1; }

LB=http://127.0.0.1:$CLUSTER_HTTP_PORT
N1=http://127.0.0.1:$CLUSTER_NODE1_PORT
N2=http://127.0.0.1:$CLUSTER_NODE2_PORT
PASSWORD=demo-cpd-2026
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
failures=0
now() { date +%s.%N; }
over() { awk -v a="$1" -v b="$(now)" -v l="$2" 'BEGIN { exit !(b - a > l) }'; }  # more than $2 s since $1
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
pass() { printf '  ok    %s\n' "$*"; }
fail() { printf '  FAIL  %s\n' "$*"; failures=$((failures + 1)); }
sql() { psql -h 127.0.0.1 -p "$CLUSTER_PG_PORT" -U postgres -d "$DB_NAME" -tAc "$1"; }

# Signs in as a browser does (the sign-in page's CSRF token, then the form) and prints where the app sends the browser.
sign_in() { # base jar user password
  local page token
  page=$(curl -s -c "$2" -b "$2" "$1/login")
  token=$(sed -n 's/.*<meta name="_csrf" content="\([^"]*\)".*/\1/p' <<<"$page" | head -1)
  curl -s -o /dev/null -w '%{redirect_url}' -c "$2" -b "$2" --data-urlencode "username=$3" --data-urlencode "password=$4" \
    --data-urlencode "_csrf=$token" "$1/login"
}
# A page only a signed-in person gets: 200, or 302 to the sign-in page.
page_status() { curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$2" -b "$2" "$1/journal"; }
node_of() { awk '$6 == "CPDNODE" { print $7 }' "$1"; }

echo "== 1. The sign-in brake, counted in the database, across both nodes"
user=manager2@demo.centrecpd.example
sql "delete from attempt_count where counter_key like '%$user%'" >/dev/null
free=10
declare -A on=([1]=0 [2]=0)
for i in $(seq 1 $free); do
  n=$(( i % 2 + 1 )); base=$([[ $n == 1 ]] && echo "$N1" || echo "$N2")
  where=$(sign_in "$base" "$WORK/brake-$i" "$user" "wrong password $i")
  on[$n]=$(( on[$n] + 1 ))
  [[ $where == *"login?error" ]] || fail "wrong password $i on node $n: sent to $where"
done
where=$(sign_in "$N1" "$WORK/brake-next" "$user" "wrong password 11")
right=$(sign_in "$N2" "$WORK/brake-right" "$user" "$PASSWORD")
printf '  %d wrong passwords: %d on node 1, %d on node 2; the 11th (node 1) -> %s; the right one (node 2) -> %s\n' \
  "$free" "${on[1]}" "${on[2]}" "${where#*$CLUSTER_NODE1_PORT}" "${right#*$CLUSTER_NODE2_PORT}"
[[ $where == *"wait="* ]] && pass "the 11th wrong password waits" || fail "the 11th wrong password was not slowed down"
[[ $right == *"wait="* ]] && pass "the right password on the other node waits too (one count for both)" \
  || fail "the other node let the right password in: the count is not shared"
sql "delete from attempt_count where counter_key like '%$user%'" >/dev/null

echo "== 2. The reminder job: fires on both nodes every minute, runs on one, one e-mail per person"
today=$(TZ=Europe/London date +%F)
ran() { grep -c "Training reminders for" "$RUN/node-$1/app.log"; }
skipped() { grep -c "Not executing 'training-reminders'" "$RUN/node-$1/app.log"; }
running() { [[ $(sql "select count(*) from shedlock where name = 'training-reminders' and lock_until > now() + interval '1 minute'") != 0 ]]; }
digests_today() { sql "select count(*) from reminder_sent where sent_on = '$today' and kind = 'DAILY'"; }
# Today's first run (the first minute after a fresh start) sends the demo's whole day: about 2 350 digests, eleven
# minutes of mail here. Wait for it; its lock is held for 30 minutes while it runs, 50 s once it has.
t0=$(now)
while [[ $(digests_today) == 0 ]] && ! over "$t0" 150; do sleep 2; done
while running; do sleep 2; done
# Twenty people who had today's reminder: their digest is forgotten, so the next run sends them one more, and
# nobody else (the others had theirs today; a person who turned reminders off has no digest row).
sql "select p.email from reminder_sent s join person p on p.id = s.person_id
      where s.sent_on = '$today' and s.kind = 'DAILY' order by p.email limit 20" >"$WORK/chosen"
chosen=$(wc -l <"$WORK/chosen")
curl -s -X POST "http://127.0.0.1:$CLUSTER_MAIL_API_PORT/api/mail/purge" >/dev/null
sql "delete from reminder_sent where sent_on = '$today' and kind = 'DAILY'
     and person_id in (select id from person where email in ($(sed "s/.*/'&'/" "$WORK/chosen" | paste -sd,)))" >/dev/null
reminded() { # the addresses that got a reminder, each with its count
  python3 - "$CLUSTER_MAIL_API_PORT" <<'PY'
import json, sys, urllib.request, urllib.parse
api = f"http://127.0.0.1:{sys.argv[1]}/api"
for u in json.load(urllib.request.urlopen(api + "/user")):
    messages = json.load(urllib.request.urlopen(f"{api}/user/{urllib.parse.quote(u['email'])}/messages/INBOX"))
    n = sum(1 for m in messages if "training to complete" in m.get("subject", ""))
    if n:
        print(u["email"], n)
PY
}
r1=$(ran 1); r2=$(ran 2); s1=$(skipped 1); s2=$(skipped 2)
t0=$(now)
until (( $(ran 1) + $(ran 2) > r1 + r2 )); do
  over "$t0" 400 && break
  sleep 1
done
sleep 5
ran1=$(( $(ran 1) - r1 )); ran2=$(( $(ran 2) - r2 )); sk1=$(( $(skipped 1) - s1 )); sk2=$(( $(skipped 2) - s2 ))
reminded >"$WORK/got"
people=$(wc -l <"$WORK/got"); mails=$(awk '{ s += $2 } END { print s + 0 }' "$WORK/got")
most=$(awk '$2 > m { m = $2 } END { print m + 0 }' "$WORK/got")
same=$(diff -q <(awk '{ print $1 }' "$WORK/got" | sort) <(sort "$WORK/chosen") >/dev/null && echo yes || echo no)
printf '  in %s s: ran on node 1 %d time(s), node 2 %d; skipped for the lock on node 1 %d, node 2 %d; the lock: %s\n' \
  "$(since "$t0")" "$ran1" "$ran2" "$sk1" "$sk2" "$(sql "select locked_by || ' at ' || to_char(locked_at, 'HH24:MI:SS') from shedlock where name = 'training-reminders'")"
printf '  GreenMail: %d reminder e-mails to %d people, at most %d each; the %d people whose digest was forgotten: %s\n' \
  "$mails" "$people" "$most" "$chosen" "$([[ $same == yes ]] && echo "exactly them" || echo "not them")"
(( ran1 + ran2 == 1 )) && pass "one node ran the job" || fail "the job ran $((ran1 + ran2)) times in one minute"
(( sk1 + sk2 >= 1 )) && pass "the other node's scheduler fired and skipped it (ShedLock)" || fail "no node skipped the job"
(( chosen > 0 && mails == chosen && most == 1 )) && [[ $same == yes ]] && pass "exactly one e-mail per person" \
  || fail "e-mails per person are not one each"

echo "== 3. A signed-in user's node is killed (SIGKILL)"
jar=$WORK/user.jar
sign_in "$LB" "$jar" practitioner@demo.centrecpd.example "$PASSWORD" >/dev/null
before=$(page_status "$LB" "$jar")
home=$(node_of "$jar")
other=$([[ $home == node-1 ]] && echo node-2 || echo node-1)
printf '  signed in through HAProxy on %s: /journal -> %s\n' "$home" "$before"
[[ $before == 200* ]] || fail "not signed in"
pid=$(cat "$RUN/$home.pid")
t0=$(now)
kill -KILL "$pid"
after=$(page_status "$LB" "$jar")
t_after=$(since "$t0")
again=$(sign_in "$LB" "$jar" practitioner@demo.centrecpd.example "$PASSWORD")
working=$(page_status "$LB" "$jar")
t_working=$(since "$t0")
printf '  killed %s; the next request (%s s later) -> %s; signed in again -> %s; /journal on %s -> %s, %s s after the kill\n' \
  "$home" "$t_after" "$after" "${again#*$CLUSTER_HTTP_PORT}" "$(node_of "$jar")" "$working" "$t_working"
[[ $after == 302*login* ]] && pass "asked to sign in again, not an error" || fail "after the kill: $after"
[[ $working == 200* && $(node_of "$jar") == "$other" ]] && pass "working on $other" || fail "not working after signing in again"
rm -f "$RUN/$home.pid"
t0=$(now)
"$ROOT/ops/cluster/start.sh" node "${home#node-}" >/dev/null && printf '  %s started again in %s s\n' "$home" "$(since "$t0")" \
  || fail "$home did not start again"

echo "== 4. Node 2 is stopped (SIGTERM) under load: it drains"
stats() { curl -s "http://127.0.0.1:$CLUSTER_STATS_PORT/;csv" | awk -F, -v s="$1" '$1 == "app_nodes" && $2 == s { print $18 }'; }
t0=$(now)
until [[ $(stats node-1) == UP && $(stats node-2) == UP ]]; do over "$t0" 60 && break; sleep 0.5; done
stop=$WORK/stop
load() { # one client asking the sign-in page again and again, a new visitor each time (round robin)
  while [[ ! -f $stop ]]; do curl -s -o /dev/null -m 30 -w '%{http_code}\n' "$LB/login" >>"$WORK/load-$1"; done
}
for c in 1 2 3; do load $c & done
sleep 3
pid=$(cat "$RUN/node-2.pid")
t0=$(now)
kill -TERM "$pid"
marked=""; exited=""
while [[ -z $exited ]]; do
  [[ -z $marked && $(stats node-2) == DOWN* ]] && marked=$(since "$t0")
  kill -0 "$pid" 2>/dev/null || exited=$(since "$t0")
  sleep 0.2
  over "$t0" 120 && break
done
sleep 3
touch "$stop"; wait
total=$(cat "$WORK"/load-* | wc -l); bad=$(grep -vc '^200$' <(cat "$WORK"/load-*))
drained=$(grep -c "still serving for" "$RUN/node-2/app.log")
printf '  HAProxy marked node 2 DOWN %s s after SIGTERM; node 2 exited after %s s (drain 5 s, then graceful stop)\n' \
  "${marked:-never}" "${exited:-more than 120}"
printf '  %d requests through HAProxy during the stop, %d not answered 200\n' "$total" "$bad"
[[ -n $marked && -n $exited ]] && pass "node 2 was taken out before it stopped" || fail "node 2 was not drained"
(( bad == 0 && total > 0 )) && pass "no request failed" || fail "$bad requests failed"
(( drained >= 1 )) && pass "node 2 logged its drain" || fail "node 2 did not drain"
rm -f "$RUN/node-2.pid"
t0=$(now)
"$ROOT/ops/cluster/start.sh" node 2 >/dev/null && printf '  node 2 started again in %s s\n' "$(since "$t0")" || fail "node 2 did not start again"

echo "== 5. Documents: one bucket (S3Mock) for both nodes, read through each with its access check"
read -r attachment sha < <(sql "select a.id || ' ' || a.sha256 from case_study_attachment a join case_study c on c.id = a.case_study_id
                                 where c.status = 'PUBLISHED' order by a.id limit 1")
for n in 1 2; do
  base=$([[ $n == 1 ]] && echo "$N1" || echo "$N2")
  sign_in "$base" "$WORK/files-$n" practitioner@demo.centrecpd.example "$PASSWORD" >/dev/null
  code=$(curl -s -o "$WORK/file-$n" -w '%{http_code}' -b "$WORK/files-$n" "$base/case-study-files/$attachment")
  got=$(sha256sum "$WORK/file-$n" | cut -d' ' -f1)
  printf '  node %d: /case-study-files/%s -> %s, %d bytes, SHA-256 %s\n' "$n" "$attachment" "$code" "$(wc -c <"$WORK/file-$n")" \
    "$([[ $got == "$sha" ]] && echo "as stored" || echo "DIFFERENT")"
  [[ $code == 200 && $got == "$sha" ]] && pass "node $n serves the document from the bucket" || fail "node $n did not serve the document"
done
signed_out=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "$N2/case-study-files/$attachment")
[[ $signed_out == 302*login* ]] && pass "signed out, the same address asks for sign-in" || fail "signed out: $signed_out"

echo
if (( failures == 0 )); then echo "Cluster check passed."; else echo "Cluster check: $failures failure(s)."; fi
exit $(( failures > 0 ))
