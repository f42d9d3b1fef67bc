// A button with id "print" prints the page (the paper of a congress session).
document.addEventListener('click', function (event) {
  if (event.target && event.target.id === 'print') {
    window.print();
  }
});
