package lexicon

import "strings"

// irregular verbs: third person, past, past participle, gerund.
var irregular = map[string][4]string{
	// Common irregular verbs of reporting, thinking and acting ("said",
	// "wrote", "thought", "found", "began"), for the word lists.
	"say": {"says", "said", "said", "saying"}, "write": {"writes", "wrote", "written", "writing"},
	"think": {"thinks", "thought", "thought", "thinking"}, "know": {"knows", "knew", "known", "knowing"},
	"find": {"finds", "found", "found", "finding"}, "feel": {"feels", "felt", "felt", "feeling"},
	"mean": {"means", "meant", "meant", "meaning"}, "teach": {"teaches", "taught", "taught", "teaching"},
	"begin": {"begins", "began", "begun", "beginning"}, "build": {"builds", "built", "built", "building"},
	"spend": {"spends", "spent", "spent", "spending"}, "lose": {"loses", "lost", "lost", "losing"},
	"leave": {"leaves", "left", "left", "leaving"}, "run": {"runs", "ran", "run", "running"},
	"choose": {"chooses", "chose", "chosen", "choosing"}, "draw": {"draws", "drew", "drawn", "drawing"},
	"forgive": {"forgives", "forgave", "forgiven", "forgiving"}, "hurt": {"hurts", "hurt", "hurt", "hurting"},
	"let": {"lets", "let", "let", "letting"}, "quit": {"quits", "quit", "quit", "quitting"},
	"rise": {"rises", "rose", "risen", "rising"}, "shake": {"shakes", "shook", "shaken", "shaking"},
	"sink": {"sinks", "sank", "sunk", "sinking"}, "steal": {"steals", "stole", "stolen", "stealing"},
	"swear": {"swears", "swore", "sworn", "swearing"}, "tear": {"tears", "tore", "torn", "tearing"},
	"uphold": {"upholds", "upheld", "upheld", "upholding"}, "oversee": {"oversees", "oversaw", "overseen", "overseeing"},
	"override": {"overrides", "overrode", "overridden", "overriding"}, "upset": {"upsets", "upset", "upset", "upsetting"},
	"cast": {"casts", "cast", "cast", "casting"}, "deal": {"deals", "dealt", "dealt", "dealing"},
	"understand": {"understands", "understood", "understood", "understanding"}, "show": {"shows", "showed", "shown", "showing"},
	"grow": {"grows", "grew", "grown", "growing"}, "hang": {"hangs", "hung", "hung", "hanging"},
	"bear": {"bears", "bore", "borne", "bearing"},
	"bind": {"binds", "bound", "bound", "binding"}, "foresee": {"foresees", "foresaw", "foreseen", "foreseeing"},
	"forsake": {"forsakes", "forsook", "forsaken", "forsaking"}, "mislead": {"misleads", "misled", "misled", "misleading"},
	"overtake": {"overtakes", "overtook", "overtaken", "overtaking"}, "withstand": {"withstands", "withstood", "withstood", "withstanding"},
	"spread": {"spreads", "spread", "spread", "spreading"},
	"bid":    {"bids", "bid", "bid", "bidding"}, "forecast": {"forecasts", "forecast", "forecast", "forecasting"},
	"broadcast": {"broadcasts", "broadcast", "broadcast", "broadcasting"}, "get": {"gets", "got", "got", "getting"},
	"hear": {"hears", "heard", "heard", "hearing"}, "read": {"reads", "read", "read", "reading"},
	"sit": {"sits", "sat", "sat", "sitting"}, "sleep": {"sleeps", "slept", "slept", "sleeping"},
	"wake": {"wakes", "woke", "woken", "waking"}, "wear": {"wears", "wore", "worn", "wearing"},
	"become": {"becomes", "became", "become", "becoming"},
	"meet":   {"meets", "met", "met", "meeting"}, "fight": {"fights", "fought", "fought", "fighting"},
	"hold": {"holds", "held", "held", "holding"}, "strike": {"strikes", "struck", "struck", "striking"},
	"lead": {"leads", "led", "led", "leading"}, "send": {"sends", "sent", "sent", "sending"},
	"give": {"gives", "gave", "given", "giving"}, "seek": {"seeks", "sought", "sought", "seeking"},
	"bring": {"brings", "brought", "brought", "bringing"}, "take": {"takes", "took", "taken", "taking"},
	"speak": {"speaks", "spoke", "spoken", "speaking"}, "shoot": {"shoots", "shot", "shot", "shooting"},
	"withdraw": {"withdraws", "withdrew", "withdrawn", "withdrawing"}, "break": {"breaks", "broke", "broken", "breaking"},
	"sell": {"sells", "sold", "sold", "selling"}, "stand": {"stands", "stood", "stood", "standing"},
	"make": {"makes", "made", "made", "making"}, "tell": {"tells", "told", "told", "telling"},
	"cut": {"cuts", "cut", "cut", "cutting"}, "hit": {"hits", "hit", "hit", "hitting"},
	"beat": {"beats", "beat", "beaten", "beating"}, "freeze": {"freezes", "froze", "frozen", "freezing"},
	"seize": {"seizes", "seized", "seized", "seizing"}, "slay": {"slays", "slew", "slain", "slaying"},
	"forbid": {"forbids", "forbade", "forbidden", "forbidding"}, "fly": {"flies", "flew", "flown", "flying"},
	"sign": {"signs", "signed", "signed", "signing"}, "put": {"puts", "put", "put", "putting"},
	"set": {"sets", "set", "set", "setting"}, "win": {"wins", "won", "won", "winning"},
	"drive": {"drives", "drove", "driven", "driving"}, "throw": {"throws", "threw", "thrown", "throwing"},
	"blow": {"blows", "blew", "blown", "blowing"}, "shell": {"shells", "shelled", "shelled", "shelling"},
	"see": {"sees", "saw", "seen", "seeing"}, "undertake": {"undertakes", "undertook", "undertaken", "undertaking"},
	"overthrow": {"overthrows", "overthrew", "overthrown", "overthrowing"}, "arise": {"arises", "arose", "arisen", "arising"},
	"pay": {"pays", "paid", "paid", "paying"}, "lay": {"lays", "laid", "laid", "laying"},
	"keep": {"keeps", "kept", "kept", "keeping"}, "buy": {"buys", "bought", "bought", "buying"},
	"come": {"comes", "came", "come", "coming"}, "go": {"goes", "went", "gone", "going"},
	"have": {"has", "had", "had", "having"}, "do": {"does", "did", "done", "doing"},
	"visit": {"visits", "visited", "visited", "visiting"}, "target": {"targets", "targeted", "targeted", "targeting"},
	"rebuff": {"rebuffs", "rebuffed", "rebuffed", "rebuffing"}, "threaten": {"threatens", "threatened", "threatened", "threatening"},
	"offer": {"offers", "offered", "offered", "offering"}, "open": {"opens", "opened", "opened", "opening"},
	"host": {"hosts", "hosted", "hosted", "hosting"}, "protest": {"protests", "protested", "protested", "protesting"},
	"condemn": {"condemns", "condemned", "condemned", "condemning"}, "invade": {"invades", "invaded", "invaded", "invading"},
	"ambush": {"ambushes", "ambushed", "ambushed", "ambushing"}, "arm": {"arms", "armed", "armed", "arming"},
	"deploy": {"deploys", "deployed", "deployed", "deploying"}, "besiege": {"besieges", "besieged", "besieged", "besieging"},
	"encircle": {"encircles", "encircled", "encircled", "encircling"}, "criticize": {"criticizes", "criticized", "criticized", "criticizing"},
	"criticise": {"criticises", "criticised", "criticised", "criticising"}, "accuse": {"accuses", "accused", "accused", "accusing"},
	"rebuke": {"rebukes", "rebuked", "rebuked", "rebuking"}, "endorse": {"endorses", "endorsed", "endorsed", "endorsing"},
	"bombard": {"bombards", "bombarded", "bombarded", "bombarding"}, "kidnap": {"kidnaps", "kidnapped", "kidnapped", "kidnapping"},
	"expel": {"expels", "expelled", "expelled", "expelling"}, "control": {"controls", "controlled", "controlled", "controlling"},
	"patrol": {"patrols", "patrolled", "patrolled", "patrolling"}, "compel": {"compels", "compelled", "compelled", "compelling"},
	"propel": {"propels", "propelled", "propelled", "propelling"},
	"lend":   {"lends", "lent", "lent", "lending"}, "withhold": {"withholds", "withheld", "withheld", "withholding"},
	"shut": {"shuts", "shut", "shut", "shutting"}, "overrun": {"overruns", "overran", "overrun", "overrunning"},
	"hide": {"hides", "hid", "hidden", "hiding"}, "flee": {"flees", "fled", "fled", "fleeing"},
}

