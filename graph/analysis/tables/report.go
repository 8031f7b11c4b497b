package tables

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/actorgraph/actorgraph/graph/analysis"
)

// File is one output file of a report.
type File struct {
	Name  string
	Write func(io.Writer) error
}

// Files lists the files a report is written to, in a fixed order:
// influence.tsv, communities.tsv, triads.tsv (unbalanced triads),
// bridges.tsv, analysis.json and analysis.md.
func Files(r *analysis.Report) []File {
	return []File{
		{"influence.tsv", func(w io.Writer) error { return WriteInfluence(w, r.Influence) }},
		{"communities.tsv", func(w io.Writer) error { return WriteCommunities(w, r.Partition) }},
		{"triads.tsv", func(w io.Writer) error { return WriteTriads(w, r.Balance.Unbalanced) }},
		{"bridges.tsv", func(w io.Writer) error { return WriteBridges(w, r.Bridges) }},
		{"analysis.json", func(w io.Writer) error { return WriteJSON(w, r) }},
		{"analysis.md", func(w io.Writer) error { return WriteMarkdown(w, r) }},
	}
}

// TriadsHeader is the header line of triads.tsv.
const TriadsHeader = "a\tb\tc\tsigns\tnet_ab\tnet_ac\tnet_bc\tweight\tbalanced\tdescription"

// WriteTriads writes triads as a TSV table in the given order.
func WriteTriads(w io.Writer, triads []analysis.Triad) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, TriadsHeader)
	for _, t := range triads {
		fmt.Fprintf(bw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%t\t%s\n", field.Replace(t.A), field.Replace(t.B), field.Replace(t.C),
			t.Signs(), FormatFloat(t.NetAB), FormatFloat(t.NetAC), FormatFloat(t.NetBC), FormatFloat(t.Weight),
			t.Balanced(), field.Replace(t.Describe()))
	}
	return bw.Flush()
}

// BridgesHeader is the header line of bridges.tsv.
const BridgesHeader = "a\tb\tname_a\tname_b\tcooperation\tconflict\tnet\tcut_off\tcut_off_nodes"

// WriteBridges writes bridges as a TSV table in the given order.
func WriteBridges(w io.Writer, bs []analysis.Bridge) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, BridgesHeader)
	for _, b := range bs {
		fmt.Fprintf(bw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\n", field.Replace(b.A), field.Replace(b.B),
			field.Replace(b.NameA), field.Replace(b.NameB), FormatFloat(b.Cooperation), FormatFloat(b.Conflict),
			FormatFloat(b.Cooperation-b.Conflict), b.SmallerSide, field.Replace(strings.Join(b.SmallerSideNodes, ",")))
	}
	return bw.Flush()
}

// EgoHeader is the header line of an ego network's member table.
const EgoHeader = "hops\tid\tname\tcooperation\tconflict\tnet"

// WriteEgo writes the members of an ego network as a TSV table.
func WriteEgo(w io.Writer, members []analysis.EgoMember) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, EgoHeader)
	for _, m := range members {
		fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t%s\n", m.Hops, field.Replace(m.ID), field.Replace(m.Name),
			FormatFloat(m.Cooperation), FormatFloat(m.Conflict), FormatFloat(m.Cooperation-m.Conflict))
	}
	return bw.Flush()
}

// f6 is a float written to JSON with 6 decimals, like the TSV files.
type f6 float64

func (f f6) MarshalJSON() ([]byte, error) { return []byte(FormatFloat(float64(f))), nil }

type jsonScore struct {
	Rank            int    `json:"rank"`
	ID              string `json:"id"`
	Name            string `json:"name"`
	Degree          int    `json:"degree"`
	DegreePos       int    `json:"degree_pos"`
	DegreeNeg       int    `json:"degree_neg"`
	Strength        f6     `json:"strength"`
	Cooperation     f6     `json:"cooperation"`
	Conflict        f6     `json:"conflict"`
	Betweenness     f6     `json:"betweenness"`
	Harmonic        f6     `json:"harmonic"`
	HarmonicNorm    f6     `json:"harmonic_norm"`
	Closeness       f6     `json:"closeness"`
	Eigenvector     f6     `json:"eigenvector"`
	EigenvectorCoop f6     `json:"eigenvector_coop"`
	EigenvectorConf f6     `json:"eigenvector_conf"`
	PageRank        f6     `json:"pagerank"`
	PageRankCoop    f6     `json:"pagerank_coop"`
	PageRankConf    f6     `json:"pagerank_conf"`
	Influence       f6     `json:"influence"`
	Core            int    `json:"core"`
	Broker          int    `json:"broker"`
	PN              f6     `json:"pn"`
	EigenSigned     f6     `json:"eigenvector_signed"`
	Status          f6     `json:"status"`
}

