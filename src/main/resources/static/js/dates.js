// A date widget shows the browser's order (mm/dd/yyyy in an English browser), not the page's: the hint under each
// date field repeats the chosen day in the page's language, so nobody files on the 12th of May meaning 5 December.
(function () {
  function echo(field) {
    var hint = document.getElementById(field.id + '-hint');
    if (!hint) {
      return;
    }
    if (!hint.hasAttribute('data-hint')) {
      hint.setAttribute('data-hint', hint.textContent);
    }
    var text = hint.getAttribute('data-hint');
    if (field.value) {
      var withTime = field.type === 'datetime-local';
      var when = new Date(withTime ? field.value : field.value + 'T00:00');
      if (!isNaN(when)) {
        var options = { year: 'numeric', month: 'long', day: 'numeric', weekday: 'long' };
        if (withTime) {
          options.hour = '2-digit';
          options.minute = '2-digit';
          options.hourCycle = 'h23';
        }
        text += ' · ' + when.toLocaleString(document.documentElement.lang || undefined, options);
      }
    }
    hint.textContent = text;
  }
  function wire(root) {
    root.querySelectorAll('input[type="date"], input[type="datetime-local"]').forEach(function (field) {
      if (field.id && !field.hasAttribute('data-echo')) {
        field.setAttribute('data-echo', '');
        field.addEventListener('input', function () { echo(field); });
        echo(field);
      }
    });
  }
  document.addEventListener('DOMContentLoaded', function () { wire(document); });
  document.addEventListener('htmx:load', function (e) { wire(e.target); });
})();
