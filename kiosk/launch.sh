#!/bin/bash
# Huddle Board wall screen: runs Chromium full screen on the server's pairing page and watches it.
# huddle-kiosk.service runs it as the kiosk user; systemd starts it again whenever it stops.
#
#   launch.sh                  run the screen (needs the display)
#   launch.sh --print          print the Chromium command it would run, one argument a line
#   launch.sh --print-display  print the display settings it would make, one command a line
#   launch.sh --screen-at HH:MM  print whether the screen is on or off at that time
#
# Settings come from /etc/huddle-kiosk.conf, or the file named by HUDDLE_KIOSK_CONF.
# Chromium first shows waiting.html, which opens the server's /pair page as soon as the server
# answers: the screen never sits on a browser error page while the server is away.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=SCRIPTDIR/config.sh
. "$here/config.sh"

# The profile holds the screen's pairing cookie: it must be kept between restarts.
PROFILE_DIR=${HUDDLE_KIOSK_PROFILE:-$HOME/.local/share/huddle-kiosk/profile}

log() {
  echo "huddle-kiosk: $*" >&2
}

# A file: URL for a local path (percent-encoding what a path may hold and a URL may not).
file_url() {
  local path=$1
  path=${path//%/%25}
  path=${path// /%20}
  path=${path//#/%23}
  path=${path//\?/%3F}
  printf 'file://%s' "$path"
}

browser_command() {
  local browser
  browser=$(kiosk_find_browser) || {
    log "Chromium is not installed (apt-get install chromium)"
    browser=chromium
  }
  BROWSER_COMMAND=(
    "$browser"
    --kiosk
    "--user-data-dir=$PROFILE_DIR"
    --no-first-run
    --no-default-browser-check
    --noerrdialogs
    --disable-infobars
    --disable-session-crashed-bubble
    --hide-crash-restore-bubble
    --disable-translate
    --disable-features=Translate
    --disable-pinch
    --overscroll-history-navigation=0
    --check-for-update-interval=31536000
    # No desktop keyring on the screen: without this Chromium would ask for one.
    --password-store=basic
    "--force-device-scale-factor=$ZOOM"
    # Listens on 127.0.0.1 only, for the watchdog below and check.sh.
    "--remote-debugging-port=$KIOSK_DEBUG_PORT"
    "$(file_url "$here/waiting.html")#$PAIR_URL"
  )
}

display_commands() {
  echo "xset s off"
  echo "xset s noblank"
  echo "xset -dpms"
  echo "xrandr -o $ROTATION"
}

apply_display() {
  local line words
  while IFS= read -r line; do
    read -ra words <<<"$line"
    "${words[@]}" || log "could not run: $line"
  done < <(display_commands)
}

wait_for_display() {
  if ! xset q >/dev/null 2>&1; then
    log "waiting for the display ${DISPLAY:-(DISPLAY not set)}"
    until xset q >/dev/null 2>&1; do sleep 2; done
  fi
}

screen_state=on
apply_screen_hours() {
  local wanted
  wanted=$(kiosk_screen_at "$(date +%H:%M)")
  if [ "$wanted" = off ]; then
    # Forced off at every check, so a screen woken by a touch goes dark again.
    [ "$screen_state" = off ] || log "screen off (outside $SCREEN_ON to $SCREEN_OFF)"
    if ! { xset +dpms && xset dpms force off; }; then
      log "could not switch the screen off"
    fi
  elif [ "$screen_state" = off ]; then
    log "screen on"
    if ! { xset dpms force on && xset -dpms; }; then
      log "could not switch the screen on"
    fi
  fi
  screen_state=$wanted
}

stop_browser() {
  kill "$browser_pid" 2>/dev/null || return 0
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    kill -0 "$browser_pid" 2>/dev/null || return 0
    sleep 1
  done
  kill -KILL "$browser_pid" 2>/dev/null || true
}

# Starts the browser, then every CHECK_INTERVAL seconds: is it still running, does it still
# answer, does it show a Huddle Board page (every page of the server and waiting.html have
# "Huddle Board" in their title; a browser or proxy error page does not)? Two failed checks
# in a row and the browser is stopped; systemd starts this script again, on waiting.html.
run() {
  local list not_answering=0 not_ours=0
  wait_for_display
  apply_display
  mkdir -p "$PROFILE_DIR"
  log "starting ${BROWSER_COMMAND[0]} on $PAIR_URL"
  "${BROWSER_COMMAND[@]}" &
  browser_pid=$!
  trap 'stop_browser; exit 0' TERM INT
  while :; do
    apply_screen_hours
    sleep "$CHECK_INTERVAL" &
    wait $! || true
    if ! kill -0 "$browser_pid" 2>/dev/null; then
      log "the browser has stopped"
      exit 1
    fi
    if list=$(curl -fsS --max-time 10 "http://127.0.0.1:$KIOSK_DEBUG_PORT/json/list" 2>/dev/null); then
      not_answering=0
      if printf '%s\n' "$list" | grep -q '^ *"title": ".*Huddle Board'; then
        not_ours=0
      else
        not_ours=$((not_ours + 1))
      fi
    else
      not_answering=$((not_answering + 1))
    fi
    if [ "$not_answering" -ge 2 ]; then
      log "the browser has not answered for two checks: restarting it"
      stop_browser
      exit 1
    fi
    if [ "$not_ours" -ge 2 ]; then
      log "the screen has shown no Huddle Board page for two checks (an error page?): restarting the browser"
      stop_browser
      exit 1
    fi
  done
}

mode=${1:-}
if ! kiosk_read_config; then
  for problem in "${KIOSK_PROBLEMS[@]}"; do log "$problem"; done
  if [ -z "$mode" ]; then
    # Under systemd: don't restart every few seconds while the file is being fixed.
    sleep 60
  fi
  exit 2
fi
browser_command
case $mode in
  --print) printf '%s\n' "${BROWSER_COMMAND[@]}" ;;
  --print-display) display_commands ;;
  --screen-at)
    kiosk_screen_at "${2:-}" || {
      log "--screen-at takes a time as HH:MM"
      exit 2
    }
    ;;
  '') run ;;
  *)
    log "unknown option $mode (--print, --print-display or --screen-at HH:MM)"
    exit 2
    ;;
esac
