// actorgraph report: hover, filter by relation class, search an actor.
// Runs offline; reads the data-* attributes export writes into the SVG.
(function () {
  "use strict";
  var body = document.body;
  window.addEventListener("error", function (e) {
    body.setAttribute("data-ag-error", String(e.message || e));
  });
  var svg = document.querySelector("#ag-figure svg");
  var actors = JSON.parse(document.getElementById("ag-actors").textContent || "[]") || [];
  var nodes = svg ? Array.prototype.slice.call(svg.querySelectorAll("g.node[data-id]")) : [];
  var edges = svg ? Array.prototype.slice.call(svg.querySelectorAll("g.edge[data-source]")) : [];
  var rels = Array.prototype.slice.call(document.querySelectorAll("#ag-relations .rel"));
  var rows = Array.prototype.slice.call(document.querySelectorAll("#ag-influence tbody tr, #ag-communities tbody tr, .spark-fig"));
  var boxes = Array.prototype.slice.call(document.querySelectorAll("#ag-controls input[name=quad]"));
  var search = document.getElementById("ag-search");
  var status = document.getElementById("ag-status");

  function shownQuads() {
    var on = {};
    boxes.forEach(function (b) { on[b.value] = b.checked; });
    on["0"] = true; // relations of unknown class are never filtered out
    return on;
  }

  // selected returns the ids of the actors the search names, or null.
  function selected() {
    var q = (search.value || "").trim().toLowerCase();
    if (!q) { return null; }
    var ids = {};
    actors.forEach(function (a) {
      if (a.ID.toLowerCase() === q || a.Name.toLowerCase().indexOf(q) >= 0) { ids[a.ID] = true; }
    });
    return ids;
  }

  function update() {
    var on = shownQuads();
    var ids = selected();
    var nSel = ids ? Object.keys(ids).length : 0;
    edges.forEach(function (e) {
      var qs = (e.getAttribute("data-quads") || "0").split(" ");
      var visible = qs.some(function (q) { return on[q]; });
      e.classList.toggle("ag-off", !visible);
    });
    nodes.forEach(function (n) {
      n.classList.toggle("ag-match", !!(ids && ids[n.getAttribute("data-id")]));
    });
    var shown = 0;
    rels.forEach(function (r) {
      var ok = on[r.getAttribute("data-quad")] !== false;
      if (ok && ids) { ok = !!(ids[r.getAttribute("data-source")] || ids[r.getAttribute("data-target")]); }
      r.classList.toggle("hidden", !ok);
      if (ok) { shown++; }
    });
    rows.forEach(function (r) {
      var ok = !ids || (r.getAttribute("data-actors") || "").split(" ").some(function (id) { return ids[id]; });
      r.classList.toggle("hidden", !ok);
    });
    status.textContent = (ids ? nSel + " actor" + (nSel === 1 ? "" : "s") + " found; " : "") +
      shown + " of " + rels.length + " relation" + (rels.length === 1 ? "" : "s") + " listed";
  }

  // focus dims everything but the given node ids and edges.
  function focus(ids, keep) {
    if (!svg) { return; }
    svg.classList.add("ag-focus");
    nodes.forEach(function (n) { n.classList.toggle("ag-on", !!ids[n.getAttribute("data-id")]); });
    edges.forEach(function (e) { e.classList.toggle("ag-on", keep.indexOf(e) >= 0); });
  }

  function unfocus() {
    if (svg) { svg.classList.remove("ag-focus"); }
  }

  nodes.forEach(function (n) {
    n.addEventListener("mouseenter", function () {
      var id = n.getAttribute("data-id");
      var ids = {}, keep = [];
      ids[id] = true;
      edges.forEach(function (e) {
        var s = e.getAttribute("data-source"), t = e.getAttribute("data-target");
        if (s === id || t === id) { ids[s] = ids[t] = true; keep.push(e); }
      });
      focus(ids, keep);
    });
    n.addEventListener("mouseleave", unfocus);
    n.addEventListener("click", function () {
      var a = actors.filter(function (x) { return x.ID === n.getAttribute("data-id"); })[0];
      search.value = a ? a.Name : n.getAttribute("data-id");
      update();
    });
  });
  edges.forEach(function (e) {
    e.addEventListener("mouseenter", function () {
      var ids = {};
      ids[e.getAttribute("data-source")] = ids[e.getAttribute("data-target")] = true;
      focus(ids, [e]);
    });
    e.addEventListener("mouseleave", unfocus);
  });
  boxes.forEach(function (b) { b.addEventListener("change", update); });
  search.addEventListener("input", update);
  // A link may name an actor: report.html#actor=Russia.
  var m = /^#actor=(.*)$/.exec(location.hash || "");
  if (m) { search.value = decodeURIComponent(m[1]); }
  update();
  body.setAttribute("data-ag-ready", String(nodes.length) + " " + String(edges.length));
})();
