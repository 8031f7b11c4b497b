// Package actor is the actor dictionary: states, persons with dated roles,
// international organisations, armed groups and generic agents, with the
// names that refer to them, and a Matcher that finds those names in
// tokenized text.
//
// # Dictionary format
//
// A dictionary file is UTF-8 text; '#' starts a comment. A record starts
// with a line "actor ID" (a named actor) or "agent CODE" (a generic agent)
// and continues with "key value" lines up to the next record:
//
//	actor USA
//	kind state
//	name United States
//	country USA
//	alias United States | United States of America | US | U.S. | America
//	metonym Washington | White House | Pentagon | State Department
//	adjective American
//	demonym Americans
//
//	actor JOHN_KERRY
//	kind person
//	name John Kerry
//	alias John Kerry | Kerry
//	role USA LEG 1985-01-03 2013-02-01 Senator from Massachusetts
//	role USA GOV 2013-02-01 2017-01-20 Secretary of State
//
//	agent REB
//	kind rebels
//	sector REB
//	alias rebels | insurgents | rebel forces | opposition fighters
//
// Keys:
//
//	kind       state | person | igo | ngo | armed_group | rebels | group
//	name       display name (default: the first alias, else the id)
//	country    ISO 3166-1 alpha-3: a state's own code, the country of a national
//	           organisation or rebel group; "-" for none (IGOs)
//	sector     CAMEO-style sector code (GOV, MIL, REB, OPP, LEG, JUD, COP, ...) or "-"
//	alias      a | b | c   names (Form Name)
//	metonym    a | b       places or buildings standing for the actor (Form Metonym)
//	adjective  a | b       modifiers: Russian, American (Form Adjective)
//	demonym    a | b       the people: Russians (Form Demonym)
//	place      a | b       cities and regions of a state ("Aleppo", "Gaza Strip"):
//	                       where events happen, never an actor (form Place)
//	surname    a | b       a person's short name, to trust only after the full
//	                       name appeared in the document (Form Surname)
//	role AFFILIATION SECTOR FROM TO TITLE...
//	           a dated role of a person; AFFILIATION is an actor id (USA, UN),
//	           SECTOR a code or "-", FROM and TO YYYY-MM-DD or "-" (open)
//
// Every name of an agent record has Form Agent. A record without a kind is
// of kind group (agents may have none).
//
// Names are tokenized with text.Tokenize and compared by normalised term,
// so case and accents do not matter ("Erdogan" matches "Erdoğan") and only
// whole tokens match ("Irani" is not "Iran"). A name of 2 to 4 ASCII capital
// letters (US, UN, IS, EU, UAE, NATO), or one written with a leading '='
// (=Turkey), matches case-sensitively only, so the pronoun "us" is not the
// United States. A name with hyphens ("al-Assad") also matches without
// them ("al Assad").
//
// # Merging
//
// Merge lays one dictionary over another (Load does so for the user's files
// over Default). A record whose id exists adds its names, replaces the
// scalar fields it sets (name, kind, country, sector) and, if it lists
// roles, the roles; a name written with a leading '-' (alias -Georgia)
// removes that name, in any form, from the actor.
//
// A user file (the --actors flag of actorgraph) is a dictionary in the same
// format, usually short: it names existing ids to change them and new ids
// to add actors. This one adds an alias to the United States, removes the
// alias "Georgia" from the state of Georgia (the articles are about the US
// state), gives a person a new role and adds a new actor with a dated role:
//
//	# my-actors.txt: merged over the built-in dictionary
//	actor USA
//	alias the States            # adds a name
//
//	actor GEO
//	alias -Georgia              # removes a name; "Sakartvelo" still matches
//
//	actor JOHN_KERRY
//	role USA GOV 2013-02-01 2017-01-20 Secretary of State
//	role USA GOV 2021-01-20 2024-03-06 Climate envoy  # roles listed replace all of his roles
//
//	actor JANE_ROE              # a new actor
//	kind person
//	name Jane Roe
//	country USA
//	alias Jane Roe
//	surname Roe                 # "Roe" only after "Jane Roe" in the same document
//	role USA LEG 2025-01-03 - Representative from Ohio
//
// A mistake stops the load with the file and line of each error:
//
//	my-actors.txt:3: role: bad date "2025-13-01" (want YYYY-MM-DD or -)
//
// When one name belongs to several actors, one wins, always the same: the
// name from the later file (user files over data/actors.txt over the
// generated data/actors_phoenix.txt), then the kind (state, igo,
// armed_group, rebels, ngo, group, person, agent), then the form (Name,
// Metonym, Adjective, Demonym, Surname), then the smaller id.
//
// # Errors
//
// Parse collects every error of a file, each as "file:line: message", and
// returns them as an ErrorList.
package actor
