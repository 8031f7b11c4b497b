// Command agbench measures extraction throughput and peak memory on a
// corpus: `go run ./cmd/agbench -corpus DIR` (used by `make bench`).
//
// It extracts every document twice, once on one goroutine and once on all
// cores, streaming one document at a time, and prints MB/s, MB/s per core,
// documents and events per second, and the peak resident memory of the
// process (VmHWM from /proc/self/status, where available). Memory that
// stays flat as the corpus grows shows the pipeline streams.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/extract/document"
)

func main() {
	corpus := flag.String("corpus", "corpus/seeds", "directory (or files) of articles")
	repeat := flag.Int("repeat", 0, "passes over the corpus (0: enough for about 2 s)")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the extraction to `FILE`")
	flag.Parse()
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "agbench:", err)
			os.Exit(1)
		}
		defer f.Close()
		pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
	}
	if err := run(*corpus, *repeat); err != nil {
		pprof.StopCPUProfile()
		fmt.Fprintln(os.Stderr, "agbench:", err)
		os.Exit(1)
	}
}

func run(corpus string, repeat int) error {
	files, errs := document.Expand(strings.Fields(corpus))
	if len(errs) > 0 {
		return errs[0]
	}
	if len(files) == 0 {
		return fmt.Errorf("%s: no documents", corpus)
	}
	t0 := time.Now()
	x, err := extract.New(extract.Options{})
	if err != nil {
		return err
	}
	fmt.Printf("corpus %s: %d files; dictionary and matcher loaded in %v\n", corpus, len(files), time.Since(t0).Round(time.Millisecond))
	var size int64
	for _, f := range files {
		if st, err := os.Stat(f); err == nil {
			size += st.Size()
		}
	}
	if repeat <= 0 {
		// Estimate: about 2 s of single-core work.
		repeat = int(2e6/float64(size)) + 1
		if repeat > 200 {
			repeat = 200
		}
	}
	for _, workers := range []int{1, runtime.GOMAXPROCS(0)} {
		var events, docs, bytes int64
		start := time.Now()
		for r := 0; r < repeat; r++ {
			n, d, b, err := pass(x, files, workers)
			if err != nil {
				return err
			}
			events += n
			docs += d
			bytes += b
		}
		el := time.Since(start).Seconds()
		mb := float64(bytes) / 1e6
		fmt.Printf("workers=%d: %.1f MB in %.2fs: %.2f MB/s, %.2f MB/s per core, %.0f docs/s, %.0f events/s\n",
			workers, mb, el, mb/el, mb/el/float64(workers), float64(docs)/el, float64(events)/el)
	}
	fmt.Printf("peak memory (VmHWM): %s\n", peakRSS())
	return nil
}

// pass extracts every file once with the given number of workers, reading
// one document at a time.
func pass(x *extract.Extractor, files []string, workers int) (events, docs, bytes int64, err error) {
	ch := make(chan document.Document, workers)
	var wg sync.WaitGroup
	var ev, dc, by atomic.Int64
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for d := range ch {
				out, _ := x.Extract(context.Background(), d)
				ev.Add(int64(len(out)))
				dc.Add(1)
				by.Add(int64(len(d.Text)))
			}
		}()
	}
	for _, f := range files {
		ds, errs := document.ReadFile(f)
		if len(errs) > 0 {
			err = errs[0]
		}
		for _, d := range ds {
			ch <- d
		}
	}
	close(ch)
	wg.Wait()
	return ev.Load(), dc.Load(), by.Load(), err
}

func peakRSS() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "unknown"
	}
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "VmHWM:") {
			return strings.TrimSpace(strings.TrimPrefix(l, "VmHWM:"))
		}
	}
	return "unknown"
}
