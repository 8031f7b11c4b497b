// Package dedup finds near-duplicate documents: syndicated wire stories,
// republished articles, the same page saved twice. A copy must not count
// as a second witness of the events it reports.
//
// # Method
//
// A document is reduced to its set of shingles: every run of Shingle
// consecutive words (letters and digits, case folded). Two documents are
// copies when the Jaccard similarity of their shingle sets,
//
//	J(A, B) = |A ∩ B| / |A ∪ B|,
//
// is at least Threshold. J is estimated with MinHash (Broder 1997, "On
// the resemblance and containment of documents"): with Hashes independent
// hash functions, the fraction of functions whose minimum over A equals
// the minimum over B is an unbiased estimate of J (standard error
// √(J(1−J)/Hashes), 0.035 at J = 0.8 with 128 hashes). The Hashes minima
// are taken in one pass with one hash per shingle (one permutation
// hashing, Li, Owen and Zhang 2012, densified by rotation, Shrivastava and
// Li 2014): about 130 MB/s, a few per cent of extraction's cost. Candidates are found
// without comparing every pair by locality-sensitive hashing (Leskovec,
// Rajaraman and Ullman, Mining of Massive Datasets, ch. 3.4): the
// signature is cut into Bands bands of Hashes/Bands rows, and documents
// that agree on all rows of some band are compared. With 32 bands of 4
// rows a pair at J = 0.8 is a candidate with probability 1−(1−0.8⁴)³² ≈
// 1 − 10⁻¹², at J = 0.5 with probability 0.87 (and then rejected by the
// estimate).
//
// # Which document is the original
//
// Index is sequential: documents are added in input order, and a document
// is a copy of the first earlier document it matches, or rather of that
// one's original, so that a chain of copies has one original. The same
// input order gives the same answer on one machine (actorgraph extract)
// and on many (the pipeline in beam/ signs in parallel, then adds the
// signatures in input order).
package dedup
