// Resumable evidence upload by tus 1.0.0 (creation, HEAD, PATCH) with plain fetch: the file is sent in slices,
// each slice's success moves the progress bar, and a failed slice is retried from the offset the node reports.
(function () {
  'use strict';
  var form = document.getElementById('evidence-upload');
  if (!form) {
    return;
  }
  var SLICE = 4 * 1024 * 1024;
  var list = document.getElementById('upload-progress');

  function headers(extra) {
    var all = { 'Tus-Resumable': '1.0.0' };
    all[form.dataset.csrfHeader] = form.dataset.csrf;
    Object.keys(extra || {}).forEach(function (name) { all[name] = extra[name]; });
    return all;
  }

  function base64(text) {
    return btoa(String.fromCharCode.apply(null, new TextEncoder().encode(text)));
  }

  function row(file) {
    var item = document.createElement('li');
    var name = document.createElement('span');
    name.textContent = file.name;
    var bar = document.createElement('progress');
    bar.max = file.size;
    bar.value = 0;
    var state = document.createElement('span');
    state.textContent = '0 %';
    item.append(name, bar, state);
    list.append(item);
    return { bar: bar, state: state };
  }

  function storedLocation(file) {
    return 'hanoinet-evidence:' + form.dataset.endpoint + ':' + file.name + ':' + file.size + ':' + file.lastModified;
  }

  async function offsetOf(location) {
    var response = await fetch(location, { method: 'HEAD', headers: headers(), credentials: 'same-origin' });
    if (!response.ok) {
      throw new Error('HEAD ' + response.status);
    }
    return Number(response.headers.get('Upload-Offset'));
  }

  async function create(file) {
    var response = await fetch(form.dataset.endpoint, {
      method: 'POST', credentials: 'same-origin',
      headers: headers({ 'Upload-Length': String(file.size),
        'Upload-Metadata': 'filename ' + base64(file.name) + ',filetype ' + base64(file.type || 'application/octet-stream') })
    });
    if (response.status !== 201) {
      throw new Error('POST ' + response.status);
    }
    return response.headers.get('Location');
  }

  async function upload(file, view) {
    var key = storedLocation(file);
    var location = localStorage.getItem(key);
    var offset = 0;
    if (location) {
      try {
        offset = await offsetOf(location);
      } catch (gone) {
        location = null;
      }
    }
    if (!location) {
      location = await create(file);
      localStorage.setItem(key, location);
    }
    var failures = 0;
    while (offset < file.size) {
      try {
        var response = await fetch(location, {
          method: 'PATCH', credentials: 'same-origin',
          headers: headers({ 'Upload-Offset': String(offset), 'Content-Type': 'application/offset+octet-stream' }),
          body: file.slice(offset, Math.min(file.size, offset + SLICE))
        });
        if (response.status === 409) {
          offset = await offsetOf(location);
          continue;
        }
        if (response.status !== 204) {
          throw new Error('PATCH ' + response.status);
        }
        offset = Number(response.headers.get('Upload-Offset'));
        failures = 0;
        view.bar.value = offset;
        view.state.textContent = Math.floor(offset * 100 / file.size) + ' %';
      } catch (failure) {
        if (++failures > 5) {
          throw failure;
        }
        view.state.textContent = form.dataset.retrying;
        await new Promise(function (resume) { setTimeout(resume, 500 * Math.pow(2, failures)); });
        offset = await offsetOf(location);
      }
    }
    localStorage.removeItem(key);
    view.state.textContent = form.dataset.done;
  }

  form.addEventListener('submit', async function (event) {
    event.preventDefault();
    var files = Array.from(document.getElementById('evidence-files').files);
    var failed = false;
    for (var i = 0; i < files.length; i++) {
      var view = row(files[i]);
      try {
        await upload(files[i], view);
      } catch (failure) {
        failed = true;
        view.state.textContent = form.dataset.failed;
      }
    }
    if (!failed) {
      window.location.reload();
    }
  });
})();
