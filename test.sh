#!/usr/bin/env bash
# Runs every test of ContactCentre on a fresh machine: installs what the tests need when missing
# (PostgreSQL, Chromium, npm packages), starts throwaway servers on loopback, runs all test
# projects and the scenario suite, and ends with the plain line "N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
ART="$ROOT/artifacts"
mkdir -p "$ART"

log() { printf '\n== %s\n' "$*"; }

# ---- 1. install what is missing -------------------------------------------------------------
need_apt=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql)
command -v npm >/dev/null 2>&1 || need_apt+=(nodejs npm)
[ -x /usr/bin/chromium ] || need_apt+=(chromium)   # the web chat browser test (Playwright drives Debian's chromium)
[ -x /usr/sbin/dovecot ] || need_apt+=(dovecot-core dovecot-imapd)   # the e-mail channel's IMAP server (tests/mail)
[ -x /usr/bin/redis-server ] || need_apt+=(redis-server)   # cluster tests: SignalR backplane, Redis faults (tests/Bot.Tests/Cluster)
if [ ${#need_apt[@]} -gt 0 ]; then
  log "installing ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "${need_apt[@]}" >/dev/null || { echo "apt-get install failed"; exit 1; }
  # Debian starts a system cluster on install; the tests use their own, so stop it.
  service postgresql stop >/dev/null 2>&1 || true
  service dovecot stop >/dev/null 2>&1 || true   # likewise: the e-mail tests start their own Dovecot
  service redis-server stop >/dev/null 2>&1 || true   # likewise: a throwaway Redis is started below
fi

# The WhatsApp signature tests compare with the official twilio npm package (tests/twilio/package-lock.json).
if [ ! -d tests/twilio/node_modules/twilio ]; then
  log "npm ci in tests/twilio"
  (cd tests/twilio && npm ci --no-audit --no-fund >/dev/null) || { echo "npm ci in tests/twilio failed"; exit 1; }
fi

# The web chat protocol tests drive our Direct Line endpoint with the official botframework-directlinejs (tests/webchat).
if [ ! -d tests/webchat/node_modules/botframework-directlinejs ]; then
  log "npm ci in tests/webchat"
  (cd tests/webchat && npm ci --no-audit --no-fund >/dev/null) || { echo "npm ci in tests/webchat failed"; exit 1; }
fi

# The e-mail tests send through maildev, a real SMTP server with a REST API (tests/mail/package-lock.json).
if [ ! -d tests/mail/node_modules/maildev ]; then
  log "npm ci in tests/mail"
  (cd tests/mail && npm ci --no-audit --no-fund >/dev/null 2>&1) || { echo "npm ci in tests/mail failed"; exit 1; }
fi

# ---- 2. throwaway PostgreSQL on loopback -----------------------------------------------------
PGBIN=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
# A free port: another run (or a developer's server) may hold the usual one.
PGPORT=${CC_PG_PORT:-}
if [ -z "$PGPORT" ]; then
  for candidate in $(seq 54329 54429); do
    (exec 3<>/dev/tcp/127.0.0.1/$candidate) 2>/dev/null || { PGPORT=$candidate; break; }
  done
fi
PGDIR=$(mktemp -d /tmp/cc-pg.XXXXXX)
chown postgres:postgres "$PGDIR"
MAILDIR=""
REDISDIR=""
cleanup() {
  su postgres -s /bin/sh -c "$PGBIN/pg_ctl -D $PGDIR/data -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$PGDIR"
  if [ -n "$REDISDIR" ]; then
    [ -f "$REDISDIR/redis.pid" ] && kill "$(cat "$REDISDIR/redis.pid")" 2>/dev/null || true
    rm -rf "$REDISDIR"
  fi
  if [ -n "$MAILDIR" ]; then
    "$ROOT/tests/mail/mail-servers.sh" stop "$MAILDIR" >/dev/null 2>&1 || true
    rm -rf "$MAILDIR"
  fi
}
trap cleanup EXIT
log "starting PostgreSQL on 127.0.0.1:$PGPORT"
su postgres -s /bin/sh -c "$PGBIN/initdb -D $PGDIR/data -A trust -U postgres --no-sync" >/dev/null || { echo "initdb failed"; exit 1; }
su postgres -s /bin/sh -c "$PGBIN/pg_ctl -D $PGDIR/data -l $PGDIR/log -w -o '-p $PGPORT -k $PGDIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300' start" >/dev/null \
  || { echo "PostgreSQL did not start:"; cat "$PGDIR/log"; exit 1; }
export CC_TEST_POSTGRES="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=50"

# ---- 2a. throwaway Redis on loopback (no persistence): the cluster tests' backplane -------------------
REDISPORT=${CC_REDIS_PORT:-}
if [ -z "$REDISPORT" ]; then
  for candidate in $(seq 63799 63899); do
    (exec 3<>/dev/tcp/127.0.0.1/$candidate) 2>/dev/null || { REDISPORT=$candidate; break; }
  done
fi
REDISDIR=$(mktemp -d /tmp/cc-redis.XXXXXX)
log "starting Redis on 127.0.0.1:$REDISPORT"
/usr/bin/redis-server --bind 127.0.0.1 --port "$REDISPORT" --save '' --appendonly no --daemonize yes \
  --dir "$REDISDIR" --pidfile "$REDISDIR/redis.pid" --logfile "$REDISDIR/log" || { echo "Redis did not start"; exit 1; }
for _ in $(seq 1 50); do
  (exec 3<>/dev/tcp/127.0.0.1/$REDISPORT) 2>/dev/null && break
  sleep 0.1
done
export CC_TEST_REDIS="127.0.0.1:$REDISPORT"
export CC_TEST_REDIS_SERVER=/usr/bin/redis-server   # fault tests start (and kill) their own Redis with it

# ---- 2b. throwaway mail servers on loopback: Dovecot (IMAP) and maildev (SMTP + REST API) -----------------
MAILDIR=$(mktemp -d /tmp/cc-mail.XXXXXX)
log "starting Dovecot and maildev"
tests/mail/mail-servers.sh start "$MAILDIR" || { echo "the mail servers did not start"; exit 1; }
set -a; . "$MAILDIR/env"; set +a   # CC_TEST_MAIL_DIR, CC_TEST_IMAP_PORT, CC_TEST_SMTP_PORT, CC_TEST_MAILDEV_URL

# ---- 3. build once, then every test project ---------------------------------------------------
log "building"
dotnet build ContactCentre.sln -c Release -nologo -v q 2>&1 | tail -n 3
[ "${PIPESTATUS[0]}" -eq 0 ] || { echo "0 passed, 1 failed"; exit 1; }

passed=0; failed=0
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  log "testing $name"
  out="$ART/$name.log"
  dotnet test "$project" -c Release --no-build -nologo --logger "console;verbosity=normal" >"$out" 2>&1
  rc=$?
  grep -E '^\s+Failed |^Total tests|^\s+(Passed|Failed): |Error Message|^\s+at .*Tests' "$out" | head -n 200
  if ! grep -qE '^Total tests: +[0-9]+' "$out"; then
    echo "no test summary for $name (build or runner error)"; failed=$((failed + 1)); continue
  fi
  p=$(grep -E '^\s+Passed: +[0-9]+' "$out" | tail -n 1 | grep -oE '[0-9]+' || echo 0)
  f=$(grep -E '^\s+Failed: +[0-9]+' "$out" | tail -n 1 | grep -oE '[0-9]+' || echo 0)
  [ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && f=1   # the runner failed without a failing test: count it
  passed=$((passed + p)); failed=$((failed + f))
done

# Browser screenshots (kept as CI artifacts).
for shot in "$ART"/*.png; do
  [ -e "$shot" ] && echo "screenshot: $shot"
done

# ---- 4. conversation scenarios (shared/docs/scenario-format.md) --------------------------------
if compgen -G "tests/scenarios/*.y*ml" >/dev/null || [ -d tests/scenarios ]; then
  log "scenarios"
  dotnet run --project src/Bot -c Release --no-build -- scenarios run tests/scenarios --json "$ART/scenarios.json" 2>&1 | tee "$ART/scenarios.log"
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$ART/scenarios.log" | tail -n 1)
  if [ -n "$line" ]; then
    passed=$((passed + ${line%% passed*})); f=${line#*, }; failed=$((failed + ${f%% failed*}))
  else
    failed=$((failed + 1))
  fi
fi

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
