// The timeline page: a zoomable time axis with yearly (or monthly) density bars and one dot per
// event, the map of the same selection beside it, and the list below.
"use strict";
(() => {
  const { api, esc, dateRange, deaths, eventLink, drawMap, readFilters, query } = Concord;
  const svg = document.getElementById("axis");
  const form = document.getElementById("filters");
  let W = 1000;
  const H = 300, AXIS = 270, DOTS_TOP = 10, BARS_TOP = 150;
  let filters = readFilters();
  let extent = [1900, 2030];
  let view = null;
  let events = [];

  const toYear = d => {
    const [y, m = 1, day = 1] = d.split("-").map(Number);
    return y + (m - 1) / 12 + (day - 1) / 365.25;
  };
  const pad2 = n => String(n).padStart(2, "0");
  const toDate = (t, last) => {
    const y = Math.floor(t), rest = t - y, m = Math.min(11, Math.floor(rest * 12));
    const day = last ? new Date(Date.UTC(y, m + 1, 0)).getUTCDate() : 1;
    return `${String(y).padStart(4, "0")}-${pad2(m + 1)}-${pad2(day)}`;
  };
  const x = t => ((t - view[0]) / (view[1] - view[0])) * W;

  async function init() {
    const facets = await api("/api/facets");
    fill("type", facets.types); fill("actor", facets.actors); fill("language", facets.languages);
    if (facets.first) extent = [toYear(facets.first) - 1, toYear(facets.last) + 1];
    view = filters.from || filters.to
      ? [filters.from ? toYear(filters.from) : extent[0], filters.to ? toYear(filters.to) + 1 / 12 : extent[1]]
      : extent.slice();
    for (const [k, v] of Object.entries(filters)) if (form.elements[k]) form.elements[k].value = v;
    await refresh();
  }

  function fill(name, values) {
    const sel = form.elements[name];
    for (const v of values) sel.insertAdjacentHTML("beforeend", `<option>${esc(v)}</option>`);
  }

  let pending = null;
  function schedule() { clearTimeout(pending); drawAxisOnly(); pending = setTimeout(() => refresh().catch(showError), 180); }

  async function refresh() {
    filters.from = toDate(view[0], false); filters.to = toDate(view[1], true);
    form.elements.from.value = filters.from; form.elements.to.value = filters.to;
    const qs = query(filters);
    history.replaceState(null, "", "/?" + qs);
    document.getElementById("map-link").href = "/map?" + qs;
    const span = view[1] - view[0];
    const rest = query({ ...filters, from: undefined, to: undefined });
    const [density, page] = await Promise.all([
      api(`/api/events/density?bucket=${span < 6 ? "month" : "year"}&${span < 6 ? qs : rest}`),
      api(`/api/events?limit=1000&${qs}`),
    ]);
    events = page.items;
    draw(density);
    list(page);
    await drawMap(document.getElementById("map"), events, id => location.href = eventLink({ id }));
    linkHover();
  }

  let lastDensity = null;
  function drawAxisOnly() { if (lastDensity) draw(lastDensity); }

  function ticks() {
    const span = view[1] - view[0];
    if (span < 3) {
      const out = [];
      const step = span < 1 ? 1 : 3;
      for (let t = Math.floor(view[0]); t <= view[1]; t += step / 12) if (t >= view[0]) out.push([t, toDate(t, false).slice(0, 7)]);
      return out;
    }
    const step = [1, 2, 5, 10, 20, 50, 100, 200].find(s => span / s <= 12) || 500;
    const out = [];
    for (let y = Math.ceil(view[0] / step) * step; y <= view[1]; y += step) out.push([y, String(y)]);
    return out;
  }

  function draw(density) {
    lastDensity = density;
    W = Math.max(300, Math.round(svg.getBoundingClientRect().width));
    svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
    const monthly = density.bucket === "month";
    const bars = density.counts.map(c => {
      const t0 = toYear(c.period), t1 = t0 + (monthly ? 1 / 12 : 1);
      return { x0: x(t0), x1: x(t1), n: c.count, label: c.period };
    }).filter(b => b.x1 > 0 && b.x0 < W);
    const max = Math.max(1, ...bars.map(b => b.n));
    const barsSvg = bars.map(b => `<rect class="bar" x="${b.x0.toFixed(1)}" width="${Math.max(1, b.x1 - b.x0 - 1).toFixed(1)}"
      y="${(AXIS - (b.n / max) * (AXIS - BARS_TOP)).toFixed(1)}" height="${((b.n / max) * (AXIS - BARS_TOP)).toFixed(1)}"><title>${esc(b.label)}: ${b.n} event(s)</title></rect>`).join("");
    const stacks = new Map();
    const dots = events.filter(e => e.dateStart).map(e => {
      const cx = x(toYear(e.dateStart));
      const col = Math.round(cx / 7);
      const level = stacks.get(col) ?? 0;
      stacks.set(col, level + 1);
      const cy = BARS_TOP - 6 - level * 7;
      if (cy < DOTS_TOP || cx < 0 || cx > W) return "";
      const r = 3 + Math.min(3, e.sourceCount - 1);
      return `<circle class="dot" data-id="${esc(e.id)}" data-sources="${e.sourceCount}" cx="${cx.toFixed(1)}" cy="${cy}" r="${r}">
        <title>${esc(dateRange(e.dateStart, e.dateEnd))} · ${esc(e.subType || e.type || "")} · ${esc(e.place || "")} · ${e.sourceCount} source(s)</title></circle>`;
    }).join("");
    const axis = ticks().map(([t, label]) => `<g class="axis"><line x1="${x(t)}" x2="${x(t)}" y1="${DOTS_TOP}" y2="${AXIS + 4}"/>
      <text x="${x(t) + 3}" y="${AXIS + 18}">${esc(label)}</text></g>`).join("");
    svg.innerHTML = `${axis}${barsSvg}<line x1="0" x2="${W}" y1="${AXIS}" y2="${AXIS}" stroke="#8a94a3"/>${dots}`;
    svg.querySelectorAll("circle.dot").forEach(c => c.addEventListener("click", ev => { ev.stopPropagation(); location.href = eventLink({ id: c.dataset.id }); }));
    document.getElementById("window").textContent = `Showing ${toDate(view[0], false)} to ${toDate(view[1], true)}; bars: events per ${monthly ? "month" : "year"}`;
  }

  function list(page) {
    document.getElementById("summary").textContent = `· ${page.total} event(s) in the selection`;
    document.getElementById("list-count").textContent = page.total > page.items.length ? `(first ${page.items.length} of ${page.total})` : `(${page.total})`;
    document.querySelector("#events tbody").innerHTML = page.items.slice(0, 300).map(e => `<tr data-id="${esc(e.id)}">
      <td><a href="${eventLink(e)}">${esc(dateRange(e.dateStart, e.dateEnd))}</a></td>
      <td>${esc(e.subType || e.type || "")}</td><td>${esc(e.place || "")}</td><td>${esc(e.actors.join(", "))}</td>
      <td class="num">${esc(deaths(e))}</td><td class="num">${e.sourceCount}${e.independentSources < e.sourceCount ? ` <span class="muted">(${e.independentSources} indep.)</span>` : ""}</td>
      <td>${e.languages.map(l => `<span class="tag lang">${esc(l)}</span>`).join("")}</td>
      <td>${esc(e.quote.length > 140 ? e.quote.slice(0, 140) + "…" : e.quote)}</td></tr>`).join("");
  }

  function linkHover() {
    const hot = (id, on) => document.querySelectorAll(`[data-id="${CSS.escape(id)}"]`).forEach(el => el.classList.toggle("hot", on));
    document.querySelectorAll("[data-id]").forEach(el => {
      el.addEventListener("mouseenter", () => hot(el.dataset.id, true));
      el.addEventListener("mouseleave", () => hot(el.dataset.id, false));
    });
  }

  function zoom(factor, centre) {
    const c = centre ?? (view[0] + view[1]) / 2;
    const span = Math.min(extent[1] - extent[0] + 20, Math.max(1 / 12, (view[1] - view[0]) * factor));
    const left = (c - view[0]) / (view[1] - view[0]);
    view = [c - span * left, c + span * (1 - left)];
    schedule();
  }

  svg.addEventListener("wheel", ev => {
    ev.preventDefault();
    const r = svg.getBoundingClientRect();
    zoom(ev.deltaY > 0 ? 1.25 : 0.8, view[0] + ((ev.clientX - r.left) / r.width) * (view[1] - view[0]));
  }, { passive: false });
  let drag = null;
  svg.addEventListener("pointerdown", ev => { drag = { x: ev.clientX, view: view.slice() }; svg.classList.add("dragging"); });
  window.addEventListener("pointerup", () => { drag = null; svg.classList.remove("dragging"); });
  window.addEventListener("pointermove", ev => {
    if (!drag) return;
    const r = svg.getBoundingClientRect();
    const dt = ((ev.clientX - drag.x) / r.width) * (drag.view[1] - drag.view[0]);
    view = [drag.view[0] - dt, drag.view[1] - dt];
    schedule();
  });
  document.getElementById("zoom-in").onclick = () => zoom(0.5);
  document.getElementById("zoom-out").onclick = () => zoom(2);
  document.getElementById("zoom-all").onclick = () => { view = extent.slice(); schedule(); };
  document.getElementById("reset").onclick = () => { form.reset(); filters = {}; view = extent.slice(); refresh(); };
  form.addEventListener("submit", ev => {
    ev.preventDefault();
    const f = Object.fromEntries(new FormData(form));
    filters = { type: f.type, actor: f.actor, language: f.language, q: f.q };
    view = [f.from ? toYear(f.from) : extent[0], f.to ? toYear(f.to) + (f.to.length === 4 ? 1 : 1 / 12) : extent[1]];
    refresh().catch(showError);
  });
  const showError = err => { document.getElementById("window").innerHTML = `<span class="error">${esc(err.message)}</span>`; };
  init().catch(showError);
})();
