#!/usr/bin/env sh
# Shows one ward's board full screen on a wall-mounted screen.
#   kiosk/start-kiosk.sh http://huddle.example.org:8080/
# The first time it shows a pairing code; once a ward leader pairs it, it shows its board.
set -eu
url=${1:?usage: start-kiosk.sh SERVER-URL}
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome) || {
  echo "Chromium is needed: apt-get install chromium" >&2; exit 1; }
# Keep the profile between restarts (it will hold the screen's pairing); no prompts, no
# crash bubbles, no translation bar: nobody is there to click them away.
profile=${HUDDLE_KIOSK_PROFILE:-$HOME/.huddle-kiosk}
exec "$browser" --kiosk --user-data-dir="$profile" --noerrdialogs --disable-infobars \
  --disable-session-crashed-bubble --disable-translate --no-first-run --check-for-update-interval=31536000 \
  --autoplay-policy=no-user-gesture-required "$url"
