// The Teams personal tab: ask Teams for the signed-in person's token (single sign-on) and
// exchange it for a session of the web page, then show Mina möten. Nothing else runs here.
(function () {
  "use strict";
  var status = document.getElementById("teams-status");
  function say(text) { status.textContent = text; }
  if (typeof microsoftTeams === "undefined") { return; }
  microsoftTeams.app.initialize().then(function () {
    return microsoftTeams.authentication.getAuthToken();
  }).then(function (token) {
    var csrf = document.querySelector("meta[name=csrf-token]").content;
    return fetch(status.dataset.exchange, {
      method: "POST", credentials: "include",
      headers: {"Content-Type": "application/json", "X-CSRF-Token": csrf},
      body: JSON.stringify({token: token})
    });
  }).then(function (response) {
    if (response.ok) { window.location.replace(status.dataset.next); return; }
    return response.json().then(function (body) { say(body.message); });
  }).catch(function () { say(status.dataset.failed); });
})();
