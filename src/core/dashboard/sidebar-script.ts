/**
 * The sidebar's only script. "Làm mới" asks the server function dashboardData() for fresh
 * figures (google.script.run: one call, a plain object back) and puts the sections it renders
 * in place. The button stays enabled and focused while it waits (a disabled button would drop
 * the keyboard's focus); a second press meanwhile does nothing. Its texts come from the
 * button's data attributes, which the renderer escaped.
 */
export const SIDEBAR_SCRIPT = `(function () {
  var button = document.getElementById('d-refresh');
  var status = document.getElementById('d-status');
  var busy = false;
  function done() { busy = false; button.removeAttribute('aria-busy'); }
  button.addEventListener('click', function () {
    if (busy) return;
    busy = true;
    button.setAttribute('aria-busy', 'true');
    status.textContent = button.getAttribute('data-busy');
    google.script.run
      .withSuccessHandler(function (payload) {
        document.getElementById('dashboard').innerHTML = payload.body;
        document.getElementById('d-built').textContent = payload.builtAt;
        status.textContent = '';
        done();
      })
      .withFailureHandler(function (error) {
        status.textContent = button.getAttribute('data-failed') + (error && error.message ? error.message : String(error));
        done();
      })
      .dashboardData();
  });
})();`;
