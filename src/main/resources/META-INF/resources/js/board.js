// Live updates for the wall screen. The server renders everything: its messages carry the
// regions of the board that changed, as HTML, and this script only swaps them in, in version
// order, and says plainly when the board is not live. Written for old TV browsers (Chrome 63):
// no modules, no build step, no optional chaining or nullish coalescing, no fetch redirect flag.
(function () {
  'use strict';
  var body = document.body;
  var ward = body.dataset.ward;
  var zone = body.dataset.zone;
  var liveBox = document.getElementById('live');
  var notLive = document.getElementById('not-live');
  var socket = null;
  var attempts = 0;
  var lostAt = null;
  var lastHeard = Date.now();
  var joined = false;      // this connection has had its snapshot
  var resyncing = false;   // asked for a snapshot; changes until then are older than it
  var probing = false;
  var dayCheckedAt = 0;
  var refreshTimer = null;
  var OFFLINE_AFTER_MS = 15000;
  var SILENCE_MS = 50000;
  // A TV's own clock may be minutes out (no network time, a flat clock battery). The server's clock
  // is the one huddles are started by, so the clock shown and the huddle timer run on the server's
  // time: the Date header of a small request, read again now and then. Not the time a board was
  // rendered: a board may be sent later to screens that join meanwhile.
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

  // Learns the server's time from the Date header (whole seconds) of a request that costs the server
  // nothing; the middle of the round trip stands for the moment the header was written.
  function checkClock() {
    if (!window.fetch) { return; }
    clockCheckedAt = Date.now();
    var sent = Date.now();
    fetch('/img/huddle-running.svg', { method: 'HEAD', credentials: 'same-origin', cache: 'no-store' }).then(function (response) {
      var received = Date.now();
      var server = Date.parse(response.headers.get('Date') || '');
      if (!isNaN(server) && received - sent < 5000) {
        clockOffset = server + 500 - (sent + received) / 2;
        body.dataset.clockOffset = String(Math.round(clockOffset));
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

  function setState(state, text, mark) {
    liveBox.dataset.state = state;
    liveBox.querySelector('.live-text').textContent = text;
    liveBox.querySelector('.live-mark').textContent = mark;
  }

  function showLive() {
    lostAt = null;
    setState('live', 'Live', '●');
    notLive.hidden = true;
  }

  function showLost() {
    if (lostAt === null) { lostAt = new Date(serverNow()); }
    var since = timeText(lostAt);
    notLive.querySelector('.not-live-since').textContent = since;
    if (serverNow() - lostAt.getTime() >= OFFLINE_AFTER_MS) {
      setState('offline', 'Offline since ' + since, '✕');
      notLive.hidden = false;
    } else {
      setState('reconnecting', 'Reconnecting', '↻');
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
      if (Date.now() - clockCheckedAt > 60000) { checkClock(); } // back after a drop: perhaps after a restart
    } else if (msg.type === 'changed' && joined && !resyncing && msg.version > version()) {
      if (msg.version === version() + 1 && msg.regions) {
        applyRegions(msg.regions, msg.version, null);
        if (footOutOfStep()) { resync(); }
      } else {
        resync(); // a gap, or a change the server could not render
      }
    }
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

  function tick() {
    var now = new Date(serverNow());
    ticks++;
    if (ticks % 5 === 0) { showHuddle(); }
    if (Date.now() - clockCheckedAt > CLOCK_CHECK_MS) { checkClock(); }
    document.getElementById('clock').textContent = timeText(now);
    if (dateFormat) { document.getElementById('today').textContent = dateFormat.format(now); }
    if (lostAt !== null) { showLost(); }
    // At the trust's midnight the board becomes a new day's board.
    if (joined && isoDay(now) !== container().dataset.date && Date.now() - dayCheckedAt > 60000) {
      dayCheckedAt = Date.now();
      resync();
    }
    if (socket && socket.readyState === 1) {
      if (Date.now() - lastHeard > SILENCE_MS) { socket.close(); } // a dead link that never said so
      else if (now.getSeconds() % 20 === 0) { socket.send('{"type":"ping"}'); }
    }
  }

  tick();
  showHuddle();
  setInterval(tick, 1000);
  connect();
}());
