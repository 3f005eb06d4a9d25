// The roll-up page, live: when a ward's measures change, re-read that ward's heatmap row.
(function () {
  'use strict';
  var root = document.getElementById('rollup');
  var line = document.getElementById('rollup-live');
  if (!root || !line) { return; }
  var csu = root.getAttribute('data-csu');
  var socket = null;
  var attempts = 0;
  // Per ward, the latest row asked for: an older answer arriving after a newer one is dropped.
  var asked = {};

  function show(state, text) {
    line.setAttribute('data-state', state);
    line.querySelector('img').setAttribute('src', state === 'live' ? '/img/live.svg' : '/img/reconnecting.svg');
    line.querySelector('span').textContent = text;
  }

  function refresh(ward) {
    var mine = (asked[ward] || 0) + 1;
    asked[ward] = mine;
    var url = '/rollup/rows/' + encodeURIComponent(ward) + (csu ? '?csu=' + encodeURIComponent(csu) : '');
    fetch(url, { credentials: 'same-origin', cache: 'no-store', headers: { 'Accept': 'text/html' } })
      .then(function (response) {
        if (!response.ok) { throw new Error('HTTP ' + response.status); }
        return response.text();
      })
      .then(function (html) {
        if (asked[ward] !== mine) { return; }
        var rows = root.querySelectorAll('table.heatmap tr[data-ward]');
        var old = null;
        for (var i = 0; i < rows.length; i++) {
          if (rows[i].getAttribute('data-ward') === ward) { old = rows[i]; }
        }
        if (!old) { return; }
        var holder = document.createElement('tbody');
        holder.innerHTML = html;
        var row = holder.querySelector('tr');
        if (!row) { return; }
        var table = root.querySelector('table.heatmap');
        if (row.getAttribute('data-columns') !== table.getAttribute('data-columns')) {
          location.reload(); // a ward's measures or their commitments changed: the columns did too
          return;
        }
        row.classList.add('changed');
        old.parentNode.replaceChild(row, old);
        setTimeout(function () { row.classList.remove('changed'); }, 2000);
      })
      .catch(function () {
        show('reconnecting', 'A change could not be shown: reload to be sure the heatmap is current.');
      });
  }

  function onMessage(event) {
    var message;
    try { message = JSON.parse(event.data); } catch (e) { return; }
    if (message.type === 'ready') {
      show('live', 'Live: values entered on the wards show here without a reload');
    } else if (message.type === 'changed' && message.ward) {
      refresh(message.ward);
    }
  }

  function connect() {
    var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    socket = new WebSocket(scheme + location.host + '/ws/rollup');
    socket.onopen = function () { attempts = 0; };
    socket.onmessage = onMessage;
    socket.onclose = function (event) {
      socket = null;
      if (event.code === 4401) { location.reload(); return; }
      show('reconnecting', 'Not live: reconnecting. Reload to be sure the heatmap is current.');
      var delay = Math.min(30000, 1000 * Math.pow(2, attempts++)) * (0.5 + Math.random());
      setTimeout(connect, delay);
    };
    socket.onerror = function () { if (socket) { socket.close(); } };
  }

  setInterval(function () {
    if (socket && socket.readyState === 1) { socket.send('{"type":"ping"}'); }
  }, 25000);
  connect();
}());
