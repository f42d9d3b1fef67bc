// A form the server could not even read (a date that does not exist, letters in a number) comes back with what the
// user typed in #refill: put it back into the fields, mark the field that was wrong and move the cursor there.
(function () {
  function refill(root) {
    var holder = (root || document).querySelector ? (root || document).querySelector('#refill') : null;
    if (!holder) {
      return;
    }
    var typed = JSON.parse(holder.getAttribute('data-refill') || '{}');
    var invalid = holder.getAttribute('data-invalid');
    document.querySelectorAll('form [name]').forEach(function (field) {
      if (!(field.name in typed) || field.type === 'file' || field.type === 'hidden' || field.type === 'password') {
        return;
      }
      var values = [].concat(typed[field.name]);
      if (field.type === 'checkbox' || field.type === 'radio') {
        field.checked = values.indexOf(field.value) >= 0;
      } else {
        field.value = values[0];
      }
    });
    var wrong = invalid && document.querySelector('form [name="' + invalid.replace(/"/g, '') + '"]');
    if (wrong) {
      wrong.classList.add('is-invalid');
      wrong.setAttribute('aria-invalid', 'true');
      wrong.focus();
    }
    holder.remove();
  }
  document.addEventListener('DOMContentLoaded', function () { refill(document); });
  document.addEventListener('htmx:load', function () { refill(document); });
})();
