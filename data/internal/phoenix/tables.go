package phoenix

import "strings"

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// iso are the state codes of data/actors.txt (UN members, PSE, VAT, TWN,
// XKX) and the old or alternative codes CAMEO uses for them.
var iso = set("AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE PSE VAT TWN XKX ")

// sectors are CAMEO sector codes.
var sectors = set("GOV MIL REB OPP COP JUD LEG SPY CVL REF MED HRI UAF BUS CRM EDU ELI ENV HLH LAB AGR DEV KID REL PTY IGO NGO MNC")

// curated maps Phoenix organisation codes to the ids of data/actors.txt.
var curated = map[string]string{
	"IGOUNO": "UN", "IGOUNOIAE": "IAEA", "IGOUNOHLHWHO": "WHO", "IGOBUSIMF": "IMF", "IGOUNODEVWBK": "WB",
	"IGOUNOWBK": "WB", "IGOUNOREFHCR": "UNHCR", "IGOJUDICC": "ICC", "IGOUNOJUDICJ": "ICJ", "IGOUNOKID": "UNICEF",
	"IGOUNOWFP": "WFP", "IGOEUREEC": "EU", "IGOEUR": "EU", "IGOWSTNAT": "NATO", "IGOAFRAFU": "AU", "IGOAFROAU": "AU",
	"IGOMEAARL": "ARABLEAGUE", "IGOBUSOPC": "OPEC", "IGOSEAASN": "ASEAN", "IGOMOSOIC": "OIC", "IGOCASCIS": "CIS",
	"IGOBUSWTO": "WTO", "IGOOAS": "OAS", "IGOWAFWAS": "ECOWAS", "IGOSAFDEVSAD": "SADC", "IGOUNOHRIHCH": "OHCHR",
	"IGOCOPITP": "INTERPOL", "IGOEUROSC": "OSCE",
}

var curatedIDs = func() map[string]bool {
	m := map[string]bool{}
	for _, id := range curated {
		m[id] = true
	}
	return m
}()

// orgWords mark a name as an organisation or a title, not a person.
var orgWords = set(`ORGANIZATION ORGANISATION AGENCY FUND COUNCIL COMMISSION BANK UNION ASSOCIATION INSTITUTE
PROGRAMME PROGRAM COURT COMMITTEE FOUNDATION OFFICE MINISTRY MINISTER PRESIDENT SECRETARY GOVERNMENT ARMY
FORCES FORCE PARTY FRONT MOVEMENT GROUP NATIONS NATIONAL INTERNATIONAL WORLD UNITED STATES REPUBLIC
DEPARTMENT ADMINISTRATION CENTER CENTRE FEDERATION CONFERENCE LEAGUE ALLIANCE SOCIETY NETWORK CORPS
AMBASSADOR ENVOY SPOKESMAN OFFICIAL OFFICIALS TROOPS POLICE PARLIAMENT ASSEMBLY CABINET REGIME POLICY
BOARD AUTHORITY SERVICE SERVICES COMMAND HEADQUARTERS BRIGADE BRIGADES BATTALION ORGANIZATIONS MISSION
TRIBUNAL FACILITY PANEL PROJECT INITIATIVE PLAN COMMUNITY COOPERATION DEVELOPMENT RIGHTS HUMAN WATCH
INC CORP LTD COMPANY TEAM UNIT UNITS CELL SECURITY CHIEF GENERAL COMMANDER DIRECTOR HEAD LEADER
VICE PRIME DEPUTY CHAIRMAN SPEAKER GOVERNOR MAYOR SENATOR KING QUEEN PRINCE`)

// common are English words that must not be names on their own.
var common = set(`the and for with from about after again against all also among any are around because been
before being between both but can could did does down during each few further have having here how into its
just more most must new not now off once only other our out over own same should some such than that their
them then there these they this those through too under until very was were what when where which while who
whom why will with would you your year years day days time week month said says say today still even well
back home house white black green brown young king price bush ford major hope grant power rice rich may
will long little love young field march august mark rose lord case hunt chance page hall hill wood wells
young banks bell bird brown cook fish gay hand king lamb lane law little long love luck mark may miles
moon moore nash noble park peace pope power price read reed rich rock rose short small smart song stone
strong swan wall ward west white wise wolf wood young news state states peoples people front army party
union group forces force amnesty justice freedom liberty unity hope action council court bank office`)

// lower are words kept in lower case inside display names.
var lower = set("of the and for in on to de del la le du van von bin bint ibn da dos das al el")

// agentStop are agent names too common to keep.
var agentStop = set(`state states house member members head party people man men woman women person persons
group groups side body force power powers source sources crowd friend friends
settlement settlements`)
