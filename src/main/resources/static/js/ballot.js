// An election ballot counts the "for" votes as the delegate marks them, against the seats, in a live region.
(function () {
  function count(form) {
    var counter = form.querySelector('[data-seats]');
    if (!counter) {
      return;
    }
    var seats = parseInt(counter.getAttribute('data-seats'), 10);
    var chosen = form.querySelectorAll('input[type=radio][value=FOR]:checked').length;
    var over = chosen > seats;
    counter.textContent = (over ? counter.getAttribute('data-over') : counter.getAttribute('data-text'))
      .replace('{0}', chosen).replace('{1}', Math.max(seats - chosen, 0)).replace('{2}', seats);
    counter.classList.toggle('text-danger', over);
  }
  document.addEventListener('change', function (event) {
    var form = event.target && event.target.form;
    if (form) {
      count(form);
    }
  });
  function all() {
    document.querySelectorAll('form').forEach(count);
  }
  document.addEventListener('DOMContentLoaded', all);
  document.addEventListener('htmx:load', all);
})();
