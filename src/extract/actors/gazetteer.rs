//! Generic lists of places, nationalities and organizations: what a capitalised word is when
//! the article alone cannot say. Every list is lowercase with diacritics folded; `lex` turns
//! them all into one lookup map once.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::lex::{self, FxBuild};

/// Countries, with the short and older forms news text uses.
#[rustfmt::skip]
pub(super) const COUNTRIES: &[&str] = &[
    "afghanistan", "albania", "algeria", "andorra", "angola", "antigua and barbuda", "argentina", "armenia",
    "australia", "austria", "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados", "belarus",
    "belgium", "belize", "benin", "bhutan", "bolivia", "bosnia", "bosnia and herzegovina", "herzegovina",
    "botswana", "brazil", "brunei", "bulgaria", "burkina faso", "burma", "burundi", "cambodia", "cameroon",
    "canada", "cape verde", "central african republic", "chad", "chile", "china", "colombia", "comoros",
    "congo", "costa rica", "cote d'ivoire", "ivory coast", "croatia", "cuba", "cyprus", "czech republic",
    "czechia", "denmark", "djibouti", "dominica", "dominican republic", "east timor", "ecuador", "egypt",
    "el salvador", "equatorial guinea", "eritrea", "estonia", "eswatini", "ethiopia", "fiji", "finland",
    "france", "gabon", "gambia", "georgia", "germany", "ghana", "greece", "grenada", "guatemala", "guinea",
    "guinea-bissau", "guyana", "haiti", "honduras", "hungary", "iceland", "india", "indonesia", "iran",
    "iraq", "ireland", "israel", "italy", "jamaica", "japan", "jordan", "kazakhstan", "kenya", "kiribati",
    "kosovo", "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon", "lesotho", "liberia", "libya",
    "liechtenstein", "lithuania", "luxembourg", "madagascar", "malawi", "malaysia", "maldives", "mali",
    "malta", "mauritania", "mauritius", "mexico", "micronesia", "moldova", "monaco", "mongolia", "montenegro",
    "morocco", "mozambique", "myanmar", "namibia", "nauru", "nepal", "netherlands", "holland", "new zealand",
    "nicaragua", "niger", "nigeria", "north korea", "north macedonia", "macedonia", "norway", "oman",
    "pakistan", "palau", "palestine", "panama", "papua new guinea", "paraguay", "peru", "philippines",
    "poland", "portugal", "qatar", "romania", "russia", "rwanda", "samoa", "san marino", "saudi arabia",
    "senegal", "serbia", "seychelles", "sierra leone", "singapore", "slovakia", "slovenia", "somalia",
    "south africa", "south korea", "korea", "south sudan", "spain", "sri lanka", "sudan", "suriname",
    "sweden", "switzerland", "syria", "taiwan", "tajikistan", "tanzania", "thailand", "togo", "tonga",
    "trinidad and tobago", "tunisia", "turkey", "turkiye", "turkmenistan", "tuvalu", "uganda", "ukraine",
    "united arab emirates", "uae", "united kingdom", "uk", "u.k.", "britain", "great britain", "england",
    "scotland", "wales", "northern ireland", "united states", "united states of america", "us", "u.s.", "usa",
    "u.s.a.", "america", "uruguay", "uzbekistan", "vanuatu", "vatican city", "venezuela", "vietnam", "yemen",
    "zambia", "zimbabwe", "greenland", "hong kong", "macau", "puerto rico", "gibraltar", "faroe islands",
    "soviet union", "ussr", "drc", "prc",
];

