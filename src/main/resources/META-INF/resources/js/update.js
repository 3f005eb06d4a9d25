// Saves one measure at a time through the change queue (change-queue.js) and says what happened:
// saved, waiting to send (no connection; kept across a reload), or refused with the server's reason. A yes/no measure saves what
// the person tapped; Enter in its note keeps the value the toggle shows. Chrome 63: no
// reading which button submitted a form, no optional chaining or nullish coalescing.
(function () {
  'use strict';
  var ward = document.querySelector('main[data-ward]').dataset.ward;
  var day = document.querySelector('main[data-ward]').dataset.day;
  var enteredBy = document.getElementById('entered-by');

  function show(form, state, text) {
    var line = form.querySelector('.entry-state');
    line.dataset.state = state;
    line.textContent = text;
  }

  function reasonOf(problem) {
    if (problem && problem.errors && problem.errors.length) {
      return problem.errors.map(function (e) { return e.field + ' ' + e.reason; }).join('; ');
    }
    return (problem && problem.detail) || 'the server refused it';
  }

  function numberOf(form) {
    var text = form.querySelector('.value-input').value.trim().replace(',', '.');
    var number = Number(text);
    return text === '' || isNaN(number) ? text : number;
  }

  // The yes/no toggle shows the stored value: pressed, with a tick, and "Now: Yes/No" beside it.
  function showChoice(form, value) {
    form.dataset.value = value === '' ? '' : String(value);
    var buttons = form.querySelectorAll('.choice');
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute('aria-pressed', String(buttons[i].dataset.choice === form.dataset.value));
    }
  }

  // The day is named, not "today": a change kept in the queue overnight still belongs to its day.
  function urlOf(form) {
    return '/api/wards/' + encodeURIComponent(ward) + '/measures/' + encodeURIComponent(form.dataset.measure)
      + '/entries/' + encodeURIComponent(day);
  }

  function formFor(url) {
    for (var i = 0; i < forms.length; i++) { if (urlOf(forms[i]) === url) { return forms[i]; } }
    return null;
  }

  function showWaiting(form, value) {
    show(form, 'waiting', 'Waiting to send ' + displayed(form, value) + ' (no connection). It is kept on this '
      + 'tablet and sent when the connection is back.');
  }

  function save(form, value) {
    var body = { value: value };
    var note = form.querySelector('.note-input').value.trim();
    if (note) { body.note = note; }
    if (enteredBy.value.trim()) { body.enteredBy = enteredBy.value.trim(); }
    if (form.dataset.version !== '') { body.version = Number(form.dataset.version); }
    show(form, 'waiting', 'Saving…');
    var label = form.querySelector('h2').textContent + ' ' + displayed(form, value);
    window.ChangeQueue.send('PUT', urlOf(form), body, label, function () { showWaiting(form, value); });
  }

  // Every answer, including one to a value kept from before a reload, lands on its form.
  function answered(form, response) {
    var json = response.json;
    if (response.ok) {
      form.dataset.version = json.version;
      if (form.dataset.kind === 'YES_NO') { showChoice(form, json.value >= 1); }
      form.querySelector('.current-value').textContent = json.value === true || json.value === false
        ? (json.value ? 'Yes' : 'No') : displayed(form, json.value);
      show(form, 'saved', 'Saved, on the board now');
    } else if (response.status === 409 && json && json.current) {
      form.dataset.version = json.current.version;
      if (form.dataset.kind === 'YES_NO') { showChoice(form, json.current.value >= 1); }
      form.querySelector('.current-value').textContent = displayed(form, json.current.value);
      show(form, 'refused', 'Changed on another device meanwhile (now ' + displayed(form, json.current.value)
        + '). Check it, then save again.');
    } else {
      show(form, 'refused', 'Not saved: ' + reasonOf(json));
    }
  }

  function displayed(form, value) {
    if (form.dataset.kind === 'YES_NO') { return value >= 1 ? 'Yes' : 'No'; }
    return String(value) + (form.dataset.kind === 'PERCENTAGE' ? '%' : '');
  }

  // Enter in a field: a number form saves what is typed; a yes/no form saves the note with
  // the value already shown, and with none shown asks for a choice rather than guessing one.
  function submitted(form) {
    if (form.dataset.kind === 'YES_NO') {
      if (form.dataset.value !== 'true' && form.dataset.value !== 'false') {
        show(form, 'refused', 'Not saved: choose Yes or No');
        return;
      }
      save(form, form.dataset.value === 'true');
      return;
    }
    // The range beside the field is a hint; the server checks it and says why it refuses.
    save(form, numberOf(form));
  }

  var forms = document.querySelectorAll('form.entry');
  window.ChangeQueue.onAnswer(function (change, response) {
    var form = change.method === 'PUT' ? formFor(change.url) : null;
    if (form) { answered(form, response); }
  });
  // Values saved before a reload and not sent yet: still waiting, and shown so.
  window.ChangeQueue.pending().forEach(function (change) {
    var form = change.method === 'PUT' ? formFor(change.url) : null;
    if (!form || !change.body) { return; }
    var input = form.querySelector('.value-input');
    if (input) { input.value = String(change.body.value); }
    if (form.dataset.kind === 'YES_NO') { showChoice(form, change.body.value); }
    showWaiting(form, change.body.value);
  });
  Array.prototype.forEach.call(forms, function (form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      submitted(form);
    });
    Array.prototype.forEach.call(form.querySelectorAll('.choice'), function (button) {
      button.addEventListener('click', function () {
        save(form, button.dataset.choice === 'true');
      });
    });
  });
}());
