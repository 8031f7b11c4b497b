package export

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"math"
	"os"
	"sync"

	"github.com/flopp/go-findfont"
	"github.com/fogleman/gg"
	"github.com/goccy/go-graphviz/gvc"
	"github.com/golang/freetype/truetype"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
)

// pngRenderer draws Graphviz's PNG output in Go. It replaces go-graphviz
// v0.2.10's own PNG renderer, which strokes nothing (edges, node outlines
// and table borders vanish; only fills show), ignores the DPI for text and
// pen widths, and draws text in Go's font whatever the fontname.
//
// Graphviz calls it from inside a render, so gvMu is held.
type pngRenderer struct {
	*gvc.DefaultRenderEngine
	dc      *gg.Context
	tooBig  error // the last page was larger than MaxPixels and was not drawn
	pending int   // pixels of the last page
}

// MaxDPI bounds Options.DPI and -dpi; MaxPixels bounds a PNG's size (at
// 4 bytes a pixel, 400 MB for the canvas alone): -dpi 2000 took 3.2 GB,
// -dpi 100000 ended in "fatal error: runtime: out of memory".
const (
	MaxDPI    = 1200
	MaxPixels = 100_000_000
)

// pngR is the renderer of the current instance (guarded by gvMu).
var pngR *pngRenderer

func newPNGPlugins(ctx context.Context) ([]gvc.Plugin, error) {
	pngR = &pngRenderer{DefaultRenderEngine: new(gvc.DefaultRenderEngine)}
	r, err := gvc.NewRenderPlugin(ctx, "png", pngR,
		gvc.WithRenderFeatures(gvc.RenderYGoesDown, gvc.RenderDoesTransform),
		gvc.WithRenderColorType(gvc.RGBAByte),
		gvc.WithRenderPAD(4),
	)
	if err != nil {
		return nil, err
	}
	d, err := gvc.PNGDevicePlugin(ctx)
	if err != nil {
		return nil, err
	}
	return []gvc.Plugin{r, d}, nil
}

func (r *pngRenderer) x(job *gvc.Job, v float64) float64 { return job.Scale().X() * v }
func (r *pngRenderer) y(job *gvc.Job, v float64) float64 { return -job.Scale().Y() * v }

func (r *pngRenderer) BeginPage(ctx context.Context, job *gvc.Job) error {
	w, h := int(job.Width()), int(job.Height())
	if w <= 0 || h <= 0 || w > MaxPixels/max(h, 1) {
		// Draw on a pixel; renderDOT reports the size instead.
		r.tooBig = fmt.Errorf("a PNG of %d × %d pixels is larger than %d million pixels: lower -dpi", w, h, MaxPixels/1_000_000)
		w, h = 1, 1
	}
	r.dc = gg.NewContext(w, h)
	t := job.Translation()
	r.dc.Translate(r.x(job, t.X()), r.y(job, t.Y()))
	return nil
}

func (r *pngRenderer) EndPage(ctx context.Context, job *gvc.Job) error {
	var buf bytes.Buffer
	if err := r.dc.EncodePNG(&buf); err != nil {
		return err
	}
	job.SetOutputData(buf.Bytes())
	job.SetOutputDataPosition(uint(buf.Len()))
	r.dc = nil
	return nil
}

func setColour(dc *gg.Context, c *gvc.Color) {
	v := c.RGBAUint()
	dc.SetRGBA255(int(v[0]), int(v[1]), int(v[2]), int(v[3]))
}

type pt struct{ x, y float64 }

// pen sets the line width and colour; it reports the dash pattern in
// pixels (nil for solid) and false when nothing is to be stroked.
func (r *pngRenderer) pen(job *gvc.Job) (dash []float64, ok bool) {
	o := job.Object()
	w := o.PenWidth()
	if o.Pen() == gvc.PenNone || w <= 0 {
		return nil, false
	}
	s := job.Scale().X()
	r.dc.SetLineWidth(w * s)
	r.dc.SetLineCap(gg.LineCapButt)
	r.dc.SetLineJoin(gg.LineJoinRound)
	setColour(r.dc, o.PenColor())
	switch o.Pen() {
	case gvc.PenDashed:
		return []float64{5 * s, 2 * s}, true // as Graphviz's SVG: 5,2
	case gvc.PenDotted:
		return []float64{1 * s, 5 * s}, true
	}
	return nil, true
}

