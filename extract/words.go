package extract

// Closed word classes of English that the shallow parser needs. Terms are
// normalised (lower case), as text.Token.Term.

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

var (
	determiners = set("the", "a", "an", "this", "these", "those", "some", "any", "each", "every", "all",
		"both", "another", "other", "such", "several", "many", "few", "most", "more", "no", "its", "his",
		"her", "their", "our", "my", "your", "one", "two", "three", "four", "five", "dozens", "hundreds",
		"thousands", "key", "top", "senior", "former", "new", "its")
	possessivePronouns = set("his", "her", "its", "their", "our")
	personalPronouns   = set("he", "she", "him", "himself", "herself")
	prepositions       = set("of", "in", "on", "at", "to", "from", "with", "by", "for", "about", "against",
		"over", "into", "onto", "under", "between", "among", "through", "during", "after", "before",
		"since", "until", "toward", "towards", "across", "near", "without", "within", "despite", "amid",
		"amidst", "via", "upon", "around", "behind", "beyond", "along", "alongside", "including",
		"excluding", "like", "unlike", "outside", "inside", "throughout", "except", "instead", "per", "as")
	// locativePreps put a place name in a location role: "talks in Moscow".
	locativePreps = set("in", "at", "to", "into", "from", "near", "outside", "inside", "across", "through",
		"throughout", "around", "toward", "towards", "via", "over", "within", "on", "of")
	auxiliaries = set("is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had",
		"having", "do", "does", "did", "will", "would", "can", "could", "may", "might", "shall", "should",
		"must", "'s", "'re", "'ve", "'ll", "'d", "'m", "ought")
	beForms     = set("is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re", "get", "got", "gets")
	negations   = set("not", "n't", "'t", "never", "neither", "nor")
	relativizer = set("which", "who", "whom", "whose", "that")
	// subordinators open a clause whose subject is its own.
	subordinators = set("if", "unless", "because", "while", "whereas", "although", "though", "when",
		"whether", "where", "after", "before", "since", "until", "once", "as")
	reportingVerbs = set("said", "says", "say", "told", "tells", "tell", "added", "adds", "stated", "announced",
		"reported", "claimed", "insisted", "insisting", "saying", "adding", "noted", "stressed", "warned",
		"according")
	adverbs = set("also", "still", "now", "already", "repeatedly", "only", "even", "just", "again", "further",
		"then", "soon", "later", "all", "both", "each", "jointly", "openly", "reportedly", "allegedly",
		"frantically", "firmly", "strongly", "fully", "directly", "recently", "previously", "formally",
		"officially", "publicly", "quietly", "effectively", "separately", "together", "far", "so")
	// quantifier heads may be followed by "of" inside one noun phrase:
	// "one of", "a variety of rebel forces".
	quantifiers = set("one", "some", "many", "most", "all", "part", "variety", "number", "dozens", "tens", "scores", "millions",
		"hundreds", "thousands", "each", "both", "several", "few", "members", "remnants", "units",
		"elements", "factions", "none", "any", "rest", "majority", "group", "groups", "kind", "type")
	// titleWords may stand between a country and a person's name:
	// "Russian Foreign Minister Sergei Lavrov", "US Syria envoy Staffan de Mistura".
	titleWords = set("president", "prime", "minister", "foreign", "defense", "defence", "secretary", "of",
		"state", "leader", "counterpart", "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador",
		"official", "chancellor", "king", "queen", "emir", "crown", "prince", "general", "gen.", "commander",
		"chief", "head", "deputy", "senator", "sen.", "diplomat", "top", "representative", "special",
		"department", "ministry", "vice", "acting", "interior", "affairs", "external", "army", "staff",
		"supreme", "mr.", "mrs.", "ms.", "dr.", "dictator", "strongman", "premier", "pm", "the",
		"new", "former", "senior", "security", "national", "adviser", "advisor", "u.n.", "un", "syria",
		"opposition", "rebel", "military", "navy", "air", "force", "'s", "-", "and", "his", "her")
	// groupNouns are unnamed groups that become rebels of the state they
	// fight: "groups fighting Assad".
	groupNouns = set("groups", "group", "factions", "faction", "militias", "militia", "fighters",
		"militants", "insurgents", "rebels", "forces")
	fightParticiples = set("fighting", "opposing", "battling", "attacking", "resisting", "against")
	// compoundSupport are participles in "Russian-backed forces".
	compoundSupport = set("backed", "supported", "sponsored", "funded", "armed", "trained", "allied", "aligned", "financed")
	// compoundLead make the noun phrase the actor itself: "US-led coalition".
	compoundLead = set("led", "headed", "run", "commanded")
	// compoundHeld make the noun phrase a place held by the actor; the actor
	// is still the target of an attack on it: "rebel-held areas".
	compoundHeld = set("held", "controlled", "occupied")
	// lightVerbs take an event noun as object and lend it their subject:
	// "Russia launched air strikes", "held talks". Another verb does not:
	// "pointing to the attack on the embassy" is no attack by the speaker.
	lightVerbs = set("launch", "launched", "launches", "launching", "hold", "held", "holds", "holding", "conduct",
		"conducted", "conducts", "conducting", "carry", "carried", "carries", "carrying", "stage", "staged", "stages",
		"staging", "mount", "mounted", "mounting", "wage", "waged", "waging", "make", "made", "makes", "making",
		"have", "has", "had", "having", "maintain", "maintained", "maintains", "continue", "continued", "continues",
		"step", "stepped", "intensify", "intensified", "begin", "began", "begun", "start", "started", "resume",
		"resumed", "announce", "announced", "announces", "impose", "imposed", "imposes", "imposing", "order",
		"ordered", "sign", "signed", "reach", "reached", "conclude", "concluded", "pay", "paid", "provide",
		"provided", "provides", "providing", "give", "gave", "given", "gives", "offer", "offered", "deliver",
		"delivered", "extend", "extended", "lend", "lent", "voice", "voiced", "express", "expressed", "issue",
		"issued", "pursue", "pursued", "open", "opened", "increase", "increased", "expand", "expanded", "deepen",
		"deepened", "strengthen", "strengthened", "boost", "boosted", "renew", "renewed", "escalate", "escalated",
		"win", "won", "enter", "entered", "join", "joined", "seek", "sought", "seeking", "keep", "kept",
		"raise", "raised", "file", "filed", "bring", "brought", "lodge", "lodged", "threw", "throw", "led", "lead",
		"levy", "levied", "levies", "levying", "slap", "slapped", "reimpose", "reimposed", "tighten", "tightened",
		"adopt", "adopted", "introduce", "introduced", "unveil", "unveiled",
		// ordering or planning an act makes it one's own
		"approve", "approved", "authorize", "authorized", "authorise", "authorised", "direct", "directed",
		"orchestrate", "orchestrated", "organize", "organized", "organise", "organised", "mastermind",
		"masterminded", "plan", "planned", "perpetrate", "perpetrated", "commit", "committed", "executed")
	clauseBreakers = set(";", ":")
	// intentVerbs put what follows "to" in the planned modality.
	intentVerbs = set("commit", "commits", "committing", "offering", "asking", "urging", "arrange", "arranged", "arranging", "organise", "organize",
		"plot", "plotted", "plotting", "conspiracy", "attempt", "bid", "propose", "proposal", "suggest", "suggested", "want", "wants", "wanted", "wanting", "seek", "seeks", "sought", "seeking", "plan",
		"plans", "planned", "planning", "hope", "hopes", "hoped", "hoping", "intend", "intends", "intended",
		"aim", "aims", "aimed", "aiming", "try", "tries", "tried", "trying", "attempt", "attempts", "attempted",
		"propose", "proposes", "proposed", "offer", "offers", "offered", "promise", "promises", "promised",
		"pledge", "pledges", "pledged", "agree", "agrees", "agreed", "expect", "expects", "expected",
		"prepare", "prepares", "prepared", "ready", "willing", "set", "scheduled", "due", "going", "able",
		"threaten", "threatens", "threatened", "vow", "vows", "vowed", "decide", "decided", "wish", "wishes",
		"wished", "need", "needs", "needed", "eager", "keen", "urge", "urged", "urges", "ask", "asked", "asks",
		"call", "called", "calls", "press", "pressed", "persuade", "persuaded", "get", "getting", "push",
		"pushed", "pushing", "demand", "demanded", "demands", "invite", "invited", "seeking", "would-be",
		"determined", "committed", "pressure", "pressured", "force", "forced")
	// factiveAspect verbs before "to" keep the assertion: "continued to meet".
	factiveAspect = set("continue", "continues", "continued", "continuing", "began", "begin", "begins",
		"started", "start", "starts", "managed", "went", "used", "resumed", "resume")
	hedgeWords = set("may", "might", "could", "would", "should", "possibly", "perhaps", "maybe",
		"reportedly", "allegedly", "likely", "unlikely", "probably", "apparently", "supposedly", "reports",
		"rumours", "rumors", "speculation", "can")
	plannedWords = set("will", "'ll", "shall", "planned", "upcoming", "proposed", "prospective", "future",
		"scheduled", "expected", "forthcoming")
	nominalHedges = set("possible", "potential", "hypothetical", "prospective", "eventual", "likely",
		"proposed", "planned", "future", "upcoming", "would-be", "expected", "forthcoming")
	conditionals = set("if", "unless", "whether")
)
