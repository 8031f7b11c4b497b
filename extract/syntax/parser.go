package syntax

// The parser is the arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez
// and Satta 2011) with the artificial root at the end of the buffer
// (Ballesteros and Nivre 2013):
//
//	SHIFT    push b0 on the stack (not the root)
//	LEFT-l   s0 ← b0 with label l, pop s0 (onto the root only when s0 is
//	         the stack's last word, so there is exactly one root)
//	RIGHT-l  s1 → s0 with label l, pop s0
//
// Every word gets exactly one head and the parse ends with one root: the
// output is always a projective tree. Transitions are chosen greedily by
// an averaged perceptron over the feature templates of Zhang and Nivre
// (2011), read at the arc-hybrid positions; it is trained with the dynamic
// oracle of Goldberg and Nivre (2013) and error exploration.

// Transitions; the label of an arc is chosen apart, by the label model,
// once the arc is chosen (the dependent is always s0; the head b0 or s1).
const (
	shiftT = iota
	leftT
	rightT
	nTransitions
)

// state is a parser configuration. Words are 0..n-1, the root is n.
type state struct {
	n     int
	stack []int32
	b     int32 // front of the buffer; the buffer is b..n
	head  []int32
	rel   []int32
	// Two leftmost and two rightmost children (-1 for none), the number of
	// children on each side, and the sets of their labels (bit l%64).
	lc1, lc2, rc1, rc2 []int32
	nl, nr             []uint8
	ls, rs             []uint64
}

func (s *state) reset(n int) {
	s.n = n
	s.stack = s.stack[:0]
	s.b = 0
	grow := func(v []int32) []int32 {
		if cap(v) < n+1 {
			return make([]int32, n+1)
		}
		return v[:n+1]
	}
	s.head, s.rel = grow(s.head), grow(s.rel)
	s.lc1, s.lc2, s.rc1, s.rc2 = grow(s.lc1), grow(s.lc2), grow(s.rc1), grow(s.rc2)
	if cap(s.nl) < n+1 {
		s.nl, s.nr = make([]uint8, n+1), make([]uint8, n+1)
		s.ls, s.rs = make([]uint64, n+1), make([]uint64, n+1)
	}
	s.nl, s.nr, s.ls, s.rs = s.nl[:n+1], s.nr[:n+1], s.ls[:n+1], s.rs[:n+1]
	for i := 0; i <= n; i++ {
		s.head[i], s.rel[i] = -1, -1
		s.lc1[i], s.lc2[i], s.rc1[i], s.rc2[i] = -1, -1, -1, -1
		s.nl[i], s.nr[i], s.ls[i], s.rs[i] = 0, 0, 0, 0
	}
}

func (s *state) terminal() bool { return len(s.stack) == 0 && int(s.b) == s.n }

// legal reports whether transition t may be applied.
func (s *state) legal(t int) bool {
	switch t {
	case shiftT:
		return int(s.b) < s.n
	case leftT:
		return len(s.stack) > 0 && (int(s.b) < s.n || len(s.stack) == 1)
	default:
		return len(s.stack) > 1
	}
}

// arc returns the head and the dependent of an arc transition t.
func (s *state) arc(t int) (h, d int32) {
	d = s.stack[len(s.stack)-1]
	if t == leftT {
		return s.b, d
	}
	return s.stack[len(s.stack)-2], d
}

// apply applies t; l is the label of an arc (ignored for shift).
func (s *state) apply(t int, l int32) {
	if t == shiftT {
		s.stack = append(s.stack, s.b)
		s.b++
		return
	}
	h, d := s.arc(t)
	s.stack = s.stack[:len(s.stack)-1]
	s.attach(h, d, l)
}

func (s *state) attach(h, d, l int32) {
	s.head[d], s.rel[d] = h, l
	if d < h {
		s.lc2[h], s.lc1[h] = s.lc1[h], d
		if s.nl[h] < 255 {
			s.nl[h]++
		}
		s.ls[h] |= 1 << (uint(l) & 63)
	} else {
		s.rc2[h], s.rc1[h] = s.rc1[h], d
		if s.nr[h] < 255 {
			s.nr[h]++
		}
		s.rs[h] |= 1 << (uint(l) & 63)
	}
}

