/*
 * Waybill tracking page: draws the route so far over the page's list of places (section.route). The list is the
 * page; the map is an enhancement. Leaflet and the outline of the world come from this application only, and only
 * when there are two places to draw or a tracker's area. The places are read from the list's data-lat/data-lon (town
 * areas, 0.1°), again after every live update of the page; a tracker's last area (p.around, 0.1° too) is drawn as a
 * circle at least as large as the 0.1° cell it stands for, never as a point.
 */
(function () {
  'use strict';
  var LEAFLET_JS = '/webjars/leaflet/dist/leaflet.js';
  var LEAFLET_CSS = '/webjars/leaflet/dist/leaflet.css';
  var OUTLINE = '/assets/map/world-110m.json';
  var ROUTE = '#1d4ed8';
  var GOAL = '#166534';
  var AROUND = '#b45309';
  // the position was rounded to a 0.1° grid: the device was within half a cell's diagonal (< 8 km) of the point drawn
  var AROUND_METRES = 8000;
  var leaflet = null;
  var outline = null;
  var map = null;

  function load(tag, attributes) {
    return new Promise(function (resolve, reject) {
      var el = document.createElement(tag);
      Object.keys(attributes).forEach(function (k) { el.setAttribute(k, attributes[k]); });
      el.onload = resolve;
      el.onerror = reject;
      document.head.appendChild(el);
    });
  }

  function leafletReady() {
    if (!leaflet) {
      leaflet = Promise.all([load('link', {rel: 'stylesheet', href: LEAFLET_CSS}), load('script', {src: LEAFLET_JS})])
        .then(function () { return window.L; });
      leaflet.catch(function () { leaflet = null; });
    }
    return leaflet;
  }

  function outlineReady() {
    if (!outline) {
      outline = fetch(OUTLINE, {credentials: 'same-origin'}).then(function (r) { return r.ok ? r.json() : null; })
        .catch(function () { return null; });
    }
    return outline;
  }

  function position(el) {
    var lat = parseFloat(el.getAttribute('data-lat'));
    var lon = parseFloat(el.getAttribute('data-lon'));
    return isFinite(lat) && isFinite(lon) ? [lat, lon] : null;
  }

  /** A tooltip's content as text, never as markup. */
  function label(text) {
    var span = document.createElement('span');
    span.textContent = text;
    return span;
  }

  function escaped(text) {
    return text.replace(/[&<>"']/g, function (c) { return '&#' + c.charCodeAt(0) + ';'; });
  }

  function places(section) {
    return Array.prototype.map.call(section.querySelectorAll('.places li'), function (li, i) {
      return {at: position(li), name: (i + 1) + '. ' + li.querySelector('.name').textContent,
        latest: li.classList.contains('latest')};
    }).filter(function (p) { return p.at; });
  }

  function trackers(section) {
    return Array.prototype.map.call(section.querySelectorAll('.around[data-lat]'), function (el) {
      return {at: position(el), name: el.querySelector('.name').textContent};
    }).filter(function (p) { return p.at; });
  }

  /** The cell's size on screen at the map's zoom, and never smaller than a finger's width. */
  function areaRadius(L, at) {
    var centre = map.latLngToContainerPoint(at);
    var north = map.latLngToContainerPoint(L.latLng(at[0] + AROUND_METRES / 111320, at[1]));
    return Math.max(14, Math.abs(centre.y - north.y));
  }

  function draw() {
    var box = document.querySelector('.route-map');
    if (!box) {
      if (map) { map.remove(); map = null; }
      return;
    }
    var section = box.closest('.route');
    var route = places(section);
    var goal = section.querySelector('.destination[data-lat]');
    var goalAt = goal && position(goal);
    var around = trackers(section);
    if (route.length + (goalAt ? 1 : 0) < 2 && !around.length) {
      return;
    }
    var tiles = box.getAttribute('data-tiles');
    Promise.all([leafletReady(), tiles ? null : outlineReady()]).then(function (loaded) {
      var L = loaded[0];
      if (!box.isConnected || !L) {
        return; // a newer update replaced the list meanwhile: that one draws
      }
      if (map) { map.remove(); }
      box.hidden = false;
      var german = document.documentElement.lang === 'de';
      map = L.map(box, {scrollWheelZoom: false, zoomSnap: 0.5, maxZoom: tiles ? 12 : 7, zoomControl: false});
      var line = route.map(function (p) { return p.at; });
      var shown = line.concat(goalAt ? [goalAt] : [], around.map(function (p) { return p.at; }));
      // a view first: Leaflet draws a line only on a map that has one
      map.fitBounds(L.latLngBounds(shown), {padding: [36, 36], maxZoom: 5, animate: false});
      L.control.zoom({zoomInTitle: german ? 'Vergrößern' : 'Zoom in', zoomOutTitle: german ? 'Verkleinern' : 'Zoom out'})
        .addTo(map);
      if (tiles) {
        L.tileLayer(tiles, {attribution: escaped(box.getAttribute('data-attribution') || '')}).addTo(map);
      } else if (loaded[1]) {
        L.geoJSON(loaded[1], {interactive: false,
          style: {color: '#9aa6b4', weight: 0.7, fillColor: '#f7f8fa', fillOpacity: 1}}).addTo(map);
        map.attributionControl.addAttribution('Natural Earth');
      }
      L.polyline(line, {color: ROUTE, weight: 3, opacity: 0.85, interactive: false}).addTo(map);
      if (goalAt) {
        L.circleMarker(goalAt, {radius: 10, color: GOAL, weight: 3, fill: false})
          .bindTooltip(label(goal.textContent.trim()), {direction: 'bottom'}).addTo(map);
      }
      around.forEach(function (p) {
        var circle = L.circleMarker(p.at, {radius: areaRadius(L, p.at), color: AROUND, weight: 2, dashArray: '4 4',
          fillColor: AROUND, fillOpacity: 0.18}).bindTooltip(label(p.name), {permanent: true, direction: 'bottom'}).addTo(map);
        map.on('zoomend', function () { circle.setRadius(areaRadius(L, p.at)); });
      });
      route.forEach(function (p) {
        L.circleMarker(p.at, {radius: p.latest ? 7 : 5, color: ROUTE, weight: 2, fillColor: p.latest ? ROUTE : '#fff',
          fillOpacity: 1}).bindTooltip(label(p.name), {permanent: p.latest, direction: 'top', offset: [0, -6]}).addTo(map);
      });
    }, function () {
      box.hidden = true; // no map without Leaflet: the list says it all
    });
  }

  function start() {
    draw();
    var view = document.getElementById('view');
    if (view && window.MutationObserver) {
      var pending = false;
      new MutationObserver(function () {
        if (!pending) {
          pending = true;
          setTimeout(function () { pending = false; draw(); }, 30);
        }
      }).observe(view, {childList: true});
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
