// While a run is going, its page fetches the run's progress every few seconds and shows the step
// and rows so far; when the run ends the page reloads once to show the result. The runs page
// reloads itself while a run on it is going. Nothing runs when nothing is going.
(function () {
  'use strict';
  var body = document.body;
  var seconds = Number(body.getAttribute('data-refresh') || 0);
  if (!seconds) {
    return;
  }
  var url = body.getAttribute('data-progress');
  if (!url) {
    window.setTimeout(function () { window.location.reload(); }, seconds * 1000);
    return;
  }
  var numbers = new Intl.NumberFormat(document.documentElement.lang || undefined);
  function show(id, text) {
    var element = document.getElementById(id);
    if (element) {
      element.textContent = text;
    }
  }
  function poll() {
    fetch(url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (progress) {
        if (!progress) {
          return;
        }
        if (!progress.going) {
          window.location.reload();
          return;
        }
        show('status', progress.status.toLowerCase());
        show('current-step', progress.step || 'starting');
        show('current-rows', numbers.format(progress.rows));
        window.setTimeout(poll, seconds * 1000);
      })
      .catch(function () { window.setTimeout(poll, seconds * 1000); });
  }
  window.setTimeout(poll, seconds * 1000);
}());