/// Continents, world regions and well-known disputed or historic regions.
#[rustfmt::skip]
pub(super) const REGIONS: &[&str] = &[
    "africa", "antarctica", "arctic", "asia", "europe", "north america", "south america", "latin america",
    "central america", "oceania", "eurasia", "middle east", "near east", "far east", "balkans", "baltics",
    "baltic", "caucasus", "scandinavia", "nordics", "sahel", "maghreb", "levant", "gulf", "persian gulf",
    "horn of africa", "west", "east", "north", "south", "global south", "west bank", "gaza", "gaza strip",
    "golan heights", "sinai", "kashmir", "tibet", "xinjiang", "siberia", "donbas", "donbass", "crimea",
    "donetsk", "luhansk", "lugansk", "zaporizhzhia", "zaporizhia", "kherson", "kharkiv", "kursk", "belgorod",
    "transnistria", "abkhazia", "south ossetia", "nagorno-karabakh", "chechnya", "dagestan", "kurdistan",
    "darfur", "tigray", "catalonia", "basque country", "flanders", "wallonia", "bavaria", "saxony", "silesia",
    "lombardy", "sicily", "sardinia", "corsica", "normandy", "brittany", "provence", "patagonia", "amazon",
    "mediterranean", "atlantic", "pacific", "indian ocean", "black sea", "red sea", "caspian", "baltic sea",
    "north sea", "south china sea", "arctic circle", "english channel", "channel", "strait of hormuz",
    "suez canal", "panama canal", "yorkshire", "lancashire", "kent", "essex", "surrey", "sussex", "cornwall",
    "devon", "midlands", "west midlands", "east anglia", "cumbria", "merseyside", "tyneside", "home counties",
    "highlands", "ulster", "quebec", "ontario", "alberta", "british columbia", "manitoba", "saskatchewan",
    "nova scotia", "new brunswick", "newfoundland", "yukon", "new south wales", "victoria", "queensland",
    "tasmania", "western australia", "south australia", "silicon valley", "wall street", "midwest",
    "new england", "deep south", "rust belt", "sun belt", "bay area", "lapland", "mariupol", "bakhmut",
    "avdiivka", "pokrovsk", "sumy", "chernihiv", "mykolaiv", "odesa", "odessa", "dnipro", "lviv", "kyiv",
    "kiev", "rafah", "khan younis",
];

/// US states and the District of Columbia.
#[rustfmt::skip]
pub(super) const US_STATES: &[&str] = &[
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
    "florida", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
    "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska",
    "nevada", "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota",
    "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota",
    "tennessee", "texas", "utah", "vermont", "virginia", "washington", "west virginia", "wisconsin",
    "wyoming", "district of columbia", "d.c.", "dc",
];

