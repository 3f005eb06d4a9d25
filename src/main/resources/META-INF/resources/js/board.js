// Live updates for the wall screen. The server renders everything: its messages carry the
// regions of the board that changed, as HTML, and this script only swaps them in, in version
// order, and says plainly when the board is not live. Written for old TV browsers (Chrome 63):
// no modules, no build step, no optional chaining or nullish coalescing, no fetch redirect flag.
// The page says "not live" by itself (board.css) when this script never runs, or stops: while the
// board is live this script keeps putting that banner off, and shows it sooner when the link is lost.
(function () {
  'use strict';
  var body = document.body;
  var ward = body.dataset.ward;
  var zone = body.dataset.zone;
  var liveBox = document.getElementById('live');
  var notLive = document.getElementById('not-live');
  var socket = null;
  var attempts = 0;
  var lostAt = null;       // while not live: server time the board was last known to be live
  var droppedAt = 0;       // while not live: when this screen noticed (its own clock)
  var lastHeard = Date.now();
  var watch = 'a';         // which of the banner's two identical countdowns runs (board.css)
  var joined = false;      // this connection has had its snapshot
  var resyncing = false;   // asked for a snapshot; changes until then are older than it
  var probing = false;
  var upgrading = false;
  var dayCheckedAt = 0;
  var DAY_RETRY_MS = 15000;      // asked for the new day's board a moment before the server's midnight: ask again
  var refreshTimer = null;
  var OFFLINE_AFTER_MS = 12000; // after a drop, then the banner: within 15 s, ticks and all; not for a blip
  var SILENCE_MS = 50000;
  var HEARD_RECENTLY_MS = 30000; // pings go every 20 s: a live board has heard from the server within this
  var SHIFT_MS = 5 * 60000;      // the board moves by a pixel or two this often (board.css, data-shift)
  var SHIFTS = 8;
  // A TV's own clock may be minutes out (no network time, a flat clock battery). The trust's clock
  // on the server is the one huddles are started by and days change by, so the clock shown, the
  // huddle timer and the move to a new day run on it: /api/time, read again now and then and on
  // every return after a drop. Not the time a board was rendered: a board may be sent later to
  // screens that join meanwhile.
  var clockOffset = 0;          // server time minus this screen's time, ms
  var clockCheckedAt = 0;
  var CLOCK_CHECK_MS = 15 * 60000;
  var ticks = 0;

  function container() { return document.getElementById('board-live'); }
  function version() { return Number(container().dataset.version); }

  // An old TV may not know the trust's time zone: show its own time rather than nothing.
  function format(options) {
    try { return new Intl.DateTimeFormat('en-GB', Object.assign({ timeZone: zone }, options)); } catch (e) { /* below */ }
    try { return new Intl.DateTimeFormat('en-GB', options); } catch (e) { return null; }
  }
  var timeFormat = format({ hour: '2-digit', minute: '2-digit' });
  var dateFormat = format({ weekday: 'short', day: 'numeric', month: 'short' });
  var dayFormat = format({ year: 'numeric', month: '2-digit', day: '2-digit' });

  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function timeText(d) { return timeFormat ? timeFormat.format(d) : pad(d.getHours()) + ':' + pad(d.getMinutes()); }
  function isoDay(d) {
    var m = dayFormat ? /(\d+)\D+(\d+)\D+(\d+)/.exec(dayFormat.format(d)) : null; // en-GB: day, month, year
    return m ? m[3] + '-' + m[2] + '-' + m[1] : d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
  }

  function serverNow() { return Date.now() + clockOffset; }

  // Learns the trust's time from the server; the middle of the round trip stands for the moment it
  // was read.
  function checkClock() {
    if (!window.fetch) { return; }
    clockCheckedAt = Date.now();
    var sent = Date.now();
    fetch('/api/time', { credentials: 'same-origin', cache: 'no-store', redirect: 'manual' }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (time) {
      var received = Date.now();
      var server = time ? Number(time.now) : NaN;
      if (server > 0 && received - sent < 5000) {
        clockOffset = server - (sent + received) / 2;
        body.dataset.clockOffset = String(Math.round(clockOffset));
        showTime(new Date(serverNow()));
        showHuddle();
      }
    }).catch(function (e) {
      // Unreachable: keep the offset learned before (or this screen's own clock).
    });
  }

  // "4 min of 10" while a huddle runs; past its target "12 min · 2 over", with its icon. Whole minutes
  // from the start the server recorded, so a swap, a snapshot or a reconnect cannot reset it.
  function showHuddle() {
    var region = document.getElementById('huddle');
    var running = !!region && region.dataset.state === 'running';
    // While it runs, the timer has the date's place in the header, so a long ward name need not give way.
    document.querySelector('.wall-header').classList.toggle('huddle-running', running);
    if (!running) { return; }
    var timer = region.querySelector('.huddle-timer');
    var started = Number(region.dataset.started);
    var target = Number(region.dataset.targetMinutes);
    if (!timer || !(started > 0)) { return; }
    var minutes = Math.max(0, Math.floor((serverNow() - started) / 60000));
    var over = target > 0 && minutes > target;
    var text = over ? minutes + ' min · ' + (minutes - target) + ' over' : minutes + ' min of ' + target;
    if (timer.dataset.shown === text) { return; }
    timer.dataset.shown = text;
    while (timer.firstChild) { timer.removeChild(timer.firstChild); }
    if (over) {
      var icon = document.createElement('img');
      icon.className = 'huddle-icon';
      icon.src = '/img/over-time.svg';
      icon.alt = '';
      icon.width = 24;
      icon.height = 24;
      timer.appendChild(icon);
    }
    var words = document.createElement('span');
    words.textContent = text;
    timer.appendChild(words);
    region.classList.toggle('is-over', over);
  }

  // The foot (actions, thanks) takes a line for each item it shows, none when empty: the measures
  // make room for it (board.css).
  function showFoot() {
    container().dataset.foot = String(Math.min(2, container().querySelectorAll('.wall-foot .foot-item').length));
  }

  // How many items each list shows depends on whether the other has any (HuddleBoard), but a change
  // to one list sends that list's region alone: when the other was drawn for a state that has
  // passed (the day's first thanks beside two actions), read the whole board again.
  function footOutOfStep() {
    var actions = document.getElementById('actions');
    var thanks = document.getElementById('thanks');
    if (!actions || !thanks) { return false; }
    return (Number(actions.dataset.beside) > 0) !== !thanks.hidden || (Number(thanks.dataset.beside) > 0) !== !actions.hidden;
  }

  // The state in words and an icon the app serves (a TV's fonts may lack symbols), each written only when it changes.
  function setState(state, text, icon) {
    liveBox.dataset.state = state;
    var words = liveBox.querySelector('.live-text');
    if (words.textContent !== text) { words.textContent = text; }
    var img = liveBox.querySelector('.live-icon');
    var src = '/img/' + icon + '.svg';
    if (img.getAttribute('src') !== src) { img.setAttribute('src', src); }
  }

  // "09:14, Sat 28 Nov": the day too, since a screen may have been stale since yesterday.
  function sinceText(ms) {
    var d = new Date(ms);
    return timeText(d) + (dateFormat ? ', ' + dateFormat.format(d) : '');
  }

  function setSince(ms) {
    var text = sinceText(ms);
    var since = notLive.querySelector('.not-live-since');
    if (since.textContent !== text) { since.textContent = text; }
  }

  // Puts off the banner's own countdown: a new animation name starts it again (board.css).
  function keepBannerOff() {
    notLive.classList.remove('watch-' + watch);
    watch = watch === 'a' ? 'b' : 'a';
    notLive.classList.add('watch-' + watch);
  }

  function showLive() {
    lostAt = null;
    setState('live', 'Live', 'live');
    notLive.classList.remove('is-shown');
    setSince(serverNow());
    keepBannerOff();
  }

  function showLost() {
    if (lostAt === null) { lostAt = lastHeard + clockOffset; droppedAt = Date.now(); }
    setSince(lostAt);
    if (Date.now() - droppedAt >= OFFLINE_AFTER_MS) {
      setState('offline', 'Offline since ' + timeText(new Date(lostAt)), 'offline');
      notLive.classList.add('is-shown');
    } else {
      setState('reconnecting', 'Reconnecting', 'reconnecting');
    }
  }

  function tileValues(root) {
    var values = {};
    root.querySelectorAll('[data-measure]').forEach(function (tile) {
      values[tile.dataset.measure] = tile.dataset.value + '|' + tile.dataset.status;
    });
    return values;
  }

  // Replaces an element with server-rendered HTML, marking tiles whose value changed.
  function swap(old, html) {
    if (!old) { return; }
    var holder = document.createElement('div');
    holder.innerHTML = html;
    var next = holder.firstElementChild;
    if (!next) { return; }
    var before = tileValues(old);
    old.parentNode.replaceChild(next, old);
    next.querySelectorAll('[data-measure]').forEach(function (tile) {
      var was = before[tile.dataset.measure];
      if (was !== undefined && was !== tile.dataset.value + '|' + tile.dataset.status) {
        tile.classList.add('changed');
        setTimeout(function () { tile.classList.remove('changed'); }, 2000);
      }
    });
  }

  // The ward's theme is a board region like any other; the page's colours key on the body's copy.
  function showTheme() {
    var theme = document.getElementById('wall-theme');
    if (theme) { body.dataset.theme = theme.dataset.theme; }
  }

  function applyRegions(regions, newVersion, date) {
    Object.keys(regions).forEach(function (id) { swap(document.getElementById(id), regions[id]); });
    showTheme();
    container().dataset.version = newVersion;
    if (date) { container().dataset.date = date; }
    if (regions.escalations) { scheduleRefresh(); }
    if (regions.huddle) { showHuddle(); }
    if (regions.actions || regions.thanks) { showFoot(); }
  }

  // Escalation ages and overdue marks change with time alone, with no change to send: read the
  // board again when the server says the soonest of them changes. Its board may be read up to
  // 30 s before it is sent (shared by screens that join meanwhile), so wait past that.
  function scheduleRefresh() {
    if (refreshTimer !== null) { clearTimeout(refreshTimer); refreshTimer = null; }
    var region = document.getElementById('escalations');
    var seconds = region ? Number(region.dataset.refreshIn) : NaN;
    if (!(seconds > 0)) { return; }
    refreshTimer = setTimeout(function () { refreshTimer = null; resync(); }, Math.max(60, seconds + 31) * 1000);
  }

  function resync() {
    if (resyncing || !socket || socket.readyState !== 1) { return; }
    resyncing = true;
    socket.send('{"type":"resync"}');
  }

  function onMessage(event) {
    lastHeard = Date.now();
    var msg;
    try { msg = JSON.parse(event.data); } catch (e) { return; }
    if (msg.type === 'snapshot' && msg.regions) {
      // The server's board is the truth, whichever way its version differs from ours: after a
      // crash it may have gone back, and its versions may be reused.
      applyRegions(msg.regions, msg.version, msg.date);
      joined = true;
      resyncing = false;
      showLive();
      if (Date.now() - clockCheckedAt > 10000) { checkClock(); } // back after a drop: perhaps after a restart
      if (msg.build && msg.build !== body.dataset.build) { upgradeTo(msg.build); }
    } else if (msg.type === 'changed' && joined && !resyncing && msg.version > version()) {
      if (msg.version === version() + 1 && msg.regions) {
        applyRegions(msg.regions, msg.version, null);
        if (footOutOfStep()) { resync(); }
      } else {
        resync(); // a gap, or a change the server could not render
      }
    }
  }

  // Which build this tab last reloaded for. sessionStorage lives as long as the tab; a TV that refuses it
  // still keeps window.name across a reload.
  var RELOAD_MARK = 'huddle-board-reload-to:';
  function reloadedFor() {
    try { return sessionStorage.getItem(RELOAD_MARK); } catch (e) { /* below */ }
    return window.name.indexOf(RELOAD_MARK) === 0 ? window.name.substring(RELOAD_MARK.length) : null;
  }
  function markReloadFor(build) {
    try { sessionStorage.setItem(RELOAD_MARK, build); return; } catch (e) { /* below */ }
    window.name = RELOAD_MARK + build;
  }

  // The server was upgraded under this page: load the new one, once. If the reload brings back a page of
  // the old build (a cache on the way, a second server not yet upgraded), stay: reloading again would loop.
  // Only when the page answers, a few seconds apart across a trust's screens: a reload into an error page
  // would leave the screen there, with no script to bring it back.
  function upgradeTo(build) {
    if (upgrading || reloadedFor() === build) { return; }
    upgrading = true;
    setTimeout(function () {
      fetch(location.href, { credentials: 'same-origin', cache: 'no-store', redirect: 'manual' }).then(function (response) {
        if (response.ok) {
          markReloadFor(build);
          location.reload();
        } else {
          upgrading = false;
        }
      }).catch(function () { upgrading = false; });
    }, Math.random() * 5000);
  }

  // Without a socket: is the server up, and does it still know this screen? The full board
  // from the live region endpoint; a redirect (to /pair) or a refusal means access ended.
  function probe() {
    if (probing) { return; }
    probing = true;
    var url = '/wards/' + encodeURIComponent(ward) + '/board/live';
    fetch(url, { credentials: 'same-origin', cache: 'no-store', redirect: 'manual' }).then(function (response) {
      if (response.type === 'opaqueredirect' || response.status === 401 || response.status === 403) {
        location.reload(); // the server says where this screen belongs now
        return null;
      }
      return response.ok ? response.text() : null;
    }).then(function (html) {
      if (html && !socket) {
        var holder = document.createElement('div');
        holder.innerHTML = html.trim();
        var next = holder.querySelector('#board-live');
        if (next) { swap(container(), next.outerHTML); showFoot(); showTheme(); }
      }
    }).catch(function () {
      // Still down: the old figures stay on screen, marked as not live.
    }).then(function () { probing = false; });
  }

  function connect() {
    var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    var opened = false;
    joined = false;
    resyncing = false;
    socket = new WebSocket(scheme + location.host + '/ws/wards/' + encodeURIComponent(ward) + '?format=html');
    socket.onopen = function () { opened = true; attempts = 0; lastHeard = Date.now(); };
    socket.onmessage = onMessage;
    socket.onclose = function (event) {
      socket = null;
      joined = false;
      // Access ended (device revoked, signed out): reload, and the server says where to go.
      if (event.code === 4401) { location.reload(); return; }
      showLost();
      // Back off 1, 2, 4 ... 30 s, with jitter so a trust's screens don't all come back at once
      // after a restart (the server closes with 1001, going away).
      var delay = Math.min(30000, 1000 * Math.pow(2, attempts++)) * (0.5 + Math.random());
      if (!opened && attempts > 1) { probe(); } // a refused handshake looks like any drop
      setTimeout(connect, delay);
    };
    socket.onerror = function () { if (socket) { socket.close(); } };
  }

  function setText(id, text) {
    var e = document.getElementById(id);
    if (e.textContent !== text) { e.textContent = text; }
  }

  // Clock and date; and, on a screen that never sleeps, the whole board a pixel or two to one side
  // every few minutes, round a small square (board.css), so nothing stays on the same pixels for months.
  function showTime(now) {
    setText('clock', timeText(now));
    if (dateFormat) { setText('today', dateFormat.format(now)); }
    var shift = String(Math.floor(now.getTime() / SHIFT_MS) % SHIFTS);
    if (body.dataset.shift !== shift) { body.dataset.shift = shift; }
  }

  function tick() {
    var now = new Date(serverNow());
    ticks++;
    if (ticks % 5 === 0) { showHuddle(); }
    if (Date.now() - clockCheckedAt > CLOCK_CHECK_MS) { checkClock(); }
    showTime(now);
    if (lostAt !== null) {
      showLost();
    } else if (liveBox.dataset.state === 'live' && Date.now() - lastHeard < HEARD_RECENTLY_MS) {
      setSince(now.getTime()); // what the banner will say if this script stops
      if (ticks % 5 === 0) { keepBannerOff(); }
    }
    // At the trust's midnight the board becomes a new day's board.
    if (joined && isoDay(now) !== container().dataset.date && Date.now() - dayCheckedAt > DAY_RETRY_MS) {
      dayCheckedAt = Date.now();
      resync();
    }
    if (socket && socket.readyState === 1) {
      if (Date.now() - lastHeard > SILENCE_MS) { socket.close(); } // a dead link that never said so
      else if (now.getSeconds() % 20 === 0) { socket.send('{"type":"ping"}'); }
    }
  }

  // A tab in the background runs its timers once a minute, and the banner's countdown may have run out
  // meanwhile: put it off again at once when the board is seen again, if it is live.
  document.addEventListener('visibilitychange', function () {
    if (!document.hidden && lostAt === null && liveBox.dataset.state === 'live') { keepBannerOff(); }
  });

  tick();
  showHuddle();
  setInterval(tick, 1000);
  connect();
}());
