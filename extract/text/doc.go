// Package text is the first stage of extraction: it splits a document into
// sentences and tokens that keep byte offsets into the original text, and
// normalises each token's term (lower case, accents folded, typographic
// quotes and dashes made plain) so that dictionary matching is case- and
// accent-insensitive.
//
// The shape follows bleve's analysis chain: a Token type that depends on
// nothing else, and one-method stages (Tokenizer, Splitter).
package text
