//! Generic English word lists: common words that are never names, titles and roles, name
//! particles, verbs that show who acts, and given names that say a person's gender. Lowercase;
//! `lex` turns them into one lookup map once.

use super::lex;

/// Frequent words that, capitalised, start a sentence or a Title Case heading but never a name:
/// function words, adverbs, common verbs, participles and nouns.
#[rustfmt::skip]
pub(super) const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "for", "of", "in", "on", "at", "to", "from",
    "by", "with", "without", "about", "above", "across", "after", "against", "along", "amid", "amidst",
    "among", "around", "as", "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond",
    "despite", "down", "during", "except", "inside", "into", "like", "near", "off", "onto", "out", "outside",
    "over", "past", "per", "since", "than", "through", "throughout", "till", "toward", "towards", "under",
    "underneath", "unlike", "until", "up", "upon", "via", "within", "i", "me", "my", "mine", "we", "our",
    "ours", "you", "your", "he", "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their",
    "theirs", "this", "that", "these", "those", "who", "whom", "whose", "which", "what", "whatever",
    "whoever", "where", "when", "why", "how", "whether", "if", "unless", "because", "although", "though",
    "while", "whilst", "once", "then", "there", "here", "now", "also", "only", "even", "just", "still",
    "already", "again", "ever", "never", "always", "often", "sometimes", "soon", "later", "earlier", "today",
    "tonight", "tomorrow", "yesterday", "meanwhile", "however", "moreover", "furthermore", "nevertheless",
    "nonetheless", "therefore", "thus", "hence", "instead", "otherwise", "indeed", "perhaps", "maybe",
    "probably", "possibly", "certainly", "clearly", "apparently", "reportedly", "allegedly", "pointedly",
    "previously", "recently", "currently", "finally", "initially", "ultimately", "originally", "separately",
    "similarly", "additionally", "specifically", "notably", "importantly", "crucially", "interestingly",
    "unfortunately", "fortunately", "surprisingly", "second", "third", "next", "last", "both", "either",
    "neither", "each", "every", "all", "any", "some", "many", "much", "more", "most", "few", "fewer", "less",
    "least", "several", "such", "no", "not", "none", "nothing", "something", "anything", "everything",
    "someone", "anyone", "everyone", "nobody", "other", "others", "another", "same", "own", "be", "is", "am",
    "are", "was", "were", "been", "being", "have", "has", "had", "having", "do", "does", "did", "done", "can",
    "could", "might", "must", "shall", "should", "would", "yes", "oh", "please", "thanks", "asked",
    "speaking", "according", "following", "given", "including", "regarding", "unclear", "coinciding",
    "building", "talking", "writing", "asking", "adding", "saying", "responding", "referring", "commenting",
    "noting", "looking", "getting", "making", "taking", "bring", "let", "see", "read", "watch", "click",
    "share", "sign", "subscribe", "related", "more", "advertisement", "photo", "photos", "pool", "file",
    "image", "images", "video", "videos", "caption", "credit", "source", "sources", "update", "updated",
    "breaking", "live", "exclusive", "analysis", "opinion", "comment", "editorial", "explainer", "factbox",
    "timeline", "key", "high", "low", "big", "small", "major", "minor", "top", "early", "late", "recent",
    "further", "total", "overall", "full", "free", "open", "public", "private", "critical", "context",
    "steps", "step", "details", "detail", "leaked", "response", "warning", "warnings", "accusations", "fails",
    "yield", "breakthrough", "hails", "warns", "ahead", "very", "lot", "talks", "talk", "meeting", "meetings",
    "war", "wars", "peace", "deal", "deals", "plan", "plans", "news", "report", "reports", "story", "stories",
    "officials", "official", "police", "analysts", "critics", "residents", "witnesses", "prosecutors",
    "investors", "experts", "authorities", "lawmakers", "legislators", "negotiators", "protesters",
    "protestors", "demonstrators", "fans", "players", "voters", "doctors", "scientists", "researchers",
    "economists", "observers", "diplomats", "soldiers", "troops", "leaders", "ministers", "officers",
    "workers", "employees", "members", "people", "citizens", "civilians", "families", "children", "women",
    "men", "students", "teachers", "parents", "supporters", "opponents", "allies", "rivals", "rival",
    "rivals", "rescuers", "organizers", "organisers", "medics", "paramedics", "firefighters", "forecasters",
    "traders", "bankers", "regulators", "lawyers", "investigators", "detectives", "neighbors", "neighbours",
    "relatives", "friends", "colleagues", "aides", "advisers", "advisors", "spokespeople", "mediators",
    "activists", "locals", "villagers", "farmers", "customers", "consumers", "shoppers", "drivers",
    "passengers", "survivors", "victims", "migrants", "refugees", "settlers", "militants", "rebels",
    "insurgents", "gunmen", "attackers", "lawmakers", "senators", "governors", "mayors", "judges",
    "ministers", "generals", "commanders", "envoy", "sides", "side", "envoys", "delegates", "delegation",
    "negotiations", "efforts", "effort", "proposal", "proposals", "talks", "summit", "conflict", "crisis",
    "invasion", "attack", "attacks", "strike", "strikes", "election", "elections", "vote", "votes", "budget",
    "economy", "market", "markets", "shares", "stocks", "prices", "price", "sales", "profits", "profit",
    "revenue", "earnings", "growth", "inflation", "rates", "match", "game", "games", "season", "goal",
    "goals", "win", "wins", "won", "lost", "loss", "defeat", "victory", "final", "finals", "cup", "title",
    "league", "table", "points", "score", "half", "minute", "minutes", "time", "year", "years", "month",
    "months", "week", "weeks", "day", "days", "hour", "hours", "morning", "evening", "afternoon", "night",
    "weekend", "state", "states", "government", "minister", "president", "secretary", "ministry",
    "department", "office", "agency", "council", "committee", "chairman", "spokesman", "spokeswoman",
    "spokesperson", "general", "chief", "head", "leader", "director", "manager", "coach", "captain", "envoy",
    "adviser", "advisor", "aide", "prime", "vice", "deputy", "acting", "former", "senior", "junior",
    "special", "foreign", "defence", "defense", "home", "interior", "national", "international", "federal",
    "central", "local", "regional", "global", "world", "new", "old", "good", "bad", "best", "worst", "better",
    "worse", "great", "greater", "long", "longer", "short", "strong", "weak", "hard", "easy", "first",
    "unclear", "doves", "hawks", "nonetheless", "still", "well", "overnight", "elsewhere", "everywhere",
    "nowhere", "somewhere", "anyway", "altogether", "together", "alone", "almost", "nearly", "quite",
    "rather", "too", "enough", "far", "away", "back", "forward", "already", "yet", "thereby", "whereas",
    "whereby", "wherever", "whenever",
];

