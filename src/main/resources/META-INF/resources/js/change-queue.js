// The tablet's change queue: every write a tablet page makes goes through here, so that a change
// made while the Wi-Fi is down waits, visibly, and is sent when it is back, once.
//
//   ChangeQueue.send(method, url, body, label[, onWaiting])
//     Queues the change and returns a Promise resolved with { status, ok, json } when the server
//     answers, refusals (4xx) included. It is never rejected for a network failure: the change
//     waits in the queue instead, and onWaiting(change) is called the first time it has to.
//   ChangeQueue.pending()  the changes still waiting, oldest first: [{ key, method, url, body, label }]
//   ChangeQueue.onAnswer(fn)  fn(change, answer) for every change the server answers, including
//     those queued before a reload (whose send() promise is gone with the old page).
//
// Each change gets an Idempotency-Key when queued and keeps it for every retry, so the server
// saves it once however often it is sent. Changes go one at a time, in order. A network failure,
// a 5xx or a 409 with Retry-After ("still being saved") waits (1 s, 2 s, 4 s ... at most 15 s, or
// until the tablet is back online) and sends the same change again. A 4xx removes it; if it had
// waited (or was queued before a reload) it is listed as refused, with the server's reason, until
// dismissed. A value corrected while the first is still waiting is sent after it, as a
// correction of it (see rebase). The queue and the refused list are kept in localStorage per
// ward (main[data-ward]).
// The page provides the status line: <p id="change-queue" role="status" aria-live="polite">.
// Chrome 63: no optional chaining, no nullish coalescing, no AbortController.
window.ChangeQueue = (function () {
  'use strict';

  var main = document.querySelector('main[data-ward]');
  var scope = main ? main.dataset.ward : '';
  var QUEUE_KEY = 'huddle.changes.' + scope;
  var REFUSED_KEY = 'huddle.refused.' + scope;
  var TIMEOUT = 20000;
  var MAX_WAIT = 15000;

  var queue = load(QUEUE_KEY);
  var refused = load(REFUSED_KEY);
  var callers = {};      // key -> { resolve, onWaiting } for changes sent from this page
  var listeners = [];
  var sending = false;
  var connected = true;
  var delay = 1000;
  var timer = null;

  function load(name) {
    try {
      var stored = JSON.parse(window.localStorage.getItem(name) || '[]');
      return Array.isArray(stored) ? stored : [];
    } catch (e) {
      return [];
    }
  }

  function store() {
    try {
      window.localStorage.setItem(QUEUE_KEY, JSON.stringify(queue));
      window.localStorage.setItem(REFUSED_KEY, JSON.stringify(refused));
    } catch (e) { /* storage full or blocked: the queue still works until the page is closed */ }
  }

  function newKey() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return (b < 16 ? '0' : '') + b.toString(16); }).join('');
  }

  function send(method, url, body, label, onWaiting) {
    var change = { key: newKey(), method: method, url: url, body: body === undefined ? null : body,
      label: label || method + ' ' + url, waited: false };
    queue.push(change);
    store();
    render();
    var answered = new Promise(function (resolve) {
      callers[change.key] = { resolve: resolve, onWaiting: onWaiting };
    });
    if (timer) { markWaiting(change); store(); } // behind a change already waiting to be sent again
    next();
    return answered;
  }

  // The fetch, or a failure if no answer comes in time (a dropped Wi-Fi can leave it hanging).
  // The same key is sent again, so a late first answer changes nothing.
  function attempt(change) {
    var headers = { 'Accept': 'application/json', 'Idempotency-Key': change.key };
    if (change.body !== null) { headers['Content-Type'] = 'application/json'; }
    var request = fetch(change.url, {
      method: change.method, credentials: 'same-origin', headers: headers,
      body: change.body === null ? undefined : JSON.stringify(change.body)
    }).then(function (response) {
      return response.json().catch(function () { return null; }).then(function (json) {
        return { status: response.status, ok: response.ok, json: json,
          retry: response.status >= 500 || (response.status === 409 && response.headers.has('Retry-After')) };
      });
    });
    var timeout = new Promise(function (resolve, reject) {
      setTimeout(function () { reject(new Error('no answer')); }, TIMEOUT);
    });
    return Promise.race([request, timeout]);
  }

  function next() {
    if (sending || timer || !queue.length) { return; }
    sending = true;
    var change = queue[0];
    attempt(change).then(function (answer) {
      sending = false;
      connected = true;
      if (answer.retry) { wait(change); return; }
      delay = 1000;
      queue.shift();
      if (answer.ok) { rebase(change, answer.json); }
      if (!answer.ok && (change.waited || !callers[change.key])) {
        refused.push({ label: change.label, reason: reasonOf(answer.json), at: new Date().toISOString() });
      }
      store();
      render();
      finish(change, { status: answer.status, ok: answer.ok, json: answer.json });
      next();
    }, function () {
      sending = false;
      connected = false;
      wait(change);
    });
  }

  // A later change to the same thing, made on this tablet from the same version as the one just
  // saved, follows on from it: it carries the version the save made, rather than be refused as
  // stale because of this tablet's own change. (An edit from another device meanwhile still is.)
  function rebase(saved, json) {
    if (!json || typeof json.version !== 'number' || !saved.body
        || !(saved.method === 'PUT' || 'version' in saved.body)) { return; }
    queue.forEach(function (c) {
      if (c.url === saved.url && c.method === saved.method && c.body && c.body.version === saved.body.version) {
        c.body.version = json.version;
      }
    });
    store();
  }

  // The change that failed and every one behind it are now waiting: their pages say so.
  function wait(change) {
    queue.forEach(markWaiting);
    store();
    render();
    timer = setTimeout(function () { timer = null; next(); }, delay);
    delay = Math.min(delay * 2, MAX_WAIT);
  }

  function markWaiting(change) {
    if (change.waited) { return; }
    change.waited = true;
    var caller = callers[change.key];
    if (caller && caller.onWaiting) { caller.onWaiting(change); }
  }

  function finish(change, answer) {
    var caller = callers[change.key];
    delete callers[change.key];
    listeners.forEach(function (fn) { fn(change, answer); });
    if (caller) { caller.resolve(answer); }
  }

  function reasonOf(problem) {
    if (problem && problem.errors && problem.errors.length) {
      return problem.errors.map(function (e) { return e.field + ' ' + e.reason; }).join('; ');
    }
    return (problem && problem.detail) || 'the server refused it';
  }

  // ---- What the page shows: the status line, and the refused changes with a dismiss button each.
  function render() {
    var line = document.getElementById('change-queue');
    if (!line) { return; }
    var count = queue.length;
    var state = count === 0 ? 'saved' : connected ? 'waiting' : 'offline';
    var text = count === 0 ? 'All changes saved'
      : count + (count === 1 ? ' change' : ' changes') + ' waiting' + (connected ? '' : ' – not connected');
    line.dataset.state = state;
    if (!line.querySelector('.change-queue-text')) {
      // All three icons are fetched now, while the server is there: the "not connected" one is
      // needed exactly when it is not.
      ['saved', 'waiting', 'offline'].forEach(function (name) {
        var icon = document.createElement('img');
        icon.src = '/img/' + name + '.svg';
        icon.alt = '';
        icon.width = 28;
        icon.height = 28;
        icon.dataset.icon = name;
        line.appendChild(icon);
      });
      var span = document.createElement('span');
      span.className = 'change-queue-text';
      line.appendChild(span);
    }
    Array.prototype.forEach.call(line.querySelectorAll('img'), function (icon) {
      icon.hidden = icon.dataset.icon !== state;
    });
    line.querySelector('.change-queue-text').textContent = text;
    renderRefused(line);
  }

  function renderRefused(line) {
    var list = document.getElementById('change-queue-refused');
    if (!refused.length) {
      if (list) { list.parentNode.removeChild(list); }
      return;
    }
    if (!list) {
      list = document.createElement('section');
      list.id = 'change-queue-refused';
      list.className = 'change-queue-refused';
      list.setAttribute('aria-label', 'Changes the server refused');
      line.parentNode.insertBefore(list, line.nextSibling);
    }
    list.innerHTML = '';
    var heading = document.createElement('h2');
    heading.textContent = 'Not saved: the server refused ' + (refused.length === 1 ? 'this change' : 'these changes');
    list.appendChild(heading);
    var items = document.createElement('ul');
    refused.forEach(function (r, i) {
      var item = document.createElement('li');
      var icon = document.createElement('img');
      icon.src = '/img/refused.svg';
      icon.alt = '';
      icon.width = 24;
      icon.height = 24;
      var what = document.createElement('span');
      what.className = 'refused-text';
      what.textContent = r.label + ': ' + r.reason;
      var dismiss = document.createElement('button');
      dismiss.type = 'button';
      dismiss.className = 'secondary dismiss';
      dismiss.textContent = 'Dismiss';
      dismiss.addEventListener('click', function () {
        refused.splice(i, 1);
        store();
        render();
      });
      item.appendChild(icon);
      item.appendChild(what);
      item.appendChild(dismiss);
      items.appendChild(item);
    });
    list.appendChild(items);
  }

  window.addEventListener('online', function () {
    if (timer) { clearTimeout(timer); timer = null; }
    delay = 1000;
    next();
  });

  // Changes kept from before a reload are shown, then sent in order, once the page's own scripts
  // have had their say (onAnswer).
  function start() { render(); next(); }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    setTimeout(start, 0);
  }

  return {
    send: send,
    pending: function () {
      return queue.map(function (c) {
        return { key: c.key, method: c.method, url: c.url, body: c.body, label: c.label };
      });
    },
    onAnswer: function (fn) { listeners.push(fn); }
  };
}());
