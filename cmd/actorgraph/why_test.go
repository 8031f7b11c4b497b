package main

import (
	"strings"
	"testing"
)

const whyGraph = `{"title":"t","nodes":[
 {"id":"RUS","name":"Russia","kind":"state"},
 {"id":"SAU","name":"Saudi Arabia","kind":"state"},
 {"id":"SYR","name":"Syria","kind":"state"},
 {"id":"SYRREB","name":"Syrian rebels","kind":"rebels"}],
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
		{[]string{"why", "syri", "RUS"}, 1, `"syri" could be Syria (SYR), Syrian rebels (SYRREB)`},
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
