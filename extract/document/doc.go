// Package document reads the articles actorgraph extracts from: plain text
// (.txt), Markdown (.md), HTML (.html, .htm) and JSON Lines (.jsonl, one
// {"id", "text", "title", "date", "url"} object per line, only text
// required).
//
// Every reader returns Documents whose Text is what the extractor's byte
// offsets refer to. Markup is removed but not the words: HTML block
// elements become line breaks, scripts, styles and page furniture (nav,
// header, footer, aside, form) are dropped. Errors name the file and, for
// JSON Lines, the line; a bad record does not stop the others.
package document
