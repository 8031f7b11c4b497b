package tables

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/graph/analysis"
)

// ErrFormat is wrapped by errors about a malformed TSV file.
var ErrFormat = errors.New("tables: malformed TSV")

// InfluenceHeader is the header line of influence.tsv.
const InfluenceHeader = "rank\tid\tname\tdegree\tstrength\tcooperation\tconflict\tbetweenness\tharmonic\tharmonic_norm\teigenvector\tpagerank\tinfluence\tcloseness\tdegree_pos\tdegree_neg\teigenvector_coop\teigenvector_conf\tpagerank_coop\tpagerank_conf\tcore\tbroker\tpn\teigenvector_signed\tstatus"

// CommunitiesHeader is the header line of communities.tsv.
const CommunitiesHeader = "community\tsize\tid\tname\tcooperation_in\tconflict_in\tcooperation_out\tconflict_out"

// FormatFloat formats a value the way the TSV files do: fixed point, 6
// decimals, never "-0.000000".
func FormatFloat(x float64) string {
	s := strconv.FormatFloat(x, 'f', 6, 64)
	if s == "-0.000000" {
		return "0.000000"
	}
	return s
}

// field makes a name safe for a TSV cell: tabs and line breaks become
// spaces.
var field = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ")

// WriteInfluence writes scores as influence.tsv: a header line, then one
// line per score in the given order (analysis.Influence's order: influence
// descending, then ID), rank counting from 1. The influence column repeats
// the measure chosen as influence (analysis.Options.Measure).
func WriteInfluence(w io.Writer, scores []analysis.Score) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, InfluenceHeader)
	for i, s := range scores {
		fmt.Fprintf(bw, "%d\t%s\t%s\t%d", i+1, field.Replace(s.ID), field.Replace(s.Name), s.Degree)
		for _, v := range []float64{s.Strength, s.Cooperation, s.Conflict, s.Betweenness, s.Harmonic,
			s.HarmonicNorm, s.Eigenvector, s.PageRank, s.Influence, s.Closeness} {
			bw.WriteByte('\t')
			bw.WriteString(FormatFloat(v))
		}
		fmt.Fprintf(bw, "\t%d\t%d", s.DegreePos, s.DegreeNeg)
		for _, v := range []float64{s.EigenvectorCoop, s.EigenvectorConf, s.PageRankCoop, s.PageRankConf} {
			bw.WriteByte('\t')
			bw.WriteString(FormatFloat(v))
		}
		fmt.Fprintf(bw, "\t%d\t%d", s.Core, s.Broker)
		for _, v := range []float64{s.PN, s.EigenvectorSigned, s.Status} {
			bw.WriteByte('\t')
			bw.WriteString(FormatFloat(v))
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// WriteCommunities writes p.Members as communities.tsv: a header line, then
// one line per node sorted by community, then ID. Communities are numbered
// from 1 here as in every output people read (the drawing, the report, the
// exports); Member.Community counts from 0.
func WriteCommunities(w io.Writer, p *analysis.Partition) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, CommunitiesHeader)
	for _, m := range p.Members {
		size := 0
		if m.Community >= 0 && m.Community < len(p.Communities) {
			size = len(p.Communities[m.Community].Members)
		}
		fmt.Fprintf(bw, "%d\t%d\t%s\t%s", m.Community+1, size, field.Replace(m.ID), field.Replace(m.Name))
		for _, v := range []float64{m.CooperationIn, m.ConflictIn, m.CooperationOut, m.ConflictOut} {
			bw.WriteByte('\t')
			bw.WriteString(FormatFloat(v))
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// ReadInfluence reads an influence.tsv written by WriteInfluence. Rows keep
// the file's order; the rank column is checked to count from 1. Errors wrap
// ErrFormat and name the line.
func ReadInfluence(r io.Reader) ([]analysis.Score, error) {
	var out []analysis.Score
	err := readTSV(r, InfluenceHeader, func(line int, f []string) error {
		var s analysis.Score
		rank, err := strconv.Atoi(f[0])
		if err != nil || rank != len(out)+1 {
			return fmt.Errorf("rank %q, want %d", f[0], len(out)+1)
		}
		s.ID, s.Name = f[1], f[2]
		if s.Degree, err = strconv.Atoi(f[3]); err != nil || s.Degree < 0 {
			return fmt.Errorf("bad degree %q", f[3])
		}
		dst := []*float64{&s.Strength, &s.Cooperation, &s.Conflict, &s.Betweenness, &s.Harmonic,
			&s.HarmonicNorm, &s.Eigenvector, &s.PageRank, &s.Influence, &s.Closeness}
		if err := parseFloats(f[4:14], dst); err != nil {
			return err
		}
		if err := parseInts(f[14:16], &s.DegreePos, &s.DegreeNeg); err != nil {
			return err
		}
		if err := parseFloats(f[16:20], []*float64{&s.EigenvectorCoop, &s.EigenvectorConf, &s.PageRankCoop, &s.PageRankConf}); err != nil {
			return err
		}
		if err := parseInts(f[20:22], &s.Core, &s.Broker); err != nil {
			return err
		}
		if err := parseFloats(f[22:25], []*float64{&s.PN, &s.EigenvectorSigned, &s.Status}); err != nil {
			return err
		}
		out = append(out, s)
		return nil
	})
	return out, err
}

// ReadCommunities reads a communities.tsv written by WriteCommunities.
// Errors wrap ErrFormat and name the line.
func ReadCommunities(r io.Reader) ([]analysis.Member, error) {
	var out []analysis.Member
	err := readTSV(r, CommunitiesHeader, func(line int, f []string) error {
		var m analysis.Member
		var err error
		if m.Community, err = strconv.Atoi(f[0]); err != nil || m.Community < 1 {
			return fmt.Errorf("bad community %q (numbered from 1)", f[0])
		}
		m.Community--
		if size, err := strconv.Atoi(f[1]); err != nil || size < 1 {
			return fmt.Errorf("bad size %q", f[1])
		}
		m.ID, m.Name = f[2], f[3]
		dst := []*float64{&m.CooperationIn, &m.ConflictIn, &m.CooperationOut, &m.ConflictOut}
		if err := parseFloats(f[4:], dst); err != nil {
			return err
		}
		out = append(out, m)
		return nil
	})
	return out, err
}

func parseFloats(f []string, dst []*float64) error {
	for i, p := range dst {
		v, err := strconv.ParseFloat(f[i], 64)
		if err != nil {
			return fmt.Errorf("bad number %q", f[i])
		}
		*p = v
	}
	return nil
}

func parseInts(f []string, dst ...*int) error {
	for i, p := range dst {
		v, err := strconv.Atoi(f[i])
		if err != nil || v < 0 {
			return fmt.Errorf("bad count %q", f[i])
		}
		*p = v
	}
	return nil
}

// readTSV checks the header and calls row for every non-empty line with
// the right number of fields.
func readTSV(r io.Reader, header string, row func(line int, f []string) error) error {
	want := strings.Count(header, "\t") + 1
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSuffix(sc.Text(), "\r")
		if line == 1 {
			if text != header {
				return fmt.Errorf("%w: line 1: header %q, want %q", ErrFormat, text, header)
			}
			continue
		}
		if text == "" {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) != want {
			return fmt.Errorf("%w: line %d: %d fields, want %d", ErrFormat, line, len(f), want)
		}
		if err := row(line, f); err != nil {
			return fmt.Errorf("%w: line %d: %v", ErrFormat, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	if line == 0 {
		return fmt.Errorf("%w: empty file, want header %q", ErrFormat, header)
	}
	return nil
}
