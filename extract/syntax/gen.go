package syntax

// The model is trained from the treebanks in treebank/ (see
// internal/train); training is deterministic, so regenerating gives the
// same file. A missing model.bin.gz stops the package from compiling:
// create an empty one first ("touch model.bin.gz").
//
//go:generate go run ./internal/train -o model.bin.gz