/// Title words that, capitalised before a name, give the person's office: "President",
/// "Foreign Minister", "Mr", "Gen.". Honorifics are here too.
#[rustfmt::skip]
pub(super) const TITLE_HEADS: &[&str] = &[
    "president", "president-elect", "vice-president", "premier", "chancellor", "minister", "secretary",
    "secretary-general", "senator", "sen.", "sen", "rep.", "rep", "representative", "congressman",
    "congresswoman", "congressmember", "governor", "gov.", "gov", "mayor", "ambassador", "envoy", "adviser",
    "advisor", "aide", "spokesman", "spokeswoman", "spokesperson", "general", "gen.", "gen", "lt.", "lt",
    "lieutenant", "colonel", "col.", "col", "major", "maj.", "captain", "capt.", "capt", "admiral", "adm.",
    "commander", "sergeant", "sgt.", "sgt", "corporal", "cpl.", "private", "pvt.", "marshal", "brigadier",
    "officer", "chief", "director", "chairman", "chairwoman", "chair", "chairperson", "ceo", "cfo", "coo",
    "cto", "judge", "justice", "attorney", "prosecutor", "commissioner", "inspector", "insp.", "detective",
    "det.", "constable", "superintendent", "supt.", "king", "queen", "prince", "princess", "duke", "duchess",
    "earl", "countess", "lord", "lady", "sir", "dame", "baron", "baroness", "emperor", "empress", "sultan",
    "pope", "cardinal", "archbishop", "bishop", "rabbi", "imam", "ayatollah", "sheikh", "emir", "crown", "mr",
    "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "dr", "dr.", "prof", "prof.", "professor", "rev.", "rev",
    "reverend", "father", "fr.", "coach", "manager", "boss", "leader", "speaker", "mp", "mep", "msp",
    "founder", "co-founder", "executive", "dean", "provost", "rector", "headteacher", "principal",
    "treasurer", "comptroller", "administrator", "ombudsman", "registrar", "delegate", "del.", "amb.",
    "negotiator",
    "commander-in-chief", "chief-of-staff", "rapporteur", "premier", "taoiseach", "tanaiste",
    "chief executive", "whip", "skipper", "striker", "midfielder", "defender", "goalkeeper", "winger",
    "forward", "quarterback", "pitcher", "umpire", "referee", "councillor", "councilor", "cllr", "cllr.",
    "councilman", "councilwoman", "councilmember", "alderman", "alderwoman", "supervisor", "selectman",
    "selectwoman", "assemblyman", "assemblywoman", "assemblymember", "trustee", "sheriff", "magistrate", "clerk",
    "novelist", "poet", "playwright", "filmmaker", "author", "historian", "economist", "analyst",
    "activist", "campaigner", "organizer", "organiser", "lawyer", "journalist", "columnist", "strategist",
    "pollster", "lobbyist", "consultant", "actor", "actress", "comedian",
];

