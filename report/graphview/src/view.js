// The report's interactive view of the whole graph: sigma.js (WebGL) over a
// graphology graph, for graphs past what an SVG drawing shows well. Built
// into ../graphview.min.js by build.sh; the report inlines it, so it works
// offline. It reads the data the report embeds and exposes
// window.AGView.mount(container, data) -> {select(ids), show(edgeOk)}.
import Graph from "graphology";
import Sigma from "sigma";

function mount(container, data) {
  const graph = new Graph({ multi: true, type: "mixed" });
  for (const [id, label, x, y, size, color] of data.nodes) {
    graph.addNode(id, { label, x, y, size, color });
  }
  data.edges.forEach(([s, t, color, size, directed, label, quads], i) => {
    const attrs = { color, size, label, quads, type: directed ? "arrow" : "line" };
    if (directed) graph.addDirectedEdgeWithKey("e" + i, s, t, attrs);
    else graph.addUndirectedEdgeWithKey("e" + i, s, t, attrs);
  });
  const renderer = new Sigma(graph, container, {
    renderEdgeLabels: false,
    labelRenderedSizeThreshold: 4,
    labelFont: "DejaVu Sans, Verdana, sans-serif",
    labelSize: 12,
    zIndex: true,
  });
  let hovered = null;
  let selected = null; // search: a set of ids, or null
  let edgeOk = () => true; // relation-class and time filters
  const near = new Set();
  const dim = "#E4E4E4";
  function lit(id) {
    if (hovered) return id === hovered || near.has(id);
    if (selected) return selected.has(id);
    return true;
  }
  renderer.setSetting("nodeReducer", (id, d) => {
    const r = Object.assign({}, d);
    if (!lit(id)) {
      r.color = dim;
      r.label = "";
      r.zIndex = 0;
    } else if (hovered || selected) {
      r.highlighted = true;
      r.zIndex = 1;
    }
    return r;
  });
  renderer.setSetting("edgeReducer", (id, d) => {
    const r = Object.assign({}, d);
    if (!edgeOk(d)) {
      r.hidden = true;
      return r;
    }
    const [s, t] = graph.extremities(id);
    if ((hovered && s !== hovered && t !== hovered) || (!hovered && selected && !selected.has(s) && !selected.has(t))) {
      r.color = dim;
      r.zIndex = 0;
    } else r.zIndex = 1;
    return r;
  });
  renderer.on("enterNode", ({ node }) => {
    hovered = node;
    near.clear();
    graph.forEachNeighbor(node, (n) => near.add(n));
    renderer.refresh();
  });
  renderer.on("leaveNode", () => {
    hovered = null;
    renderer.refresh();
  });
  renderer.on("clickNode", ({ node }) => {
    container.dispatchEvent(new CustomEvent("ag-pick", { detail: node, bubbles: true }));
  });
  return {
    select(ids) {
      selected = ids ? new Set(Object.keys(ids)) : null;
      renderer.refresh();
    },
    show(ok) {
      edgeOk = ok;
      renderer.refresh();
    },
    zoom(f) {
      const c = renderer.getCamera();
      if (f === 0) c.animatedReset();
      else if (f > 1) c.animatedUnzoom(f);
      else c.animatedZoom(1 / f);
    },
    sigma: renderer,
  };
}

window.AGView = { mount };