// draw fills (if asked) and strokes a polyline in pixel coordinates.
// Dashes are cut here: gg's own dashing smears curved paths into filled
// wedges.
func (r *pngRenderer) draw(job *gvc.Job, ps []pt, closed, filled bool) {
	if len(ps) == 0 {
		return
	}
	if filled {
		for _, p := range ps {
			r.dc.LineTo(p.x, p.y)
		}
		r.dc.ClosePath()
		setColour(r.dc, job.Object().FillColor())
		r.dc.Fill()
	}
	dash, ok := r.pen(job)
	if !ok {
		return
	}
	if closed {
		ps = append(ps, ps[0])
	}
	if dash == nil {
		r.dc.MoveTo(ps[0].x, ps[0].y)
		for _, p := range ps[1:] {
			r.dc.LineTo(p.x, p.y)
		}
		r.dc.Stroke()
		return
	}
	i, left, on := 0, dash[0], true // dash index, length left in it, drawing
	r.dc.MoveTo(ps[0].x, ps[0].y)
	for k := 1; k < len(ps); k++ {
		a, b := ps[k-1], ps[k]
		seg := math.Hypot(b.x-a.x, b.y-a.y)
		for pos := 0.0; seg-pos > 1e-9; {
			step := math.Min(left, seg-pos)
			pos += step
			left -= step
			x, y := a.x+(b.x-a.x)*pos/seg, a.y+(b.y-a.y)*pos/seg
			if on {
				r.dc.LineTo(x, y)
			} else {
				r.dc.MoveTo(x, y)
			}
			if left <= 1e-9 {
				on = !on
				i = (i + 1) % len(dash)
				left = dash[i]
				r.dc.MoveTo(x, y)
			}
		}
	}
	r.dc.Stroke() // once: each Stroke rasterises over the whole image
}

func (r *pngRenderer) points(job *gvc.Job, p []*gvc.PointFloat) []pt {
	ps := make([]pt, len(p))
	for i, q := range p {
		ps[i] = pt{r.x(job, q.X()), r.y(job, q.Y())}
	}
	return ps
}

func (r *pngRenderer) Ellipse(ctx context.Context, job *gvc.Job, p []*gvc.PointFloat, filled bool) error {
	c := pt{r.x(job, p[0].X()), r.y(job, p[0].Y())}
	rx, ry := math.Abs(r.x(job, p[1].X()-p[0].X())), math.Abs(r.y(job, p[1].Y()-p[0].Y()))
	const n = 72
	ps := make([]pt, n)
	for i := range ps {
		t := 2 * math.Pi * float64(i) / n
		ps[i] = pt{c.x + rx*math.Cos(t), c.y + ry*math.Sin(t)}
	}
	r.draw(job, ps, true, filled)
	return nil
}

func (r *pngRenderer) Polygon(ctx context.Context, job *gvc.Job, p []*gvc.PointFloat, filled bool) error {
	r.draw(job, r.points(job, p), true, filled)
	return nil
}

func (r *pngRenderer) BezierCurve(ctx context.Context, job *gvc.Job, p []*gvc.PointFloat, filled bool) error {
	if job.Object().Type() == gvc.EdgeObjectType {
		// go-graphviz reports edge splines as filled; Graphviz never
		// fills them (its SVG says fill="none").
		filled = false
	}
	cp := r.points(job, p)
	if len(cp) == 0 {
		return nil
	}
	ps := []pt{cp[0]}
	const n = 16 // segments per cubic
	for i := 1; i+2 < len(cp); i += 3 {
		p0, p1, p2, p3 := cp[i-1], cp[i], cp[i+1], cp[i+2]
		for k := 1; k <= n; k++ {
			t := float64(k) / n
			u := 1 - t
			a, b, c, d := u*u*u, 3*u*u*t, 3*u*t*t, t*t*t
			ps = append(ps, pt{a*p0.x + b*p1.x + c*p2.x + d*p3.x, a*p0.y + b*p1.y + c*p2.y + d*p3.y})
		}
	}
	r.draw(job, ps, false, filled)
	return nil
}

