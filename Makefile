# actorgraph — see README.md.
GO      ?= go
BIN     ?= actorgraph
OUT     ?= out
SAMPLE  ?= corpus/seeds
# Corpus for `make bench` (throughput and memory): any directory of articles;
# the Wikinews sample beside the repository if present, else the seeds.
CORPUS  ?= $(firstword $(wildcard ../shared/corpus/wikinews) corpus/seeds)

.PHONY: all build run test test-beam check vet fmt generate check-generate syntax-eval bench fuzz deps clean

all: build

build:
	$(GO) build -o $(BIN) ./cmd/actorgraph

# The main job on the built-in sample corpus: events, graph, tables and drawings in $(OUT)/.
run: build
	./$(BIN) run $(SAMPLE) -o $(OUT) -png

# The whole suite: formatting, vet, tests (with the race detector on the
# concurrent packages), and that generated data is up to date.
test: check
	$(GO) test -count=1 ./...
	$(GO) test -count=1 -race ./cmd/... ./export/... ./graph/...

# The Beam pipeline, a module of its own (beam/): vet, build, and its tests
# on Prism in process, which compare its graph with actorgraph run's. The
# first build compiles the Beam SDK: about 5 CPU-minutes.
test-beam:
	cd beam && $(GO) vet ./... && $(GO) test -count=1 ./...

check: vet fmt

vet:
	$(GO) vet ./...

fmt:
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

generate:
	$(GO) generate ./...

# Regenerating the embedded data must leave no diff.
check-generate:
	$(GO) test -count=1 -run 'TestGenerated' ./data/...
	# The tagger and parser model: retrained (a few minutes) and compared.
	$(GO) test -count=1 -timeout 30m -run 'TestGenerated' ./extract/syntax/ -args -regenerate

# Accuracy of the tagger and parser on data they did not train on
# (extract/syntax/ACCURACY.md): EWT → PUD, and cross-validation on PUD.
syntax-eval:
	cd extract/syntax && $(GO) run ./internal/train -eval

# Fuzzing: every fuzz target for FUZZTIME each (not part of `make test`,
# which runs their seed corpora). FuzzDocument feeds whole multi-paragraph
# documents; FuzzBudget fails on inputs slow or memory-hungry to read and
# extract. A failing input is saved under the package's testdata/fuzz.
FUZZTIME ?= 30s
FUZZ_TARGETS = ./extract:FuzzDocument ./extract:FuzzBudget ./extract:FuzzExtract \
	./extract/document:FuzzReadJSONL ./extract/document:FuzzReadHTML ./extract/document:FuzzDateline \
	./extract/text:FuzzSplit ./extract/text:FuzzTokenize ./extract/actor:FuzzParse ./extract/actor:FuzzMatch \
	./extract/lexicon:FuzzParse ./extract/rules:FuzzParseArguments ./extract/rules:FuzzParseModality \
	./extract/rules:FuzzParseDerived ./extract/rules:FuzzParseList ./graph:FuzzReadJSON ./plover:FuzzParseScores \
	./feed:FuzzGDELT ./feed:FuzzICEWS ./feed:FuzzPOLECAT ./feed:FuzzACLED ./dedup:FuzzSign \
	./extract/syntax:FuzzParse ./extract/syntax/conllu:FuzzRead
fuzz:
	@set -e; for t in $(FUZZ_TARGETS); do \
	  pkg=$${t%%:*}; name=$${t##*:}; echo "fuzz $$pkg $$name ($(FUZZTIME))"; \
	  $(GO) test -run '^$$' -fuzz "^$$name\$$" -fuzztime $(FUZZTIME) $$pkg; \
	done

# Benchmarks: extraction throughput (MB/s per core) and peak memory on
# $(CORPUS), and the Go benchmarks of every package.
bench: build
	$(GO) run ./cmd/agbench -corpus $(CORPUS)
	$(GO) test -run '^$$' -bench . -benchmem ./...
	# Every measure: analysis vs gonum vs igraph on one 1,000-actor graph, then
	# betweenness and the whole analysis on larger ones (about 3 minutes).
	$(GO) run ./cmd/agbench-analysis

# Debian packages some tests use to cross-check results: native Graphviz
# (DOT), NetworkX for Debian's /usr/bin/python3 (node-link JSON, GraphML and
# GEXF read back) and Chromium (the HTML report in a headless browser).
deps:
	@missing=""; \
	command -v dot >/dev/null 2>&1 || missing="$$missing graphviz"; \
	/usr/bin/python3 -c 'import networkx' >/dev/null 2>&1 || missing="$$missing python3-networkx"; \
	/usr/bin/python3 -c 'import igraph' >/dev/null 2>&1 || missing="$$missing python3-igraph"; \
	test -x /usr/bin/chromium || missing="$$missing chromium"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else echo "install the Debian packages$$missing (apt-get install$$missing) for the cross-check tests"; fi; \
	fi

clean:
	rm -f $(BIN)