/// Capitals and large or often-named cities.
#[rustfmt::skip]
pub(super) const CITIES: &[&str] = &[
    "abu dhabi", "abuja", "accra", "addis ababa", "algiers", "amman", "amsterdam", "ankara", "antwerp",
    "astana", "athens", "atlanta", "auckland", "austin", "baghdad", "baku", "baltimore", "bangalore",
    "bangkok", "barcelona", "basel", "beijing", "beirut", "belfast", "belgrade", "berlin", "bern",
    "birmingham", "bogota", "bordeaux", "boston", "bratislava", "brasilia", "brisbane", "bristol", "brussels",
    "bucharest", "budapest", "buenos aires", "cairo", "calgary", "canberra", "cape town", "caracas",
    "cardiff", "casablanca", "charlotte", "chennai", "chicago", "chisinau", "cleveland", "cologne",
    "copenhagen", "dakar", "dallas", "damascus", "davos", "delhi", "new delhi", "denver", "detroit", "dhaka",
    "doha", "dubai", "dublin", "dusseldorf", "edinburgh", "florence", "frankfurt", "geneva", "genoa",
    "glasgow", "gothenburg", "guangzhou", "hamburg", "hanoi", "havana", "helsinki", "ho chi minh city",
    "hong kong", "honolulu", "houston", "islamabad", "istanbul", "jakarta", "jeddah", "jerusalem",
    "johannesburg", "kabul", "kampala", "karachi", "kathmandu", "khartoum", "kinshasa", "kolkata", "krakow",
    "kuala lumpur", "kuwait city", "lagos", "lahore", "las vegas", "leeds", "leipzig", "lille", "lima",
    "lisbon", "liverpool", "ljubljana", "london", "los angeles", "luanda", "lyon", "madrid", "manchester",
    "manila", "marseille", "mecca", "medina", "melbourne", "mexico city", "miami", "milan", "minneapolis",
    "minsk", "mogadishu", "monrovia", "montreal", "moscow", "mumbai", "munich", "nairobi", "naples",
    "nashville", "newcastle", "new orleans", "nice", "nicosia", "nottingham", "nur-sultan", "osaka", "oslo",
    "ottawa", "oxford", "cambridge", "palermo", "paris", "perth", "philadelphia", "phoenix", "pittsburgh",
    "podgorica", "porto", "prague", "pretoria", "pyongyang", "quito", "rabat", "reykjavik", "riga",
    "rio de janeiro", "riyadh", "rome", "rotterdam", "saint petersburg", "st petersburg", "st. petersburg",
    "salzburg", "san diego", "san francisco", "san jose", "santiago", "sao paulo", "sarajevo", "seattle",
    "seoul", "shanghai", "sheffield", "shenzhen", "singapore", "skopje", "sochi", "sofia", "stockholm",
    "strasbourg", "stuttgart", "sydney", "taipei", "tallinn", "tashkent", "tbilisi", "tehran", "tel aviv",
    "the hague", "hague", "tirana", "tokyo", "toronto", "tripoli", "tunis", "turin", "ulaanbaatar",
    "valletta", "vancouver", "venice", "vienna", "vilnius", "warsaw", "washington", "wellington", "yerevan",
    "zagreb", "zurich", "kazan", "novosibirsk", "yekaterinburg", "vladivostok", "murmansk", "kaliningrad",
    "rostov", "volgograd", "minsk", "alaska", "anchorage", "kansas city", "salt lake city", "orlando",
    "tampa", "sacramento", "portland", "san antonio", "indianapolis", "columbus", "milwaukee", "cincinnati",
    "st louis", "st. louis", "memphis", "charleston", "richmond", "hollywood", "brooklyn", "manhattan",
    "queens", "bronx", "westminster", "whitehall", "mar-a-lago", "palm beach", "camp david", "anfield",
    "wembley", "wimbledon", "old trafford", "twickenham", "augusta", "lusail", "marrakech", "sharm el-sheikh",
    "alexandria", "aleppo", "homs", "idlib", "mosul", "basra", "erbil", "kandahar", "herat", "gdansk", "lodz",
    "wroclaw", "porto alegre", "brazzaville", "harare", "lusaka", "dar es salaam", "maputo", "windhoek",
    "gaborone",
];

/// Words that end a place name: "Black Sea", "Senate Palace", "Red Square".
#[rustfmt::skip]
pub(super) const PLACE_HEADS: &[&str] = &[
    "sea", "ocean", "river", "lake", "mountain", "mountains", "mount", "island", "islands", "isles", "strait",
    "straits", "bay", "valley", "peninsula", "desert", "canal", "coast", "square", "avenue", "boulevard",
    "road", "airport", "palace", "bridge", "park", "stadium", "arena", "cathedral", "castle", "tower",
    "station", "region", "province", "oblast", "county", "district", "borough", "heights", "hills", "plain",
    "plains", "forest", "glacier", "gorge", "harbour", "harbor", "port", "beach", "falls", "highway",
    "motorway", "corridor", "street", "lane", "drive", "crescent", "terrace", "wharf", "quay", "pier",
];

