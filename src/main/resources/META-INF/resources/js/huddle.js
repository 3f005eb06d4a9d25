// The huddle page of the ward tablet: the huddle bar (start, timer, attendance, end), the agenda
// steps, the safety check and measures saved together, staffing and flow notes, actions and
// thanks. ideas.js and tablet-escalations.js run their own steps. Every write goes through the
// change queue (window.ChangeQueue: kept and sent in order when the tablet is offline) and each
// change says what happened: saved, waiting, or refused with the server's reason. Changes from
// other devices arrive on the board socket that ideas.js keeps (its board-live and board-message
// events); the part that changed is fetched again, server-rendered, leaving alone what someone is
// typing. Chrome 63: no optional chaining, no nullish coalescing, no flex spacing property, no
// catch without its binding, no reading which button submitted a form.
(function () {
  'use strict';
  var main = document.querySelector('main[data-ward]');
  var ward = main.dataset.ward;
  var today = main.dataset.today;
  var api = '/api/wards/' + encodeURIComponent(ward);
  var partUrl = '/wards/' + encodeURIComponent(ward) + '/huddle/part/';
  var enteredBy = document.getElementById('entered-by');
  var parts = window.TabletParts;
  var show = parts.show;
  var field = parts.field;
  var WAITING = 'Waiting to send (no connection). It is kept on this tablet and sent when the connection is back.';

  function initials() { return enteredBy ? enteredBy.value.trim() : ''; }
  function each(list, fn) { Array.prototype.forEach.call(list, fn); }

  function reasonOf(problem) {
    if (problem && problem.errors && problem.errors.length) {
      return problem.errors.map(function (e) { return e.field + ' ' + e.reason; }).join('; ');
    }
    return (problem && problem.detail) || 'the server refused it';
  }

  // ---- Sending: every write through the change queue (change-queue.js). It answers once the
  // server has; offline the change waits there, in order, and onWaiting lets the line say so.
  var queue = window.ChangeQueue;
  function send(method, url, body, label, line, waitingText) {
    return queue.send(method, url, body, label, function () { show(line, 'waiting', waitingText || WAITING); });
  }

  function htmlOf(text, id) {
    var holder = document.createElement('div');
    holder.innerHTML = text;
    return holder.querySelector('#' + id);
  }

  // ---- The agenda: a step strip, one step shown at a time; kept for the ward and the day.
  var stepButtons = document.querySelectorAll('#steps .step');
  var order = Array.prototype.map.call(stepButtons, function (b) { return b.dataset.step; });
  var storeKey = 'huddle-steps/' + ward + '/' + today;
  var WORDS = { todo: 'to do', done: 'done', skipped: 'skipped' };
  var ICONS = { todo: '/img/step-todo.svg', done: '/img/step-done.svg', skipped: '/img/step-skipped.svg' };

  function load() {
    try {
      var saved = JSON.parse(sessionStorage.getItem(storeKey) || 'null');
      if (saved && saved.states) { return saved; }
    } catch (e) { /* private mode or a damaged entry: start afresh */ }
    return { states: {}, current: null };
  }
  var steps = load();
  function keep() {
    try { sessionStorage.setItem(storeKey, JSON.stringify(steps)); } catch (e) { /* full or private */ }
  }

  function rowsOf(group) { return document.querySelectorAll('#step-' + group + ' .measure-row'); }

  function allEntered(group) {
    var rows = rowsOf(group);
    for (var i = 0; i < rows.length; i++) { if (rows[i].dataset.entered !== 'true') { return false; } }
    return true;
  }

  // Done when its work is recorded; the others once gone through with Next.
  function stateOf(id) {
    if ((id === 'safety' || id === 'measures') && allEntered(id)) { return 'done'; }
    if (id === 'flow' && notesHuddle() && (bar().dataset.notes || '') !== '') { return 'done'; }
    if (steps.states[id] === 'done' && id !== 'safety' && id !== 'measures' && id !== 'flow') { return 'done'; }
    return steps.states[id] === 'skipped' ? 'skipped' : 'todo';
  }

  function renderSteps() {
    var done = 0;
    var skipped = 0;
    each(stepButtons, function (b) {
      var state = stateOf(b.dataset.step);
      if (state === 'done') { done++; }
      if (state === 'skipped') { skipped++; }
      if (b.dataset.state !== state) {
        b.dataset.state = state;
        b.querySelector('.step-icon').setAttribute('src', ICONS[state]);
        b.querySelector('.step-word').textContent = WORDS[state];
      }
      if (b.dataset.step === steps.current) { b.setAttribute('aria-current', 'step'); } else { b.removeAttribute('aria-current'); }
    });
    document.getElementById('steps-progress').textContent = done + ' of ' + order.length + ' steps done'
      + (skipped ? ' · ' + skipped + ' skipped' : '');
  }

  function showStep(id) {
    steps.current = id;
    keep();
    if (history.replaceState && location.hash !== '#' + id) { history.replaceState(null, '', '#' + id); }
    each(document.querySelectorAll('.step-panel'), function (panel) { panel.hidden = panel.dataset.step !== id; });
    renderSteps();
  }

  function nextOf(id) {
    var i = order.indexOf(id);
    return i >= 0 && i < order.length - 1 ? order[i + 1] : id;
  }

  each(stepButtons, function (b) {
    b.addEventListener('click', function () {
      showStep(b.dataset.step);
      window.scrollTo(0, document.getElementById('steps').offsetTop);
    });
  });

  main.addEventListener('click', function (event) {
    var button = event.target.closest('.step-next, .step-skip');
    if (!button) { return; }
    var id = button.closest('.step-panel').dataset.step;
    if (button.classList.contains('step-skip')) {
      if (stateOf(id) !== 'done') { steps.states[id] = 'skipped'; }
    } else if (id !== 'safety' && id !== 'measures' && id !== 'flow') {
      steps.states[id] = 'done';
    }
    showStep(nextOf(id));
    window.scrollTo(0, document.getElementById('steps').offsetTop);
  });

  // ---- Measures: the safety check and the rest, each row typed or one tap, saved together.
  function valueInput(row) { return row.querySelector('.value-input'); }
  function noteInput(row) { return row.querySelector('.note-input'); }
  // A harm measure with a safety cross has one toggle: its harm was present on admission ('' elsewhere).
  function poaInput(row) { return row.querySelector('.poa-input'); }
  function poa(row) { var box = poaInput(row); return box ? String(box.checked) : ''; }
  function yesNo(row) { return row.dataset.kind === 'YES_NO'; }

  function typedValue(row) {
    return yesNo(row) ? (row.dataset.value || '') : valueInput(row).value.trim();
  }

  // Changed since it was loaded, or since it was last sent while that is still on its way.
  function changed(row) {
    var sending = !!row.dataset.saving;
    return typedValue(row) !== ((sending ? row.dataset.sent : row.dataset.initial) || '')
      || noteInput(row).value.trim() !== ((sending ? row.dataset.sentNote : row.dataset.note) || '')
      || poa(row) !== ((sending ? row.dataset.sentPoa : row.dataset.poa) || '');
  }

  // Saves of a row on their way (more than one when it is corrected while the first waits).
  function sending(row, text, note, onAdmission) {
    row.dataset.saving = String(Number(row.dataset.saving || 0) + 1);
    row.dataset.sent = text;
    row.dataset.sentNote = note;
    row.dataset.sentPoa = onAdmission;
  }

  function sent(row) {
    var left = Number(row.dataset.saving || 0) - 1;
    if (left > 0) { row.dataset.saving = String(left); return; }
    delete row.dataset.saving;
    delete row.dataset.sent;
    delete row.dataset.sentNote;
    delete row.dataset.sentPoa;
  }

  function shown(row, value) {
    if (yesNo(row)) { return value >= 1 || value === true ? 'Yes' : 'No'; }
    return String(value) + (row.dataset.kind === 'PERCENTAGE' ? '%' : '');
  }

  function asTyped(row, value) {
    if (yesNo(row)) { return value >= 1 || value === true ? 'true' : 'false'; }
    return String(value);
  }

  function pressYesNo(row, value) {
    row.dataset.value = value;
    each(row.querySelectorAll('.yes-no .choice'), function (b) {
      b.setAttribute('aria-pressed', String(b.dataset.choice === value));
    });
  }

  function updateCounts() {
    ['safety', 'measures'].forEach(function (group) {
      var count = 0;
      var toEnter = 0;
      each(rowsOf(group), function (row) {
        var dirty = changed(row);
        if (dirty) { count++; }
        if (row.dataset.entered !== 'true') { toEnter++; }
        row.classList.toggle('is-changed', dirty);
        row.querySelector('.row-dirty').hidden = !dirty;
      });
      var panel = document.getElementById('step-' + group);
      if (!panel) { return; }
      var button = panel.querySelector('.save-all');
      button.querySelector('.save-count').textContent = String(count);
      button.disabled = count === 0;
      panel.querySelector('.to-enter').textContent = toEnter === 0 ? 'all entered' : toEnter + ' to enter';
    });
    renderSteps();
  }

  // What the server stores now, shown as the row's current value; the field follows unless the
  // person has typed something else (keep: true).
  function stored(row, entry, keepTyped) {
    row.dataset.version = String(entry.version);
    row.dataset.entered = 'true';
    row.dataset.nowText = shown(row, entry.value);
    row.querySelector('.current-value').textContent = row.dataset.nowText;
    row.querySelector('.not-entered').hidden = true;
    if (!keepTyped) {
      row.dataset.initial = asTyped(row, entry.value);
      row.dataset.note = entry.note || '';
      if (yesNo(row)) { pressYesNo(row, row.dataset.initial); } else { valueInput(row).value = row.dataset.initial; }
      noteInput(row).value = row.dataset.note;
      if (poaInput(row)) {
        row.dataset.poa = String(!!entry.presentOnAdmission);
        poaInput(row).checked = !!entry.presentOnAdmission;
      }
    }
  }

  // The day is named, not "today": a value kept in the queue overnight still belongs to its day.
  function entryUrl(row) {
    return api + '/measures/' + encodeURIComponent(row.dataset.measure) + '/entries/' + encodeURIComponent(today);
  }

  function rowFor(url) {
    var rows = document.querySelectorAll('.measure-row');
    for (var i = 0; i < rows.length; i++) { if (entryUrl(rows[i]) === url) { return rows[i]; } }
    return null;
  }

  function waitingText(row, value) {
    return 'Waiting to send ' + shown(row, value) + ' (no connection). It is kept on this tablet and sent when the'
      + ' connection is back.';
  }

  function saveRow(row) {
    var line = row.querySelector('.row-state');
    var text = typedValue(row);
    var value;
    if (yesNo(row)) {
      if (text !== 'true' && text !== 'false') { show(line, 'refused', 'Not saved: choose Yes or No'); return; }
      value = text === 'true';
    } else {
      var number = Number(text.replace(',', '.'));
      value = text === '' || isNaN(number) ? text : number;
    }
    var note = noteInput(row).value.trim();
    var onAdmission = poa(row);
    var body = { value: value };
    if (note) { body.note = note; }
    if (onAdmission === 'true') { body.presentOnAdmission = true; }
    if (initials()) { body.enteredBy = initials(); }
    if (row.dataset.version !== '') { body.version = Number(row.dataset.version); }
    var name = row.querySelector('.row-name').textContent;
    sending(row, text, note, onAdmission);
    show(line, 'waiting', 'Saving…');
    send('PUT', entryUrl(row), body, name + ' ' + (text === '' ? '(no value)' : shown(row, value)), line,
      waitingText(row, value)).then(function (r) {
      answered(row, r, text, note, onAdmission);
    });
  }

  // The server's answer to a value sent from this row (text, note and present on admission: what was sent).
  function answered(row, r, text, note, onAdmission) {
    var line = row.querySelector('.row-state');
    sent(row);
    if (row.dataset.saving) { // a later value of this row is on its way: its answer says how it went
      if (r.ok) { row.dataset.version = String(r.json.version); }
      return;
    }
    if (r.ok) {
      var typedSince = typedValue(row) !== text || noteInput(row).value.trim() !== note || poa(row) !== onAdmission;
      stored(row, r.json, typedSince);
      if (typedSince) {
        row.dataset.initial = asTyped(row, r.json.value);
        row.dataset.note = r.json.note || '';
        if (poaInput(row)) { row.dataset.poa = String(!!r.json.presentOnAdmission); }
      }
      show(line, 'saved', 'Saved, on the board now');
    } else if (r.status === 409 && r.json && r.json.current) {
      var now = r.json.current;
      // Shown as stored now, with what was typed kept: saving again is a deliberate correction.
      stored(row, now, true);
      row.dataset.initial = asTyped(row, now.value);
      row.dataset.note = now.note || '';
      if (poaInput(row)) { row.dataset.poa = String(!!now.presentOnAdmission); }
      show(line, 'refused', 'Changed on another tablet (now ' + shown(row, now.value)
        + '). Check it, then save again.');
    } else {
      show(line, 'refused', 'Not saved: ' + reasonOf(r.json));
    }
    updateCounts();
  }

  // Values saved before a reload and not sent yet: still waiting, shown so, and answered here.
  var kept = {};
  function keptChanges() {
    queue.pending().forEach(function (change) {
      var row = change.method === 'PUT' && change.body ? rowFor(change.url) : null;
      if (!row) { return; }
      var value = change.body.value;
      if (yesNo(row)) { pressYesNo(row, asTyped(row, value)); } else { valueInput(row).value = String(value); }
      noteInput(row).value = change.body.note || '';
      if (poaInput(row)) { poaInput(row).checked = change.body.presentOnAdmission === true; }
      sending(row, asTyped(row, value), change.body.note || '', poa(row));
      kept[change.key] = row;
      show(row.querySelector('.row-state'), 'waiting', waitingText(row, value));
    });
    queue.onAnswer(function (change, answer) {
      var row = kept[change.key];
      if (row) {
        delete kept[change.key];
        answered(row, answer, row.dataset.sent, row.dataset.sentNote, row.dataset.sentPoa || '');
      }
    });
  }

  function saveAll(group) {
    each(rowsOf(group), function (row) { if (changed(row)) { saveRow(row); } });
  }

  main.addEventListener('input', function (event) {
    if (event.target.closest('.measure-row')) { updateCounts(); }
  });
  main.addEventListener('change', function (event) {
    if (event.target.classList.contains('poa-input')) { updateCounts(); }
  });

  main.addEventListener('click', function (event) {
    var button = event.target.closest('button');
    if (!button || button.disabled) { return; }
    var row = button.closest('.measure-row');
    if (row && button.classList.contains('set-value')) {
      valueInput(row).value = button.dataset.set;
      updateCounts();
    } else if (row && button.dataset.choice) {
      pressYesNo(row, button.dataset.choice);
      updateCounts();
    } else if (button.classList.contains('save-all')) {
      saveAll(button.dataset.group);
    }
  });

  main.addEventListener('keydown', function (event) {
    var row = event.target.closest && event.target.closest('.measure-row');
    if (row && event.key === 'Enter') {
      event.preventDefault();
      saveAll(row.closest('.step-panel').dataset.step);
    }
  });

  // Another device saved a value: each row shows it, and a row being typed in keeps what is typed
  // and the version it was based on, so saving it is refused with the value stored now.
  function entryVersion(row) {
    return row.dataset.version === '' || row.dataset.version === undefined ? -1 : Number(row.dataset.version);
  }

  function mergeMeasures(html) {
    var fresh = htmlOf(html, 'measures-part');
    var part = document.getElementById('measures-part');
    if (!fresh || !part || Number(fresh.dataset.version) < Number(part.dataset.version)) { return; }
    part.dataset.version = fresh.dataset.version;
    each(fresh.querySelectorAll('.measure-row'), function (next) {
      var row = document.getElementById(next.id);
      // Entry versions only grow: a part rendered before this row's own save came back is older news.
      if (!row || row.dataset.saving || entryVersion(next) <= entryVersion(row)) { return; }
      var line = row.querySelector('.row-state');
      var nowText = next.dataset.nowText;
      if (changed(row)) {
        row.dataset.nowText = nowText;
        row.dataset.entered = next.dataset.entered;
        row.querySelector('.current-value').textContent = nowText;
        row.querySelector('.not-entered').hidden = next.dataset.entered === 'true';
        show(line, 'refused', 'Changed on another tablet: now ' + nowText + '. What you typed is not saved.');
        return;
      }
      row.dataset.version = next.dataset.version;
      row.dataset.entered = next.dataset.entered;
      row.dataset.initial = next.dataset.initial;
      row.dataset.note = next.dataset.note;
      row.dataset.nowText = nowText;
      row.querySelector('.current-value').textContent = nowText;
      row.querySelector('.not-entered').hidden = next.dataset.entered === 'true';
      if (yesNo(row)) { pressYesNo(row, next.dataset.initial); } else { valueInput(row).value = next.dataset.initial; }
      noteInput(row).value = next.dataset.note;
      show(line, 'saved', 'Saved on another tablet: now ' + nowText);
    });
    updateCounts();
  }

  // ---- The huddle: start, timer, attendance, end; the staffing and flow notes belong to it.
  function bar() { return document.getElementById('huddle-bar'); }
  function notesHuddle() { return bar().dataset.id || null; }
  function running() { return bar().dataset.inProgress === 'true'; }
  var huddleLine = document.getElementById('huddle-state');
  var startPanel = document.getElementById('start-panel');
  var flowNotes = document.getElementById('flow-notes');
  var flowLine = document.getElementById('flow-state');
  var attendanceTimer = null;
  var attendanceBusy = false;

  function twoDigits(n) { return n < 10 ? '0' + n : String(n); }

  function tick() {
    var timer = document.getElementById('huddle-timer');
    var b = bar();
    if (!timer || !running()) { return; }
    var elapsed = Math.max(0, Date.now() - Number(b.dataset.started));
    var target = Number(b.dataset.targetMinutes);
    var seconds = Math.floor(elapsed / 1000);
    var clock = Math.floor(seconds / 60) + ':' + twoDigits(seconds % 60);
    var over = elapsed - target * 60000;
    if (over > 0) {
      timer.textContent = clock + ' · ' + Math.ceil(over / 60000) + ' min over';
      timer.dataset.over = 'true';
    } else {
      timer.textContent = clock + ' of ' + target + ' min';
      timer.dataset.over = 'false';
    }
  }

  function request(overrides) {
    var b = bar();
    var body = {
      facilitator: b.dataset.facilitator,
      attendance: Number(b.dataset.attendance),
      roles: b.dataset.roles ? b.dataset.roles.split(',') : [],
      notes: b.dataset.notes || '',
      version: Number(b.dataset.huddleVersion)
    };
    Object.keys(overrides).forEach(function (k) { body[k] = overrides[k]; });
    return body;
  }

  // The huddle as the server answered: kept on the bar until the bar is fetched again.
  function huddleIs(view) {
    var b = bar();
    b.dataset.huddleVersion = String(view.version);
    b.dataset.attendance = String(view.attendance);
    b.dataset.facilitator = view.facilitator;
    b.dataset.roles = view.roles.join(',');
    b.dataset.notes = view.notes || '';
    var count = document.getElementById('attendance-now');
    if (count) { count.textContent = String(view.attendance); }
  }

  function swapBar(html) {
    var fresh = htmlOf(html, 'huddle-bar');
    var old = bar();
    if (!fresh || Number(fresh.dataset.version) < Number(old.dataset.version)) { return; }
    if (attendanceBusy || attendanceTimer) { return; } // the attendance being saved says how it went
    old.parentNode.replaceChild(fresh, old);
    if (running()) { startPanel.hidden = true; }
    afterBar();
  }

  // The flow step follows the huddle: notes on another device show here, unless typing is under way.
  function afterBar() {
    var b = bar();
    document.getElementById('flow-none').hidden = !!notesHuddle();
    var notes = b.dataset.notes || '';
    var base = flowNotes.dataset.base || '';
    if (notes !== base) {
      if (flowNotes.value === base) {
        flowNotes.value = notes;
        flowNotes.dataset.base = notes;
        show(flowLine, 'saved', 'Saved on another tablet');
      } else {
        show(flowLine, 'refused', 'Changed on another tablet: now “' + notes + '”. What you typed is not saved.');
      }
    }
    tick();
    renderSteps();
  }

  var refreshBar = parts.refresher(partUrl + 'huddle', swapBar);

  document.addEventListener('click', function (event) {
    var button = event.target.closest('button');
    if (!button || button.disabled) { return; }
    if (button.id === 'start-huddle') {
      startPanel.hidden = false;
      startPanel.scrollIntoView({ block: 'end' });
    } else if (button.classList.contains('cancel-start')) {
      startPanel.hidden = true;
    } else if (button.classList.contains('recent-facilitator')) {
      startPanel.querySelector('[name=facilitator]').value = button.dataset.value;
    } else if (button.classList.contains('attendance-chip')) {
      startPanel.querySelector('[name=attendance]').value = button.dataset.value;
    } else if (button.dataset.counterStep) {
      var input = startPanel.querySelector('[name=attendance]');
      var n = (parseInt(input.value, 10) || 0) + Number(button.dataset.counterStep);
      input.value = String(Math.min(99, Math.max(1, n)));
    } else if (button.classList.contains('role')) {
      button.setAttribute('aria-pressed', String(button.getAttribute('aria-pressed') !== 'true'));
    } else if (button.dataset.attendanceStep) {
      stepAttendance(Number(button.dataset.attendanceStep));
    } else if (button.id === 'end-huddle') {
      endHuddle(button);
    }
  });

  var starting = false;
  startPanel.addEventListener('submit', function (event) {
    event.preventDefault();
    if (starting) { return; }
    var line = startPanel.querySelector('.card-state');
    var attendance = field(startPanel, 'attendance');
    var roles = Array.prototype.map.call(startPanel.querySelectorAll('.role[aria-pressed="true"]'),
      function (b) { return b.dataset.role; });
    var body = { facilitator: field(startPanel, 'facilitator'), roles: roles };
    if (/^[0-9]+$/.test(attendance)) { body.attendance = Number(attendance); }
    else if (attendance !== '') { body.attendance = attendance; }
    starting = true;
    show(line, 'waiting', 'Starting…');
    send('POST', api + '/huddles', body, 'Start the huddle', line).then(function (r) {
      starting = false;
      if (r.ok) {
        startPanel.hidden = true;
        startPanel.reset();
        each(startPanel.querySelectorAll('.role'), function (b) { b.setAttribute('aria-pressed', 'false'); });
        show(line, '', '');
        show(huddleLine, 'saved', 'Huddle started: the wall screen shows it now');
      } else if (r.status === 409 && r.json && r.json.current) {
        startPanel.hidden = true;
        show(huddleLine, 'refused', 'A huddle is already in progress (started by ' + r.json.current.facilitator
          + '): carry on with it here.');
      } else {
        show(line, 'refused', 'Not started: ' + reasonOf(r.json));
        return null;
      }
      return refreshBar();
    });
  });

  // Taps count at once; the new attendance is saved once the tapping stops.
  function stepAttendance(step) {
    var count = document.getElementById('attendance-now');
    var n = Math.min(99, Math.max(1, Number(count.textContent) + step));
    count.textContent = String(n);
    clearTimeout(attendanceTimer);
    attendanceTimer = setTimeout(function () {
      attendanceTimer = null;
      saveAttendance(n);
    }, 700);
  }

  function saveAttendance(n) {
    if (!running() || Number(bar().dataset.attendance) === n) { return; }
    attendanceBusy = true;
    show(huddleLine, 'waiting', 'Saving attendance…');
    send('PUT', api + '/huddles/' + notesHuddle(), request({ attendance: n }), 'Attendance ' + n, huddleLine)
      .then(function (r) {
        attendanceBusy = false;
        if (r.ok) {
          huddleIs(r.json);
          show(huddleLine, 'saved', 'Attendance saved: ' + r.json.attendance);
        } else if (r.status === 409 && r.json && r.json.current) {
          huddleIs(r.json.current);
          show(huddleLine, 'refused', 'Changed on another tablet (now ' + r.json.current.attendance
            + '). Check it, then save again.');
        } else {
          var count = document.getElementById('attendance-now');
          if (count) { count.textContent = bar().dataset.attendance; }
          show(huddleLine, 'refused', 'Attendance not saved: ' + reasonOf(r.json));
        }
        return refreshBar();
      });
  }

  // Two taps, so a brush of a glove does not end the huddle.
  var endArmed = null;
  function endHuddle(button) {
    if (!endArmed) {
      button.textContent = 'Tap again to end the huddle';
      button.classList.add('is-armed');
      endArmed = setTimeout(function () {
        endArmed = null;
        button.textContent = 'End huddle';
        button.classList.remove('is-armed');
      }, 5000);
      return;
    }
    clearTimeout(endArmed);
    endArmed = null;
    button.disabled = true;
    show(huddleLine, 'waiting', 'Ending…');
    var body = { version: Number(bar().dataset.huddleVersion) };
    if (initials()) { body.by = initials(); }
    send('POST', api + '/huddles/' + notesHuddle() + '/end', body, 'End the huddle', huddleLine).then(function (r) {
      button.disabled = false;
      if (r.ok) {
        show(huddleLine, 'saved', 'Huddle ended after ' + r.json.durationMinutes + ' min. Thank you.');
      } else {
        show(huddleLine, 'refused', 'Not ended: ' + reasonOf(r.json));
      }
      return refreshBar();
    });
  }

  document.getElementById('save-notes').addEventListener('click', function () {
    if (!notesHuddle()) {
      show(flowLine, 'refused', 'Not saved: start the huddle first; the notes are kept with it.');
      return;
    }
    var b = bar();
    var notes = flowNotes.value.trim();
    if ((b.dataset.notes || '') !== (flowNotes.dataset.base || '')) {
      flowNotes.dataset.base = b.dataset.notes || '';
      show(flowLine, 'refused', 'Changed on another tablet (now “' + (b.dataset.notes || '') + '”). Check it, then save again.');
      return;
    }
    show(flowLine, 'waiting', 'Saving…');
    send('PUT', api + '/huddles/' + notesHuddle(), request({ notes: notes }), 'Staffing and flow notes', flowLine)
      .then(function (r) {
        if (r.ok) {
          huddleIs(r.json);
          flowNotes.dataset.base = r.json.notes || '';
          show(flowLine, 'saved', 'Notes saved with the huddle');
        } else if (r.status === 409 && r.json && r.json.current) {
          huddleIs(r.json.current);
          flowNotes.dataset.base = r.json.current.notes || '';
          show(flowLine, 'refused', 'Changed on another tablet (now “' + (r.json.current.notes || '')
            + '”). Check it, then save again.');
        } else {
          show(flowLine, 'refused', 'Not saved: ' + reasonOf(r.json));
        }
        renderSteps();
      });
  });

  // ---- Actions: agreed with an owner and a day; done or dropped with one tap.
  var actionForm = document.getElementById('add-action');
  var actionsLine = document.getElementById('actions-state');

  function swapPart(id) {
    return function (html) {
      var fresh = htmlOf(html, id);
      var old = document.getElementById(id);
      if (!fresh || !old || Number(fresh.dataset.version) < Number(old.dataset.version)) { return; }
      each(old.querySelectorAll('[data-id] .card-state'), function (line) { // what each said stays said
        var item = line.closest('[data-id]');
        var again = line.textContent ? fresh.querySelector('#' + item.id + ' .card-state') : null;
        if (again) { show(again, line.dataset.state, line.textContent); }
      });
      old.parentNode.replaceChild(fresh, old);
    };
  }
  var refreshActions = parts.refresher(partUrl + 'actions', swapPart('actions-part'));
  var refreshThanks = parts.refresher(partUrl + 'thanks', swapPart('thanks-part'));
  var refreshMeasures = parts.refresher(partUrl + 'measures', mergeMeasures);

  actionForm.addEventListener('click', function (event) {
    var button = event.target.closest('.due-choice');
    if (!button) { return; }
    parts.choose(button);
    actionForm.querySelector('[name=dueDate]').value = button.dataset.value;
  });
  actionForm.querySelector('[name=dueDate]').addEventListener('change', function () {
    var day = this.value;
    each(actionForm.querySelectorAll('.due-choice'), function (b) {
      b.setAttribute('aria-pressed', String(b.dataset.value === day));
    });
  });

  actionForm.addEventListener('submit', function (event) {
    event.preventDefault();
    var line = actionForm.querySelector('.card-state');
    var body = { text: field(actionForm, 'text'), owner: field(actionForm, 'owner'), dueDate: field(actionForm, 'dueDate') };
    if (running()) { body.huddleId = Number(notesHuddle()); }
    show(line, 'waiting', 'Saving…');
    send('POST', api + '/actions', body, 'Action: ' + body.text, line).then(function (r) {
      if (!r.ok) { show(line, 'refused', 'Not added: ' + reasonOf(r.json)); return null; }
      actionForm.reset();
      each(actionForm.querySelectorAll('.due-choice'), function (b) { b.setAttribute('aria-pressed', 'false'); });
      show(line, 'saved', 'Added “' + r.json.text + '” for ' + r.json.owner + ': on the wall now');
      return refreshActions();
    });
  });

  main.addEventListener('click', function (event) {
    var button = event.target.closest('.action-move');
    if (!button || button.disabled) { return; }
    var item = button.closest('.action');
    var line = item.querySelector('.card-state');
    var text = item.querySelector('.action-text').textContent;
    var body = { version: Number(item.dataset.version) };
    if (initials()) { body.by = initials(); }
    var to = button.dataset.to;
    each(item.querySelectorAll('button'), function (b) { b.disabled = true; });
    show(line, 'waiting', 'Saving…');
    send('POST', api + '/actions/' + item.dataset.id + '/' + to, body, (to === 'done' ? 'Done: ' : 'Dropped: ') + text, line)
      .then(function (r) {
        each(item.querySelectorAll('button'), function (b) { b.disabled = false; });
        if (r.ok) {
          show(actionsLine, 'saved', (to === 'done' ? 'Done: “' : 'Dropped: “') + text + '”, off the wall');
        } else if (r.status === 409) {
          show(actionsLine, 'refused', 'Not saved: ' + reasonOf(r.json) + ' (“' + text + '” is shown as it is now)');
        } else {
          show(line, 'refused', 'Not saved: ' + reasonOf(r.json));
          return null;
        }
        return refreshActions();
      });
  });

  // ---- Thanks: on the wall for the rest of the day; one typed on the wrong ward can be taken down.
  var thanksForm = document.getElementById('add-thanks');
  var thanksLine = document.getElementById('thanks-state');

  thanksForm.addEventListener('submit', function (event) {
    event.preventDefault();
    var line = thanksForm.querySelector('.card-state');
    var body = { text: field(thanksForm, 'text') };
    if (field(thanksForm, 'by')) { body.by = field(thanksForm, 'by'); }
    if (running()) { body.huddleId = Number(notesHuddle()); }
    show(line, 'waiting', 'Saving…');
    send('POST', api + '/thanks', body, 'Thanks: ' + body.text, line).then(function (r) {
      if (!r.ok) { show(line, 'refused', 'Not added: ' + reasonOf(r.json)); return null; }
      thanksForm.reset();
      show(line, 'saved', 'On the wall for the rest of the day');
      return refreshThanks();
    });
  });

  main.addEventListener('click', function (event) {
    var button = event.target.closest('.thanks-remove');
    if (!button || button.disabled) { return; }
    var item = button.closest('.thanks-item');
    var text = item.querySelector('.thanks-text').textContent;
    var line = item.querySelector('.card-state');
    button.disabled = true;
    show(line, 'waiting', 'Removing…');
    send('DELETE', api + '/thanks/' + item.dataset.id, undefined, 'Remove thanks: ' + text, line).then(function (r) {
      button.disabled = false;
      if (!r.ok && r.status !== 404) { show(line, 'refused', 'Not removed: ' + reasonOf(r.json)); return null; }
      show(thanksLine, 'saved', 'Taken off the wall: “' + text.trim() + '”');
      return refreshThanks();
    });
  });

  // ---- Live: what ideas.js hears on the ward's board socket.
  var known = Number(bar().dataset.version);
  var REFRESH = { 'measure-entry': refreshMeasures, huddle: refreshBar, 'huddle-action': refreshActions, thanks: refreshThanks };
  function refreshAll() { refreshMeasures(); refreshBar(); refreshActions(); refreshThanks(); }

  document.addEventListener('board-live', function (event) {
    show(document.getElementById('huddle-live'), event.detail.state, event.detail.text);
  });

  document.addEventListener('board-message', function (event) {
    var msg = event.detail;
    if (msg.type === 'snapshot') {
      if (msg.version !== known) { refreshAll(); }
      known = msg.version;
    } else if (msg.type === 'changed') {
      if (msg.version !== known + 1 && msg.version > known) { refreshAll(); }
      else if (REFRESH[msg.kind]) { REFRESH[msg.kind](); }
      if (msg.version > known) { known = msg.version; }
    }
  });

  setInterval(tick, 1000);
  setInterval(function () { if (!document.hidden) { refreshBar(); } }, 60000); // an automatic end shows
  keptChanges();
  updateCounts();
  afterBar();
  // A link to a step (#ideas, #escalations) opens it; a reload stays on the step it was on.
  var asked = location.hash.substring(1);
  showStep(order.indexOf(asked) >= 0 ? asked : steps.current && order.indexOf(steps.current) >= 0 ? steps.current : order[0]);
}());
