// Saves one measure at a time through the public API and says what happened: saved,
// waiting (no connection), or refused with the server's reason.
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

  function valueOf(form, submitter) {
    if (form.dataset.kind === 'YES_NO') { return submitter && submitter.value === 'true'; }
    var text = form.querySelector('.value-input').value.trim().replace(',', '.');
    var number = Number(text);
    return text === '' || isNaN(number) ? text : number;
  }

  function save(form, submitter) {
    var body = { value: valueOf(form, submitter) };
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
          form.querySelector('.current-value').textContent = json.value === true || json.value === false
            ? (json.value ? 'Yes' : 'No') : displayed(form, json.value);
          show(form, 'saved', 'Saved, on the board now');
        } else if (response.status === 409 && json && json.current) {
          form.dataset.version = json.current.version;
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

  document.querySelectorAll('form.entry').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      save(form, event.submitter);
    });
  });
}());
