// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';
  // After a failed submission, move focus to the error summary so screen readers announce it.
  var summary = document.querySelector('[data-module="error-summary"]');
  if (summary) { summary.focus(); }

  // A token shown once is easier to copy when focusing its field selects all of it.
  var token = document.getElementById('token');
  if (token) { token.addEventListener('focus', function () { token.select(); }); }
})();
