// What the ward tablet's live parts (ideas.js, tablet-escalations.js) share: sending JSON to the
// API, reading their short forms, keeping what people type across a refresh of the part, and
// fetching the part again from the server. Chrome 63: no optional chaining, no nullish
// coalescing, no reading which button submitted a form.
window.TabletParts = (function () {
  'use strict';

  function show(line, state, text) {
    if (!line) { return; }
    line.dataset.state = state;
    line.textContent = text;
  }

  // Through the change queue (change-queue.js): resolves with { status, ok, json } when the server
  // answers. Offline, the change waits in the queue (the page's queue line says so) and the promise
  // resolves once it is sent; line, if given, says it is waiting meanwhile.
  function send(method, url, body, label, line) {
    return window.ChangeQueue.send(method, url, body, label || labelOf(method, url), function () {
      show(line, 'waiting', 'Waiting to send (no connection). It is kept on this tablet and sent when the '
        + 'connection is back.');
    });
  }

  function labelOf(method, url) {
    if (/\/escalations(\/|$)/.test(url)) { return /\/actions$/.test(url) ? 'Escalation update' : 'New escalation'; }
    if (/\/adoptions$/.test(url)) { return 'Adopting an idea'; }
    if (/\/ideas$/.test(url)) { return 'New idea card'; }
    return 'Idea card change';
  }

  // One-tap choices: one pressed per group.
  function choose(button) {
    Array.prototype.forEach.call(button.parentNode.querySelectorAll('.choice'), function (b) {
      b.setAttribute('aria-pressed', String(b === button));
    });
  }

  function chosen(form, name) {
    var group = form.querySelector('.choices[data-name="' + name + '"]');
    var pressed = group ? group.querySelector('.choice[aria-pressed="true"]') : null;
    return pressed ? pressed.dataset.value : null;
  }

  function field(form, name) {
    var input = form.querySelector('[name="' + name + '"]');
    return input ? input.value.trim() : '';
  }

  function optional(body, key, value) {
    if (value) { body[key] = value; }
    return body;
  }

  // A form is touched while it is open with something typed or chosen, or has the focus.
  function formTouched(form) {
    if (form.hidden) { return false; }
    if (form.contains(document.activeElement)) { return true; }
    var inputs = form.querySelectorAll('input, textarea');
    for (var i = 0; i < inputs.length; i++) { if (inputs[i].value.trim() !== '') { return true; } }
    return form.querySelector('.choice[aria-pressed="true"]') !== null;
  }

  // A card is busy while one of its forms is touched or a save of it is on its way
  // (inFlight: card id to true): a refresh leaves it as it is.
  function busy(card, inFlight) {
    if (inFlight[card.dataset.id]) { return true; }
    var forms = card.querySelectorAll('.card-form');
    for (var i = 0; i < forms.length; i++) { if (formTouched(forms[i])) { return true; } }
    return false;
  }

  // What is typed in a card's open form, to put back after the card is shown as it is now.
  function typed(card) {
    var open = card ? card.querySelector('.card-form:not([hidden])') : null;
    if (!open) { return null; }
    var saved = { form: open.dataset.form, values: {}, choices: {} };
    Array.prototype.forEach.call(open.querySelectorAll('input, textarea'), function (input) {
      saved.values[input.name] = input.value;
    });
    Array.prototype.forEach.call(open.querySelectorAll('.choices'), function (group) {
      saved.choices[group.dataset.name] = chosen(open, group.dataset.name);
    });
    return saved;
  }

  // Opens the same form again (openForm(card, name) is the part's own) and puts back what was typed.
  function restore(card, saved, openForm) {
    if (!card || !saved) { return; }
    var form = card.querySelector('.card-form[data-form="' + saved.form + '"]');
    if (!form) { return; } // that form no longer applies to the card as it is now
    openForm(card, saved.form);
    Object.keys(saved.values).forEach(function (name) {
      var input = form.querySelector('[name="' + name + '"]');
      if (input) { input.value = saved.values[name]; }
    });
    Object.keys(saved.choices).forEach(function (name) {
      var b = saved.choices[name] && form.querySelector('.choices[data-name="' + name + '"] .choice[data-value="'
        + saved.choices[name] + '"]');
      if (b) { choose(b); }
    });
  }

  // A refresh(replace) that fetches the part as the server has it now and hands it to
  // swapIn(html, replace). Calls while one is on its way make one more after it; offline, the
  // part stays as it is (the live line says so).
  function refresher(url, swapIn) {
    var refreshing = null;
    var again = false;
    function refresh(replace) {
      if (refreshing && !replace) { again = true; return refreshing; }
      var run = fetch(url, { credentials: 'same-origin', cache: 'no-store', headers: { 'Accept': 'text/html' } })
        .then(function (response) {
          return response.ok ? response.text() : null;
        }).then(function (html) {
          if (html !== null) { swapIn(html, replace || {}); }
        }).catch(function () { /* offline */ })
        .then(function () {
          if (refreshing === run) { refreshing = null; }
          if (again) { again = false; refresh(); }
        });
      refreshing = run;
      return run;
    }
    return refresh;
  }

  return { show: show, send: send, choose: choose, chosen: chosen, field: field, optional: optional,
    busy: busy, typed: typed, restore: restore, refresher: refresher };
}());
