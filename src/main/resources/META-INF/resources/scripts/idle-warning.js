/*
 * The browser side of base.ui.IdleWarning. The server ends a session after a time without requests from the
 * page (Vaadin's heartbeat does not count: vaadin.closeIdleSessions); the server cannot say "soon" without a
 * request of its own, which would count. So the page keeps the time: each answer from the server starts the
 * clock again, and a while before the end the warning shows. Its button is an ordinary server request, which
 * is all it takes to carry on.
 *
 * Served as a static file (META-INF/resources), like entry-backup.js: no Node.js build is needed.
 */
window.centreCpd = window.centreCpd || {};
window.centreCpd.idleWarning = {
  /** Shows warning (hidden until then) warnAfterSeconds after the latest answer from the server. */
  watch(warning, warnAfterSeconds) {
    const restart = () => {
      clearTimeout(warning.__idleTimer);
      warning.hidden = true;
      warning.__idleTimer = setTimeout(() => {
        warning.hidden = false;
        const button = warning.querySelector('vaadin-button');
        if (button) button.focus();
      }, warnAfterSeconds * 1000);
    };
    if (!warning.__idleWatched && window.Vaadin && window.Vaadin.connectionState) {
      warning.__idleWatched = true;
      // 'connected' follows every answer to a request of the page (a heartbeat is not one).
      window.Vaadin.connectionState.addStateChangeListener((previous, current) => {
        if (current === 'connected') restart();
      });
    }
    restart();
  }
};