// costs sets cost[t] for the three unlabelled transitions (shift, left,
// right) against the gold heads (root = n): the number of gold arcs that
// the transition makes unreachable (Goldberg and Nivre 2013, arc-hybrid,
// with the single-root constraint of the root at the end).
func (s *state) costs(gold []int32) (shift, left, right int) {
	const never = 1 << 20
	n := int32(s.n)
	ns := len(s.stack)
	b := s.b
	// Gold children of x still in the buffer (the root has none).
	bufChildren := func(x int32) int {
		c := 0
		for k := b; k < n; k++ {
			if gold[k] == x {
				c++
			}
		}
		return c
	}
	// Whether s0's head x is still to come in the buffer: the root only
	// for the stack's last word, as nothing else can reach it.
	inBuf := func(x int32) bool { return x >= b && (x < n || ns == 1) }
	if b < n {
		// SHIFT: b0 can no longer get a head in the stack below s0, nor
		// children in the stack; the gold root shifted onto a non-empty
		// stack can never reach the root.
		c := 0
		for i, k := range s.stack {
			if gold[k] == b {
				c++
			}
			if gold[b] == k && i != ns-1 {
				c++
			}
		}
		if gold[b] == n && ns > 0 {
			c++
		}
		shift = c
	} else {
		shift = never
	}
	if ns > 0 && (b < n || ns == 1) {
		s0 := s.stack[ns-1]
		c := bufChildren(s0)
		if g := gold[s0]; g != b && (inBuf(g) || ns > 1 && g == s.stack[ns-2]) {
			c++
		}
		left = c
	} else {
		left = never
	}
	if ns > 1 {
		s0 := s.stack[ns-1]
		c := bufChildren(s0)
		if inBuf(gold[s0]) {
			c++
		}
		right = c
	} else {
		right = never
	}
	return shift, left, right
}

// Parser feature templates.
const (
	fS0wp uint64 = iota + 100
	fS0w
	fS0p
	fN0wp
	fN0w
	fN0p
	fN1wp
	fN1w
	fN1p
	fN2wp
	fN2w
	fN2p
	fS1wp
	fS1w
	fS1p
	fS0wpN0wp
	fS0wpN0w
	fS0wN0wp
	fS0wpN0p
	fS0pN0wp
	fS0wN0w
	fS0pN0p
	fN0pN1p
	fS1pS0p
	fS1wS0w
	fS1pS0w
	fS1wS0p
	fS1wpS0wp
	fN0pN1pN2p
	fS0pN0pN1p
	fS1pS0pN0p
	fS0pS0lpN0p
	fS0pS0rpN0p
	fS0pN0pN0lp
	fS2pS1pS0p
	fS1pS1rpS0p
	fS0wd
	fS0pd
	fN0wd
	fN0pd
	fS0wN0wd
	fS0pN0pd
	fS1pS0pd
	fS1wS0wd
	fS0wvr
	fS0pvr
	fS0wvl
	fS0pvl
	fN0wvl
	fN0pvl
	fS1pvr
	fS0lw
	fS0lp
	fS0ll
	fS0rw
	fS0rp
	fS0rl
	fN0lw
	fN0lp
	fN0ll
	fS1lp
	fS1ll
	fS1rw
	fS1rp
	fS1rl
	fS0l2w
	fS0l2p
	fS0l2l
	fS0r2w
	fS0r2p
	fS0r2l
	fN0l2w
	fN0l2p
	fN0l2l
	fS0pS0lpS0l2p
	fS0pS0rpS0r2p
	fN0pN0lpN0l2p
	fS2w
	fS2p
	fS0wsr
	fS0psr
	fS0wsl
	fS0psl
	fN0wsl
	fN0psl
	fS1psr
	fS0llS0rl
	fS0uN0u
	fS1uS0u
	fS0uN0uN1u
	fS1uS0uN0u
	fS2uS1uS0u
	fS0uN0ud
)

