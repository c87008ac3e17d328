#!/usr/bin/env bash
# The two-node check (docs/operations.md, "A local cluster"): against the cluster of ops/cluster/start.sh (started
# here if it is not up), through HAProxy and each node directly, it shows
#   1. the sign-in brake trips with wrong passwords spread over both nodes;
#   2. the reminder job fires on both nodes, runs on one, and each person gets exactly one e-mail (GreenMail);
#   3. a signed-in user whose node is killed (SIGKILL) lands on the other node, is asked to sign in again, and works;
#   4. a node being stopped drains: readiness 503, HAProxy takes it out, no request fails;
#   5. a document in the bucket is served by each node, to a signed-in person only;
#   6. a document uploaded on node 1 (through the case study's upload field, as a browser sends it), read, approved and
#      published there, is found by a word of its text in search on node 2 (one OpenSearch index for both);
#   7. node 1 is killed (SIGKILL) while it reads a document; node 2 takes the document over once the lease has run
#      out, and node 1 is started again;
#   8. an admin rebuilds the search index on node 1 while a practitioner searches on node 2: the next version of the
#      index is built beside the one in use, and the aliases move to it when it is complete (casestudies.search.VersionedIndex).
# Steps 6 to 8 speak Vaadin's protocol as a browser does (ops/cluster/vaadin.py, as the load tests do).
# It prints the figures and exits non-zero if any step fails. It leaves the cluster running, with the nodes it stopped
# in steps 3, 4 and 7 started again (ops/cluster/stop.sh stops it all). 'ops/cluster/check.sh 6 7' runs only those steps.
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
want() { [[ -z $STEPS || " $STEPS " == *" $1 "* ]]; }
STEPS="$*"
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

VAADIN=(python3 "$ROOT/ops/cluster/vaadin.py")
PARTNER=partner@demo.centrecpd.example
OS=http://127.0.0.1:$CLUSTER_OPENSEARCH_PORT
attachment_state() { # case study, file name: status and the node holding its lease ('-' once read)
  sql "select status || ' ' || coalesce(claimed_by, '-') from case_study_attachment where case_study_id = $1 and file_name = '$2'"
}
# A new draft case study to add documents to: a copy of the demo's draft (its author, centres, areas and the rest),
# made in the database, as writing one through its form is not what steps 6 and 7 show. The partner reviews it.
TEMPLATE="Saturday dads'' group in the community garden"
draft() { # title
  sql "with template as (select * from case_study where title = '$TEMPLATE' order by id fetch first 1 rows only),
         made as (insert into case_study (title, summary, outcomes, year_of_practice, status, published_to_all, author_account_id,
                    author_name, based_on, created_at, updated_at, version)
                  select '$1', summary, outcomes, year_of_practice, 'DRAFT', false, author_account_id, author_name, based_on,
                    localtimestamp, localtimestamp, 0 from template returning id),
         centres as (insert into case_study_centre select made.id, x.centre_id from made, case_study_centre x join template t on x.case_study_id = t.id),
         audiences as (insert into case_study_audience select made.id, x.centre_id from made, case_study_audience x join template t on x.case_study_id = t.id),
         areas as (insert into case_study_area select made.id, x.area from made, case_study_area x join template t on x.case_study_id = t.id),
         qualities as (insert into case_study_quality select made.id, x.quality from made, case_study_quality x join template t on x.case_study_id = t.id),
         ages as (insert into case_study_age select made.id, x.age_band from made, case_study_age x join template t on x.case_study_id = t.id),
         places as (insert into case_study_place select made.id, x.local_authority, x.provider, x.centre_group
                    from made, case_study_place x join template t on x.case_study_id = t.id)
       select id from made" | head -1
}
reviewable() { # the draft, if the partner may add a document to it and approve it (its page shows both)
  [[ -n $1 ]] && "${VAADIN[@]}" reviewable "$N1" "$PARTNER" "$PASSWORD" "$1"
}

if want 1; then
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

fi

if want 2; then
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

fi

if want 3; then
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

fi

if want 4; then
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

fi

if want 5; then
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


fi

if want 6; then
echo "== 6. One search index (OpenSearch): a document uploaded and published on node 1 is found by a word of its text on node 2"
word=quill$(tr -dc 'a-z' </dev/urandom | head -c 8)
printf 'Field notes from the stay-and-play session.\nThe families asked about the %s group on Thursdays.\nEveryone agreed to meet again.\n' \
  "$word" >"$WORK/field-notes-$word.txt"
