// Shared helpers for every page: navigation, API calls, escaping, the offline map.
"use strict";

const Concord = (() => {
  const pages = [["/", "Timeline"], ["/map", "Map"], ["/disputes", "Disputes"], ["/sources", "Sources"], ["/search", "Search"], ["/upload", "Upload"]];

  function header() {
    const here = location.pathname.replace(/\.html$/, "").replace(/^\/index$/, "/");
    const h = document.createElement("header");
    h.innerHTML = `<span class="brand">Concord</span><nav>${pages.map(([href, label]) =>
      `<a href="${href}"${href === here ? ' class="here"' : ""}>${label}</a>`).join("")}</nav>
      <form action="/search"><input name="q" type="search" placeholder="Search events and documents" aria-label="Search"></form>`;
    document.body.prepend(h);
  }

  async function api(path) {
    const r = await fetch(path, { headers: { Accept: "application/json" } });
    const body = await r.json();
    if (!r.ok) throw new Error(body.detail || body.title || r.statusText);
    return body;
  }

  const esc = s => String(s ?? "").replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
  const marked = s => esc(s).replace(/\u0002/g, "<mark>").replace(/\u0003/g, "</mark>");
  const dateRange = (a, b) => !a ? "undated" : (!b || a === b ? a : `${a} – ${b}`);
  const deaths = e => e.deathsLow == null ? "" : (e.deathsHigh != null && e.deathsHigh !== e.deathsLow ? `${e.deathsLow}–${e.deathsHigh}` : `${e.deathsLow}`);
  const eventLink = e => `/event?id=${encodeURIComponent(e.id)}`;

  // TopoJSON → arrays of rings of [lon, lat].
  function decodeTopology(topo, name) {
    const t = topo.transform;
    const arcs = topo.arcs.map(arc => {
      let x = 0, y = 0;
      return arc.map(p => t ? [(x += p[0]) * t.scale[0] + t.translate[0], (y += p[1]) * t.scale[1] + t.translate[1]] : p);
    });
    const arcPoints = i => i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
    const ring = idx => idx.flatMap((i, k) => k === 0 ? arcPoints(i) : arcPoints(i).slice(1));
    return topo.objects[name].geometries.map(g => ({
      name: g.properties?.name,
      rings: g.type === "Polygon" ? g.arcs.map(ring) : g.type === "MultiPolygon" ? g.arcs.flatMap(p => p.map(ring)) : [],
    }));
  }

  let countries = null;
  async function loadCountries() {
    if (!countries) countries = decodeTopology(await (await fetch("/geo/countries-50m.json")).json(), "countries");
    return countries;
  }

  // Equirectangular projection fitted to the events (or the world when none has a place).
  async function drawMap(container, events, onPick) {
    const land = await loadCountries();
    const placed = events.filter(e => e.latitude != null && e.longitude != null);
    let [w, s, e, n] = [-180, -60, 180, 85];
    if (placed.length) {
      // Fit to the bulk of the points (5th–95th percentile), so one far-away event does not shrink the rest.
      const q = (vals, f) => { const v = vals.slice().sort((a, b) => a - b); return v[Math.min(v.length - 1, Math.max(0, Math.round(f * (v.length - 1))))]; };
      const lons = placed.map(p => p.longitude), lats = placed.map(p => p.latitude);
      const lo = placed.length >= 20 ? 0.05 : 0, hi = 1 - lo;
      [w, e, s, n] = [q(lons, lo), q(lons, hi), q(lats, lo), q(lats, hi)];
      const pad = Math.max(3, (e - w) * 0.25, (n - s) * 0.25);
      [w, s, e, n] = [w - pad, s - pad, e + pad, n + pad];
    }
    const k = Math.cos(((s + n) / 2) * Math.PI / 180);
    const W = 1000, H = Math.max(300, Math.min(700, Math.round(W * (n - s) / ((e - w) * k))));
    const sx = W / ((e - w) * k), sy = H / (n - s), sc = Math.min(sx, sy);
    const ox = (W - (e - w) * k * sc) / 2, oy = (H - (n - s) * sc) / 2;
    const px = lon => ox + (lon - w) * k * sc, py = lat => oy + (n - lat) * sc;
    const paths = land.map(c => `<path class="land"><title>${esc(c.name)}</title></path>`).join("");
    const maxDeaths = Math.max(1, ...placed.map(p => p.deathsBest ?? p.deathsLow ?? 0));
    const radius = p => 4 + 22 * Math.sqrt((p.deathsBest ?? p.deathsLow ?? 0) / maxDeaths);
    const pts = placed.slice().sort((a, b) => radius(b) - radius(a)).map(p =>
      `<circle class="pt" data-id="${esc(p.id)}" cx="${px(p.longitude).toFixed(1)}" cy="${py(p.latitude).toFixed(1)}" r="${radius(p).toFixed(1)}">
        <title>${esc(dateRange(p.dateStart, p.dateEnd))} · ${esc(p.subType || p.type || "")} · ${esc(p.place || "")}${deaths(p) ? " · " + deaths(p) + " deaths" : ""}</title></circle>`).join("");
    container.innerHTML = `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="Map of events">${paths}<g class="points">${pts}</g></svg>
      <div class="muted map-count">${placed.length} of ${events.length} event(s) placed on the map; circle area ∝ deaths</div>`;
    const svgPaths = container.querySelectorAll("path.land");
    land.forEach((c, i) => svgPaths[i].setAttribute("d", c.rings.map(r =>
      "M" + r.map(([lon, lat]) => `${px(lon).toFixed(1)},${py(lat).toFixed(1)}`).join("L") + "Z").join("")));
    container.querySelectorAll("circle.pt").forEach(c => c.addEventListener("click", () => onPick?.(c.dataset.id)));
    return container.querySelector("svg");
  }

  // The filter selection lives in the URL, so the timeline, the map and links share it.
  const filterKeys = ["from", "to", "type", "actor", "language", "q"];
  function readFilters() {
    const p = new URLSearchParams(location.search);
    return Object.fromEntries(filterKeys.filter(k => p.get(k)).map(k => [k, p.get(k)]));
  }
  const query = obj => new URLSearchParams(Object.entries(obj).filter(([, v]) => v != null && v !== "")).toString();

  document.addEventListener("DOMContentLoaded", header);
  return { api, esc, marked, dateRange, deaths, eventLink, drawMap, readFilters, query, filterKeys };
})();
