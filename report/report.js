// actorgraph report: zoom and pan, hover, filter by relation class and by
// date, search an actor by any of its names, sortable tables, evidence
// shown a page at a time, and the interactive view of the whole graph.
// Runs offline; reads the data-* attributes export writes into the SVG.
(function () {
  "use strict";
  var body = document.body;
  window.addEventListener("error", function (e) {
    body.setAttribute("data-ag-error", String(e.message || e));
  });
  function all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
  var svg = document.querySelector("#ag-figure svg");
  var actors = JSON.parse(document.getElementById("ag-actors").textContent || "[]") || [];
  var nodes = svg ? all("g.node[data-id]", svg) : [];
  var edges = svg ? all("g.edge[data-source]", svg) : [];
  var rels = all("#ag-relations .rel");
  var rows = all("#ag-influence tbody tr, #ag-communities tbody tr, .spark-fig");
  var boxes = all("#ag-controls input[name=quad]");
  var search = document.getElementById("ag-search");
  var status = document.getElementById("ag-status");
  var from = document.getElementById("ag-from");
  var to = document.getElementById("ag-to");
  var more = document.getElementById("ag-more");

  // words is a name in lower case without accents, its words separated by
  // one space: "U.S." is "u s". Names match as whole words only, so "US"
  // never finds Russia and "UK" never Ukraine.
  function words(s) {
    s = String(s || "").toLowerCase();
    if (s.normalize) { s = s.normalize("NFD").replace(/[\u0300-\u036f]/g, ""); }
    return s.replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  }
  actors.forEach(function (a) {
    a.keys = (a.Names || [a.Name, a.ID]).map(words);
    a.keys.push(words(a.ID));
  });

  function shownQuads() {
    var on = {};
    boxes.forEach(function (b) { on[b.value] = b.checked; });
    on["0"] = true; // relations of unknown class are never filtered out
    return on;
  }

  // selected returns the ids of the actors the search names, or null: an
  // actor whose id, name, alias or a name the articles used equals the
  // query, else those where the query's words appear as whole words.
  function selected() {
    var q = words(search.value);
    if (!q) { return null; }
    var ids = {}, n = 0;
    actors.forEach(function (a) {
      if (a.keys.indexOf(q) >= 0) { ids[a.ID] = true; n++; }
    });
    if (n === 0) {
      actors.forEach(function (a) {
        if (a.keys.some(function (k) { return (" " + k + " ").indexOf(" " + q + " ") >= 0; })) { ids[a.ID] = true; }
      });
    }
    return ids;
  }

  // inDates reports whether a date (or a space-separated list) falls in
  // the chosen range; undated evidence always does.
  function inDates(ds) {
    if (!from || !ds) { return true; }
    var lo = from.value || "0000", hi = to.value || "9999";
    return ds.split(" ").some(function (d) { return d >= lo && d <= hi; });
  }

  var pageSize = 100, limit = pageSize;
  var view = null;

  function update() {
    var on = shownQuads();
    var ids = selected();
    var nSel = ids ? Object.keys(ids).length : 0;
    // Relations first: the drawing shows the edges whose relations do.
    var visiblePairs = {};
    var shown = 0, listed = 0;
    rels.forEach(function (r) {
      var s = r.getAttribute("data-source"), t = r.getAttribute("data-target");
      var ok = on[r.getAttribute("data-quad")] !== false && inDates(r.getAttribute("data-dates"));
      if (ok) { visiblePairs[s + "\u0000" + t] = visiblePairs[t + "\u0000" + s] = true; }
      if (ok && ids) { ok = !!(ids[s] || ids[t]); }
      all("li[data-date]", r).forEach(function (li) {
        li.classList.toggle("hidden", !inDates(li.getAttribute("data-date")));
      });
      if (ok) { shown++; }
      var page = ok && listed < limit;
      if (ok && page) { listed++; }
      r.classList.toggle("hidden", !page);
    });
    if (more) {
      more.hidden = listed >= shown;
      more.textContent = "Show more relations (" + (shown - listed) + " left)";
    }
    edges.forEach(function (e) {
      var qs = (e.getAttribute("data-quads") || "0").split(" ");
      var s = e.getAttribute("data-source"), t = e.getAttribute("data-target");
      var visible = qs.some(function (q) { return on[q]; }) && !!visiblePairs[s + "\u0000" + t];
      e.classList.toggle("ag-off", !visible);
    });
    // The search dims the rest of the drawing.
    if (svg) {
      svg.classList.toggle("ag-search", !!ids);
      nodes.forEach(function (n) { n.classList.toggle("ag-match", !!(ids && ids[n.getAttribute("data-id")])); });
      edges.forEach(function (e) {
        e.classList.toggle("ag-match", !!(ids && (ids[e.getAttribute("data-source")] || ids[e.getAttribute("data-target")])));
      });
    }
    rows.forEach(function (r) {
      var ok = !ids || (r.getAttribute("data-actors") || "").split(" ").some(function (id) { return ids[id]; });
      r.classList.toggle("hidden", !ok);
    });
    if (view) {
      view.select(ids);
      view.show(function (d) {
        return (d.quads || "0").split(" ").some(function (q) { return on[q]; });
      });
    }
    var names = ids ? actors.filter(function (a) { return ids[a.ID]; }).map(function (a) { return a.Name; }) : [];
    status.textContent = (ids ? (nSel === 0 ? "no actor found; " : nSel + " actor" + (nSel === 1 ? "" : "s") + " found" +
      (nSel <= 3 ? " (" + names.join(", ") + ")" : "") + "; ") : "") +
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
  function pick(id) {
    var a = actors.filter(function (x) { return x.ID === id; })[0];
    search.value = a ? a.Name : id;
    limit = pageSize;
    update();
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
    n.addEventListener("click", function () { if (!dragged) { pick(n.getAttribute("data-id")); } });
  });
  edges.forEach(function (e) {
    e.addEventListener("mouseenter", function () {
      var ids = {};
      ids[e.getAttribute("data-source")] = ids[e.getAttribute("data-target")] = true;
      focus(ids, [e]);
    });
    e.addEventListener("mouseleave", unfocus);
  });

  // Zoom and pan: the SVG's viewBox, by wheel, drag and buttons.
  var dragged = false;
  if (svg && svg.viewBox && svg.viewBox.baseVal) {
    var vb0 = svg.getAttribute("viewBox").split(/[ ,]+/).map(Number);
    var vb = vb0.slice();
    var setVB = function () { svg.setAttribute("viewBox", vb.join(" ")); };
    var zoomAt = function (f, cx, cy) {
      var w = vb[2] / f, h = vb[3] / f;
      if (w > vb0[2] * 1.5 || w < vb0[2] / 20) { return; }
      vb = [cx - (cx - vb[0]) / f, cy - (cy - vb[1]) / f, w, h];
      setVB();
    };
    var toSVG = function (ev) {
      var r = svg.getBoundingClientRect();
      return [vb[0] + (ev.clientX - r.left) / r.width * vb[2], vb[1] + (ev.clientY - r.top) / r.height * vb[3]];
    };
    svg.addEventListener("wheel", function (ev) {
      ev.preventDefault();
      var p = toSVG(ev);
      zoomAt(ev.deltaY < 0 ? 1.15 : 1 / 1.15, p[0], p[1]);
    }, { passive: false });
    var start = null;
    svg.addEventListener("pointerdown", function (ev) {
      start = [ev.clientX, ev.clientY, vb[0], vb[1]];
      dragged = false;
    });
    window.addEventListener("pointermove", function (ev) {
      if (!start) { return; }
      var r = svg.getBoundingClientRect();
      var dx = ev.clientX - start[0], dy = ev.clientY - start[1];
      if (Math.abs(dx) + Math.abs(dy) > 3) { dragged = true; }
      vb[0] = start[2] - dx / r.width * vb[2];
      vb[1] = start[3] - dy / r.height * vb[3];
      setVB();
    });
    window.addEventListener("pointerup", function () { start = null; setTimeout(function () { dragged = false; }, 0); });
    all("#ag-figure [data-zoom]").forEach(function (b) {
      b.addEventListener("click", function () {
        var f = Number(b.getAttribute("data-zoom"));
        if (f === 0) { vb = vb0.slice(); setVB(); return; }
        zoomAt(f, vb[0] + vb[2] / 2, vb[1] + vb[3] / 2);
      });
    });
  }

  // Sortable tables: a click on a column heading sorts by it (numbers as
  // numbers), a second click reverses.
  all("table.sortable").forEach(function (table) {
    var tbody = table.tBodies[0];
    all("th", table.tHead).forEach(function (th, col) {
      th.tabIndex = 0;
      th.title = "sort";
      var sort = function () {
        var dir = th.getAttribute("aria-sort") === "descending" ? 1 : -1;
        all("th", table.tHead).forEach(function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", dir < 0 ? "descending" : "ascending");
        var rs = Array.prototype.slice.call(tbody.rows);
        var key = function (r) {
          var t = r.cells[col] ? r.cells[col].textContent.trim() : "";
          var n = parseFloat(t.replace(/^\+/, ""));
          return isNaN(n) || !/^[-+]?[0-9.]/.test(t) ? t.toLowerCase() : n;
        };
        rs.sort(function (a, b) {
          var x = key(a), y = key(b);
          if (typeof x === typeof y) { return (x < y ? -1 : x > y ? 1 : 0) * dir; }
          return typeof x === "number" ? -1 : 1;
        });
        rs.forEach(function (r) { tbody.appendChild(r); });
      };
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (e) { if (e.key === "Enter") { sort(); } });
    });
  });

  // The interactive view of the whole graph (sigma.js, WebGL).
  var viewData = document.getElementById("ag-view");
  var pane = document.getElementById("ag-sigma");
  if (viewData && pane && window.AGView) {
    try {
      view = window.AGView.mount(pane, JSON.parse(viewData.textContent));
      pane.addEventListener("ag-pick", function (e) { pick(e.detail); });
      all("#explore [data-vzoom]").forEach(function (b) {
        b.addEventListener("click", function () { view.zoom(Number(b.getAttribute("data-vzoom"))); });
      });
      body.setAttribute("data-ag-view", String(view.sigma.getGraph().order));
    } catch (err) {
      // No WebGL: say so where the view would be.
      pane.textContent = "The interactive view needs WebGL, which this browser does not offer (" + err.message + ").";
      body.setAttribute("data-ag-view", "none");
    }
  }

  boxes.forEach(function (b) { b.addEventListener("change", update); });
  search.addEventListener("input", function () { limit = pageSize; update(); });
  [from, to].forEach(function (d) { if (d) { d.addEventListener("change", update); } });
  if (more) { more.addEventListener("click", function () { limit += pageSize; update(); }); }
  // Printing shows every relation listed, whatever the page.
  window.addEventListener("beforeprint", function () { limit = rels.length; update(); });
  // A link may name an actor: report.html#actor=Russia.
  var m = /^#actor=(.*)$/.exec(location.hash || "");
  if (m) { search.value = decodeURIComponent(m[1]); }
  update();
  body.setAttribute("data-ag-ready", String(nodes.length) + " " + String(edges.length));
})();