// parseFeatures writes the keys of the features of the configuration s
// of a sentence with words ws and tags (classes) tags; up maps a class to
// its UPOS, for templates that generalise over the finer tags.
func parseFeatures(s *state, ws []word, tags []int32, up []uint8, out []uint64) []uint64 {
	n := int32(s.n)
	wv := func(i int32) uint64 {
		switch {
		case i < 0:
			return none
		case i == n:
			return rootVal
		}
		return ws[i].lower
	}
	pv := func(i int32) uint64 {
		switch {
		case i < 0:
			return 0x10000
		case i == n:
			return 0x10001
		}
		return uint64(tags[i])
	}
	lv := func(i int32) uint64 {
		if i < 0 {
			return 0x10000
		}
		return uint64(s.rel[i])
	}
	ns := len(s.stack)
	st := func(k int) int32 {
		if k < ns {
			return s.stack[ns-1-k]
		}
		return -1
	}
	child := func(v []int32, i int32) int32 {
		if i < 0 {
			return -1
		}
		return v[i]
	}
	s0, s1, s2 := st(0), st(1), st(2)
	n0 := s.b
	n1, n2 := n0+1, n0+2
	if n1 > n {
		n1 = -1
	}
	if n2 > n {
		n2 = -1
	}
	s0l, s0l2, s0r, s0r2 := child(s.lc1, s0), child(s.lc2, s0), child(s.rc1, s0), child(s.rc2, s0)
	n0l, n0l2 := child(s.lc1, n0), child(s.lc2, n0)
	s1l, s1r := child(s.lc1, s1), child(s.rc1, s1)

	s0w, s0p, n0w, n0p := wv(s0), pv(s0), wv(n0), pv(n0)
	n1w, n1p, n2w, n2p := wv(n1), pv(n1), wv(n2), pv(n2)
	s1w, s1p, s2w, s2p := wv(s1), pv(s1), wv(s2), pv(s2)
	s0lp, s0rp, n0lp, s1rp := pv(s0l), pv(s0r), pv(n0l), pv(s1r)
	uv := func(i int32) uint64 {
		switch {
		case i < 0:
			return 0x10000
		case i == n:
			return 0x10001
		}
		return uint64(up[tags[i]])
	}
	s0u, s1u, s2u, n0u, n1u := uv(s0), uv(s1), uv(s2), uv(n0), uv(n1)

	// Distances, bucketed; valencies and label sets of s0, s1 and n0.
	dist := func(a, b int32) uint64 {
		if a < 0 || b < 0 {
			return 0
		}
		d := b - a
		switch {
		case d <= 4:
			return uint64(d)
		case d <= 6:
			return 5
		case d <= 9:
			return 6
		}
		return 7
	}
	d := dist(s0, n0)
	if n0 == n {
		d += 8
	}
	d1 := dist(s1, s0)
	var s0vl, s0vr, n0vl, s1vr, s0sl, s0sr, n0sl, s1sr uint64
	if s0 >= 0 {
		s0vl, s0vr, s0sl, s0sr = uint64(s.nl[s0]), uint64(s.nr[s0]), s.ls[s0], s.rs[s0]
	}
	if s1 >= 0 {
		s1vr, s1sr = uint64(s.nr[s1]), s.rs[s1]
	}
	n0vl, n0sl = uint64(s.nl[n0]), s.ls[n0]

	out = append(out,
		key2(fS0wp, s0w, s0p),
		key1(fS0w, s0w),
		key1(fS0p, s0p),
		key2(fN0wp, n0w, n0p),
		key1(fN0w, n0w),
		key1(fN0p, n0p),
		key2(fN1wp, n1w, n1p),
		key1(fN1w, n1w),
		key1(fN1p, n1p),
		key2(fN2wp, n2w, n2p),
		key1(fN2w, n2w),
		key1(fN2p, n2p),
		key2(fS1wp, s1w, s1p),
		key1(fS1w, s1w),
		key1(fS1p, s1p),
		key3(fS0wpN0wp, s0w, s0p, mix(n0w, n0p)),
		key3(fS0wpN0w, s0w, s0p, n0w),
		key3(fS0wN0wp, s0w, n0w, n0p),
		key3(fS0wpN0p, s0w, s0p, n0p),
		key3(fS0pN0wp, s0p, n0w, n0p),
		key2(fS0wN0w, s0w, n0w),
		key2(fS0pN0p, s0p, n0p),
		key2(fN0pN1p, n0p, n1p),
		key2(fS1pS0p, s1p, s0p),
		key2(fS1wS0w, s1w, s0w),
		key2(fS1pS0w, s1p, s0w),
		key2(fS1wS0p, s1w, s0p),
		key3(fS1wpS0wp, s1w, s1p, mix(s0w, s0p)),
		key3(fN0pN1pN2p, n0p, n1p, n2p),
		key3(fS0pN0pN1p, s0p, n0p, n1p),
		key3(fS1pS0pN0p, s1p, s0p, n0p),
		key3(fS0pS0lpN0p, s0p, s0lp, n0p),
		key3(fS0pS0rpN0p, s0p, s0rp, n0p),
		key3(fS0pN0pN0lp, s0p, n0p, n0lp),
		key3(fS2pS1pS0p, s2p, s1p, s0p),
		key3(fS1pS1rpS0p, s1p, s1rp, s0p),
		key2(fS0wd, s0w, d),
		key2(fS0pd, s0p, d),
		key2(fN0wd, n0w, d),
		key2(fN0pd, n0p, d),
		key3(fS0wN0wd, s0w, n0w, d),
		key3(fS0pN0pd, s0p, n0p, d),
		key3(fS1pS0pd, s1p, s0p, d1),
		key3(fS1wS0wd, s1w, s0w, d1),
		key2(fS0wvr, s0w, s0vr),
		key2(fS0pvr, s0p, s0vr),
		key2(fS0wvl, s0w, s0vl),
		key2(fS0pvl, s0p, s0vl),
		key2(fN0wvl, n0w, n0vl),
		key2(fN0pvl, n0p, n0vl),
		key2(fS1pvr, s1p, s1vr),
		key1(fS0lw, wv(s0l)),
		key1(fS0lp, s0lp),
		key1(fS0ll, lv(s0l)),
		key1(fS0rw, wv(s0r)),
		key1(fS0rp, s0rp),
		key1(fS0rl, lv(s0r)),
		key1(fN0lw, wv(n0l)),
		key1(fN0lp, n0lp),
		key1(fN0ll, lv(n0l)),
		key1(fS1lp, pv(s1l)),
		key1(fS1ll, lv(s1l)),
		key1(fS1rw, wv(s1r)),
		key1(fS1rp, s1rp),
		key1(fS1rl, lv(s1r)),
		key1(fS0l2w, wv(s0l2)),
		key1(fS0l2p, pv(s0l2)),
		key1(fS0l2l, lv(s0l2)),
		key1(fS0r2w, wv(s0r2)),
		key1(fS0r2p, pv(s0r2)),
		key1(fS0r2l, lv(s0r2)),
		key1(fN0l2w, wv(n0l2)),
		key1(fN0l2p, pv(n0l2)),
		key1(fN0l2l, lv(n0l2)),
		key3(fS0pS0lpS0l2p, s0p, s0lp, pv(s0l2)),
		key3(fS0pS0rpS0r2p, s0p, s0rp, pv(s0r2)),
		key3(fN0pN0lpN0l2p, n0p, n0lp, pv(n0l2)),
		key1(fS2w, s2w),
		key1(fS2p, s2p),
		key2(fS0wsr, s0w, s0sr),
		key2(fS0psr, s0p, s0sr),
		key2(fS0wsl, s0w, s0sl),
		key2(fS0psl, s0p, s0sl),
		key2(fN0wsl, n0w, n0sl),
		key2(fN0psl, n0p, n0sl),
		key2(fS1psr, s1p, s1sr),
		key3(fS0llS0rl, s0p, lv(s0l), lv(s0r)),
		key2(fS0uN0u, s0u, n0u),
		key2(fS1uS0u, s1u, s0u),
		key3(fS0uN0uN1u, s0u, n0u, n1u),
		key3(fS1uS0uN0u, s1u, s0u, n0u),
		key3(fS2uS1uS0u, s2u, s1u, s0u),
		key3(fS0uN0ud, s0u, n0u, d),
	)
	return out
}

