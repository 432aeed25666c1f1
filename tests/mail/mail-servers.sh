#!/usr/bin/env bash
# Throwaway mail servers for the e-mail channel's tests, all on loopback:
#   Dovecot (Debian's dovecot-imapd) for IMAP: any user name logs in with password "secret"
#     (static passdb/userdb), each user gets its own Maildir, so every test has a mailbox of its own;
#   maildev (npm, tests/mail/node_modules) as the SMTP server the bot sends through, with its REST API
#     (GET /api/email) to read what arrived.
# Neither runs as root: as root, the folder is handed to the unprivileged `dovecot` user.
#
#   mail-servers.sh start DIR            both servers; writes DIR/env (CC_TEST_IMAP_PORT=…, …)
#   mail-servers.sh start-imap DIR       Dovecot only (ports are kept in DIR, so a restart keeps its port)
#   mail-servers.sh stop-imap DIR        Dovecot only (SIGKILL of its master: a crash, not a goodbye)
#   mail-servers.sh stop DIR             both, and removes nothing (the caller owns DIR)
set -euo pipefail
cmd=${1:?usage: mail-servers.sh start|start-imap|stop-imap|stop DIR}
DIR=${2:?usage: mail-servers.sh $cmd DIR}
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)

free_port() { # a random loopback port nothing listens on
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 40000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return 0; }
  done
  echo "no free port found" >&2; return 1
}

wait_port() { # port seconds
  for _ in $(seq 1 $(($2 * 10))); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}

run_as() { # the user the servers run as: ourselves, or `dovecot` when we are root
  if [ "$(id -u)" -eq 0 ]; then runuser -u dovecot -- "$@"; else "$@"; fi
}

start_imap() {
  [ -f "$DIR/imap.port" ] || free_port >"$DIR/imap.port"
  local port user group
  port=$(cat "$DIR/imap.port")
  if [ "$(id -u)" -eq 0 ]; then user=dovecot; group=$(id -gn dovecot); else user=$(id -un); group=$(id -gn); fi
  mkdir -p "$DIR/dovecot/run" "$DIR/dovecot/home"
  cat >"$DIR/dovecot/dovecot.conf" <<EOF
# Written by tests/mail/mail-servers.sh: a test-only IMAP server, no TLS, any user with password "secret".
base_dir = $DIR/dovecot/run
state_dir = $DIR/dovecot/run
log_path = $DIR/dovecot/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = $user
default_internal_group = $group
default_login_user = $user
first_valid_uid = 1
mail_location = maildir:~/Maildir
mail_fsync = never
passdb {
  driver = static
  args = password=secret
}
userdb {
  driver = static
  args = uid=$user gid=$group home=$DIR/dovecot/home/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $port
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
service imap-login {
  chroot =
}
service stats {
  unix_listener stats-reader {
    mode = 0666
  }
  unix_listener stats-writer {
    mode = 0666
  }
}
EOF
  if [ "$(id -u)" -eq 0 ]; then chmod o+x "$DIR"; chown -R dovecot "$DIR/dovecot"; fi
  # The daemon must not keep our stdout/stderr: a caller reading them to the end would wait for ever.
  run_as /usr/sbin/dovecot -c "$DIR/dovecot/dovecot.conf" </dev/null >>"$DIR/dovecot/start.log" 2>&1 \
    || { echo "Dovecot did not start:"; cat "$DIR/dovecot/start.log" "$DIR/dovecot/dovecot.log" 2>/dev/null; exit 1; }
  wait_port "$port" 20 || { echo "Dovecot did not listen on $port:"; cat "$DIR/dovecot/dovecot.log" 2>/dev/null; exit 1; }
}

stop_imap() {
  local pid
  pid=$(cat "$DIR/dovecot/run/master.pid" 2>/dev/null || true)
  # The daemonised master leads its own process group: killing the group takes imap, auth… with it.
  if [ -n "$pid" ]; then kill -9 -- "-$pid" 2>/dev/null || kill -9 "$pid" 2>/dev/null || true; fi
  rm -f "$DIR/dovecot/run/master.pid"
  local port
  port=$(cat "$DIR/imap.port" 2>/dev/null || echo 0)
  for _ in $(seq 1 50); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || return 0; sleep 0.1; done
}

start_smtp() {
  local smtp web pid
  [ -f "$HERE/node_modules/maildev/dist/bin/maildev.js" ] || (cd "$HERE" && npm ci --no-audit --no-fund --loglevel=error </dev/null >/dev/null 2>&1)
  # A port that looked free may be taken by the time maildev binds it (other servers start too): try again.
  for _ in 1 2 3 4 5; do
    smtp=$(free_port); web=$(free_port)
    [ "$smtp" = "$web" ] && continue
    # maildev, not `npx maildev`: killing an npx parent leaves the server running.
    nohup node "$HERE/node_modules/maildev/dist/bin/maildev.js" --smtp "$smtp" --web "$web" --ip 127.0.0.1 --web-ip 127.0.0.1 \
      </dev/null >"$DIR/maildev.log" 2>&1 &
    pid=$!
    echo "$pid" >"$DIR/maildev.pid"
    # Still running a moment after both ports answer: the ports are its own, not another server's.
    if wait_port "$smtp" 30 && wait_port "$web" 30 && sleep 1 && kill -0 "$pid" 2>/dev/null; then
      echo "$smtp" >"$DIR/smtp.port"; echo "$web" >"$DIR/maildev-web.port"
      return 0
    fi
    kill "$pid" 2>/dev/null || true
  done
  echo "maildev did not start:"; cat "$DIR/maildev.log"
  return 1
}

write_env() {
  {
    echo "CC_TEST_MAIL_DIR=$DIR"
    echo "CC_TEST_IMAP_PORT=$(cat "$DIR/imap.port")"
    echo "CC_TEST_SMTP_PORT=$(cat "$DIR/smtp.port")"
    echo "CC_TEST_MAILDEV_URL=http://127.0.0.1:$(cat "$DIR/maildev-web.port")"
  } >"$DIR/env"
}

case "$cmd" in
  start)
    start_imap
    start_smtp || { stop_imap; exit 1; }   # leave nothing running behind a failed start
    write_env
    ;;
  start-imap) start_imap ;;
  stop-imap) stop_imap ;;
  stop)
    stop_imap
    kill "$(cat "$DIR/maildev.pid" 2>/dev/null)" 2>/dev/null || true
    ;;
  *) echo "unknown command $cmd"; exit 2 ;;
esac
