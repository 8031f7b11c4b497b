module github.com/actorgraph/actorgraph

go 1.25.0

require (
	github.com/flopp/go-findfont v0.1.0
	github.com/fogleman/gg v1.3.0
	github.com/goccy/go-graphviz v0.2.10
	github.com/golang/freetype v0.0.0-20170609003504-e2365dfdc4a0
	github.com/tetratelabs/wazero v1.10.1
	golang.org/x/image v0.25.0
	golang.org/x/net v0.58.0
	golang.org/x/text v0.41.0
	gonum.org/v1/gonum v0.17.0
)

require github.com/disintegration/imaging v1.6.2 // indirect

replace github.com/goccy/go-graphviz => ./third_party/go-graphviz