// Label feature templates.
const (
	lBias uint64 = iota + 300
	lHw
	lHp
	lDw
	lDp
	lHwp
	lDwp
	lHpDp
	lHwDp
	lHpDw
	lHwDw
	lHpDpDir
	lHpDpDist
	lDpDir
	lHpDir
	lDwDir
	lDlcw
	lDlcl
	lDlc2w
	lDrcw
	lDrcl
	lDset
	lHlcw
	lHlcl
	lHset
	lHpDlcwDir
	lHpDpDlcw
	lDpDlcpDir
	lDm1pDp
	lDp1pDp
	lHm1pHp
	lHp1pHp
	lDpDsetDir
	lHwDlcw
	lHuDuDir
	lHuDuDlcw
	lDuDsetDir
)

// labelFeatures writes the keys of the features that choose the label of
// the arc h → d (h not the root).
func labelFeatures(s *state, h, d int32, ws []word, tags []int32, up []uint8, out []uint64) []uint64 {
	n := int32(s.n)
	wv := func(i int32) uint64 {
		if i < 0 || i >= n {
			return none
		}
		return ws[i].lower
	}
	pv := func(i int32) uint64 {
		if i < 0 || i >= n {
			return 0x10000
		}
		return uint64(tags[i])
	}
	lv := func(i int32) uint64 {
		if i < 0 {
			return 0x10000
		}
		return uint64(s.rel[i])
	}
	dir := uint64(0)
	if h < d {
		dir = 1
	}
	dist := h - d
	if dist < 0 {
		dist = -dist
	}
	db := uint64(min(dist, 6))
	if dist > 9 {
		db = 7
	}
	hw, hp, dw, dp := wv(h), pv(h), wv(d), pv(d)
	hu, du := uint64(up[tags[h]]), uint64(up[tags[d]])
	dlc, dlc2, drc := s.lc1[d], s.lc2[d], s.rc1[d]
	hlc := s.lc1[h]
	dlcw := wv(dlc)
	dset := s.ls[d] | s.rs[d]<<1 ^ s.rs[d]>>1
	hset := s.ls[h]*31 ^ s.rs[h]
	return append(out,
		key1(lBias, 0),
		key1(lHw, hw),
		key1(lHp, hp),
		key1(lDw, dw),
		key1(lDp, dp),
		key2(lHwp, hw, hp),
		key2(lDwp, dw, dp),
		key2(lHpDp, hp, dp),
		key3(lHwDp, hw, dp, dir),
		key3(lHpDw, hp, dw, dir),
		key2(lHwDw, hw, dw),
		key3(lHpDpDir, hp, dp, dir),
		key3(lHpDpDist, hp, dp, db),
		key2(lDpDir, dp, dir),
		key2(lHpDir, hp, dir),
		key2(lDwDir, dw, dir),
		key1(lDlcw, dlcw),
		key1(lDlcl, lv(dlc)),
		key1(lDlc2w, wv(dlc2)),
		key1(lDrcw, wv(drc)),
		key1(lDrcl, lv(drc)),
		key2(lDset, dset, dir),
		key2(lHlcw, wv(hlc), dir),
		key2(lHlcl, lv(hlc), dir),
		key2(lHset, hset, dir),
		key3(lHpDlcwDir, hp, dlcw, dir),
		key3(lHpDpDlcw, hp, dp, dlcw),
		key3(lDpDlcpDir, dp, pv(dlc), dir),
		key2(lDm1pDp, pv(d-1), dp),
		key2(lDp1pDp, pv(d+1), dp),
		key2(lHm1pHp, pv(h-1), hp),
		key2(lHp1pHp, pv(h+1), hp),
		key3(lDpDsetDir, dp, dset, dir),
		key3(lHwDlcw, hw, dlcw, dir),
		key3(lHuDuDir, hu, du, dir),
		key3(lHuDuDlcw, hu, du, dlcw),
		key3(lDuDsetDir, du, dset, dir),
	)
}
