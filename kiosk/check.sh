#!/bin/bash
# Says, line by line, whether this device is set up as a Huddle Board wall screen.
#
#   sudo /usr/local/lib/huddle-kiosk/check.sh   every check (needs root)
#   check.sh --config-only                      only the configuration file (no root needed)
#
# Each line starts with OK or PROBLEM. Exit status 0 when everything is OK, 1 otherwise.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=SCRIPTDIR/config.sh
. "$here/config.sh"

problems=0
ok() {
  printf 'OK       %s\n' "$*"
}
problem() {
  printf 'PROBLEM  %s\n' "$*"
  problems=$((problems + 1))
}

finish() {
  if [ "$problems" -eq 0 ]; then
    echo "Everything checked is OK."
    exit 0
  fi
  echo "$problems problem(s): see the lines marked PROBLEM, and the kiosk guide (README.md)."
  exit 1
}

check_config() {
  local p
  if kiosk_read_config; then
    ok "configuration $KIOSK_CONF: the screen opens $PAIR_URL"
    if [ -n "$SCREEN_ON" ]; then
      ok "screen on from $SCREEN_ON to $SCREEN_OFF, off otherwise; rotation $ROTATION, zoom $ZOOM"
    else
      ok "screen always on; rotation $ROTATION, zoom $ZOOM"
    fi
    case $SERVER_URL in
      http://*) echo "NOTE     plain http: the screen's pairing cookie crosses the network unencrypted; use https in production" ;;
    esac
  else
    for p in "${KIOSK_PROBLEMS[@]}"; do problem "$p"; done
  fi
}

check_config
if [ "${1:-}" = --config-only ]; then
  finish
fi
if [ "$(id -u)" -ne 0 ]; then
  problem "the other checks need root: run sudo $0 (or $0 --config-only)"
  finish
fi

installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

# The server: asks for the same public stylesheet waiting.html asks for.
if [ -n "$SERVER_BASE" ]; then
  err=$(mktemp)
  if code=$(curl -sS -o /dev/null -w '%{http_code}' --max-time 10 "$SERVER_BASE/css/pair.css" 2>"$err"); then rc=0; else rc=$?; fi
  if [ "$rc" -eq 0 ] && [ "$code" = 200 ]; then
    ok "the server answers at $SERVER_BASE"
  elif [ "$rc" -eq 0 ]; then
    problem "$SERVER_BASE answered $code, not Huddle Board's page: is the address right, and is the server running behind its proxy?"
  elif [ "$rc" -eq 60 ] || [ "$rc" -eq 35 ]; then
    problem "$SERVER_BASE: its certificate is not trusted by this device ($(head -n 1 "$err")); see 'HTTPS with the trust's own certificates' in the guide"
  else
    problem "$SERVER_BASE cannot be reached: $(head -n 1 "$err")"
  fi
  rm -f "$err"
fi

if browser=$(kiosk_find_browser); then
  ok "Chromium installed: $browser"
else
  problem "Chromium is not installed: run install.sh (or apt-get install chromium)"
fi

if id -u "$KIOSK_USER" >/dev/null 2>&1; then
  ok "kiosk user $KIOSK_USER exists"
else
  problem "there is no user $KIOSK_USER: run install.sh"
fi

if installed lightdm && installed openbox; then
  ok "display manager (LightDM) and window manager (Openbox) installed"
else
  problem "LightDM or Openbox is not installed: run install.sh"
fi
if [ -f /usr/share/xsessions/huddle-kiosk.desktop ]; then
  ok "the wall screen's session is installed"
else
  problem "/usr/share/xsessions/huddle-kiosk.desktop is missing: run install.sh"
fi
case $(readlink -f /etc/systemd/system/display-manager.service 2>/dev/null || true) in
  */lightdm.service) ok "LightDM is the display manager" ;;
  *) problem "LightDM is not the display manager: run install.sh" ;;
esac
if [ "$(systemctl get-default)" = graphical.target ]; then
  ok "the device starts to the graphical screen"
