package main

import (
	"path/filepath"
	"strings"
	"testing"
)

const whyGraph = `{"title":"t","nodes":[
 {"id":"RUS","name":"Russia","kind":"state"},
 {"id":"SAU","name":"Saudi Arabia","kind":"state"},
 {"id":"SYR","name":"Syria","kind":"state"},
 {"id":"SYRREB","name":"Syrian rebels","kind":"rebels"},
 {"id":"LBYREB","name":"Libyan rebels","kind":"rebels"}],
"edges":[
 {"source":"RUS","target":"SYR","type":"SUPPORT","directed":true,"quad":1,"label":"backs","count":2,"documents":2,"weight":10,"cooperation":10,
  "evidence":[{"doc":"b","date":"2016-01-02","sentence":3,"text":"Moscow backs\nDamascus.","score":5},
              {"doc":"a","date":"2015-09-30","sentence":1,"text":"Russia supports Syria.","score":5}]},
 {"source":"SYR","target":"RUS","type":"ACCUSE","directed":true,"quad":3,"label":"accuses","count":1,"documents":1,"weight":-2,"conflict":2,
  "evidence":[{"doc":"c","sentence":0,"text":"Syria blamed Russia.","score":-2}]},
 {"source":"SAU","target":"SYRREB","type":"SUPPORT","directed":true,"quad":1,"label":"backs","count":1,"documents":1,"weight":5,"cooperation":5}]}`

func TestWhy(t *testing.T) {
	o, e, code := runCmd(t, whyGraph, "why", "syria", "RUS")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, e)
	}
	want := `Syria (SYR) and Russia (RUS): 2 relations, 3 mentions; net +8 (cooperation 10, conflict 2)

Russia → Syria: backs (SUPPORT, verbal cooperation): 2 mentions, 2 documents, score +10
  [2015-09-30 a #1] Russia supports Syria.
  [2016-01-02 b #3] Moscow backs Damascus.

Syria → Russia: accuses (ACCUSE, verbal conflict): 1 mention, 1 document, score -2
  [c #0] Syria blamed Russia.
`
	if o != want {
		t.Errorf("got:\n%s\nwant:\n%s", o, want)
	}
	if o, _, _ := runCmd(t, whyGraph, "why", "-n", "1", "RUS", "SYR", "-"); !strings.Contains(o, "… 1 more") {
		t.Errorf("-n 1: %s", o)
	}
	if o, _, code := runCmd(t, whyGraph, "why", "saudi", "RUS"); code != 0 || !strings.Contains(o, "No relation between Saudi Arabia (SAU) and Russia (RUS)") {
		t.Errorf("no relation: exit %d, %s", code, o)
	}
	for _, c := range []struct {
		args []string
		code int
		err  string
	}{
		{[]string{"why", "rebels", "RUS"}, 1, `"rebels" could be Libyan rebels (LBYREB), Syrian rebels (SYRREB)`},
		{[]string{"why", "syri", "RUS"}, 1, `no actor "syri"`}, // whole words only
		{[]string{"why", "Atlantis", "RUS"}, 1, `no actor "Atlantis"`},
		{[]string{"why", "RUS"}, 2, "want two actors"},
		{[]string{"why", "RUS", "SYR", "nosuchfile.json"}, 1, "nosuchfile.json"},
	} {
		_, e, code := runCmd(t, whyGraph, c.args...)
		if code != c.code || !strings.Contains(e, c.err) {
			t.Errorf("%q: exit %d, stderr %q; want %d and %q", c.args, code, e, c.code, c.err)
		}
	}
}

