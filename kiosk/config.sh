# shellcheck shell=bash
# Reads and checks the wall screen's one configuration file, for launch.sh, check.sh and
# install.sh (sourced by them, not run). The file is read line by line, never run as a script:
# only the settings below are accepted, one KEY=value a line, # starts a comment.

KIOSK_CONF=${HUDDLE_KIOSK_CONF:-/etc/huddle-kiosk.conf}
# shellcheck disable=SC2034 # constants for the scripts that source this file
{
  KIOSK_USER=huddle-kiosk
  KIOSK_LIB=/usr/local/lib/huddle-kiosk
  # Chromium answers on this port on 127.0.0.1 only; the watchdog asks it whether the browser
  # still responds and what page it shows. (Another port only for the project's tests.)
  KIOSK_DEBUG_PORT=${HUDDLE_KIOSK_DEBUG_PORT:-9222}
}

# The settings and their defaults (see huddle-kiosk.conf.example).
SERVER_URL=
SCREEN_ON=
SCREEN_OFF=
ROTATION=normal
ZOOM=1
CHECK_INTERVAL=30

# Set from SERVER_URL by kiosk_read_config.
SERVER_BASE=
PAIR_URL=

# One message per problem found by kiosk_read_config.
KIOSK_PROBLEMS=()

kiosk_problem() {
  KIOSK_PROBLEMS+=("$*")
}