else
  problem "the device starts to $(systemctl get-default), not graphical.target: run install.sh"
fi
lightdm_config=$(lightdm --show-config 2>&1 || true)
if printf '%s\n' "$lightdm_config" | grep -q "autologin-user=$KIOSK_USER\$" &&
  printf '%s\n' "$lightdm_config" | grep -q "autologin-session=huddle-kiosk\$"; then
  ok "LightDM logs $KIOSK_USER in at start, into the wall screen's session"
else
  problem "LightDM does not log $KIOSK_USER in by itself (lightdm --show-config): run install.sh, and look for autologin settings in /etc/lightdm/lightdm.conf"
fi
if printf '%s\n' "$lightdm_config" | grep -q 'xserver-command=X -s 0 -dpms'; then
  ok "the display server starts with blanking and power saving off"
else
  problem "LightDM starts the display server without '-s 0 -dpms': run install.sh"
fi

if [ "$(systemctl is-enabled huddle-kiosk.service 2>/dev/null || true)" = enabled ]; then
  ok "huddle-kiosk.service is enabled (starts at boot)"
else
  problem "huddle-kiosk.service is not enabled: run install.sh"
fi
if systemctl is-active --quiet huddle-kiosk.service; then
  ok "huddle-kiosk.service is running"
else
  problem "huddle-kiosk.service is not running: see journalctl -u huddle-kiosk (after install, reboot)"
fi

# The live display: blanking and power saving off, unless the screen is switched off on purpose.
home=$(getent passwd "$KIOSK_USER" | cut -d: -f6 || true)
if xq=$(DISPLAY=:0 XAUTHORITY=$home/.Xauthority xset q 2>/dev/null); then
  if [ "$(kiosk_screen_at "$(date +%H:%M)" 2>/dev/null || echo on)" = off ]; then
    if printf '%s\n' "$xq" | grep -q 'Monitor is Off'; then
      ok "the screen is off, as set for this time of day ($SCREEN_OFF to $SCREEN_ON)"
    else
      problem "the screen should be off now ($SCREEN_OFF to $SCREEN_ON) but is on (journalctl -u huddle-kiosk)"
    fi
  elif printf '%s\n' "$xq" | grep -Eq 'timeout: +0 ' && printf '%s\n' "$xq" | grep -q 'DPMS is Disabled'; then
    ok "screen blanking and power saving are off"
  else
    problem "the screen may blank: xset q shows a screen saver timeout or DPMS enabled"
  fi
else
  problem "no display :0 to check blanking on (is LightDM running? systemctl status lightdm)"
fi

if [ "$(timedatectl show -p NTPSynchronized --value 2>/dev/null || true)" = yes ]; then
  ok "the clock is synchronised ($(date '+%Y-%m-%d %H:%M %Z'))"
elif [ "$(timedatectl show -p NTP --value 2>/dev/null || true)" = yes ]; then
  problem "the clock is not synchronised yet ($(date '+%Y-%m-%d %H:%M %Z')): a wrong clock shows the wrong day on the board; check that the NTP server is reachable (timedatectl timesync-status)"
else
  problem "the clock is not kept in time (NTP off): a wrong clock shows the wrong day on the board; run timedatectl set-ntp true"
fi

# What the browser shows, as the watchdog sees it.
if list=$(curl -fsS --max-time 10 "http://127.0.0.1:$KIOSK_DEBUG_PORT/json/list" 2>/dev/null); then
  title=$(printf '%s\n' "$list" | sed -n 's/^ *"title": "\(.*\)",$/\1/p' | grep 'Huddle Board' | head -n 1 || true)
  if [ -n "$title" ]; then
    ok "the browser answers and shows: $title"
  else
    problem "the browser shows no Huddle Board page (the watchdog restarts it within two checks)"
  fi
else
  problem "the browser does not answer on 127.0.0.1:$KIOSK_DEBUG_PORT (journalctl -u huddle-kiosk)"
fi

finish