printf '  search backend: %s; aliases: %s\n' "$CLUSTER_SEARCH_BACKEND" \
  "$(curl -s "$OS/_cat/aliases/case-studies-*?h=alias,index" | sort | awk '{ printf "%s%s -> %s", s, $1, $2; s = ", " }')"
study=$(reviewable "$(draft "Cluster check: $word")")
if [[ -z $study ]]; then
  fail "no draft case study the partner may add a document to and approve (a copy of '$TEMPLATE')"
else
  t0=$(now)
  printf '  %s\n' "$("${VAADIN[@]}" upload "$N1" "$PARTNER" "$PASSWORD" "$study" "$WORK/field-notes-$word.txt")"
  until [[ $(attachment_state "$study" "field-notes-$word.txt") == SEARCHABLE* ]] || over "$t0" 120; do sleep 0.5; done
  state=$(attachment_state "$study" "field-notes-$word.txt")
  printf '  read: %s, %s s after the upload began\n' "${state% *}" "$(since "$t0")"
  [[ $state == SEARCHABLE* ]] && pass "the document was read" || fail "the document was not read: ${state:-not attached}"
  "${VAADIN[@]}" click "$N1" "$PARTNER" "$PASSWORD" "case-studies/$study" Approve "Publish to everyone" | sed 's/^/  /'
  t1=$(now)
  published=$(sql "select status from case_study where id = $study")
  found=$("${VAADIN[@]}" search "$N2" practitioner@demo.centrecpd.example "$PASSWORD" "$word")
  printf '  case study %s is %s; on node 2 a practitioner %s (%s s after publishing)\n' "$study" "$published" "$found" "$(since "$t1")"
  printf '  OpenSearch: %s documents in case-studies-read\n' "$(curl -s "$OS/case-studies-read/_count" | sed 's/.*"count":\([0-9]*\).*/\1/')"
  [[ $published == PUBLISHED ]] && pass "approved and published on node 1" || fail "not published: $published"
  [[ $found == *" case-studies/$study"* || $found == *":: case-studies/$study"* ]] \
    && pass "found by the word '$word' of its document on node 2" || fail "node 2 did not find case study $study by '$word'"
fi

fi

if want 7; then
echo "== 7. Node 1 is killed (SIGKILL) while it reads a document: node 2 reads it after the lease"
# A long PDF (about a million characters, the most that is read of one document), so that the reading lasts a while.
python3 - "$WORK/long-report.pdf" <<'PY'
import sys
pages, objects = 450, []
line = "The centre kept a careful record of each session, the families who came and what they asked for next. "
def add(body):
    objects.append(body)
    return len(objects)
font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
kids = []
for p in range(pages):
    text = "BT /F1 8 Tf 40 800 Td 10 TL " + " ".join(f"({p + 1}.{i} {line}) '" for i in range(40)) + " ET"
    stream = add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text.encode()))
    kids.append(add(b"<< /Type /Page /Parent PAGES /MediaBox [0 0 595 842] /Contents %d 0 R /Resources << /Font << /F1 %d 0 R >> >> >>" % (stream, font)))
tree = add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), pages))
catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % tree)
out, offsets = bytearray(b"%PDF-1.4\n"), []
for n, body in enumerate(objects, 1):
    offsets.append(len(out))
    out += b"%d 0 obj\n%s\nendobj\n" % (n, body.replace(b"PAGES", b"%d 0 R" % tree))
xref = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
open(sys.argv[1], "wb").write(out)
PY
second=$(reviewable "$(draft "Cluster check: the long report $word")")
if [[ -z $second ]]; then
  fail "no second draft case study to add a document to"