/// Nationalities, demonyms, languages and other capitalised adjectives that are never names.
#[rustfmt::skip]
pub(super) const DEMONYMS: &[&str] = &[
    "afghan", "albanian", "algerian", "american", "andorran", "angolan", "argentine", "argentinian",
    "armenian", "australian", "austrian", "azerbaijani", "azeri", "bahraini", "bangladeshi", "belarusian",
    "belgian", "bolivian", "bosnian", "brazilian", "british", "briton", "bulgarian", "burmese", "cambodian",
    "cameroonian", "canadian", "chilean", "chinese", "colombian", "congolese", "croatian", "cuban", "cypriot",
    "czech", "danish", "dane", "dutch", "ecuadorian", "egyptian", "emirati", "english", "eritrean",
    "estonian", "ethiopian", "european", "filipino", "finnish", "finn", "french", "georgian", "german",
    "ghanaian", "greek", "guatemalan", "haitian", "honduran", "hungarian", "icelandic", "indian",
    "indonesian", "iranian", "iraqi", "irish", "israeli", "italian", "jamaican", "japanese", "jordanian",
    "kazakh", "kenyan", "korean", "kosovar", "kurdish", "kurd", "kuwaiti", "kyrgyz", "lao", "latvian",
    "lebanese", "liberian", "libyan", "lithuanian", "luxembourgish", "macedonian", "malaysian", "maltese",
    "mexican", "moldovan", "mongolian", "montenegrin", "moroccan", "mozambican", "namibian", "nepalese",
    "nepali", "nicaraguan", "nigerian", "nigerien", "norwegian", "omani", "pakistani", "palestinian",
    "panamanian", "paraguayan", "persian", "peruvian", "polish", "pole", "portuguese", "qatari", "romanian",
    "russian", "rwandan", "saudi", "scottish", "scot", "senegalese", "serbian", "serb", "singaporean",
    "slovak", "slovenian", "somali", "spanish", "spaniard", "sri lankan", "sudanese", "swedish", "swede",
    "swiss", "syrian", "taiwanese", "tajik", "tanzanian", "thai", "tunisian", "turkish", "turk", "turkmen",
    "ugandan", "ukrainian", "uruguayan", "uzbek", "venezuelan", "vietnamese", "welsh", "yemeni", "zambian",
    "zimbabwean", "soviet", "western", "eastern", "northern", "southern", "african", "asian", "arab",
    "arabic", "latino", "hispanic", "nordic", "baltic", "balkan", "caucasian", "transatlantic", "atlantic",
    "pacific", "mediterranean", "scandinavian", "anglo", "slavic", "gulf", "sunni", "shia", "shiite",
    "muslim", "islamic", "christian", "catholic", "orthodox", "protestant", "jewish", "jew", "hindu",
    "buddhist", "sikh", "evangelical", "republican", "republicans", "democrat", "democrats", "democratic",
    "conservative", "conservatives", "tory", "tories", "liberal", "liberals", "socialist", "socialists",
    "communist", "communists", "progressive", "progressives", "unionist", "unionists", "nationalist",
    "nationalists", "independent", "independents", "mandarin", "cantonese", "hebrew", "hindi", "urdu",
    "latin", "ukrainians", "europeans", "americans", "dutchman", "frenchman", "englishman", "irishman",
    "scotsman", "welshman", "countryman", "countrymen", "muscovite", "londoner", "parisian", "kremlinologist",
    "californian", "texan", "floridian", "new yorker",
];

/// Capitalised words that end an organization's name: "Fox News", "Defense Council".
#[rustfmt::skip]
pub(super) const ORG_WORDS: &[&str] = &[
    "ministry", "department", "council", "commission", "committee", "parliament", "senate", "congress",
    "assembly", "party", "bank", "fund", "agency", "authority", "bureau", "office", "service", "services",
    "forces", "force", "army", "navy", "guard", "police", "court", "tribunal", "university", "college",
    "school", "institute", "academy", "foundation", "trust", "association", "federation", "union", "league",
    "alliance", "organization", "organisation", "coalition", "movement", "corporation", "corp", "corp.",
    "inc", "inc.", "ltd", "ltd.", "limited", "llc", "plc", "ag", "gmbh", "sa", "co.", "company", "group",
    "holdings", "partners", "capital", "ventures", "industries", "technologies", "systems", "motors",
    "airlines", "airways", "pharmaceuticals", "labs", "laboratories", "media", "news", "press", "times",
    "post", "journal", "gazette", "herald", "telegraph", "tribune", "chronicle", "mirror", "express",
    "magazine", "television", "tv", "radio", "network", "broadcasting", "studios", "records", "social",
    "club", "fc", "afc", "society", "church", "cabinet", "government", "administration", "board", "exchange",
    "reserve", "secretariat", "directorate", "command", "staff", "brigade", "regiment", "battalion", "corps",
    "fleet", "watch", "international", "centre", "center", "chamber", "duma", "rada", "knesset", "bundestag",
    "consortium", "bancorp", "railways", "petroleum", "insurance", "securities", "investments", "management",
    "consulting", "hospital", "mission", "nations", "republic", "kingdom", "caucus", "entertainment",
    "pictures", "games", "software", "electronics", "semiconductor", "energy", "oil", "steel", "mining",
    "airbus", "united", "city", "athletic", "rovers", "wanderers", "albion", "hotspur", "rangers", "celtic",
    "devices", "instruments", "dynamics", "networks", "solutions", "brands", "foods", "stores",
    "therapeutics", "biosciences", "robotics", "aerospace", "logistics", "resources", "materials",
    "properties", "realty", "communications", "telecom", "pharma", "motor", "airline", "petroleum",
    "chemicals", "semiconductors", "analytics", "ledger", "courier", "dispatch", "observer", "bugle",
    "clarion", "sentinel", "echo", "examiner", "inquirer", "bulletin", "renewables", "utilities",
    "bakery", "brewery", "farms", "homes", "builders", "construction", "outfitters", "water", "rail",
    "trains", "buses", "ferries", "panel", "cooperative", "co-operative", "co-op", "team",
];

