// Package report writes an actor graph as one self-contained HTML page: the
// drawing (export's SVG, inline), the influence and community tables, the
// structural balance of the signed graph (analysis.StructuralBalance), and
// every relation with its evidence sentences, document and date.
//
// The page needs no network: its CSS and JavaScript are inline (embedded
// from report.css and report.js), and so is its data. The script adds an
// interactive view over the same content: hovering an actor or a relation
// in the drawing highlights it and its neighbourhood, checkboxes filter the
// relations by PLOVER quad class (in the drawing and in the evidence list),
// and a search box picks actors by name or id (highlighted in the drawing,
// and the tables and evidence cut to them). Without JavaScript the page is
// a complete static report.
//
// The output is deterministic: the same graph and options give the same
// bytes (no timestamps; everything sorted; numbers at fixed precision).
// The interactive view of large graphs (graphview.min.js: sigma.js and
// graphology, MIT, licences in graphview.LICENSES.txt) is built from the npm
// packages pinned in graphview/package-lock.json by graphview/build.sh; the
// built file is committed, so building and testing need neither npm nor a
// network.
//
//go:generate sh graphview/build.sh
package report
