// Live updates for the wall screen. The server renders everything; this script only keeps
// the connection, swaps in the server-rendered live region, and says plainly when the board
// is not live. Written for old TV browsers too: no modules, no build step.
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
  var fetching = false;
  var fetchAgain = false;
  var dayCheckedAt = 0;
  var OFFLINE_AFTER_MS = 15000;
  var SILENCE_MS = 50000;

  function region() { return document.getElementById('board-live'); }
  function version() { return Number(region().dataset.version); }

  var timeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit' });
  var dateFormat = new Intl.DateTimeFormat('en-GB', { timeZone: zone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  var isoFormat = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });

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
    if (lostAt === null) { lostAt = new Date(); }
    var since = timeFormat.format(lostAt);
    notLive.querySelector('.not-live-since').textContent = since;
    if (Date.now() - lostAt.getTime() >= OFFLINE_AFTER_MS) {
      setState('offline', 'Offline since ' + since, '✕');
      notLive.hidden = false;
    } else {
      setState('reconnecting', 'Reconnecting', '↻');
    }
  }

  // Full resync: fetch the server-rendered live region and swap it in, marking what changed.
  function refresh() {
    if (fetching) { fetchAgain = true; return; }
    fetching = true;
    var url = '/wards/' + encodeURIComponent(ward) + '/board/live';
    fetch(url, { credentials: 'same-origin', cache: 'no-store' }).then(function (response) {
      // Sent to the pairing page: this screen's pairing was revoked.
      if (response.redirected && response.url.indexOf('/pair') >= 0) { location.href = '/pair'; }
      if (!response.ok || response.redirected) { throw new Error('HTTP ' + response.status); }
      return response.text();
    }).then(function (html) {
      var holder = document.createElement('div');
      holder.innerHTML = html.trim();
      var next = holder.querySelector('#board-live');
      if (next && Number(next.dataset.version) >= version()) { swap(region(), next); }
    }).catch(function () {
      // The next message or reconnect tries again; the old figures stay on screen meanwhile.
    }).then(function () {
      fetching = false;
      if (fetchAgain) { fetchAgain = false; refresh(); }
    });
  }

  function swap(old, next) {
    var before = {};
    old.querySelectorAll('[data-measure]').forEach(function (tile) {
      before[tile.dataset.measure] = tile.dataset.value + '|' + tile.dataset.status;
    });
    old.replaceWith(next);
    next.querySelectorAll('[data-measure]').forEach(function (tile) {
      var was = before[tile.dataset.measure];
      if (was !== undefined && was !== tile.dataset.value + '|' + tile.dataset.status) {
        tile.classList.add('changed');
        setTimeout(function () { tile.classList.remove('changed'); }, 2000);
      }
    });
  }

  function onMessage(event) {
    lastHeard = Date.now();
    var msg;
    try { msg = JSON.parse(event.data); } catch (e) { return; }
    if (msg.type === 'snapshot') {
      showLive();
      if (msg.version !== version() || msg.board.date !== region().dataset.date) { refresh(); }
    } else if (msg.type === 'changed' && msg.version > version()) {
      refresh();
    }
  }

  function connect() {
    var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    socket = new WebSocket(scheme + location.host + '/ws/wards/' + encodeURIComponent(ward));
    socket.onopen = function () { attempts = 0; lastHeard = Date.now(); };
    socket.onmessage = onMessage;
    socket.onclose = function (event) {
      socket = null;
      // Access ended (device revoked, signed out): reload, and the server says where to go.
      if (event.code === 4401) { location.reload(); return; }
      showLost();
      // Back off 1, 2, 4 ... 30 s, with jitter so a ward's screens don't reconnect in step.
      var delay = Math.min(30000, 1000 * Math.pow(2, attempts++)) * (0.75 + Math.random() * 0.5);
      if (attempts > 1) { refresh(); } // a refused handshake looks like any drop: ask the page itself
      setTimeout(connect, delay);
    };
    socket.onerror = function () { if (socket) { socket.close(); } };
  }

  function tick() {
    var now = new Date();
    document.getElementById('clock').textContent = timeFormat.format(now);
    document.getElementById('today').textContent = dateFormat.format(now);
    if (lostAt !== null) { showLost(); }
    // At the trust's midnight the board becomes a new day's board.
    if (isoFormat.format(now) !== region().dataset.date && socket && Date.now() - dayCheckedAt > 60000) {
      dayCheckedAt = Date.now();
      refresh();
    }
    if (socket && socket.readyState === 1) {
      if (Date.now() - lastHeard > SILENCE_MS) { socket.close(); } // a dead link that never said so
      else if (now.getSeconds() % 20 === 0) { socket.send('{"type":"ping"}'); }
    }
  }

  tick();
  setInterval(tick, 1000);
  connect();
}());