type jsonCommunity struct {
	ID             int      `json:"id"` // from 1, as in every output people read
	Members        []string `json:"members"`
	Cooperation    f6       `json:"cooperation"`
	Conflict       f6       `json:"conflict"`
	CooperationOut f6       `json:"cooperation_out"`
	ConflictOut    f6       `json:"conflict_out"`
}

type jsonTriad struct {
	Nodes       [3]string `json:"nodes"`
	Signs       string    `json:"signs"`
	Net         [3]f6     `json:"net"` // ab, ac, bc
	Weight      f6        `json:"weight"`
	Description string    `json:"description"`
}

type jsonEdge struct {
	A    string `json:"a"`
	B    string `json:"b"`
	Sign int    `json:"sign"`
	Net  f6     `json:"net"`
}

type jsonBridge struct {
	A           string   `json:"a"`
	B           string   `json:"b"`
	Cooperation f6       `json:"cooperation"`
	Conflict    f6       `json:"conflict"`
	CutOff      []string `json:"cut_off"`
}

type jsonReport struct {
	Title       string   `json:"title,omitempty"`
	Nodes       int      `json:"nodes"`
	Pairs       int      `json:"pairs"`
	Measure     string   `json:"influence_measure"`
	Notes       []string `json:"notes,omitempty"`
	Betweenness struct {
		Sources int `json:"sources"`
		Bound   f6  `json:"bound"`
	} `json:"betweenness"`
	Influence   []jsonScore `json:"influence"`
	Communities struct {
		Modularity  f6              `json:"modularity"`
		Resolution  f6              `json:"resolution"`
		Seed        uint64          `json:"seed"`
		Runs        int             `json:"runs"`
		Communities []jsonCommunity `json:"communities"`
	} `json:"communities"`
	Balance struct {
		Positive          int         `json:"positive"`
		Negative          int         `json:"negative"`
		Ambivalent        int         `json:"ambivalent"`
		Census            [4]int      `json:"census"`
		Triads            int         `json:"triads"`
		BalancedShare     f6          `json:"balanced_share"`
		WeakBalancedShare f6          `json:"weak_balanced_share"`
		Walk              *f6         `json:"walk_balance"` // null when undefined
		Frustration       int         `json:"frustration"`
		FrustrationLower  int         `json:"frustration_lower"`
		Exact             bool        `json:"exact"`
		Frustrated        []jsonEdge  `json:"frustrated"`
		Unbalanced        []jsonTriad `json:"unbalanced"`
	} `json:"balance"`
	Bridges []jsonBridge `json:"bridges"`
	Brokers []string     `json:"brokers"`
}

