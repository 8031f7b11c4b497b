// Package data holds the project's embedded data files: the actor
// dictionary, the relation lexicon, modality cues and the PLOVER score table.
//
// Each file is UTF-8 text with '#' comments. The packages that parse them
// (extract/actor, plover, extract) read the embedded copy by default
// and accept a user's file instead. Files derived from third-party sources
// keep their licence notice beside them (see LICENSES.md).
package data