else
  name=long-report.pdf
  t0=$(now)
  "${VAADIN[@]}" upload "$N1" "$PARTNER" "$PASSWORD" "$second" "$WORK/$name" | sed 's/^/  /'
  until [[ $(attachment_state "$second" "$name") == "EXTRACTING node-1" || $(attachment_state "$second" "$name") == SEARCHABLE* ]] \
    || over "$t0" 60; do sleep 0.1; done
  state=$(attachment_state "$second" "$name")
  pid=$(cat "$RUN/node-1.pid")
  kill -KILL "$pid"
  t_kill=$(now)
  lease=$(sql "select to_char(lease_until - current_timestamp, 'SS') from case_study_attachment where case_study_id = $second and file_name = '$name'")
  printf '  %s (%s KB): %s when node 1 was killed, %s s after the upload began; its lease runs %s s more\n' "$name" \
    "$(( $(wc -c <"$WORK/$name") / 1024 ))" "$state" "$(awk -v a="$t0" -v b="$t_kill" 'BEGIN { printf "%.1f", b - a }')" "${lease:-?}"
  [[ $state == "EXTRACTING node-1" ]] && pass "killed while node 1 was reading it" || fail "not being read by node 1 at the kill: $state"
  rm -f "$RUN/node-1.pid"
  taken=""
  until [[ $(attachment_state "$second" "$name") == SEARCHABLE* ]] || over "$t_kill" 180; do
    [[ -z $taken && $(attachment_state "$second" "$name") == "EXTRACTING node-2" ]] && taken=$(since "$t_kill")
    sleep 0.2
  done
  state=$(attachment_state "$second" "$name")
  printf '  node 2 claimed it %s s after the kill; %s %s s after the kill, %s characters read\n' "${taken:-?}" "${state% *}" \
    "$(since "$t_kill")" "$(sql "select coalesce(length(extracted_text), 0) from case_study_attachment where case_study_id = $second and file_name = '$name'")"
  [[ $state == SEARCHABLE* && -n $taken ]] && pass "node 2 took it over and finished reading it" || fail "after the kill: $state; node 2 seen reading it: ${taken:-no}"
  t0=$(now)
  "$ROOT/ops/cluster/start.sh" node 1 >/dev/null && printf '  node 1 started again in %s s\n' "$(since "$t0")" \
    || fail "node 1 did not start again"
fi

fi
if want 8; then
echo "== 8. The admin's rebuild of the search index on node 1, while node 2 searches: a new index version, then the aliases"
aliases() { curl -s "$OS/_cat/aliases/case-studies-*?h=alias,index" | sort | awk '{ printf "%s%s -> %s", s, $1, $2; s = ", " }'; }
read_index() { curl -s "$OS/_cat/aliases/case-studies-read?h=index" | tr -d ' \n'; }
searching() { # node 2, the same words again and again, until told to stop: one line per answer
  while [[ ! -f $WORK/stop-searching ]]; do
    "${VAADIN[@]}" search "$N2" practitioner@demo.centrecpd.example "$PASSWORD" "stay and play" >>"$WORK/searches" 2>&1 || echo "FAILED" >>"$WORK/searches"
  done
}
before_index=$(read_index)
expected=$("${VAADIN[@]}" search "$N2" practitioner@demo.centrecpd.example "$PASSWORD" "stay and play" | sed 's/ :: .*//')
printf '  before: %s; node 2 answers %s\n' "$(aliases)" "$expected"
searching &
searcher=$!
t0=$(now)
"${VAADIN[@]}" click "$N1" admin@demo.centrecpd.example "$PASSWORD" case-studies "Rebuild the search index" | sed 's/^/  /'
until [[ $(read_index) != "$before_index" ]] || over "$t0" 300; do sleep 0.2; done
switched=$(since "$t0")
during=$(wc -l <"$WORK/searches" 2>/dev/null || echo 0)
sleep 2
touch "$WORK/stop-searching"; wait "$searcher"
after_index=$(read_index)
total=$(wc -l <"$WORK/searches"); same=$(grep -cF "$expected ::" "$WORK/searches")
printf '  the read alias moved from %s to %s %s s after the click; after: %s\n' "$before_index" "$after_index" "$switched" "$(aliases)"
printf '  %d searches on node 2 (%d of them between the click and the switch), %d with the same answer (%s)\n' \
  "$total" "$during" "$same" "$expected"
printf '  node 1 logged: %s\n' "$(grep -h "Search index rebuilt into" "$RUN/node-1/app.log" | tail -1 | sed 's/.*: //')"
[[ $after_index == "$(sed 's/-[0-9]*$//' <<<"$before_index")-$(printf '%06d' $(( 10#${before_index##*-} + 1 )))" ]] \
  && pass "searches read the next version of the index" || fail "the read alias is on $after_index (was $before_index)"
[[ $(aliases) == *"write -> $after_index"* ]] && pass "writes go to it too" || fail "the write alias is not on $after_index"
[[ $(curl -s -o /dev/null -w '%{http_code}' "$OS/$before_index") == 404 ]] && pass "the old index is deleted" || fail "$before_index is still there"
(( total > 0 && same == total )) && pass "every search during the rebuild found what it found before" || fail "$(( total - same )) searches answered otherwise"
fi

echo
if (( failures == 0 )); then echo "Cluster check passed."; else echo "Cluster check: $failures failure(s)."; fi
exit $(( failures > 0 ))