// verbForms returns base, third, past, participle and gerund, indexed by
// Form (Base..Gerund).
func verbForms(v string) []string {
	if f, ok := irregular[v]; ok {
		return []string{v, f[0], f[1], f[2], f[3]}
	}
	third := v + "s"
	past := v + "ed"
	ger := v + "ing"
	n := len(v)
	switch {
	case strings.HasSuffix(v, "ee"): // agree, agreed, agreeing
		past = v + "d"
	case strings.HasSuffix(v, "e"):
		past = v + "d"
		ger = v[:n-1] + "ing"
	case strings.HasSuffix(v, "y") && n > 1 && !isVowel(v[n-2]):
		third = v[:n-1] + "ies"
		past = v[:n-1] + "ied"
	case doubles(v):
		past = v + v[n-1:] + "ed"
		ger = v + v[n-1:] + "ing"
	}
	if strings.HasSuffix(v, "s") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") ||
		strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z") || strings.HasSuffix(v, "o") {
		third = v + "es"
	}
	return []string{v, third, past, past, ger}
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// stressFinal verbs of two syllables stress the last one and so double
// its consonant like one-syllable verbs (confer → conferred).
var stressFinal = map[string]bool{
	"confer": true, "refer": true, "prefer": true, "defer": true, "deter": true, "occur": true,
	"admit": true, "commit": true, "submit": true, "permit": true, "omit": true, "regret": true,
	"rebel": true, "abet": true, "acquit": true, "embed": true, "equip": true, "outstrip": true,
}

