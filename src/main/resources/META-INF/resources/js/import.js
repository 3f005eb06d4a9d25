// The import page's progress: polls the job and moves the bar; once it has finished, shows the
// server's own page of the result. Without JavaScript the page offers a reload link instead.
(function () {
  'use strict';
  var main = document.getElementById('import-job');
  if (!main || main.getAttribute('data-finished') === 'true') {
    return;
  }
  var url = main.getAttribute('data-job');
  var bar = document.getElementById('import-progress');
  var words = document.getElementById('import-words');

  function poll() {
    var request = new XMLHttpRequest();
    request.open('GET', url);
    request.setRequestHeader('Accept', 'application/json');
    request.onload = function () {
      if (request.status !== 200) {
        words.textContent = 'Could not read the import\'s progress (' + request.status + '); reload the page.';
        return;
      }
      var job = JSON.parse(request.responseText);
      bar.value = job.percent;
      bar.textContent = job.percent + '%';
      words.textContent = job.words;
      if (job.finished) {
        window.location.reload();
      } else {
        setTimeout(poll, 500);
      }
    };
    request.onerror = function () {
      words.textContent = 'Lost touch with the server; trying again.';
      setTimeout(poll, 2000);
    };
    request.send();
  }
  setTimeout(poll, 300);
}());
