// The escalations part of the ward tablet: raise one at the huddle, see what waits on the CSU or
// the executives and what came back, and the ward's actions on each (comment, reopen, close).
// Every save goes through the REST API and says what happened: saving, saved, or refused with
// the server's reason next to the field it names. The server renders the list; after a change
// here or anywhere (the board socket that ideas.js keeps, heard through its events) this script
// fetches the list again and swaps it in, keeping any escalation whose form is being filled in.
// Chrome 63: no optional chaining, no nullish coalescing, no flex spacing property, no reading
// which button submitted a form.
(function () {
  'use strict';
  var main = document.querySelector('main[data-ward]');
  var ward = main.dataset.ward;
  var enteredBy = document.getElementById('entered-by');
  var section = document.getElementById('escalations');
  var liveLine = document.getElementById('escalations-live');
  var sectionLine = document.getElementById('escalations-state');
  var REFRESH_MS = 60000; // ages and overdue marks move with the clock, not only with changes
  var OFFLINE = 'Not saved yet: no connection. Try again when the tablet is back online.';

  var parts = window.TabletParts;
  var show = parts.show;
  var field = parts.field;
  var optional = parts.optional;
  var choose = parts.choose;
  var chosen = parts.chosen;
  var typed = parts.typed;
  function send(url, body) { return parts.send('POST', url, body); }

  function part() { return document.getElementById('escalations-part'); }
  function initials() { return enteredBy ? enteredBy.value.trim() : ''; }
  function itemById(id) { return document.getElementById('escalation-' + id); }


  function itemState(item, state, text) {
    if (item) { show(item.querySelector('.card-state'), state, text); }
  }

  // Each reason beside the field it names; answers the reasons in a sentence for the state line.
  function showReasons(form, problem) {
    clearReasons(form);
    if (problem && problem.errors && problem.errors.length) {
      return problem.errors.map(function (e) {
        var place = form.querySelector('.field-error[data-for="' + e.field + '"]');
        if (place) { show(place, 'refused', (place.dataset.label || capital(e.field)) + ' ' + e.reason); }
        return e.field + ' ' + e.reason;
      }).join('; ');
    }
    return (problem && problem.detail) || 'the server refused it';
  }

  function clearReasons(form) {
    Array.prototype.forEach.call(form.querySelectorAll('.field-error'), function (p) { show(p, '', ''); });
  }

  function capital(field) {
    var words = { raisedBy: 'Raised by', enteredBy: 'Your initials' };
    return words[field] || field.charAt(0).toUpperCase() + field.slice(1);
  }






  // ---- Keeping what people type: an escalation is busy while a form of it is open with text in
  // it, has the focus, or has a save on its way. A refresh leaves a busy one as it is.
  var inFlight = {};
  function busy(item) { return parts.busy(item, inFlight); }
  function restore(item, saved) { parts.restore(item, saved, openForm); }





  // ---- Refreshing the list from the server.
  function swapIn(html, replace) {
    var holder = document.createElement('div');
    holder.innerHTML = html;
    var next = holder.querySelector('#escalations-part');
    var old = part();
    // Two fetches may cross: never put back an older list over a newer one.
    if (!next || !old || Number(next.dataset.version) < Number(old.dataset.version)) { return; }
    Array.prototype.forEach.call(old.querySelectorAll('.escalation-card'), function (item) {
      var id = item.dataset.id;
      var fresh = next.querySelector('.escalation-card[data-id="' + id + '"]');
      if (!fresh || replace[id]) { return; }
      if (busy(item)) {
        if (fresh.dataset.version !== item.dataset.version) {
          itemState(item, 'refused', 'Changed on another device while you were typing. Finish and save to see it as it is now.');
        }
        fresh.parentNode.replaceChild(item, fresh); // the very element, with what is typed in it
        return;
      }
      var line = item.querySelector('.card-state'); // what it last said stays said, while still true
      if (line && line.textContent && fresh.dataset.version === item.dataset.version) {
        itemState(fresh, line.dataset.state, line.textContent);
      }
    });
    // What changed elsewhere (an answer, a new one) shows briefly, so the huddle notices it.
    var changed = [];
    Array.prototype.forEach.call(next.querySelectorAll('.escalation-card'), function (fresh) {
      var was = old.querySelector('.escalation-card[data-id="' + fresh.dataset.id + '"]');
      if (!was || was.dataset.version !== fresh.dataset.version) { changed.push(fresh); }
    });
    changed.forEach(function (item) { item.classList.add('just-changed'); });
    setTimeout(function () { changed.forEach(function (item) { item.classList.remove('just-changed'); }); }, 2000);
    old.parentNode.replaceChild(next, old);
    var count = document.querySelector('.tab[data-tab="escalations"] .tab-count');
    if (count) { count.textContent = next.dataset.count; }
  }


  // Fetches the list as the server has it now.
  var refresh = parts.refresher('/wards/' + encodeURIComponent(ward) + '/update/escalations', swapIn);

  // ---- Acting on one escalation: comment, reopen (with why) or close, with the version shown.
  var DONE = { comment: 'Comment added', reopen: 'Reopened: it is back with the tier that answered' };

  function act(item, action, form) {
    var id = item.dataset.id;
    var title = item.querySelector('.card-title').textContent;
    var body = { action: action, version: Number(item.dataset.version) };
    if (form) {
      clearReasons(form);
      optional(body, 'text', field(form, 'text'));
    }
    optional(body, 'enteredBy', initials());
    inFlight[id] = true;
    itemState(item, 'waiting', 'Saving…');
    Array.prototype.forEach.call(item.querySelectorAll('button'), function (b) { b.disabled = true; });
    function done() {
      delete inFlight[id];
      Array.prototype.forEach.call(item.querySelectorAll('button'), function (b) { b.disabled = false; });
    }
    send('/api/escalations/' + encodeURIComponent(id) + '/actions', body).then(function (r) {
      done();
      if (r.ok) {
        closeForms(item);
        if (action === 'close') { show(sectionLine, 'saved', 'Closed “' + title + '”: off the board'); }
        return after(id, 'saved', DONE[action] || 'Saved', null);
      }
      if (r.status === 409) {
        // The escalation as it is now, with the server's word on why not, and what was typed kept.
        return after(id, 'refused', 'Not saved: ' + ((r.json && r.json.detail) || 'it changed meanwhile'), typed(item));
      }
      itemState(item, 'refused', 'Not saved: ' + (form ? showReasons(form, r.json) : showReasons(item, r.json)));
      return null;
    }, function () {
      done();
      itemState(item, 'waiting', OFFLINE);
    });
  }

  function after(id, state, text, saved) {
    var replace = {};
    replace[id] = true;
    return refresh(replace).then(function () {
      var item = itemById(id);
      if (!item) {
        if (state !== 'saved') { show(sectionLine, state, text + ' It is no longer on the ward\'s list.'); }
        return;
      }
      restore(item, saved);
      itemState(item, state, text);
      if (item.scrollIntoView) { item.scrollIntoView({ block: 'nearest' }); }
    });
  }

  function openForm(item, name) {
    Array.prototype.forEach.call(item.querySelectorAll('.card-form'), function (form) {
      form.hidden = form.dataset.form !== name;
    });
    var form = item.querySelector('.card-form[data-form="' + name + '"]');
    var first = form ? form.querySelector('textarea') : null;
    if (first) { first.focus(); }
  }

  function closeForms(item) {
    Array.prototype.forEach.call(item.querySelectorAll('.card-form'), function (form) {
      form.hidden = true;
      form.reset();
      clearReasons(form);
    });
  }

  // ---- Raising one: severity and category are one tap each, title and detail typed.
  var raising = false;

  function raise(form) {
    if (raising) { return; }
    var line = form.querySelector('.card-state');
    clearReasons(form);
    var body = { title: field(form, 'title'), detail: field(form, 'detail') };
    optional(body, 'severity', chosen(form, 'severity'));
    optional(body, 'category', chosen(form, 'category'));
    optional(body, 'raisedBy', field(form, 'raisedBy'));
    optional(body, 'enteredBy', initials());
    var missing = [];
    if (!body.severity) { missing.push({ field: 'severity', reason: 'choose Urgent or Routine' }); }
    if (!body.category) { missing.push({ field: 'category', reason: 'choose what it is about' }); }
    if (missing.length) {
      show(line, 'refused', 'Not raised: ' + showReasons(form, { errors: missing }));
      return;
    }
    raising = true;
    show(line, 'waiting', 'Raising…');
    send('/api/wards/' + encodeURIComponent(ward) + '/escalations', body).then(function (r) {
      raising = false;
      if (!r.ok) { show(line, 'refused', 'Not raised: ' + showReasons(form, r.json)); return null; }
      form.reset();
      Array.prototype.forEach.call(form.querySelectorAll('.choice'), function (b) { b.setAttribute('aria-pressed', 'false'); });
      show(line, '', '');
      // Folded away, so the list with the new one in it is in view; the line above it says what happened.
      document.getElementById('raise-box').open = false;
      show(sectionLine, 'saved', 'Raised “' + r.json.title + '”: it is with the CSU now (tier 2)');
      return refresh({}).then(function () {
        var item = itemById(r.json.id);
        itemState(item, 'saved', 'Raised just now');
        if (item && item.scrollIntoView) { item.scrollIntoView({ block: 'nearest' }); }
      });
    }, function () {
      raising = false;
      show(line, 'waiting', OFFLINE);
    });
  }

  // ---- Taps and submits, delegated: the list is replaced on every refresh.
  section.addEventListener('click', function (event) {
    var button = event.target.closest('button');
    if (!button || button.disabled) { return; }
    if (button.classList.contains('choice')) { choose(button); return; }
    var item = button.closest('.escalation-card');
    if (!item) { return; }
    if (button.classList.contains('open-form')) {
      openForm(item, button.dataset.form);
    } else if (button.classList.contains('cancel')) {
      closeForms(item);
      itemState(item, '', '');
    }
  });

  section.addEventListener('submit', function (event) {
    var form = event.target;
    event.preventDefault();
    if (form.id === 'raise-escalation') { raise(form); return; }
    var item = form.closest('.escalation-card');
    if (!item || inFlight[item.dataset.id]) { return; }
    act(item, form.dataset.action, form);
  });

  // ---- Live: what ideas.js hears on the ward's board socket. An escalation change, a skipped
  // version or a new connection (the snapshot) means the list may be out of date.
  var known = Number(part().dataset.version);

  document.addEventListener('board-live', function (event) {
    show(liveLine, event.detail.state, event.detail.text);
  });

  document.addEventListener('board-message', function (event) {
    var msg = event.detail;
    if (msg.type === 'snapshot') {
      if (msg.version !== known) { refresh(); }
      known = msg.version;
    } else if (msg.type === 'changed') {
      var shown = Number(part().dataset.version);
      if ((msg.kind === 'escalation' || msg.version !== known + 1) && msg.version > shown) { refresh(); }
      if (msg.version > known) { known = msg.version; }
    }
  });

  setInterval(function () { if (!document.hidden) { refresh(); } }, REFRESH_MS);
}());
