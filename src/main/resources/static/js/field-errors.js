// The rules a step broke are listed at the top of the form (#form-errors); each one that names a field is also put
// next to that field, marked invalid and tied to it with aria-describedby, and the cursor goes to the first.
(function () {
  function place(root) {
    var list = document.getElementById('form-errors');
    if (!list) {
      return;
    }
    var first = null;
    list.querySelectorAll('[data-field]').forEach(function (error) {
      var name = error.getAttribute('data-field');
      if (!name) {
        return;
      }
      var field = document.querySelector('form [name="' + name.replace(/"/g, '') + '"]') || document.getElementById(name);
      if (!field || field.type === 'hidden') {
        return;
      }
      var id = error.id + '-at-field';
      if (!document.getElementById(id)) {
        var note = document.createElement('div');
        note.className = 'invalid-feedback d-block';
        note.id = id;
        note.textContent = error.textContent.trim();
        (field.closest('.form-check, .input-group') || field).insertAdjacentElement('afterend', note);
      }
      var link = error.querySelector('a');
      if (link && field.id) {
        link.setAttribute('href', '#' + field.id);
      }
      field.classList.add('is-invalid');
      field.setAttribute('aria-invalid', 'true');
      var described = (field.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
      if (described.indexOf(id) < 0) {
        described.push(id);
        field.setAttribute('aria-describedby', described.join(' '));
      }
      first = first || field;
    });
    if (first && !document.querySelector('#refill')) {
      first.focus();
    }
  }
  document.addEventListener('DOMContentLoaded', function () { place(document); });
  document.addEventListener('htmx:load', function () { place(document); });
})();
