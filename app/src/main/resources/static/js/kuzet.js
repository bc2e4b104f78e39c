// Sends the CSRF token with every htmx request, so partial updates pass the same checks as forms.
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Buttons and links that print the page or go back, without inline script (the pages' Content
// Security Policy allows scripts from Kuzet's own files only).
document.addEventListener("click", function (event) {
  var target = event.target.closest ? event.target.closest("[data-print], [data-back]") : null;
  if (!target) {
    return;
  }
  event.preventDefault();
  if (target.hasAttribute("data-print")) {
    window.print();
  } else {
    history.back();
  }
});