// WriteJSON writes the report as one indented JSON object; floats have 6
// decimals, every list is in the report's order.
func WriteJSON(w io.Writer, r *analysis.Report) error {
	var j jsonReport
	j.Title, j.Nodes, j.Pairs, j.Measure, j.Notes = r.Title, r.Nodes, r.Pairs, string(r.Measure), r.Notes
	j.Betweenness.Sources, j.Betweenness.Bound = r.BetweennessSources, f6(r.BetweennessBound)
	j.Influence = []jsonScore{}
	for i, s := range r.Influence {
		j.Influence = append(j.Influence, jsonScore{Rank: i + 1, ID: s.ID, Name: s.Name, Degree: s.Degree,
			DegreePos: s.DegreePos, DegreeNeg: s.DegreeNeg, Strength: f6(s.Strength), Cooperation: f6(s.Cooperation),
			Conflict: f6(s.Conflict), Betweenness: f6(s.Betweenness), Harmonic: f6(s.Harmonic),
			HarmonicNorm: f6(s.HarmonicNorm), Closeness: f6(s.Closeness), Eigenvector: f6(s.Eigenvector),
			EigenvectorCoop: f6(s.EigenvectorCoop), EigenvectorConf: f6(s.EigenvectorConf), PageRank: f6(s.PageRank),
			PageRankCoop: f6(s.PageRankCoop), PageRankConf: f6(s.PageRankConf), Influence: f6(s.Influence),
			Core: s.Core, Broker: s.Broker, PN: f6(s.PN), EigenSigned: f6(s.EigenvectorSigned), Status: f6(s.Status)})
	}
	if p := r.Partition; p != nil {
		c := &j.Communities
		c.Modularity, c.Resolution, c.Seed, c.Runs = f6(p.Modularity), f6(p.Options.Resolution), p.Options.Seed, p.Options.Runs
		c.Communities = []jsonCommunity{}
		for _, k := range p.Communities {
			c.Communities = append(c.Communities, jsonCommunity{ID: k.ID + 1, Members: k.Members, Cooperation: f6(k.Cooperation),
				Conflict: f6(k.Conflict), CooperationOut: f6(k.CooperationOut), ConflictOut: f6(k.ConflictOut)})
		}
	}
	if b := r.Balance; b != nil {
		jb := &j.Balance
		jb.Positive, jb.Negative, jb.Ambivalent, jb.Census, jb.Triads = b.Positive, b.Negative, b.Ambivalent, b.Census, b.Triads
		jb.BalancedShare, jb.WeakBalancedShare = f6(b.BalancedShare), f6(b.WeakBalancedShare)
		if b.WalkDefined {
			w := f6(b.Walk)
			jb.Walk = &w
		}
		jb.Frustration, jb.FrustrationLower, jb.Exact = b.Frustration, b.FrustrationLower, b.Exact
		jb.Frustrated, jb.Unbalanced = []jsonEdge{}, []jsonTriad{}
		for _, e := range b.Frustrated {
			jb.Frustrated = append(jb.Frustrated, jsonEdge{e.A, e.B, e.Sign, f6(e.Net)})
		}
		for _, t := range b.Unbalanced {
			jb.Unbalanced = append(jb.Unbalanced, jsonTriad{Nodes: [3]string{t.A, t.B, t.C}, Signs: t.Signs(),
				Net: [3]f6{f6(t.NetAB), f6(t.NetAC), f6(t.NetBC)}, Weight: f6(t.Weight), Description: t.Describe()})
		}
	}
	j.Bridges, j.Brokers = []jsonBridge{}, []string{}
	for _, b := range r.Bridges {
		j.Bridges = append(j.Bridges, jsonBridge{b.A, b.B, f6(b.Cooperation), f6(b.Conflict), b.SmallerSideNodes})
	}
	for _, s := range r.Brokers {
		j.Brokers = append(j.Brokers, s.ID)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(j)
}

var mdCell = strings.NewReplacer("|", `\|`, "\n", " ", "\r", " ", "\t", " ")

// MarkdownRows is the number of rows of each table in WriteMarkdown.
const MarkdownRows = 25

// WriteMarkdown writes the report as a Markdown document: influence
// (first MarkdownRows actors), communities, structural balance with the
// unbalanced triads, brokers and bridges.
func WriteMarkdown(w io.Writer, r *analysis.Report) error {
	bw := bufio.NewWriter(w)
	title := r.Title
	if title == "" {
		title = "Actor graph"
	}
	fmt.Fprintf(bw, "# %s: influence and alliances\n\n", mdCell.Replace(title))
	fmt.Fprintf(bw, "%d actors, %d interacting pairs.", r.Nodes, r.Pairs)
	if r.BetweennessBound > 0 {
		fmt.Fprintf(bw, " Betweenness, harmonic and closeness are estimated from %d sampled sources (betweenness within ±%s of the exact value for every actor with probability %.0f%%).",
			r.BetweennessSources, FormatFloat(r.BetweennessBound), 100*(1-analysis.BoundDelta))
	}
	fmt.Fprint(bw, "\n\n## Influence\n\n")
	fmt.Fprintf(bw, "Ranked by %s: %s.\n", r.Measure, r.Measure.Doc())
	for _, n := range r.Notes {
		fmt.Fprintf(bw, "Note: %s.\n", mdCell.Replace(n))
	}
	fmt.Fprintln(bw)
	fmt.Fprintln(bw, "| rank | actor | influence | strength | cooperation | conflict | allies | adversaries | pn | eigenvector (signed) | status | betweenness | eigenvector | pagerank | core | broker |")
	fmt.Fprintln(bw, "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
	for i, s := range r.Influence {
		if i == MarkdownRows {
			fmt.Fprintf(bw, "\n(%d more in influence.tsv)\n", len(r.Influence)-MarkdownRows)
			break
		}
		fmt.Fprintf(bw, "| %d | %s (%s) | %s | %s | %s | %s | %d | %d | %s | %s | %s | %s | %s | %s | %d | %d |\n", i+1,
			mdCell.Replace(s.Name), mdCell.Replace(s.ID), FormatFloat(s.Influence), FormatFloat(s.Strength),
			FormatFloat(s.Cooperation), FormatFloat(s.Conflict), s.DegreePos, s.DegreeNeg, FormatFloat(s.PN),
			FormatFloat(s.EigenvectorSigned), FormatFloat(s.Status), FormatFloat(s.Betweenness),
			FormatFloat(s.Eigenvector), FormatFloat(s.PageRank), s.Core, s.Broker)
	}
	if p := r.Partition; p != nil {
		fmt.Fprintf(bw, "\n## Communities\n\nSigned modularity Q = %s (resolution %s, best of %d Louvain runs, seed %d).\n\n",
			FormatFloat(p.Modularity), FormatFloat(p.Options.Resolution), p.Options.Runs, p.Options.Seed)
		fmt.Fprintln(bw, "| community | size | members | cooperation in | conflict in | cooperation out | conflict out |")
		fmt.Fprintln(bw, "|---:|---:|---|---:|---:|---:|---:|")
		for i, c := range p.Communities {
			if i == MarkdownRows {
				fmt.Fprintf(bw, "\n(%d more in communities.tsv)\n", len(p.Communities)-MarkdownRows)
				break
			}
			fmt.Fprintf(bw, "| %d | %d | %s | %s | %s | %s | %s |\n", c.ID+1, len(c.Members), mdCell.Replace(strings.Join(c.Members, ", ")),
				FormatFloat(c.Cooperation), FormatFloat(c.Conflict), FormatFloat(c.CooperationOut), FormatFloat(c.ConflictOut))
		}
	}
	if b := r.Balance; b != nil {
		fmt.Fprintf(bw, "\n## Structural balance\n\n%d allied pairs (net > 0), %d adversarial (net < 0), %d ambivalent (net = 0, left out).\n",
			b.Positive, b.Negative, b.Ambivalent)
		fmt.Fprintf(bw, "%d triads: %d +++, %d ++−, %d +−−, %d −−−; balanced share %s (Cartwright–Harary), %s counting −−− as balanced (Davis).\n",
			b.Triads, b.Census[0], b.Census[1], b.Census[2], b.Census[3], FormatFloat(b.BalancedShare), FormatFloat(b.WeakBalancedShare))
		if b.WalkDefined {
			fmt.Fprintf(bw, "Walk-based balance (Estrada–Benzi, all closed walks) %s.\n", FormatFloat(b.Walk))
		} else {
			fmt.Fprintf(bw, "Walk-based balance not computed: a signed component has more than %d actors.\n", analysis.WalkNodes)
		}
		if b.Exact {
			fmt.Fprintf(bw, "Frustration index %d (exact): changing these pairs makes the graph split into two camps with allies inside and adversaries across.\n", b.Frustration)
		} else {
			fmt.Fprintf(bw, "Frustration index between %d and %d (heuristic; the lower bound counts edge-disjoint unbalanced triangles).\n", b.FrustrationLower, b.Frustration)
		}
		if len(b.Unbalanced) > 0 {
			fmt.Fprint(bw, "\n| unbalanced triad | signs | weakest tie | why |\n|---|---|---:|---|\n")
			for i, t := range b.Unbalanced {
				if i == MarkdownRows {
					fmt.Fprintf(bw, "\n(%d more in triads.tsv)\n", len(b.Unbalanced)-MarkdownRows)
					break
				}
				fmt.Fprintf(bw, "| %s | %s | %s | %s |\n", mdCell.Replace(t.A+", "+t.B+", "+t.C), t.Signs(),
					FormatFloat(t.Weight), mdCell.Replace(t.Describe()))
			}
		}
		if len(b.Frustrated) > 0 {
			fmt.Fprint(bw, "\n| pair breaking balance | sign | net |\n|---|---|---:|\n")
			for i, e := range b.Frustrated {
				if i == MarkdownRows {
					fmt.Fprintf(bw, "\n(%d more in analysis.json)\n", len(b.Frustrated)-MarkdownRows)
					break
				}
				sign := "allies across camps"
				if e.Sign < 0 {
					sign = "adversaries in one camp"
				}
				fmt.Fprintf(bw, "| %s – %s | %s | %s |\n", mdCell.Replace(e.NameA), mdCell.Replace(e.NameB), sign, FormatFloat(e.Net))
			}
		}
	}
	fmt.Fprint(bw, "\n## Brokers and bridges\n\n")
	if len(r.Brokers) == 0 {
		fmt.Fprintln(bw, "No actor's removal splits the graph.")
	} else {
		fmt.Fprint(bw, "| broker | extra components without it | core |\n|---|---:|---:|\n")
		for i, s := range r.Brokers {
			if i == MarkdownRows {
				break
			}
			fmt.Fprintf(bw, "| %s (%s) | %d | %d |\n", mdCell.Replace(s.Name), mdCell.Replace(s.ID), s.Broker, s.Core)
		}
	}
	if len(r.Bridges) > 0 {
		fmt.Fprint(bw, "\n| bridge | net | cuts off |\n|---|---:|---|\n")
		for i, b := range r.Bridges {
			if i == MarkdownRows {
				fmt.Fprintf(bw, "\n(%d more in bridges.tsv)\n", len(r.Bridges)-MarkdownRows)
				break
			}
			fmt.Fprintf(bw, "| %s – %s | %s | %s |\n", mdCell.Replace(b.NameA), mdCell.Replace(b.NameB),
				FormatFloat(b.Cooperation-b.Conflict), mdCell.Replace(strings.Join(b.SmallerSideNodes, ", ")))
		}
	}
	return bw.Flush()
}
