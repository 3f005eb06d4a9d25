/* The pairing page asks the server every few seconds whether this screen has been paired, and
   goes to its board once it has. A script, not a meta refresh: a page that reloads itself
   moves a screen reader back to its top every few seconds (WCAG 2.2.1). Without script the
   page's "Check again" link asks the same. */
(function () {
  'use strict';
  var every = (Number(document.body.getAttribute('data-check-seconds')) || 5) * 1000;
  var shown = document.querySelector('.pair-code');

  function later() {
    window.setTimeout(check, every);
  }

  function check() {
    var xhr = new XMLHttpRequest();
    xhr.open('GET', '/pair');
    xhr.onload = function () {
      var at = xhr.responseURL ? new URL(xhr.responseURL, window.location.href) : null;
      if (at && at.pathname !== '/pair') {
        // Paired: the server sent the request on to the device's own page.
        window.location.replace(at.href);
        return;
      }
      var code = new DOMParser().parseFromString(xhr.responseText, 'text/html').querySelector('.pair-code');
      if (!code !== !shown) {
        // A code where this page said none could be had, or the other way round.
        window.location.reload();
        return;
      }
      if (code && code.textContent !== shown.textContent) {
        shown.textContent = code.textContent;
      }
      later();
    };
    xhr.onerror = later;
    xhr.send();
  }

  later();
}());
