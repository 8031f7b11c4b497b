package rules

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strings"
	"sync"

	"github.com/actorgraph/actorgraph/data"
)

// Set is every rule table the extractor reads.
type Set struct {
	Lists     Lists
	Arguments []ArgRule
	Modality  *Modality
	Derived   []DerivedRule
	Anaphora  []Anaphor
	Defaults  []DefaultEnd
}

// Files of a rule set, relative to its root.
const (
	ArgumentsFile = "rules/arguments.txt"
	ModalityFile  = "rules/modality.txt"
	DerivedFile   = "rules/derived.txt"
	AnaphoraFile  = "rules/anaphora.txt"
	DefaultsFile  = "rules/defaults.txt"
	WordsDir      = "words"
)

var (
	defaultOnce sync.Once
	defaultSet  *Set
	defaultErr  error
)

// Default returns the embedded rule set, parsed once.
func Default() (*Set, error) {
	defaultOnce.Do(func() { defaultSet, defaultErr = Load(data.Rules, nil) })
	return defaultSet, defaultErr
}

// Load reads a rule set from fsys (a folder with rules/ and words/). Files
// missing from fsys are taken from base (nil: none), so a user's folder
// may override a single table or list; a word list in fsys replaces the
// list of the same name.
func Load(fsys fs.FS, base *Set) (*Set, error) {
	s := &Set{Lists: Lists{}}
	if base != nil {
		for n, l := range base.Lists {
			s.Lists[n] = l
		}
	}
	var errs []error
	files, _ := fs.Glob(fsys, WordsDir+"/*.txt")
	for _, f := range files {
		b, err := fs.ReadFile(fsys, f)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		l, err := ParseList(bytes.NewReader(b), f)
		if err != nil {
			errs = append(errs, err)
		}
		s.Lists[strings.TrimSuffix(path.Base(f), ".txt")] = l
	}
	read := func(name string) ([]byte, bool, error) {
		b, err := fs.ReadFile(fsys, name)
		if errors.Is(err, fs.ErrNotExist) && base != nil {
			return nil, false, nil
		}
		return b, true, err
	}
	if b, ok, err := read(ArgumentsFile); err != nil {
		errs = append(errs, err)
	} else if ok {
		s.Arguments, err = ParseArguments(bytes.NewReader(b), ArgumentsFile, s.Lists)
		errs = append(errs, err)
	} else {
		s.Arguments = base.Arguments
	}
	if b, ok, err := read(ModalityFile); err != nil {
		errs = append(errs, err)
	} else if ok {
		s.Modality, err = ParseModality(bytes.NewReader(b), ModalityFile, s.Lists)
		errs = append(errs, err)
	} else {
		s.Modality = base.Modality
	}
	if b, ok, err := read(DerivedFile); err != nil {
		errs = append(errs, err)
	} else if ok {
		s.Derived, err = ParseDerived(bytes.NewReader(b), DerivedFile)
		errs = append(errs, err)
	} else {
		s.Derived = base.Derived
	}
	if b, ok, err := read(AnaphoraFile); err != nil {
		errs = append(errs, err)
	} else if ok {
		s.Anaphora, err = ParseAnaphora(bytes.NewReader(b), AnaphoraFile)
		errs = append(errs, err)
	} else {
		s.Anaphora = base.Anaphora
	}
	if b, ok, err := read(DefaultsFile); err != nil {
		errs = append(errs, err)
	} else if ok {
		s.Defaults, err = ParseDefaults(bytes.NewReader(b), DefaultsFile)
		errs = append(errs, err)
	} else {
		s.Defaults = base.Defaults
	}
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("rules: %w", err)
	}
	return s, nil
}

// List returns a word list, or an empty one.
func (s *Set) List(name string) map[string]bool { return s.Lists[name] }