/// Capitalised words that modify a title: "Prime", "Foreign", "Deputy", "State".
#[rustfmt::skip]
pub(super) const TITLE_MODIFIERS: &[&str] = &[
    "vice", "deputy", "prime", "foreign", "defence", "defense", "home", "health", "interior", "finance",
    "economy", "economic", "trade", "justice", "education", "energy", "culture", "environment", "transport",
    "transportation", "treasury", "army", "navy", "air", "state", "special", "presidential", "senior",
    "chief", "acting", "former", "shadow", "first", "assistant", "executive", "managing", "crown", "supreme",
    "high", "grand", "associate", "press", "security", "national", "top", "lead", "head", "interim",
    "incoming", "outgoing", "political", "military", "commanding", "labor", "labour", "agriculture",
    "commerce", "veterans", "housing", "sports", "digital", "science", "technology", "business", "work",
    "pensions", "development", "international", "intelligence", "cabinet", "parliamentary", "permanent",
    "regional", "federal", "majority", "minority", "opposition", "party", "general", "attorney", "solicitor",
    "inspector", "surgeon", "lord", "chief-of-staff", "staff", "communications", "policy", "affairs",
    "homeland", "war", "exchequer", "legal", "financial", "operating", "technical", "creative", "sporting",
    "team", "club", "head", "ex", "then",
];

/// Departments a title can be "of": "Secretary of State", "Chancellor of the Exchequer".
#[rustfmt::skip]
pub(super) const TITLE_DEPARTMENTS: &[&str] = &[
    "state", "war", "defense", "defence", "health", "education", "energy", "commerce", "labor",
    "transportation", "agriculture", "treasury", "interior", "justice", "exchequer", "staff", "homeland",
    "security", "veterans", "housing", "foreign", "affairs", "home", "trade", "finance", "culture",
    "environment", "transport", "army", "navy", "air", "force", "the", "and", "human", "services", "urban",
    "development", "economy", "house", "senate", "commons", "lords", "assembly",
];

/// Lowercase nouns that name what a person is: "adviser", "spokesman", "striker".
#[rustfmt::skip]
pub(super) const ROLE_HEADS: &[&str] = &[
    "president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor",
    "aide", "envoy", "official", "diplomat", "ambassador", "chief", "head", "leader", "chairman",
    "chairwoman", "chair", "director", "executive", "ceo", "cfo", "coo", "cto", "founder", "co-founder",
    "owner", "boss", "manager", "coach", "captain", "striker", "forward", "midfielder", "defender",
    "goalkeeper", "keeper", "winger", "player", "driver", "champion", "rider", "batsman", "bowler", "athlete",
    "star", "journalist", "columnist", "correspondent", "reporter", "editor", "analyst", "economist",
    "banker", "investor", "businessman", "businesswoman", "magnate", "tycoon", "billionaire", "entrepreneur",
    "member", "son-in-law", "daughter-in-law", "father-in-law", "mother-in-law", "brother-in-law",
    "sister-in-law", "son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "uncle",
    "aunt", "nephew", "niece", "cousin", "widow", "widower", "partner", "friend", "ally", "rival", "spouse",
    "candidate", "nominee", "lawyer", "attorney", "judge", "prosecutor", "officer", "commander", "general",
    "colonel", "admiral", "soldier", "pilot", "scientist", "researcher", "professor", "expert", "historian",
    "author", "writer", "activist", "campaigner", "organiser", "organizer", "fixer", "chancellor", "premier",
    "governor", "mayor", "senator", "congressman", "congresswoman", "representative", "speaker", "lawmaker",
    "legislator", "politician", "delegate", "negotiator", "mediator", "emissary", "intermediary",
    "interlocutor", "communicator", "staffer", "strategist", "consultant", "pollster", "lobbyist", "trader",
    "employee", "teacher", "doctor", "surgeon", "nurse", "presenter", "anchor", "commentator", "pundit",
    "actor", "actress", "singer", "musician", "artist", "comedian", "producer", "veteran", "deputy",
    "chairperson", "commissioner", "inspector", "detective", "treasurer", "secretary-general", "king",
    "queen", "prince", "princess", "monarch", "pope", "bishop", "archbishop", "cardinal", "rabbi", "imam",
    "cleric", "chief-of-staff", "aide-de-camp", "heir", "successor", "predecessor", "counterpart", "deputy",
    "vice-president", "vice-chair", "frontman", "designer", "architect", "engineer", "founder",
    "president-elect", "prime-minister", "premier", "mp", "mep", "peer", "minister", "defenceman", "referee",
    "umpire", "manager", "boss", "principal", "dean", "rector", "provost", "ombudsman", "envoy", "emir",
    "sheikh", "sultan", "chancellor", "counsel", "counsellor", "counselor", "councillor", "councilor",
    "councilman", "councilwoman", "councilmember", "alderman", "alderwoman", "supervisor", "selectman",
    "selectwoman", "assemblyman", "assemblywoman", "assemblymember", "trustee", "sheriff", "magistrate", "clerk",
    "novelist", "poet", "playwright", "filmmaker",
];