kiosk_trim() {
  local s=$1
  s=${s#"${s%%[![:space:]]*}"}
  s=${s%"${s##*[![:space:]]}"}
  printf '%s' "$s"
}

# Reads $KIOSK_CONF and checks every setting. Returns 1 when there is a problem; the messages
# are in KIOSK_PROBLEMS.
kiosk_read_config() {
  local line key value n=0
  KIOSK_PROBLEMS=()
  if [ ! -f "$KIOSK_CONF" ]; then
    kiosk_problem "$KIOSK_CONF not found: copy huddle-kiosk.conf.example there and set SERVER_URL"
    return 1
  fi
  if [ ! -r "$KIOSK_CONF" ]; then
    kiosk_problem "$KIOSK_CONF cannot be read by $(id -un)"
    return 1
  fi
  while IFS= read -r line || [ -n "$line" ]; do
    n=$((n + 1))
    line=$(kiosk_trim "${line%$'\r'}")
    case $line in
      '' | '#'*) continue ;;
      *=*) ;;
      *)
        kiosk_problem "$KIOSK_CONF line $n is not KEY=value: $line"
        continue
        ;;
    esac
    key=$(kiosk_trim "${line%%=*}")
    value=$(kiosk_trim "${line#*=}")
    case $value in
      \"*\" | \'*\') [ ${#value} -ge 2 ] && value=${value:1:${#value}-2} ;;
    esac
    case $key in
      SERVER_URL) SERVER_URL=$value ;;
      SCREEN_ON) SCREEN_ON=$value ;;
      SCREEN_OFF) SCREEN_OFF=$value ;;
      ROTATION) ROTATION=$value ;;
      ZOOM) ZOOM=$value ;;
      CHECK_INTERVAL) CHECK_INTERVAL=$value ;;
      *) kiosk_problem "$KIOSK_CONF line $n: unknown setting $key" ;;
    esac
  done <"$KIOSK_CONF"
  kiosk_check_server_url "$SERVER_URL"
  kiosk_check_options
  [ ${#KIOSK_PROBLEMS[@]} -eq 0 ]
}

# Checks a server address and sets SERVER_BASE (no trailing slash) and PAIR_URL (its /pair page).
# Accepts http and https, a host name or IPv4 address (IPv6 in brackets), a port and a path, as
# in https://huddle.example.org, http://10.20.0.5:8080/ or https://intranet.example.org/huddle/.
kiosk_check_server_url() {
  local url=$1 pattern path port
  pattern='^(https?://)([A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\])(:([0-9]{1,5}))?(/[A-Za-z0-9._~/-]*)?$'
  SERVER_BASE=
  PAIR_URL=
  if [ -z "$url" ]; then
    kiosk_problem "SERVER_URL is not set: give the server's address, e.g. SERVER_URL=https://huddle.example.org"
    return 1
  fi
  case $url in
    http://* | https://*) ;;
    *)
      kiosk_problem "SERVER_URL must start with https:// or http:// (found: $url)"
      return 1
      ;;
  esac
  case $url in
    *@*)
      kiosk_problem "SERVER_URL must not hold a user name or password (found: $url)"
      return 1
      ;;
    *'?'* | *'#'*)
      kiosk_problem "SERVER_URL must be the server's address only, without ? or # (found: $url)"
      return 1
      ;;
  esac
  if ! [[ $url =~ $pattern ]]; then
    kiosk_problem "SERVER_URL is not a valid address: $url (expected e.g. https://huddle.example.org or http://10.20.0.5:8080)"
    return 1
  fi
  port=${BASH_REMATCH[5]}
  path=${BASH_REMATCH[6]}
  if [ -n "$port" ] && { [ $((10#$port)) -lt 1 ] || [ $((10#$port)) -gt 65535 ]; }; then
    kiosk_problem "SERVER_URL has port $port; a port is 1 to 65535 (found: $url)"
    return 1
  fi
  while [ "${path%/}" != "$path" ]; do path=${path%/}; done
  path=${path%/pair}
  while [ "${path%/}" != "$path" ]; do path=${path%/}; done
  SERVER_BASE=${BASH_REMATCH[1]}${BASH_REMATCH[2]}${port:+:$port}$path
  # shellcheck disable=SC2034 # read by the scripts that source this file
  PAIR_URL=$SERVER_BASE/pair
}

# Minutes since midnight of HH:MM (24-hour clock), or nothing when it is not such a time.
kiosk_minutes() {
  [[ $1 =~ ^([01][0-9]|2[0-3]):([0-5][0-9])$ ]] || return 1
  echo $((10#${BASH_REMATCH[1]} * 60 + 10#${BASH_REMATCH[2]}))
}

kiosk_check_options() {
  local hundredths
  if [ -n "$SCREEN_ON$SCREEN_OFF" ]; then
    if [ -z "$SCREEN_ON" ] || [ -z "$SCREEN_OFF" ]; then
      kiosk_problem "SCREEN_ON and SCREEN_OFF go together: set both (e.g. 07:00 and 19:00) or neither (always on)"
    elif ! kiosk_minutes "$SCREEN_ON" >/dev/null || ! kiosk_minutes "$SCREEN_OFF" >/dev/null; then
      kiosk_problem "SCREEN_ON and SCREEN_OFF are times of day as HH:MM, 00:00 to 23:59 (found: $SCREEN_ON and $SCREEN_OFF)"
    elif [ "$SCREEN_ON" = "$SCREEN_OFF" ]; then
      kiosk_problem "SCREEN_ON and SCREEN_OFF are the same time ($SCREEN_ON): leave both empty for a screen that is always on"
    fi
  fi
  case $ROTATION in
    normal | left | right | inverted) ;;
    *) kiosk_problem "ROTATION is normal, left, right or inverted (found: $ROTATION)" ;;
  esac
  if [[ $ZOOM =~ ^([0-9])(\.([0-9]{1,2}))?$ ]]; then
    hundredths=$((10#${BASH_REMATCH[1]} * 100 + 10#$(printf '%-2s' "${BASH_REMATCH[3]:-0}" | tr ' ' 0)))
    if [ "$hundredths" -lt 50 ] || [ "$hundredths" -gt 300 ]; then
      kiosk_problem "ZOOM is 0.5 to 3 (found: $ZOOM)"
    fi
  else
    kiosk_problem "ZOOM is a number from 0.5 to 3 with a decimal point, e.g. 1.25 (found: $ZOOM)"
  fi
  if ! [[ $CHECK_INTERVAL =~ ^[0-9]{1,4}$ ]] || [ $((10#$CHECK_INTERVAL)) -lt 10 ] || [ $((10#$CHECK_INTERVAL)) -gt 600 ]; then
    kiosk_problem "CHECK_INTERVAL is a number of seconds from 10 to 600 (found: $CHECK_INTERVAL)"
  fi
}

# "on" or "off": whether the screen should be on at HH:MM under SCREEN_ON and SCREEN_OFF.
# SCREEN_ON later than SCREEN_OFF means on overnight.
kiosk_screen_at() {
  local now on off
  if [ -z "$SCREEN_ON" ]; then
    echo on
    return
  fi
  now=$(kiosk_minutes "$1") || return 1
  on=$(kiosk_minutes "$SCREEN_ON")
  off=$(kiosk_minutes "$SCREEN_OFF")
  if [ "$on" -lt "$off" ]; then
    if [ "$now" -ge "$on" ] && [ "$now" -lt "$off" ]; then echo on; else echo off; fi
  else
    if [ "$now" -ge "$on" ] || [ "$now" -lt "$off" ]; then echo on; else echo off; fi
  fi
}

# The browser's program: Debian's chromium, or chromium-browser as Raspberry Pi OS names it.
kiosk_find_browser() {
  command -v chromium || command -v chromium-browser
}