/// Organization words of a trade that a shop or a cooperative is named by after its owners'
/// possessive ("Tarrant's Bakery", "the Women’s Cooperative").
#[rustfmt::skip]
const TRADE_WORDS: &[&str] = &[
    "bakery", "brewery", "cooperative", "co-operative", "co-op", "farms", "stores", "foods", "builders",
    "outfitters", "restaurant", "cafe", "café", "pharmacy", "garage", "dairy", "bookshop", "bookstore",
];

/// Organizations known by one or more plain words: institutions, governments by their seat,
/// news organizations, international bodies, large companies, armed groups.
#[rustfmt::skip]
pub(super) const KNOWN_ORGS: &[&str] = &[
    // seats of government and institutions
    "kremlin", "pentagon", "white house", "downing street", "number 10", "no 10", "elysee", "elysee palace",
    "bundeswehr", "bundestag", "bundesrat", "duma", "state duma", "verkhovna rada", "rada", "knesset",
    "senate", "congress", "house of commons", "house of lords", "commons", "house of representatives",
    "capitol hill", "supreme court", "vatican", "holy see", "whitehall", "quai d'orsay", "bankova",
    "foggy bottom", "zhongnanhai", "blue house", "chancellery", "treasury", "federal reserve", "fed",
    "bank of england", "european central bank", "ecb", "imf", "international monetary fund", "world bank",
    "world health organization", "wto", "world trade organization", "united nations", "un", "u.n.",
    "security council", "un security council", "general assembly", "nato", "european union", "eu", "e.u.",
    "european commission", "european parliament", "european council", "council of europe", "african union",
    "arab league", "opec", "g7", "g20", "brics", "asean", "osce", "iaea", "icc",
    "international criminal court", "interpol", "europol", "red cross",
    "international committee of the red cross", "icrc", "amnesty international", "human rights watch",
    "greenpeace", "doctors without borders", "medecins sans frontieres", "msf", "unicef", "unesco", "unhcr",
    "fifa", "uefa", "ioc", "premier league", "nfl", "nba", "mlb", "nhl", "fbi", "cia", "nsa", "dhs", "doj",
    "irs", "sec", "fda", "cdc", "nasa", "epa", "mi5", "mi6", "gchq", "nhs", "bbc", "itv", "sky news",
    "sky sports", "bt sport", "tnt sports", "fox sports", "espn", "sky", "channel 4", "fsb", "gru", "svr",
    "sbu", "kgb", "mossad", "idf", "wagner", "wagner group", "hamas", "hezbollah", "taliban", "isis", "isil",
    "islamic state", "al-qaeda", "al qaeda", "houthis", "fatah", "pkk", "plo", "ira", "labour",
    "labour party", "conservative party", "tory party", "reform uk", "liberal democrats", "lib dems", "snp",
    "plaid cymru", "democratic party", "republican party", "gop", "sinn fein", "dup", "afd", "cdu", "spd",
    "united russia", "national rally", "servant of the people", "communist party", "democrats",
    "republicans", "tories", "conservatives",
    // sports clubs and bodies not named after a city alone
    "arsenal", "chelsea fc", "tottenham", "spurs", "everton", "fulham", "brentford", "wolves", "aston villa",
    "crystal palace", "nottingham forest", "real madrid", "atletico madrid", "bayern munich", "inter milan",
    "ac milan", "paris saint-germain", "psg", "borussia dortmund", "juventus", "ajax", "benfica", "celtic",
    "rangers", "new york yankees", "boston red sox", "los angeles lakers", "golden state warriors",
    "dallas cowboys", "new england patriots", "red bull", "ferrari", "mclaren", "mercedes", "williams racing",
    "atp", "wta", "pga tour", "liv golf", "icc", "world rugby", "rfu", "fa", "the fa", "ecb", "mcc",
    // news organizations and agencies
    "reuters", "associated press", "ap", "afp", "agence france-presse", "bloomberg", "sputnik", "tass",
    "ria novosti", "interfax", "xinhua", "kyodo", "yonhap", "anadolu", "ukrinform", "pa media", "dpa", "efe",
    "ansa", "cnn", "nbc", "nbc news", "abc", "abc news", "cbs", "cbs news", "fox news", "msnbc", "npr", "pbs",
    "al jazeera", "politico", "axios", "guardian", "economist", "financial times", "ft", "new york times",
    "washington post", "wall street journal", "wsj", "daily mail", "le monde", "der spiegel", "spiegel",
    "bild", "die zeit", "kyiv independent", "kyiv post", "meduza", "rt", "russia today", "euronews",
    "deutsche welle", "dw", "voice of america", "voa", "radio free europe", "rfe/rl", "newsweek", "forbes",
    "semafor", "cnbc", "usa today", "los angeles times",
    // companies
    "apple", "google", "alphabet", "microsoft", "amazon", "meta", "nvidia", "tesla", "openai", "anthropic",
    "netflix", "ibm", "intel", "amd", "samsung", "sony", "toyota", "volkswagen", "bmw", "mercedes-benz",
    "ford", "general motors", "gm", "boeing", "airbus", "lockheed martin", "raytheon", "shell", "bp",
    "exxonmobil", "exxon", "chevron", "gazprom", "rosneft", "lukoil", "aramco", "saudi aramco", "walmart",
    "jpmorgan", "jpmorgan chase", "goldman sachs", "morgan stanley", "citigroup", "citi", "hsbc", "barclays",
    "blackrock", "berkshire hathaway", "vanguard", "visa", "mastercard", "paypal", "uber", "airbnb", "spacex",
    "starlink", "twitter", "facebook", "instagram", "tiktok", "bytedance", "alibaba", "tencent", "huawei",
    "xiaomi", "baidu", "tsmc", "arm", "qualcomm", "oracle", "salesforce", "adobe", "disney", "warner bros",
    "pfizer", "moderna", "astrazeneca", "novartis", "roche", "unilever", "nestle", "coca-cola", "pepsico",
    "mcdonald's", "starbucks", "nike", "adidas", "ikea", "siemens", "rheinmetall", "bae systems",
    "rolls-royce", "glencore", "rio tinto", "bhp", "vodafone", "telegram", "whatsapp", "youtube", "linkedin",
    "snapchat", "reddit", "spotify", "x corp",
];

