// Saves one measure at a time through the public API and says what happened: saved,
// waiting (no connection), or refused with the server's reason. A yes/no measure saves what
// the person tapped; Enter in its note keeps the value the toggle shows. Chrome 63: no
// reading which button submitted a form, no optional chaining or nullish coalescing.
(function () {
  'use strict';
  var ward = document.querySelector('main[data-ward]').dataset.ward;
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

  function save(form, value) {
    var body = { value: value };
    var note = form.querySelector('.note-input').value.trim();
    if (note) { body.note = note; }
    if (enteredBy.value.trim()) { body.enteredBy = enteredBy.value.trim(); }
    if (form.dataset.version !== '') { body.version = Number(form.dataset.version); }
    show(form, 'waiting', 'Saving…');
    var url = '/api/wards/' + encodeURIComponent(ward) + '/measures/' + encodeURIComponent(form.dataset.measure)
      + '/entries/today';
    fetch(url, {
      method: 'PUT', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().catch(function () { return null; }).then(function (json) {
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
      });
    }).catch(function () {
      show(form, 'waiting', 'Not saved yet: no connection. Try again when the tablet is back online.');
    });
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
