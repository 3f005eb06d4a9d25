#!/bin/bash
# Sets up this Debian 12 or Raspberry Pi OS (bookworm) device as a Huddle Board wall screen.
#
#   sudo ./install.sh https://huddle.example.org   first time: with the server's address
#   sudo ./install.sh                              again (after an update of these files)
#
# Safe to run again: each step is made only when it is missing or different, and says so.
# What it does is described in README.md next to it.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=SCRIPTDIR/config.sh
. "$here/config.sh"

if [ "$(id -u)" -ne 0 ]; then
  echo "Run as root: sudo $0 $*" >&2
  exit 1
fi

changed=0
say() {
  printf '%-10s %s\n' "$1" "$2"
}

# Copies a file when the installed one is missing or different.
put() {
  local src=$1 dest=$2 mode=$3
  if [ -f "$dest" ] && cmp -s "$src" "$dest"; then
    say unchanged "$dest"
  else
    install -D -m "$mode" "$src" "$dest"
    say installed "$dest"
    changed=1
  fi
}

installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

has_candidate() {
  LC_ALL=C apt-cache policy "$1" 2>/dev/null | grep -q 'Candidate: [^(]'
}

# 1. The configuration file, with the server's address.
server=${1:-}
if [ -n "$server" ]; then
  if ! kiosk_check_server_url "$server"; then
    echo "${KIOSK_PROBLEMS[0]}" >&2
    exit 1
  fi
fi
if [ ! -f "$KIOSK_CONF" ]; then
  if [ -z "$server" ]; then
    echo "Give the server's address the first time: sudo $0 https://huddle.example.org" >&2
    exit 1
  fi
  sed "s|^SERVER_URL=.*|SERVER_URL=$server|" "$here/huddle-kiosk.conf.example" >"$KIOSK_CONF"
  chmod 0644 "$KIOSK_CONF"
  say written "$KIOSK_CONF (server $server)"
  changed=1
elif [ -n "$server" ] && ! grep -qxF "SERVER_URL=$server" "$KIOSK_CONF"; then
  if grep -q '^SERVER_URL=' "$KIOSK_CONF"; then
    sed -i "s|^SERVER_URL=.*|SERVER_URL=$server|" "$KIOSK_CONF"
  else
    echo "SERVER_URL=$server" >>"$KIOSK_CONF"
  fi
  say changed "$KIOSK_CONF (server $server)"
  changed=1
else
  say unchanged "$KIOSK_CONF"
fi
if ! kiosk_read_config; then
  printf '%s\n' "${KIOSK_PROBLEMS[@]}" >&2
  echo "Correct $KIOSK_CONF, then run $0 again." >&2
  exit 1
fi

# 2. Packages: the browser, a display server, LightDM (logs the kiosk user in), Openbox (a
# window manager and nothing else), xset and xrandr, curl (for the watchdog), a time service.
browser_package=
for p in chromium chromium-browser; do
  if installed "$p"; then browser_package=$p; fi
done
packages=()
if [ -z "$browser_package" ]; then
  apt-get update
  # Raspberry Pi OS builds its own Chromium as chromium-browser; Debian calls it chromium.
  if [ -f /etc/rpi-issue ]; then candidates="chromium-browser chromium"; else candidates="chromium chromium-browser"; fi
  for p in $candidates; do
    if [ -z "$browser_package" ] && has_candidate "$p"; then browser_package=$p; fi
  done
  if [ -z "$browser_package" ]; then
    echo "Neither chromium nor chromium-browser can be installed from this device's package sources." >&2
    exit 1
  fi
  packages+=("$browser_package")
fi
for p in xserver-xorg x11-xserver-utils lightdm openbox curl; do
  installed "$p" || packages+=("$p")
done
if ! installed systemd-timesyncd && ! installed chrony && ! installed ntpsec && ! installed ntp; then
  packages+=(systemd-timesyncd)
