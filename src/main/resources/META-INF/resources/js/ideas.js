// The ideas part of the ward tablet: one-tap moves, the short forms a move or a card needs, and
// the live part. Every save goes through the REST API, as huddle.js does for measures, and says
// what happened: saving, saved, or refused with the server's reason. The server renders the
// cards; after a change here or on another device this script fetches that part again and swaps
// it in, keeping any card whose form someone is filling in. Chrome 63: no optional chaining,
// no nullish coalescing, no flex spacing property, no reading which button submitted a form.
(function () {
  'use strict';
  var main = document.querySelector('main[data-ward]');
  var ward = main.dataset.ward;
  var enteredBy = document.getElementById('entered-by');
  var ideasSection = document.getElementById('ideas');
  var liveLine = document.getElementById('ideas-live');
  var api = '/api/wards/' + encodeURIComponent(ward) + '/ideas';
  var COLUMN_WORDS = { NEW: 'New', TESTING: 'Testing', IMPLEMENTED: 'Implemented', CELEBRATED: 'Celebrated', PARKED: 'Parked' };

  var parts = window.TabletParts;
  var show = parts.show;
  var send = parts.send;
  var choose = parts.choose;
  var chosen = parts.chosen;
  var field = parts.field;
  var optional = parts.optional;
  var typed = parts.typed;

  function part() { return document.getElementById('ideas-part'); }
  function initials() { return enteredBy.value.trim(); }

  // ---- Tabs: Measures | Ideas. The choice is kept in the address, so a reload stays put.
  var tabs = document.querySelectorAll('.tabs .tab');
  function showTab(name) {
    Array.prototype.forEach.call(tabs, function (tab) {
      var on = tab.dataset.tab === name;
      if (on) { tab.setAttribute('aria-current', 'page'); } else { tab.removeAttribute('aria-current'); }
      document.getElementById(tab.dataset.tab).hidden = !on;
    });
  }
  Array.prototype.forEach.call(tabs, function (tab) {
    tab.addEventListener('click', function (event) {
      event.preventDefault();
      showTab(tab.dataset.tab);
      if (history.replaceState) { history.replaceState(null, '', '#' + tab.dataset.tab); }
    });
  });
  showTab(location.hash === '#ideas' || location.hash === '#escalations' ? location.hash.substring(1) : 'measures');

  // ---- Saying what happened.

  function cardState(card, state, text) {
    if (card) { show(card.querySelector('.card-state'), state, text); }
  }

  function reasonOf(problem) {
    if (problem && problem.errors && problem.errors.length) {
      return problem.errors.map(function (e) { return e.field + ' ' + e.reason; }).join('; ');
    }
    return (problem && problem.detail) || 'the server refused it';
  }

  var OFFLINE = 'Not saved yet: no connection. Try again when the tablet is back online.';






  // ---- Keeping what people type. A card is busy while one of its forms is open with something
  // typed or chosen, has the focus, or has a save on its way: a refresh leaves it as it is.
  var inFlight = {};
  function busy(card) { return parts.busy(card, inFlight); }
  function restore(card, saved) { parts.restore(card, saved, openForm); }





  // ---- Refreshing the ideas part from the server.

  function swapIn(html, replace) {
    var holder = document.createElement('div');
    holder.innerHTML = html;
    var next = holder.querySelector('#ideas-part');
    var old = part();
    // Two fetches may cross: never put back an older board over a newer one.
    if (!next || !old || Number(next.dataset.version) < Number(old.dataset.version)) { return; }
    // What each card and offer last said stays said: a change elsewhere must not wipe "Saved".
    Array.prototype.forEach.call(old.querySelectorAll('.idea-card, .offered-idea'), function (item) {
      var line = item.querySelector('.card-state');
      var fresh = line && line.textContent && !replace[item.dataset.id] ? next.querySelector('#' + item.id) : null;
      if (fresh) { show(fresh.querySelector('.card-state'), line.dataset.state, line.textContent); }
    });
    Array.prototype.forEach.call(old.querySelectorAll('.idea-card'), function (card) {
      var id = card.dataset.id;
      if (replace[id] || !busy(card)) { return; }
      var fresh = next.querySelector('.idea-card[data-id="' + id + '"]');
      if (!fresh) { return; }
      if (fresh.dataset.version !== card.dataset.version) {
        card.dataset.changedElsewhere = 'true';
        cardState(card, 'refused', 'Changed on another device while you were typing. Finish and save to see it as it is now.');
      }
      fresh.parentNode.replaceChild(card, fresh); // the very element, with what is typed in it
    });
    old.parentNode.replaceChild(next, old);
    var count = document.querySelector('.tab[data-tab="ideas"] .tab-count');
    if (count) { count.textContent = next.dataset.open + ' open'; }
  }

  var refresh = parts.refresher('/wards/' + encodeURIComponent(ward) + '/update/ideas', swapIn);

  function cardById(id) { return document.getElementById('idea-' + id); }

  // After a save: the card as the server has it now, and the state on it (it may have moved column).
  function afterSave(id, state, text, saved) {
    var replace = {};
    replace[id] = true;
    return refresh(replace).then(function () {
      var card = cardById(id);
      restore(card, saved);
      cardState(card, state, text);
      if (card && card.scrollIntoView && state === 'saved') { card.scrollIntoView({ block: 'nearest' }); }
    });
  }

  // One save for a card: says it is saving, then saved, refused (with the reason) or stale.
  function saveCard(card, method, path, body, savedText) {
    var id = card.dataset.id;
    var sentVersion = Number(card.dataset.version);
    body.version = sentVersion;
    inFlight[id] = true;
    cardState(card, 'waiting', 'Saving…');
    Array.prototype.forEach.call(card.querySelectorAll('button'), function (b) { b.disabled = true; });
    function done() {
      delete inFlight[id];
      Array.prototype.forEach.call(card.querySelectorAll('button'), function (b) { b.disabled = false; });
    }
    return send(method, api + '/' + encodeURIComponent(id) + path, body).then(function (r) {
      done();
      if (r.ok) {
        closeForms(card); // saved: nothing typed here is left to keep
        return afterSave(id, 'saved', typeof savedText === 'function' ? savedText(r.json) : savedText, null);
      }
      var current = r.json && r.json.current;
      if (r.status === 409 && current && current.version !== sentVersion) {
        return afterSave(id, 'refused', 'Not saved: this card was changed on another device meanwhile. '
          + 'It is shown as it is now; check it, then try again.', typed(card));
      }
      cardState(card, 'refused', 'Not saved: ' + reasonOf(r.json));
      return null;
    }, function () {
      done();
      cardState(card, 'waiting', OFFLINE);
    });
  }

  function openForm(card, name) {
    Array.prototype.forEach.call(card.querySelectorAll('.card-form'), function (form) {
      form.hidden = form.dataset.form !== name;
    });
    var form = card.querySelector('.card-form[data-form="' + name + '"]');
    var first = form ? form.querySelector('input, textarea') : null;
    if (form && name.indexOf('move-') === 0 && first) { first.focus(); }
  }

  function closeForms(card) {
    Array.prototype.forEach.call(card.querySelectorAll('.card-form'), function (form) {
      form.hidden = true;
      form.reset();
      Array.prototype.forEach.call(form.querySelectorAll('.choice'), function (b) { b.setAttribute('aria-pressed', 'false'); });
    });
  }

  function move(card, to, form) {
    var body = { to: to };
    if (form) {
      optional(body, 'reason', field(form, 'reason'));
      optional(body, 'changeMade', field(form, 'changeMade'));
      optional(body, 'effect', field(form, 'effect'));
    }
    optional(body, 'enteredBy', initials());
    saveCard(card, 'POST', '/moves', body, 'Moved to ' + (COLUMN_WORDS[to] || to));
  }

  function pdsaNote(card, form) {
    var body = { note: field(form, 'note') };
    optional(body, 'stage', chosen(form, 'stage'));
    optional(body, 'writtenBy', initials());
    if (!body.stage) { cardState(card, 'refused', 'Not saved: choose the PDSA stage (Plan, Do, Study or Act)'); return; }
    saveCard(card, 'POST', '/notes', body, 'PDSA note added');
  }

  function impactCheck(card, form) {
    var body = {};
    var missing = [];
    ['safety', 'effectiveness', 'experience'].forEach(function (part) {
      var effect = chosen(form, part);
      if (!effect) { missing.push(part); }
      body[part] = { effect: effect, note: field(form, part + 'Note') };
    });
    optional(body, 'checkedBy', initials());
    if (missing.length) {
      cardState(card, 'refused', 'Not saved: choose none, positive or negative for ' + missing.join(', '));
      return;
    }
    saveCard(card, 'PUT', '/impact-check', body, function (view) {
      return view && view.impactCheck && view.impactCheck.needsSignOff
        ? 'Impact check saved. A negative effect: a ward lead must sign it off before testing.'
        : 'Impact check saved: it can be tested now';
    });
  }

  function adopt(offer) {
    var from = Number(offer.dataset.offer);
    var line = offer.querySelector('.card-state');
    var button = offer.querySelector('.adopt');
    var body = optional({ from: from }, 'enteredBy', initials());
    show(line, 'waiting', 'Adopting…');
    if (button) { button.disabled = true; }
    send('POST', api + '/adoptions', body).then(function (r) {
      var text = r.ok ? 'Adopted: it is in your New column now'
        : 'Not adopted: ' + reasonOf(r.json);
      return refresh({}).then(function () {
        var now = document.getElementById('offer-' + from);
        show(now && now.querySelector('.card-state'), r.ok ? 'saved' : 'refused', text);
        if (r.ok && r.json) { cardState(cardById(r.json.id), 'saved', 'Adopted from another ward'); }
      });
    }, function () {
      if (button) { button.disabled = false; }
      show(line, 'waiting', OFFLINE);
    });
  }

  // ---- Taps and submits on the cards, delegated: the cards are replaced on every refresh.
  ideasSection.addEventListener('click', function (event) {
    var button = event.target.closest('button');
    if (!button || button.disabled) { return; }
    var card = button.closest('.idea-card');
    if (button.classList.contains('choice')) { choose(button); return; }
    if (button.classList.contains('adopt')) { adopt(button.closest('.offered-idea')); return; }
    if (!card) { return; }
    if (button.classList.contains('move')) {
      if (button.dataset.needs) { openForm(card, 'move-' + button.dataset.to); } else { move(card, button.dataset.to, null); }
    } else if (button.classList.contains('open-form')) {
      openForm(card, button.dataset.form);
    } else if (button.classList.contains('cancel')) {
      closeForms(card);
      cardState(card, '', '');
    } else if (button.classList.contains('sign-off')) {
      saveCard(card, 'POST', '/impact-check/sign-off', {}, 'Signed off: it can be tested now');
    }
  });

  ideasSection.addEventListener('submit', function (event) {
    var form = event.target;
    event.preventDefault();
    if (form.id === 'add-idea') { addIdea(form); return; }
    var card = form.closest('.idea-card');
    if (!card || inFlight[card.dataset.id]) { return; }
    if (form.dataset.to) { move(card, form.dataset.to, form); }
    else if (form.dataset.form === 'note') { pdsaNote(card, form); }
    else if (form.dataset.form === 'impact') { impactCheck(card, form); }
  });

  // ---- Add idea: title, problem, idea and a tap for the aim; the rest optional.
  var adding = false;
  function addIdea(form) {
    if (adding) { return; }
    var line = form.querySelector('.card-state');
    var body = { title: field(form, 'title'), problem: field(form, 'problem'), idea: field(form, 'idea') };
    optional(body, 'qualityAim', chosen(form, 'qualityAim'));
    optional(body, 'owner', field(form, 'owner'));
    optional(body, 'dueDate', field(form, 'dueDate'));
    optional(body, 'raisedBy', field(form, 'raisedBy'));
    optional(body, 'measure', field(form, 'measure'));
    optional(body, 'enteredBy', initials());
    if (!body.qualityAim) { show(line, 'refused', 'Not saved: choose what it aims at'); return; }
    adding = true;
    show(line, 'waiting', 'Saving…');
    send('POST', api, body).then(function (r) {
      adding = false;
      if (!r.ok) { show(line, 'refused', 'Not saved: ' + reasonOf(r.json)); return null; }
      form.reset();
      Array.prototype.forEach.call(form.querySelectorAll('.choice'), function (b) { b.setAttribute('aria-pressed', 'false'); });
      show(line, 'saved', 'Added “' + r.json.title + '” to New');
      return refresh({}).then(function () { cardState(cardById(r.json.id), 'saved', 'Added just now'); });
    }, function () {
      adding = false;
      show(line, 'waiting', OFFLINE);
    });
  }

  // ---- Live: the ward's board socket (JSON). A card change anywhere, a gap in the versions or a
  // new connection (the snapshot) means the part may be out of date: fetch it again.
  var socket = null;
  var attempts = 0;
  var lastHeard = Date.now();
  var known = Number(part().dataset.version);
  var SILENCE_MS = 50000;

  // The page's other live parts (tablet-escalations.js) hear the same socket through these two events.
  function tell(name, detail) {
    var event = document.createEvent('CustomEvent');
    event.initCustomEvent(name, false, false, detail);
    document.dispatchEvent(event);
  }

  function liveState(state, text) {
    show(liveLine, state, text);
    tell('board-live', { state: state, text: text });
  }

  function onMessage(event) {
    lastHeard = Date.now();
    var msg;
    try { msg = JSON.parse(event.data); } catch (e) { return; }
    tell('board-message', msg);
    if (msg.type === 'snapshot') {
      liveState('live', 'Live: changes on other devices show here');
      if (msg.version !== known) { refresh(); }
      known = msg.version;
    } else if (msg.type === 'changed') {
      var shown = Number(part().dataset.version);
      if ((msg.kind === 'idea' || msg.version !== known + 1) && msg.version > shown) { refresh(); }
      if (msg.version > known) { known = msg.version; }
    }
  }

  function connect() {
    var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    socket = new WebSocket(scheme + location.host + '/ws/wards/' + encodeURIComponent(ward));
    socket.onopen = function () { attempts = 0; lastHeard = Date.now(); };
    socket.onmessage = onMessage;
    socket.onclose = function (event) {
      socket = null;
      if (event.code === 4401) { location.reload(); return; } // access ended: the server says where to go
      liveState('reconnecting', 'Not live: reconnecting. Other devices\' changes show when it is back.');
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