/// Companies and platforms, whose name before a noun ("the Facebook post") names a thing, not
/// the company acting.
#[rustfmt::skip]
pub(super) const COMPANIES: &[&str] = &[
    "apple", "google", "microsoft", "amazon", "meta", "nvidia", "tesla", "openai", "netflix", "samsung",
    "sony", "toyota", "boeing", "airbus", "twitter", "facebook", "instagram", "tiktok", "telegram",
    "whatsapp", "youtube", "linkedin", "snapchat", "reddit", "spotify", "starlink", "uber", "airbnb", "visa",
    "mastercard", "paypal",
];

/// Generic acronyms and the names they stand for, so "AP" and "Associated Press" are one actor.
#[rustfmt::skip]
const ACRONYMS: &[(&str, &str)] = &[
    ("ap", "associated press"), ("afp", "agence france-presse"), ("eu", "european union"),
    ("e.u.", "european union"), ("un", "united nations"), ("u.n.", "united nations"),
    ("imf", "international monetary fund"), ("who", "world health organization"),
    ("wto", "world trade organization"), ("ecb", "european central bank"), ("nbc", "nbc news"),
    ("cbs", "cbs news"), ("abc", "abc news"), ("bbc", "british broadcasting corporation"),
    ("cnn", "cable news network"), ("fbi", "federal bureau of investigation"),
    ("cia", "central intelligence agency"), ("nhs", "national health service"), ("gop", "republican party"),
    ("snp", "scottish national party"), ("icc", "international criminal court"),
    ("iaea", "international atomic energy agency"),
    ("osce", "organization for security and co-operation in europe"), ("idf", "israel defense forces"),
    ("fsb", "federal security service"), ("sbu", "security service of ukraine"), ("ft", "financial times"),
    ("wsj", "wall street journal"), ("opec", "organization of the petroleum exporting countries"),
    ("fed", "federal reserve"), ("doj", "justice department"), ("sec", "securities and exchange commission"),
    ("fda", "food and drug administration"), ("cdc", "centers for disease control and prevention"),
    ("nasa", "national aeronautics and space administration"), ("ioc", "international olympic committee"),
    ("lib dems", "liberal democrats"), ("voa", "voice of america"), ("rt", "russia today"),
    ("msf", "medecins sans frontieres"), ("icrc", "international committee of the red cross"),
    ("gm", "general motors"), ("dw", "deutsche welle"),
    // party plurals: "Democrats" are the Democratic Party acting
    ("democrats", "democratic party"), ("republicans", "republican party"), ("tories", "conservative party"),
    ("conservatives", "conservative party"),
];