/// Lowercase words that may stand inside a role before its head: "senior", "foreign", "policy".
#[rustfmt::skip]
pub(super) const ROLE_MODIFIERS: &[&str] = &[
    "senior", "top", "former", "longtime", "long-time", "veteran", "chief", "deputy", "acting", "special",
    "foreign", "policy", "affairs", "economic", "economics", "defence", "defense", "security", "national",
    "presidential", "interior", "finance", "financial", "health", "home", "trade", "justice", "military",
    "state", "army", "navy", "investment", "real", "estate", "sovereign", "wealth", "fund", "press",
    "communications", "political", "general", "new", "incoming", "outgoing", "interim", "current",
    "executive", "managing", "vice", "assistant", "prime", "head", "lead", "principal", "key", "close",
    "trusted", "personal", "private", "team", "club", "party", "opposition", "shadow", "elected", "retired",
    "independent", "local", "regional", "federal", "international", "global", "technology", "tech", "energy",
    "oil", "media", "news", "sports", "football", "tennis", "golf", "cricket", "rugby", "league", "olympic",
    "world", "staff", "coordination", "support", "intelligence", "cabinet", "government", "white", "house",
    "first-term", "second-term", "two-time", "three-time", "former", "ex", "founding", "majority", "minority",
    "republican", "democratic", "conservative", "labour", "liberal", "centrist", "hardline", "moderate",
    "young", "junior", "associate", "union", "labor", "campaign", "election", "chief", "operating",
    "marketing", "legal", "digital", "culture", "education", "environment", "transport", "business",
    "industry", "banking", "monetary", "central", "bank", "treasury", "budget", "pension", "pensions", "work",
    "science", "research", "investigative", "political", "diplomatic", "foreign-policy", "defence-policy",
    "economic-policy", "golf", "first", "second", "main", "lead", "leading", "top-ranking", "high-ranking",
    "senior-most", "unelected", "elected", "nominated", "designated", "appointed", "designate", "emeritus",
    "president's", "minister's", "adviser's", "former president's", "delegation", "peace", "talks",
    "negotiating", "security", "council",
];

/// Lowercase words that join the parts of a role: "adviser to", "head of the", "journalist and".
pub(super) const ROLE_CONNECTORS: &[&str] = &["of", "to", "for", "the", "and", "at", "in", "on"];

/// Verbs (and auxiliaries) that show a capitalised word before them is acting: "Reuters
/// reported", "the Kremlin has".
#[rustfmt::skip]
pub(super) const AGENT_VERBS: &[&str] = &[
    "said", "says", "say", "told", "tells", "reported", "reports", "announced", "announces", "added", "adds",
    "confirmed", "confirms", "denied", "denies", "posted", "posts", "claimed", "claims", "warned", "warns",
    "urged", "urges", "wrote", "writes", "tweeted", "stated", "states", "argued", "argues", "insisted",
    "insists", "noted", "notes", "accused", "accuses", "explained", "explains", "responded", "replied",
    "declined", "refused", "agreed", "agrees", "launched", "launches", "signed", "signs", "beat", "beats",
    "won", "wins", "lost", "loses", "drew", "draws", "sacked", "hired", "fired", "appointed", "named",
    "acquired", "bought", "sold", "raised", "cut", "cuts", "plans", "planned", "wants", "wanted", "sees",
    "saw", "is", "was", "has", "had", "have", "will", "would", "could", "can", "may", "might", "should",
    "must", "did", "does", "and", "or", "also", "itself", "issued", "issues", "released", "releases",
    "published", "publishes", "estimated", "estimates", "expects", "expected", "believes", "believed",
    "decided", "decides", "approved", "approves", "rejected", "rejects", "voted", "votes", "ruled", "rules",
    "ordered", "orders", "sued", "fined", "called", "calls", "suspended", "suspends", "classified",
    "demanded", "demands", "cited", "quoted",
];