// doubles reports whether a one-syllable consonant-vowel-consonant verb
// doubles its last letter (stop → stopped, ban → banned).
func doubles(v string) bool {
	if stressFinal[v] {
		return true
	}
	n := len(v)
	if n < 3 || n > 4 {
		return false
	}
	c := v[n-1]
	if isVowel(c) || c == 'w' || c == 'x' || c == 'y' {
		return false
	}
	vowels := 0
	for i := 0; i < n; i++ {
		if isVowel(v[i]) {
			vowels++
		}
	}
	return vowels == 1 && isVowel(v[n-2]) && !isVowel(v[n-3])
}

// formWord is one inflected form of a verb.
type formWord struct {
	form Form
	word string
}

// doubledL returns the British forms of a verb ending in one vowel and l,
// which double the l where American spelling does not (travelled,
// cancelling, labelled); none if the rules already double it.
func doubledL(v string) []formWord {
	n := len(v)
	if _, ok := irregular[v]; ok || n < 4 || v[n-1] != 'l' || !isVowel(v[n-2]) || isVowel(v[n-3]) || doubles(v) {
		return nil
	}
	return []formWord{{Past, v + "led"}, {Participle, v + "led"}, {Gerund, v + "ling"}}
}

// plural returns the regular plural of a noun.
func plural(w string) string {
	n := len(w)
	switch {
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "x"):
		if strings.HasSuffix(w, "ss") || !strings.HasSuffix(w, "s") {
			return w + "es"
		}
		return w // "talks", "sanctions" already plural
	case strings.HasSuffix(w, "y") && n > 1 && !isVowel(w[n-2]):
		return w[:n-1] + "ies"
	case strings.HasSuffix(w, "o") && n > 1 && !isVowel(w[n-2]): // veto, embargo
		return w + "es"
	case w == "ally":
		return "allies"
	}
	return w + "s"
}
