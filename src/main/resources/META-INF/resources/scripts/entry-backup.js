/*
 * The browser side of the journal editor's safety net (journal.ui.EntryEditor, BrowserBackup).
 * Text reaches the server at least once a second; while the connection is down it cannot, and
 * closing the tab would lose it. So on every keystroke the browser also keeps the title and text
 * boxes in its local storage, under a key per sign-in and entry; the server says when a save has
 * caught up with that copy, and the copy is removed. Opening the entry again with a copy still
 * there hands it to the server (backupFound), which offers it back if it is newer and differs.
 *
 * Served as a static file (META-INF/resources), not from frontend/: the app adds no frontend files,
 * so Vaadin's pre-compiled bundle serves it and no Node.js build is needed.
 */
window.centreCpd = window.centreCpd || {};
window.centreCpd.entryBackup = (() => {
  /** The title and text boxes: box id -> text. */
  const read = editor => {
    const fields = {};
    editor.querySelectorAll('vaadin-text-field, vaadin-text-area').forEach(box => {
      if (box.id === 'entry-title' || box.id.startsWith('section-')) fields[box.id] = box.value || '';
    });
    return fields;
  };
  const same = (a, b) => {
    const ka = Object.keys(a).sort(), kb = Object.keys(b).sort();
    return ka.length === kb.length && ka.every((k, i) => k === kb[i] && a[k] === b[k]);
  };
  return {
    /** Keeps the editor's boxes under key from now on; hands the server a copy already kept there. */
    watch(editor, key) {
      if (!editor.__journalBackup) {
        const state = editor.__journalBackup = { key };
        editor.addEventListener('input', () => {
          try {
            localStorage.setItem(state.key, JSON.stringify({ at: Date.now(), fields: read(editor) }));
          } catch (e) { /* storage full or off: the server-side autosave still runs */ }
        });
      } else {
        editor.__journalBackup.key = key;
      }
      const raw = localStorage.getItem(key);
      if (raw) editor.$server.backupFound(raw);
    },
    /** A save reached the server with these boxes; the entry is kept under newKey from now on. */
    saved(editor, savedFields, newKey) {
      const state = editor.__journalBackup;
      if (!state) return;
      const raw = localStorage.getItem(state.key);
      if (raw) {
        localStorage.removeItem(state.key);
        const copy = JSON.parse(raw);
        // Typed after what was saved: keep it, under the entry's own key from now on.
        if (!same(copy.fields, savedFields)) localStorage.setItem(newKey, raw);
      }
      state.key = newKey;
    },
    discard(editor) {
      const state = editor.__journalBackup;
      if (state) localStorage.removeItem(state.key);
    }
  };
})();