/// Verbs in their base form that open an imperative sentence before a name, "Ask Alan Mercer
/// how…", "Tell Ruth…": at a sentence start such a word is not the name's first word.
#[rustfmt::skip]
pub(super) const IMPERATIVES: &[&str] = &[
    "ask", "tell", "give", "take", "look", "imagine", "remember", "consider", "listen", "call", "make",
    "get", "try", "keep", "stop", "thank", "forget", "trust", "believe", "blame", "join", "welcome",
    "wait", "put", "send", "show", "leave", "picture", "guess", "let", "watch", "see", "bring", "thank",
];

/// Verbs of sport results and transfers: "Arsenal beat Chelsea", "Liverpool signed".
#[rustfmt::skip]
pub(super) const SPORT_VERBS: &[&str] = &[
    "beat", "beats", "drew", "thrashed", "hammered", "edged", "routed", "signed", "signs", "sacked", "won",
    "lost", "defeated", "overcame", "eliminated", "knocked", "stunned", "held", "trail", "trailed", "host",
    "hosted",
];

/// Roles in a sports team: "Liverpool manager", "Barcelona coach".
#[rustfmt::skip]
pub(super) const SPORT_ROLES: &[&str] = &[
    "manager", "coach", "boss", "captain", "striker", "midfielder", "defender", "goalkeeper", "keeper", "winger",
    "forward",
];

/// Speech verbs: a word right before "said" is the one speaking.
#[rustfmt::skip]
pub(super) const SPEECH_VERBS: &[&str] = &[
    "said", "says", "told", "reported", "reports", "announced", "added", "confirmed", "denied", "posted",
    "claimed", "warned", "urged", "wrote", "tweeted", "stated", "argued", "insisted", "noted", "explained",
    "responded", "replied", "declined", "estimated", "cited", "quoted",
    // Verbs that put words to a judgement ("Norway branded it “…”", "Oslo accused X of “…”").
    "accused", "branded", "called", "condemned", "denounced", "described", "labeled", "labelled",
];

/// Titles of an office a place elects or appoints: the capitalised word before them
/// ("Dunmere Mayor") is the place, not an organization.
#[rustfmt::skip]
const PLACE_OFFICES: &[&str] = &[
    "mayor", "governor", "gov.", "premier", "sheriff", "alderman", "councillor", "councilor", "councilman",
    "councilwoman", "senator", "sen.", "congressman", "congresswoman", "assemblyman", "assemblywoman",
];

/// Endings of abstract nouns ("Employment", "Immigration", "Fairness"), common words when
/// they open a sentence.
const ABSTRACT_ENDINGS: &[&str] = &["ment", "tion", "sion", "ness", "ship", "ance", "ence"];