/// All-caps words that are not organizations: titles, units, common terms, time zones.
#[rustfmt::skip]
pub(super) const NOT_ORG_ACRONYMS: &[&str] = &[
    "ceo", "cfo", "coo", "cto", "cio", "mp", "mps", "mep", "meps", "pm", "am", "gdp", "ai", "ipo", "tv", "pr",
    "hq", "vat", "ok", "id", "dna", "covid", "ufo", "gmt", "bst", "est", "edt", "cet", "pt", "et", "utc",
    "usd", "eur", "gbp", "rub", "uah", "km", "mph", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii",
    "xiii", "xiv", "xv", "xvi", "ps", "nb", "faq", "diy", "vip", "lgbt", "lgbtq", "ev", "evs", "suv", "atm",
    "pc", "sms", "url", "cv", "phd", "mba", "ba", "bsc", "msc", "qc", "kc", "obe", "mbe", "cbe", "rip", "aka",
    "asap", "tbc", "tbd", "q1", "q2", "q3", "q4", "fy", "yoy", "eps", "esg", "m&a", "api", "llm", "gpu",
    "cpu", "it", "hr", "ad", "bc", "ce", "bce", "nft", "var", "ot", "ko", "mvp", "nb", "mr", "mrs", "ms",
    "dr", "st", "jr", "sr", "uk", "us", "usa", "hiv", "aids", "etf", "etfs", "cpi", "ppi", "pmi", "ebitda",
    "roi", "gnp", "agi", "ar", "vr", "iot", "saas", "r&d", "q&a", "sars", "mers", "ptsd", "adhd", "ivf",
    "icu", "er", "rsvp", "eta", "fyi", "mph", "kph", "kg", "lb", "lbs", "oz", "mw", "gw", "kwh", "mb", "gb",
    "tb", "ghz", "icbm", "icbms", "himars", "atacms", "ied", "ieds", "rpg", "wmd", "mia", "pow", "pows",
    "ufo", "lng", "co2", "ghg", "ppe", "dei", "esg", "gop's", "ai's", "pdf", "html", "usb", "gps", "sim",
    "5g", "4g", "wifi", "ok'd", "nimby", "scotus", "potus", "flotus", "ok",
];

/// Words ending the name of a thing that is neither person nor body: a law, an event, a prize.
#[rustfmt::skip]
pub(super) const THING_HEADS: &[&str] = &[
    "act", "bill", "treaty", "agreement", "accord", "accords", "deal", "summit", "conference", "cup", "games",
    "bowl", "series", "championship", "championships", "open", "prize", "award", "awards", "festival",
    "olympics", "doctrine", "protocol", "convention", "charter", "index", "program", "programme",
    "initiative", "strategy", "plan", "war", "crisis", "revolution", "tour", "marathon", "prix", "derby",
    "classic", "trophy", "medal", "law", "amendment", "resolution", "declaration", "report", "budget",
];