fi
if [ ${#packages[@]} -gt 0 ]; then
  [ -n "${candidates:-}" ] || apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y "${packages[@]}"
  say installed "packages: ${packages[*]}"
  changed=1
else
  say unchanged "packages (Chromium, X, LightDM, Openbox, curl, time service)"
fi

# 3. The kiosk user: no password, no rights beyond the screen.
if id -u "$KIOSK_USER" >/dev/null 2>&1; then
  say unchanged "user $KIOSK_USER"
else
  useradd --create-home --home-dir "/home/$KIOSK_USER" --shell /bin/bash --comment "Huddle Board wall screen" "$KIOSK_USER"
  say created "user $KIOSK_USER"
  changed=1
fi
for group in video render; do
  if getent group "$group" >/dev/null && ! id -nG "$KIOSK_USER" | tr ' ' '\n' | grep -qx "$group"; then
    usermod -aG "$group" "$KIOSK_USER"
    say added "$KIOSK_USER to group $group"
    changed=1
  fi
done

# 4. The scripts and the waiting page.
for f in launch.sh check.sh; do put "$here/$f" "$KIOSK_LIB/$f" 0755; done
for f in config.sh waiting.html huddle-kiosk.conf.example; do put "$here/$f" "$KIOSK_LIB/$f" 0644; done

# 5. Autologin into a bare X session with blanking off.
put "$here/huddle-kiosk-session.desktop" /usr/share/xsessions/huddle-kiosk.desktop 0644
put "$here/lightdm-huddle-kiosk.conf" /etc/lightdm/lightdm.conf.d/50-huddle-kiosk.conf 0644
# LightDM reads lightdm.conf after lightdm.conf.d/, so settings there would win (Raspberry Pi
# OS sets its own autologin there): comment them out, keeping a copy of the original.
main_conf=/etc/lightdm/lightdm.conf
keys='autologin-user|autologin-user-timeout|autologin-session|user-session|xserver-command|user-authority-in-system-dir'
if [ -f "$main_conf" ] && grep -Eq "^[[:space:]]*($keys)[[:space:]]*=" "$main_conf"; then
  [ -f "$main_conf.before-huddle-kiosk" ] || cp -p "$main_conf" "$main_conf.before-huddle-kiosk"
  sed -i -E "s/^[[:space:]]*(($keys)[[:space:]]*=)/# huddle-kiosk: \\1/" "$main_conf"
  say changed "$main_conf (its autologin and display server settings commented out)"
  changed=1
fi
if [ "$(cat /etc/X11/default-display-manager 2>/dev/null || true)" != /usr/sbin/lightdm ]; then
  echo /usr/sbin/lightdm >/etc/X11/default-display-manager
  say changed "/etc/X11/default-display-manager (LightDM)"
  changed=1
fi
case $(readlink -f /etc/systemd/system/display-manager.service 2>/dev/null || true) in
  */lightdm.service) say unchanged "display manager (LightDM)" ;;
  *)
    systemctl enable --force lightdm.service
    say changed "display manager: LightDM"
    changed=1
    ;;
esac
if [ "$(systemctl get-default)" != graphical.target ]; then
  systemctl set-default graphical.target
  say changed "start-up target: graphical.target"
  changed=1
fi

# 6. The service that runs and watches the browser.
unit=/etc/systemd/system/huddle-kiosk.service
before=$changed
put "$here/huddle-kiosk.service" "$unit" 0644
[ "$changed" = "$before" ] || systemctl daemon-reload
if [ "$(systemctl is-enabled huddle-kiosk.service 2>/dev/null || true)" = enabled ]; then
  say unchanged "huddle-kiosk.service enabled"
else
  systemctl enable huddle-kiosk.service
  say enabled "huddle-kiosk.service"
  changed=1
fi

# 7. The clock: a wrong clock makes "today" wrong on the board.
if [ "$(timedatectl show -p NTP --value 2>/dev/null || true)" != yes ]; then
  timedatectl set-ntp true
  say changed "clock synchronisation on (timedatectl set-ntp true)"
  changed=1
fi

echo
if [ "$changed" = 0 ]; then
  echo "Nothing to change: this device is already set up."
elif systemctl is-active --quiet huddle-kiosk.service; then
  systemctl restart huddle-kiosk.service
  echo "Done; the wall screen has been restarted with the new settings."
else
  echo "Done. Restart the device (sudo reboot): the wall screen starts by itself."
fi
echo "Then check it: sudo $KIOSK_LIB/check.sh"