/// Given names common in news, men's.
#[rustfmt::skip]
pub(super) const MALE_NAMES: &[&str] = &[
    "aaron", "abdul", "abdullah", "adam", "adrian", "ahmed", "ahmad", "alan", "albert", "alberto",
    "aleksandr", "aleksei", "alex", "alexander", "alexandre", "alexei", "alexey", "alfred", "ali", "alistair",
    "andre", "andrea", "andreas", "andrei", "andrew", "andrey", "andrii", "andriy", "andrius", "angus",
    "anthony", "anton", "antonio", "arnold", "arthur", "barack", "ben", "benjamin", "bernard", "bill", "bob",
    "boris", "brad", "brandon", "brian", "bruce", "bruno", "carl", "carlos", "charles", "chris", "christian",
    "christopher", "chuck", "colin", "conor", "craig", "dan", "daniel", "danny", "dave", "david", "dennis",
    "denis", "derek", "dmitri", "dmitriy", "dmitry", "dominic", "donald", "doug", "douglas", "duncan", "ed",
    "eddie", "edward", "elon", "emmanuel", "enrique", "eric", "erik", "ernest", "evgeny", "fabio", "felix",
    "fernando", "francesco", "francis", "francisco", "frank", "franz", "fred", "friedrich", "gary", "gavin",
    "geoffrey", "george", "georgy", "gerald", "gerhard", "giorgio", "giuseppe", "gordon", "graham", "greg",
    "gregory", "guillaume", "gustavo", "hakan", "hamid", "hans", "harold", "harry", "hassan", "heinrich",
    "henry", "herbert", "hugh", "hugo", "hussein", "ian", "igor", "ilya", "isaac", "ivan", "jack", "jacob",
    "jake", "james", "jamie", "jan", "jared", "jason", "javier", "jd", "jean", "jeff", "jeffrey", "jens",
    "jeremy", "jerome", "jim", "jimmy", "joe", "joel", "johan", "johann", "john", "johnny", "jon", "jonathan",
    "jorge", "jose", "joseph", "josh", "joshua", "juan", "julian", "justin", "karl", "keir", "keith", "ken",
    "kenneth", "kevin", "khalid", "kim", "kirill", "klaus", "konstantin", "kyle", "larry", "lars", "lee",
    "leo", "leon", "leonid", "lewis", "liam", "lloyd", "louis", "luca", "lucas", "luis", "luke", "lukas",
    "marc", "marco", "marcus", "mario", "mark", "martin", "mateo", "matt", "matteo", "matthew", "max",
    "maxim", "michael", "micheal", "michel", "miguel", "mike", "mikhail", "mikel", "mohamed", "mohammad",
    "mohammed", "muhammad", "narendra", "nathan", "neil", "nicholas", "nick", "nicolas", "nigel", "nikita",
    "nikolai", "noah", "oleg", "oleksandr", "oleksiy", "oliver", "omar", "oscar", "owen", "pablo", "patrick",
    "paul", "pavel", "pedro", "pete", "peter", "petr", "petro", "philip", "philippe", "phil", "pierre",
    "rafael", "ralph", "ramzan", "raul", "ray", "recep", "richard", "rick", "rishi", "rob", "robert",
    "roberto", "robin", "roger", "roman", "ron", "ronald", "rory", "ross", "roy", "ruslan", "rustem", "ryan",
    "sadiq", "salman", "sam", "samuel", "scott", "sean", "sebastian", "sergei", "sergey", "sergiy", "serhiy",
    "simon", "stanislav", "stefan", "stephen", "steve", "steven", "stuart", "sven", "taras", "ted", "terry",
    "thomas", "tim", "timothy", "tobias", "todd", "tom", "tommy", "tony", "valery", "valeriy", "victor",
    "viktor", "vincent", "vitali", "vitaliy", "vladimir", "vladislav", "volodymyr", "walter", "wang", "wayne",
    "william", "wolfgang", "xavier", "yaroslav", "yevgeny", "yuri", "yuriy", "yury", "zach", "zachary",
    "mykhailo", "mykola", "dmytro", "kyrylo", "valerii", "denys", "ihor", "yevhen", "vadym", "vasyl",
    "bohdan", "olaf", "kash", "hunter", "earl", "dean", "jordan", "austin", "dallas", "houston", "lincoln", "jackson", "kent",
    "troy", "chad", "israel", "chuck", "mitch", "kevin", "hakeem", "bernie", "cory", "marco", "ted", "rand",
    "lindsey", "jd", "tucker", "sean", "kash", "stephen", "bukayo", "kai", "declan", "cole", "erling",
    "kylian", "lionel", "cristiano", "jude", "harry", "rory", "tiger", "novak", "rafael", "andy", "lewis",
    "lando", "wes", "rishi", "boris", "keir", "nigel", "jacob", "michael", "gavin", "jeremy", "ed", "enzo",
    "mikel", "pep", "arne", "jurgen", "xi", "narendra", "recep", "benjamin", "bibi", "mohammed", "emmanuel",
    "olaf", "friedrich",
    "aidan", "alvin", "barry", "bert", "billy", "blake", "bobby", "brett", "brent", "bryan", "byron",
    "calvin", "cameron", "carlton", "cecil", "charlie", "chester", "clarence", "claude", "clayton",
    "clifford", "clint", "clive", "clyde", "cody", "conrad", "curtis", "dale", "damon", "darren", "darrell",
    "darryl", "desmond", "dexter", "don", "donnie", "duane", "dustin", "dwight", "edgar", "edwin", "elijah",
    "elliot", "elliott", "emmett", "eugene", "evan", "everett", "floyd", "frankie", "freddie", "gabriel",
    "gene", "gerard", "gilbert", "glenn", "harvey", "hector", "herman", "howard", "irving", "isaiah", "jamal",
    "jay", "jeffery", "jerry", "jesse", "jimmie", "joey", "julius", "kurt", "lance", "lawrence", "leonard",
    "leroy", "lester", "lonnie", "lowell", "lyle", "malcolm", "manuel", "marvin", "maurice", "melvin",
    "mickey", "miles", "milton", "mitchell", "morris", "nate", "nathaniel", "neal", "ned", "nelson",
    "norman", "otis", "percy", "perry", "preston", "quentin", "randall", "randy", "raymond", "reggie",
    "reginald", "rex", "ricky", "rodney", "roland", "ronnie", "rudy", "russell", "seth", "shane", "shawn",
    "sherman", "sidney", "stanley", "stewart", "terrence", "theodore", "trevor", "tyler", "vernon", "wade",
    "wallace", "warren", "wendell", "wesley", "wilbur", "willard", "willie", "winston", "rupert", "alastair",
    "hamish", "callum", "ewan", "fergus", "gareth", "glyn", "huw", "rhys", "dylan", "kieran", "niall",
    "seamus", "ciaran", "jeremiah", "josiah", "levi", "marty", "newt", "rudolph", "alejandro", "eduardo",
    "ricardo", "arturo", "sergio", "ramon", "rodrigo", "julio", "cesar", "ignacio", "guillermo", "ernesto",
    "felipe", "gerardo", "german",
];

