// The manager escalation view: actions in place, and the list re-read whenever the escalation
// channel says something changed. Text being typed and the last outcome of each row survive
// the re-read. Plain ES5, no optional chaining: the same rules as every page here.
(function () {
  'use strict';
  var root = document.getElementById('escalations');
  if (!root) { return; }
  var query = root.dataset.query || '';
  var liveLine = document.getElementById('esc-live');
  var statuses = {}; // row id -> { state, text }: outcomes shown until the next action on that row
  var socket = null;
  var attempts = 0;
  var lastHeard = Date.now();
  var SILENCE_MS = 50000;
  var refreshing = false;
  var again = false;

  function list() { return document.getElementById('escalation-list'); }
  function row(id) { return document.getElementById('esc-' + id); }

  function show(el, state, text) {
    if (!el) { return; }
    el.dataset.state = state;
    el.textContent = text;
  }

  function rowStatus(id, state, text) {
    statuses[id] = { state: state, text: text };
    var r = row(id);
    if (r) { show(r.querySelector('.esc-status'), state, text); }
  }

  var STATES = { OPEN: 'open', ACKNOWLEDGED: 'acknowledged', RESOLVED: 'resolved', HANDED_BACK: 'handed back', CLOSED: 'closed' };
  function stateWord(state) { return STATES[state] || String(state); }

  function reasonOf(problem) {
    if (problem && problem.errors && problem.errors.length) {
      return problem.errors.map(function (e) { return e.field + ' ' + e.reason; }).join('; ');
    }
    return (problem && problem.detail) || 'the server refused it';
  }

  // ---- Re-reading the list, keeping what is being typed
  function drafts() {
    var kept = {};
    Array.prototype.forEach.call(document.querySelectorAll('#escalation-list .esc'), function (r) {
      var box = r.querySelector('textarea');
      if (box && box.value) { kept[r.dataset.id] = box.value; }
    });
    var focused = document.activeElement;
    var focus = null;
    if (focused && focused.name === 'text' && focused.closest('.esc')) {
      focus = { id: focused.closest('.esc').dataset.id, start: focused.selectionStart, end: focused.selectionEnd };
    }
    return { texts: kept, focus: focus };
  }

  function restore(kept) {
    Object.keys(kept.texts).forEach(function (id) {
      var r = row(id);
      var box = r && r.querySelector('textarea');
      if (box) { box.value = kept.texts[id]; }
    });
    Object.keys(statuses).forEach(function (id) {
      var r = row(id);
      if (r) { show(r.querySelector('.esc-status'), statuses[id].state, statuses[id].text); }
    });
    if (kept.focus) {
      var r = row(kept.focus.id);
      var box = r && r.querySelector('textarea');
      if (box) {
        box.focus();
        try { box.setSelectionRange(kept.focus.start, kept.focus.end); } catch (e) { /* not a text box any more */ }
      }
    }
  }

  function refresh() {
    if (refreshing) { again = true; return; }
    refreshing = true;
    fetch('/escalations/list?' + query, { credentials: 'same-origin', cache: 'no-store', headers: { 'Accept': 'text/html' } })
      .then(function (response) {
        if (response.status === 401) { location.reload(); return null; }
        return response.ok ? response.text() : null;
      })
      .then(function (html) {
        if (!html) { return; }
        var holder = document.createElement('div');
        holder.innerHTML = html;
        var next = holder.querySelector('#escalation-list');
        if (!next) { return; }
        var kept = drafts();
        list().parentNode.replaceChild(next, list());
        restore(kept);
      })
      .catch(function () { /* the list on screen stays; the next change or reconnect reads it again */ })
      .then(function () {
        refreshing = false;
        if (again) { again = false; refresh(); }
      });
  }

  // ---- Actions in place
  function act(button) {
    var r = button.closest('.esc');
    var id = r.dataset.id;
    var box = r.querySelector('textarea');
    var text = box ? box.value.trim() : '';
    var action = button.dataset.action;
    var label = button.textContent;
    if (button.dataset.needsText === 'true' && !text) {
      rowStatus(id, 'refused', label + ' needs text: write the answer, reason or note first');
      if (box) { box.focus(); }
      return;
    }
    var body = { action: action, version: Number(r.dataset.version) };
    if (text) { body.text = text; }
    rowStatus(id, 'waiting', label + ': saving');
    Array.prototype.forEach.call(r.querySelectorAll('.esc-act'), function (b) { b.disabled = true; });
    fetch('/api/escalations/' + encodeURIComponent(id) + '/actions', {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().catch(function () { return null; }).then(function (json) {
        return { status: response.status, ok: response.ok, json: json };
      });
    }).then(function (res) {
      var now = row(id);
      if (res.ok) {
        var box = now && now.querySelector('textarea');
        if (box) { box.value = ''; }
        rowStatus(id, 'saved', label + ': saved. Now ' + stateWord(res.json.state) + ' at tier ' + res.json.tier + '.');
      } else if (res.status === 401) {
        location.reload();
        return;
      } else {
        var current = res.json && res.json.current;
        var state = current ? ' It is now ' + stateWord(current.state) + ' at tier ' + current.tier
          + (current.owner ? ', owned by ' + current.owner : '') + '.' : '';
        rowStatus(id, 'refused', 'Not saved: ' + reasonOf(res.json) + '.' + state);
      }
      refresh();
    }, function () {
      rowStatus(id, 'refused', 'Not saved: no connection. Your text is kept; try again when back online.');
      var now = row(id);
      if (now) { Array.prototype.forEach.call(now.querySelectorAll('.esc-act'), function (b) { b.disabled = false; }); }
    });
  }

  root.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('button.esc-act') : null;
    if (button && !button.disabled) { act(button); }
  });

  // ---- The escalation channel
  function onMessage(event) {
    lastHeard = Date.now();
    var msg;
    try { msg = JSON.parse(event.data); } catch (e) { return; }
    if (msg.type === 'ready') {
      show(liveLine, 'live', 'Live: new escalations and changes show here without a reload');
      refresh(); // whatever changed while we were not connected
    } else if (msg.type === 'changed') {
      refresh();
    }
  }

  function connect() {
    var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    socket = new WebSocket(scheme + location.host + '/ws/escalations');
    socket.onopen = function () { attempts = 0; lastHeard = Date.now(); };
    socket.onmessage = onMessage;
    socket.onclose = function (event) {
      socket = null;
      if (event.code === 4401) { location.reload(); return; } // access ended: the server says where to go
      show(liveLine, 'reconnecting', 'Not live: reconnecting. Reload to be sure the list is current.');
      // Back off 1, 2, 4 ... 30 s, with jitter so everyone does not come back at once after a restart.
      var delay = Math.min(30000, 1000 * Math.pow(2, attempts++)) * (0.5 + Math.random());
      setTimeout(connect, delay);
    };
    socket.onerror = function () { if (socket) { socket.close(); } };
  }

  setInterval(function () {
    if (socket && socket.readyState === 1) {
      if (Date.now() - lastHeard > SILENCE_MS) { socket.close(); } // a dead link that never said so
      else if (new Date().getSeconds() % 20 === 0) { socket.send('{"type":"ping"}'); }
    }
  }, 1000);
  connect();
}());