/// Words starting the name of a thing: "Operation Barbarossa", "Hurricane Helene".
#[rustfmt::skip]
pub(super) const THING_PREFIXES: &[&str] = &[
    "operation", "project", "hurricane", "storm", "typhoon", "cyclone", "tropical", "flight", "apollo",
    "artemis",
];

/// Months and weekdays.
#[rustfmt::skip]
pub(super) const CALENDAR: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "christmas",
    "easter", "ramadan", "eid", "thanksgiving", "hanukkah", "new year",
];

/// Lowercase institutions a country owns: "Ukraine's general staff", "Russia's central bank".
#[rustfmt::skip]
pub(super) const POSSESSED_INSTITUTIONS: &[&str] = &[
    "general staff", "armed forces", "army", "navy", "air force", "defence ministry", "defense ministry",
    "foreign ministry", "interior ministry", "finance ministry", "justice ministry", "central bank",
    "security service", "security services", "parliament", "supreme court", "constitutional court",
    "national guard", "border guard", "coast guard", "foreign office", "home office", "electoral commission",
    "prosecutor general's office", "intelligence service", "intelligence services", "military intelligence",
];

/// Corporate suffixes a company's name may drop: "Intel Corp." is "Intel".
#[rustfmt::skip]
pub(super) const CORPORATE_SUFFIXES: &[&str] = &[
    "corp", "corp.", "corporation", "inc", "inc.", "ltd", "ltd.", "limited", "llc", "plc", "co.", "company",
    "group", "holdings", "ag", "sa", "se", "nv", "gmbh",
];

static ACRONYM_MAP: LazyLock<HashMap<&'static str, &'static str, FxBuild>> =
    LazyLock::new(|| ACRONYMS.iter().copied().collect());

/// The key of a company's name without its corporate suffix ("intel corp." → "intel").
pub fn without_corporate_suffix(key: &str) -> Option<&str> {
    let (rest, last) = key.rsplit_once(' ')?;
    lex::has(last, lex::CORPORATE).then_some(rest)
}

/// True for a place name (country, region, state, city), given lowercase and folded.
pub fn is_place(key: &str) -> bool {
    lex::has(key, lex::PLACE)
}

/// True for a nationality, language, religion or party adjective ("russian", "tories").
pub fn is_demonym(key: &str) -> bool {
    lex::has(key, lex::DEMONYM) || is_plural_demonym(key)
}

/// True for the plural of a nationality or party adjective ("tories", "democrats"), for a
/// caller that has looked `key` itself up already.
pub fn is_plural_demonym(key: &str) -> bool {
    key.strip_suffix('s').is_some_and(|k| lex::has(k, lex::DEMONYM))
}

/// True for a word that ends an organization's name ("ministry", "news").
pub fn is_org_word(key: &str) -> bool {
    lex::has(key, lex::ORG_WORD)
}

/// True for a well-known organization's name ("kremlin", "associated press").
pub fn is_known_org(key: &str) -> bool {
    lex::has(key, lex::KNOWN_ORG)
}

/// True when `key` is known as a place, an organization or a people, as some given names and
/// lone capitalised words also are ("houston", "georgia", "kremlin", "tories").
pub fn is_place_org_or_people(key: &str) -> bool {
    is_place(key) || is_known_org(key) || is_demonym(key)
}

/// True for an all-caps word that is a title or a common term, not a body ("ceo", "gdp").
pub fn is_common_acronym(key: &str) -> bool {
    lex::has(key, lex::COMMON_ACRONYM)
}

/// True for a month, weekday or holiday.
pub fn is_calendar(key: &str) -> bool {
    lex::has(key, lex::CALENDAR)
}

/// True for a lowercase institution a country's possessive can name ("general staff").
pub fn is_institution(key: &str) -> bool {
    lex::has(key, lex::INSTITUTION)
}

/// The name a generic acronym stands for ("ap" → "associated press").
pub fn expansion(key: &str) -> Option<&'static str> {
    ACRONYM_MAP.get(key).copied()
}

/// True for a trade word that follows an owner's possessive in a shop's name ("bakery").
pub fn is_trade_word(key: &str) -> bool {
    TRADE_WORDS.contains(&key)
}
