// Progressive enhancement only: every page works without this script.
// 1) Players resume: <audio|video data-progress-url="..." data-position="seconds" data-duration="seconds"> starts
//    where the listener stopped and reports the position every 15 s, on pause and at the end, as the media
//    module's progress API takes it: POST {positionSeconds, sharePlayed, completed} (JSON). The API refuses a write
//    that is authenticated by the cookie without the page's antiforgery token (data-antiforgery) in the
//    RequestVerificationToken header, so another site cannot make the browser report for the member.
document.querySelectorAll("audio[data-progress-url], video[data-progress-url]").forEach(function (player) {
  var start = parseFloat(player.dataset.position || "0");
  if (start > 0) {
    player.addEventListener("loadedmetadata", function () { if (start < player.duration) { player.currentTime = start; } }, { once: true });
  }
  var last = -1;
  function duration() {
    return isFinite(player.duration) && player.duration > 0 ? player.duration : parseFloat(player.dataset.duration || "0");
  }
  function report(completed) {
    var position = Math.floor(player.currentTime);
    if (position === last && !completed) { return; }
    last = position;
    var total = duration();
    fetch(player.dataset.progressUrl, {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "RequestVerificationToken": player.dataset.antiforgery || "" },
      body: JSON.stringify({ positionSeconds: position, sharePlayed: total > 0 ? Math.min(1, position / total) : 0, completed: completed })
    }).catch(function () { });
  }
  player.addEventListener("timeupdate", function () { if (Math.abs(player.currentTime - last) >= 15) { report(false); } });
  player.addEventListener("pause", function () { report(false); });
  player.addEventListener("ended", function () { report(true); });
});
// 2) Buttons with data-confirm ask before an irreversible action.
document.querySelectorAll("[data-confirm]").forEach(function (button) {
  button.addEventListener("click", function (e) { if (!window.confirm(button.dataset.confirm)) { e.preventDefault(); } });
});