// Names resolve as the extractor reads them: aliases of every form, whole
// words, persons at the organisation level; never a part of a word (US
// found Russia, UK Ukraine).
func TestWhyNames(t *testing.T) {
	const g = `{"nodes":[{"id":"RUS","name":"Russia"},{"id":"USA","name":"United States"},{"id":"UKR","name":"Ukraine"},
 {"id":"GBR","name":"United Kingdom"},{"id":"IRN","name":"Iran"}],
"edges":[{"source":"RUS","target":"UKR","type":"ASSAULT","directed":true,"quad":4,"count":1,"documents":1,"weight":-10,"conflict":10,
  "evidence":[{"doc":"a","sentence":0,"text":"Russia attacked Ukraine.","score":-10,"source":"Russia","target":"Ukraine","url":"https://example.org/a"}]},
 {"source":"GBR","target":"USA","type":"CONSULT","quad":1,"count":1,"documents":1,"weight":2.5,"cooperation":2.5,
  "modalities":{"negated":1},"evidence":[{"doc":"b","sentence":0,"text":"London would not talk to Washington.","score":2.5,"modality":"negated"}]},
 {"source":"USA","target":"IRN","type":"ACCUSE","directed":true,"quad":3,"count":1,"documents":1,"weight":-2,"conflict":2,"evidence":[]}]}`
	for q, want := range map[string]string{"US": "United States (USA)", "U.S.": "United States (USA)", "America": "United States (USA)",
		"Washington": "United States (USA)", "us": "United States (USA)", "UK": "United Kingdom (GBR)", "Britain": "United Kingdom (GBR)",
		"Moscow": "Russia (RUS)", "Putin": "Russia (RUS)", "Kremlin": "Russia (RUS)", "Iranian": "Iran (IRN)"} {
		o, e, code := runCmd(t, g, "why", q, "Iran")
		if code != 0 || !strings.Contains(o, want+" and Iran (IRN)") {
			t.Errorf("why %s Iran: exit %d, %q %s; want %s", q, code, o, e, want)
		}
	}
	o, e, code := runCmd(t, g, "why", "UK", "US")
	if code != 0 || !strings.Contains(o, "NOT ASSERTED: 1 negated of 1 mention") || !strings.Contains(o, "[negated] London would not") {
		t.Errorf("modality not shown: exit %d %q %s", code, o, e)
	}
	if o, _, _ := runCmd(t, g, "why", "Russia", "Ukraine"); !strings.Contains(o, "https://example.org/a") {
		t.Errorf("no article link: %q", o)
	}
}

// Modality and article links travel from the JSON Lines input to every
// output: graph.json, the drawing, the report, why and the exports.
func TestModalityAndLinksEndToEnd(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	write(t, in, `{"id":"a","title":"Talks","url":"https://example.org/a","date":"2020-05-01","text":"Russia attacked Ukraine on Monday. Iran said it would not meet Israel."}`+"\n")
	out := filepath.Join(dir, "out")
	if _, e, code := runCmd(t, "", "run", "-modality", "asserted,negated", in, "-o", out); code != 0 {
		t.Fatalf("run: %d %s", code, e)
	}
	g := read(t, filepath.Join(out, "graph.json"))
	for _, want := range []string{`"url": "https://example.org/a"`, `"title": "Talks"`, `"modality": "negated"`, `"modalities": {`} {
		if !strings.Contains(g, want) {
			t.Errorf("graph.json lacks %s", want)
		}
	}
	if svg := read(t, filepath.Join(out, "graph.svg")); !strings.Contains(svg, "(denied)") || !strings.Contains(svg, "https://example.org/a") {
		t.Error("the drawing does not mark the denied relation or link the article")
	}
	rep := read(t, filepath.Join(out, "report.html"))
	if !strings.Contains(rep, `href="https://example.org/a"`) || !strings.Contains(rep, "[denied]") {
		t.Error("the report does not link the article or mark the denied mention")
	}
	o, e, code := runCmd(t, "", "why", "Iran", "Israel", filepath.Join(out, "graph.json"))
	if code != 0 || !strings.Contains(o, "[negated]") || !strings.Contains(o, "https://example.org/a") {
		t.Errorf("why: %d %q %s", code, o, e)
	}
	csv, _, _ := runCmd(t, "", "render", "-f", "edges.csv", filepath.Join(out, "graph.json"))
	if !strings.Contains(csv, "https://example.org/a") || !strings.Contains(csv, "negated=1") {
		t.Errorf("edges.csv lacks the link or the modality: %s", csv)
	}
}