/// Given names common in news, women's.
#[rustfmt::skip]
pub(super) const FEMALE_NAMES: &[&str] = &[
    "abigail", "ada", "adriana", "agnes", "aisha", "alexandra", "alice", "alicia", "alina", "alison",
    "amanda", "amber", "amelia", "amy", "ana", "anastasia", "andrea", "angela", "angelina", "anita", "ann",
    "anna", "anne", "annalena", "annie", "antonia", "ashley", "barbara", "beatrice", "beatriz", "bella",
    "beth", "betty", "bridget", "camilla", "carla", "carmen", "carol", "caroline", "catherine", "cecilia",
    "charlotte", "chelsea", "chloe", "christina", "christine", "claire", "clara", "claudia", "daria", "darya",
    "diana", "donna", "dorothy", "elena", "elina", "elisabeth", "eliza", "elizabeth", "ella", "ellen", "elsa",
    "emily", "emma", "eva", "eve", "evelyn", "fatima", "fiona", "florence", "frances", "francesca",
    "gabriela", "gabrielle", "georgia", "giorgia", "gloria", "grace", "hannah", "harriet", "heather", "helen",
    "helena", "hillary", "holly", "ingrid", "irina", "isabel", "isabella", "jacinda", "jane", "janet",
    "jennifer", "jessica", "jill", "joan", "joanna", "julia", "julie", "june", "kaja", "kamala", "karen",
    "karin", "kate", "katherine", "kathleen", "kathryn", "katie", "kelly", "kemi", "kristi", "kristina",
    "laura", "lauren", "leah", "linda", "lisa", "liz", "louise", "lucy", "lydia", "lyudmila", "madeleine",
    "maia", "margaret", "maria", "marie", "marina", "marine", "marta", "martha", "mary", "maya", "megan",
    "melania", "melanie", "mette", "mia", "michelle", "nadia", "nancy", "natalia", "natalie", "natalya",
    "nicola", "nicole", "nina", "olena", "olga", "olivia", "paula", "pauline", "penny", "priti", "rachel",
    "rebecca", "rose", "ruth", "sabine", "sally", "samantha", "sandra", "sara", "sarah", "sophia", "sophie",
    "stephanie", "susan", "svetlana", "tamara", "tatiana", "tatyana", "teresa", "theresa", "tulsi", "ulrike",
    "ursula", "valentina", "vanessa", "victoria", "viktoria", "virginia", "wendy", "yana", "yulia", "yuliia",
    "yvette", "zoe", "kristalina", "roberta", "annalena", "giorgia", "kaja", "yuliya", "iryna", "oksana",
    "olha", "tetiana", "svitlana", "pam", "kristi", "tulsi", "susie", "karoline", "nikki", "marjorie",
    "lauren", "angela", "kemi", "sydney", "madison", "savannah", "paris", "adelaide", "regina", "florence",
    "alexandria", "kathy", "kathleen", "karine", "kamala", "janet", "jill", "nancy", "sheila", "yolanda",
    "lisa", "tina", "gina", "dolores", "deborah", "debbie", "sharon", "shirley", "brenda", "pamela",
    "cynthia", "marsha", "ivanka", "lara", "tiffany", "hope", "keira", "kirsty", "emma", "mhairi", "nicola",
    "yvonne", "bridget", "lucy", "angela", "rayner", "suella", "priti", "liz", "therese", "rosa", "lina",
    "hana", "aya", "leila", "layla", "amina", "zainab", "mariam",
    "abby", "addison", "adrienne", "alexis", "allison", "alma", "angie", "audrey", "ava", "becky",
    "bernice", "beverly", "bonnie", "brittany", "brooke", "caitlin", "candace", "carly", "carrie",
    "cassandra", "cheryl", "christie", "cindy", "claudette", "colleen", "connie", "courtney", "crystal",
    "daisy", "danielle", "dawn", "debra", "denise", "diane", "dianne", "dina", "doris", "edith", "eileen",
    "elaine", "eleanor", "elise", "erica", "erin", "esther", "ethel", "eunice", "felicia", "gail", "gayle",
    "geraldine", "gertrude", "gladys", "gretchen", "gwen", "gwendolyn", "haley", "hazel", "heidi", "hilda",
    "ida", "irene", "iris", "jackie", "jacqueline", "jeanne", "jeannie", "jenna", "jenny", "joann", "joanne",
    "jocelyn", "josephine", "joyce", "judith", "judy", "julianne", "kara", "katharine", "kay", "kellyanne",
    "kendra", "kimberly", "kristen", "krystal", "lana", "lillian", "lily", "loretta", "lorraine", "lois",
    "lori", "lorna", "lucille", "lynn", "mabel", "mackenzie", "mandy", "marcia", "margo", "marian",
    "marilyn", "marlene", "maureen", "maxine", "meghan", "melinda", "melissa", "meredith", "michele",
    "mildred", "miranda", "mollie", "molly", "monica", "muriel", "naomi", "nellie", "nora", "norma",
    "patricia", "patty", "peggy", "phyllis", "polly", "priscilla", "rachael", "ramona", "renee", "rhonda",
    "rita", "rosalind", "rosemary", "roxanne", "sabrina", "selena", "shannon", "sheryl", "sonia", "sonya",
    "stacey", "stacy", "stella", "sue", "suzanne", "sylvia", "tammy", "tanya", "tara", "terri", "thelma",
    "tracey", "trisha", "valerie", "vera", "veronica", "vicki", "viola", "violet", "vivian", "wanda",
    "whitney", "wilma", "winifred",
];