func (r *pngRenderer) Polyline(ctx context.Context, job *gvc.Job, p []*gvc.PointFloat) error {
	r.draw(job, r.points(job, p), false, false)
	return nil
}

func (r *pngRenderer) TextSpan(ctx context.Context, job *gvc.Job, p *gvc.PointFloat, span *gvc.TextSpan) error {
	tf := span.Font()
	r.dc.SetFontFace(fontFace(tf.Flags()&fontBold != 0, tf.Size()*job.Zoom(), job))
	setColour(r.dc, job.Object().PenColor())
	text := span.Text()
	w, _ := r.dc.MeasureString(text)
	x := r.x(job, p.X())
	switch span.Just() {
	case 'r':
		x -= w
	case 'l':
	default:
		x -= w / 2
	}
	r.dc.DrawString(text, x, r.y(job, p.Y()+span.YOffsetCenterLine()))
	return nil
}

// fontBold is Graphviz's HTML_BF text flag (<b> in an HTML-like label).
const fontBold = 1

type faceKey struct {
	bold      bool
	size, dpi float64
}

var (
	fontOnce  sync.Once
	fontTTF   [2]*truetype.Font // regular, bold
	faceCache = map[faceKey]font.Face{}
)

// fontFace returns DejaVu Sans (the metrics the layout assumed) when it is
// installed, else the embedded Go font, sized for the job's DPI. Callers
// hold gvMu, which also guards the cache.
func fontFace(bold bool, size float64, job *gvc.Job) font.Face {
	fontOnce.Do(func() {
		for i, f := range []struct {
			file string
			data []byte
		}{{"DejaVuSans.ttf", goregular.TTF}, {"DejaVuSans-Bold.ttf", gobold.TTF}} {
			if path, err := findfont.Find(f.file); err == nil {
				if b, err := os.ReadFile(path); err == nil {
					if ft, err := truetype.Parse(b); err == nil {
						fontTTF[i] = ft
						continue
					}
				}
			}
			fontTTF[i], _ = truetype.Parse(f.data) // embedded, known good
		}
	})
	k := faceKey{bold: bold, size: size, dpi: 72}
	if d := job.DPI(); d != nil && d.X() > 0 {
		k.dpi = d.X()
	}
	if f, ok := faceCache[k]; ok {
		return f
	}
	ft := fontTTF[0]
	if bold {
		ft = fontTTF[1]
	}
	f := truetype.NewFace(ft, &truetype.Options{Size: k.size, DPI: k.dpi, Hinting: font.HintingFull})
	faceCache[k] = f
	return f
}

// setPNGDensity adds a pHYs chunk (pixels per metre) after the header, so
// that layout programs place the PNG at the size it was drawn for.
func setPNGDensity(png []byte, dpi int) ([]byte, error) {
	const sig = 8
	if len(png) < sig+25 || string(png[12:16]) != "IHDR" {
		return nil, fmt.Errorf("export: not a PNG")
	}
	ihdrEnd := sig + 8 + 13 + 4
	ppm := uint32(math.Round(float64(dpi) / 0.0254))
	chunk := make([]byte, 0, 21)
	chunk = binary.BigEndian.AppendUint32(chunk, 9)
	chunk = append(chunk, "pHYs"...)
	chunk = binary.BigEndian.AppendUint32(chunk, ppm)
	chunk = binary.BigEndian.AppendUint32(chunk, ppm)
	chunk = append(chunk, 1) // unit: the metre
	chunk = binary.BigEndian.AppendUint32(chunk, crc32.ChecksumIEEE(chunk[4:]))
	out := make([]byte, 0, len(png)+len(chunk))
	out = append(out, png[:ihdrEnd]...)
	out = append(out, chunk...)
	return append(out, png[ihdrEnd:]...), nil
}
