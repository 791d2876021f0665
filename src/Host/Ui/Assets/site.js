// Progressive enhancement only: every page works without this script.
// 1) Players resume: <audio|video data-progress-url="..." data-position="seconds"> starts where the listener
//    stopped and reports the position every 15 s and on pause (JSON PUT with the antiforgery-free API).
document.querySelectorAll("audio[data-progress-url], video[data-progress-url]").forEach(function (player) {
  var start = parseFloat(player.dataset.position || "0");
  if (start > 0) {
    player.addEventListener("loadedmetadata", function () { if (start < player.duration) { player.currentTime = start; } }, { once: true });
  }
  var last = 0;
  function report() {
    var position = Math.floor(player.currentTime);
    if (Math.abs(position - last) < 5 && !player.paused) { return; }
    last = position;
    fetch(player.dataset.progressUrl, {
      method: "PUT", credentials: "same-origin", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ positionSeconds: position, durationSeconds: Math.floor(player.duration || 0) })
    }).catch(function () { });
  }
  player.addEventListener("timeupdate", function () { if (Math.abs(player.currentTime - last) >= 15) { report(); } });
  player.addEventListener("pause", report);
  player.addEventListener("ended", report);
});
// 2) Buttons with data-confirm ask before an irreversible action.
document.querySelectorAll("[data-confirm]").forEach(function (button) {
  button.addEventListener("click", function (e) { if (!window.confirm(button.dataset.confirm)) { e.preventDefault(); } });
});
