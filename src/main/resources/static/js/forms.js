// Forms that survive: a language switch keeps what was typed, and leaving a changed form asks first.
// Only fields of POST forms inside <main> are kept, never passwords, codes or hidden fields, and only in this
// tab's sessionStorage until the page in the other language has put them back.
(function () {
  'use strict';
  var KEY = 'hanoinet.form:' + location.pathname;
  var dirty = false;
  var leaving = false;

  function keptFields() {
    var fields = [];
    document.querySelectorAll('main form[method="post"]').forEach(function (form, formIndex) {
      Array.prototype.forEach.call(form.elements, function (field) {
        if (!field.name || field.type === 'password' || field.type === 'hidden' || field.type === 'submit'
            || field.type === 'file' || field.autocomplete === 'one-time-code') {
          return;
        }
        fields.push({ form: formIndex, field: field });
      });
    });
    return fields;
  }

  function save() {
    var values = keptFields().map(function (entry) {
      var field = entry.field;
      var checkable = field.type === 'checkbox' || field.type === 'radio';
      return { form: entry.form, name: field.name, value: field.value, checked: checkable ? field.checked : null };
    });
    sessionStorage.setItem(KEY, JSON.stringify(values));
  }

  function restore() {
    var saved = sessionStorage.getItem(KEY);
    if (!saved) {
      return;
    }
    sessionStorage.removeItem(KEY);
    var values = JSON.parse(saved);
    keptFields().forEach(function (entry) {
      var field = entry.field;
      values.filter(function (value) {
        return value.form === entry.form && value.name === field.name;
      }).forEach(function (value) {
        if (value.checked !== null) {
          if (value.value === field.value) {
            field.checked = value.checked;
          }
        } else {
          field.value = value.value;
        }
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    restore();
    document.querySelectorAll('main form[method="post"]').forEach(function (form) {
      form.addEventListener('input', function () { dirty = true; });
      form.addEventListener('change', function () { dirty = true; });
      form.addEventListener('submit', function () { leaving = true; });
    });
    document.querySelectorAll('a[data-language-switch]').forEach(function (link) {
      link.addEventListener('click', function () {
        if (dirty) {
          save();
        }
        leaving = true;
      });
    });
  });

  window.addEventListener('beforeunload', function (event) {
    if (dirty && !leaving) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
})();