/// Honorifics and role words that say a man.
#[rustfmt::skip]
pub(super) const MALE_WORDS: &[&str] = &[
    "mr", "mr.", "sir", "lord", "king", "prince", "duke", "earl", "baron", "emperor", "sultan", "father",
    "fr.", "spokesman", "chairman", "congressman", "businessman", "son", "son-in-law", "husband", "brother",
    "brother-in-law", "father-in-law", "uncle", "nephew", "widower", "boyfriend", "grandson", "grandfather",
    "frontman", "sportsman", "statesman", "monk", "man", "boy",
];

/// Honorifics and role words that say a woman.
#[rustfmt::skip]
pub(super) const FEMALE_WORDS: &[&str] = &[
    "mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen", "princess", "duchess", "countess",
    "baroness", "empress", "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "daughter",
    "daughter-in-law", "wife", "sister", "sister-in-law", "mother-in-law", "mother", "aunt", "niece", "widow",
    "girlfriend", "granddaughter", "grandmother", "actress", "sportswoman", "stateswoman", "nun", "woman",
    "girl",
];

/// Titles that, alone before one capitalised word, make it a person: "Mr Smith", "President Putin".
#[rustfmt::skip]
pub(super) const HONORIFICS: &[&str] = &[
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "dr", "dr.", "sir", "dame", "lord", "lady", "prof",
    "prof.", "professor",
];

/// True for a common word that is never a name ("however", "asked", "both").
pub fn is_stop(key: &str) -> bool {
    lex::has(key, lex::STOP)
}

/// True for a title that names an office or an honorific ("president", "mr").
pub fn is_title(key: &str) -> bool {
    lex::has(key, lex::TITLE)
}

/// True for a noun that says what a person is ("adviser", "striker").
pub fn is_role_head(key: &str) -> bool {
    lex::has(key, lex::ROLE_HEAD)
}

/// True for a lowercase word inside a name ("von", "bin").
pub fn is_particle(key: &str) -> bool {
    matches!(
        key,
        "von"
            | "van"
            | "der"
            | "den"
            | "de"
            | "da"
            | "di"
            | "del"
            | "della"
            | "dos"
            | "das"
            | "du"
            | "le"
            | "la"
            | "bin"
            | "ibn"
            | "al"
            | "el"
            | "ter"
            | "ten"
            | "zu"
            | "af"
            | "y"
            | "st."
            | "st"
    )
}

/// What a given name says about gender: `Some(true)` male, `Some(false)` female, `None` when
/// unknown or used for both.
pub fn name_gender(key: &str) -> Option<bool> {
    let f = lex::flags(key);
    match (f & lex::MALE != 0, f & lex::FEMALE != 0) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

/// What a title or role word says about gender, as [`name_gender`].
pub fn word_gender(key: &str) -> Option<bool> {
    let f = lex::flags(key);
    if f & lex::MALE_WORD != 0 {
        Some(true)
    } else if f & lex::FEMALE_WORD != 0 {
        Some(false)
    } else {
        None
    }
}

/// True for the title of an office a place fills ("mayor", "governor").
pub fn is_place_office(key: &str) -> bool {
    PLACE_OFFICES.contains(&key)
}

/// True for a word of seven letters or more with an abstract noun's ending ("employment").
pub fn is_abstract_noun(key: &str) -> bool {
    key.len() >= 7 && ABSTRACT_ENDINGS.iter().any(|e| key.ends_with(e))
}
