/* The gap analysis map: one circle per area, sized by its number of services.
   Progressive: the tables on the page carry the same figures; without Leaflet or tiles the
   markers still show (no tile layer needed for circles). */
(function () {
  "use strict";
  var holder = document.getElementById("gap-map");
  var config = document.getElementById("gap-map-config");
  if (!holder || !config || typeof L === "undefined") { return; }
  var data = JSON.parse(config.textContent);
  if (!data.points.length) { return; }
  holder.hidden = false;
  var map = L.map(holder, { scrollWheelZoom: false });
  if (data.tiles) {
    L.tileLayer(data.tiles, { attribution: data.attribution, maxZoom: 18 }).addTo(map);
  }
  var most = Math.max.apply(null, data.points.map(function (p) { return p.services; }));
  var bounds = [];
  data.points.forEach(function (point) {
    var radius = 6 + 18 * Math.sqrt(point.services / most);
    L.circleMarker([point.lat, point.lng], {
      radius: radius, color: "#0b4f6c", weight: 2, fillOpacity: 0.45
    }).bindPopup(point.label).bindTooltip(point.label).addTo(map);
    bounds.push([point.lat, point.lng]);
  });
  if (bounds.length === 1) { map.setView(bounds[0], 12); } else { map.fitBounds(bounds, { padding: [30, 30] }); }
})();
