/* The public directory: the results map (Leaflet, vendored), in-place results, printing.
   Everything here is an extra: the list and the forms work without JavaScript, and the map
   still shows its markers when no map tiles can be loaded (offline, tile server down). */
(function () {
  "use strict";

  function drawMap(el) {
    if (!window.L || !el) return;
    var data = [];
    try {
      data = JSON.parse(document.getElementById(el.dataset.points).textContent);
    } catch (e) {
      return;
    }
    if (el._liphubMap) {
      el._liphubMap.remove();
    }
    var map = L.map(el, { scrollWheelZoom: false, keyboard: false, zoomControl: false });
    el._liphubMap = map;
    L.control.zoom({ zoomInTitle: el.dataset.zoomIn, zoomOutTitle: el.dataset.zoomOut }).addTo(map);
    var noted = false;
    var tiles = L.tileLayer(el.dataset.tileUrl, { attribution: el.dataset.attribution, maxZoom: 19 });
    tiles.on("tileerror", function () {
      if (noted) return;
      noted = true;
      el.classList.add("tiles-failed");
      var note = document.createElement("p");
      note.className = "muted tiles-failed-note";
      note.textContent = el.dataset.tilesFailed;
      el.parentNode.insertBefore(note, el.nextSibling);
    });
    tiles.addTo(map);
    var group = L.featureGroup();
    data.forEach(function (p) {
      var marker = L.circleMarker([p.lat, p.lng], {
        radius: 9, color: "#083f78", weight: 2, fillColor: "#0b5cad", fillOpacity: 0.85
      });
      var link = document.createElement("a");
      link.href = p.url;
      link.textContent = p.name;
      marker.bindPopup(link);
      group.addLayer(marker);
    });
    group.addTo(map);
    if (data.length) {
      map.fitBounds(group.getBounds(), { maxZoom: 15, padding: [24, 24] });
    } else {
      map.setView([45.4215, -75.6972], 11);
    }
  }

  function drawAll(root) {
    (root || document).querySelectorAll(".directory-map").forEach(drawMap);
  }

  document.addEventListener("DOMContentLoaded", function () {
    drawAll(document);
    document.querySelectorAll("[data-print]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () { window.print(); });
    });
  });

  // htmx swapped the results in place: redraw the map and announce the new count.
  document.addEventListener("htmx:afterSwap", function (event) {
    var target = event.detail && event.detail.target;
    if (!target || target.id !== "results") return;
    drawAll(target);
    var heading = target.querySelector("[data-status-text]");
    var status = document.getElementById("results-status");
    if (heading && status) status.textContent = heading.textContent.trim();
  });
  // A search in place keeps the services ticked in the results (the list being made), not
  // only those of the page's address: the selection is read from the results form.
  document.addEventListener("htmx:configRequest", function (event) {
    var form = event.detail && event.detail.elt;
    if (!form || !form.matches || !form.matches("form.directory-search")) return;
    var list = document.getElementById("list-form");
    if (!list) return;
    var params = event.detail.parameters;
    params.delete("s");
    list.querySelectorAll("input[name=s]").forEach(function (input) {
      if (input.type === "hidden" || input.checked) params.append("s", input.value);
    });
  });
  // The address changed without a page load: keep the language switch on the same search.
  document.addEventListener("htmx:pushedIntoHistory", function () {
    document.querySelectorAll(".lang-switch a[hreflang]").forEach(function (link) {
      var url = new URL(link.href, window.location.href);
      url.search = window.location.search;
      link.href = url.toString();
    });
  });
})();
