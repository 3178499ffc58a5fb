//! Whole-article tests: small articles of several topics, and (behind an environment variable)
//! the seed story written out in the scorer's format.

use super::*;

/// Links `tables` across articles and gives each actor its entity id.
fn link(tables: &mut [ActorTable]) {
    let ids = link_entities(&tables.iter().collect::<Vec<_>>());
    let mut ids = ids.into_iter();
    for table in tables.iter_mut() {
        for actor in &mut table.actors {
            actor.linked = ids.next();
        }
    }
}

/// With `PARALLAX_ACTORS_JSONL=path`, writes the bundled story's actors in the scorer's format
/// (`score.py GOLD --quotes EMPTY --actors path`); otherwise does nothing.
#[test]
fn seed_actors_for_the_scorer() {
    let Ok(path) = std::env::var("PARALLAX_ACTORS_JSONL") else {
        return;
    };
    let corpus = crate::corpus::Corpus::bundled();
    let units: Vec<Vec<Unit>> = corpus.articles.iter().map(|a| crate::extract::units(a)).collect();
    let mut tables: Vec<ActorTable> = units.iter().map(|u| find_actors(u)).collect();
    link(&mut tables);
    let mut out = String::new();
    for (article, table) in corpus.articles.iter().zip(&tables) {
        for (i, a) in table.actors.iter().enumerate() {
            let line = serde_json::json!({
                "article": article.file_name, "name": a.name(), "type": a.kind, "aliases": a.names().collect::<Vec<_>>(),
                "role": a.role(), "roles": table.roles[i], "entity": a.entity(), "gender": a.gender, "mentions": a.mentions,
            });
            out.push_str(&line.to_string());
            out.push('\n');
        }
    }
    std::fs::write(path, out).expect("write the actors file");
}

/// A fixture article: the first block is the headline, the others are paragraphs.
fn fixture(text: &str) -> Vec<Unit<'_>> {
    text.split("\n\n")
        .map(str::trim)
        .filter(|b| !b.is_empty())
        .enumerate()
        .map(|(i, b)| Unit {
            text: b,
            headline: i == 0,
        })
        .collect()
}

const UK_POLITICS: &str = include_str!("../../../tests/fixtures/actors/uk_politics.txt");
const US_BUSINESS: &str = include_str!("../../../tests/fixtures/actors/us_business.txt");
const SPORT: &str = include_str!("../../../tests/fixtures/actors/sport.txt");

/// Every actor as "kind name [aliases] (role)", for readable failures.
fn summary(table: &ActorTable) -> Vec<String> {
    table
        .actors
        .iter()
        .map(|a| {
            let kind = if a.kind == ActorKind::Person { "P" } else { "O" };
            format!(
                "{kind} {} {:?} ({})",
                a.name(),
                a.names().skip(1).collect::<Vec<_>>(),
                a.role().unwrap_or("-")
            )
        })
        .collect()
}

/// The actor named `name` (canonical name) in `table`.
fn actor<'t>(table: &'t ActorTable, name: &str) -> &'t Actor {
    table
        .actors
        .iter()
        .find(|a| a.name() == name)
        .unwrap_or_else(|| panic!("no actor {name} in {:#?}", summary(table)))
}

/// The roles attribution reads for the actor named `name` (canonical name) in `table`.
fn roles_of<'t>(table: &'t ActorTable, name: &str) -> &'t [String] {
    let a = table.actors.iter().position(|a| a.name() == name);
    &table.roles[a.unwrap_or_else(|| panic!("no actor {name} in {:#?}", summary(table)))]
}

/// The canonical names of the actors of `kind`, in order of first mention.
fn names_of(table: &ActorTable, kind: ActorKind) -> Vec<&str> {
    table
        .actors
        .iter()
        .filter(|a| a.kind == kind)
        .map(|a| a.name())
        .collect()
}

#[test]
fn uk_politics_story() {
    let units = fixture(UK_POLITICS);
    let t = find_actors(&units);
    assert_eq!(
        names_of(&t, ActorKind::Person),
        [
            "Keir Starmer",
            "Rachel Reeves",
            "Kemi Badenoch",
            "Nigel Farage",
            "Wes Streeting"
        ],
        "{:#?}",
        summary(&t)
    );
    assert_eq!(
        names_of(&t, ActorKind::Organization),
        [
            "Reuters",
            "Labour",
            "House of Commons",
            "Treasury",
            "BBC",
            "Office for Budget Responsibility",
            "Reform UK",
            "Downing Street"
        ],
        "{:#?}",
        summary(&t)
    );
    // "Sir Keir" (honorific and given name) and "Starmer's" join the full name; the
    // headline's "Starmer" is a mention too.
    let starmer = actor(&t, "Keir Starmer");
    assert_eq!(
        starmer.names().collect::<Vec<_>>(),
        ["Keir Starmer", "Starmer", "Keir"]
    );
    assert_eq!(starmer.role(), Some("Prime Minister"));
    assert_eq!(starmer.gender, Some(Gender::Male));
    assert!(
        t.mentions
            .iter()
            .any(|m| m.unit() == 0 && m.actor() == t.lookup("Starmer").unwrap())
    );
    assert_eq!(
        actor(&t, "Rachel Reeves").role(),
        Some("Chancellor of the Exchequer")
    );
    let badenoch = actor(&t, "Kemi Badenoch");
    assert_eq!(roles_of(&t, "Kemi Badenoch"), ["Conservative leader"]);
    assert_eq!(badenoch.gender, Some(Gender::Female));
    assert_eq!(actor(&t, "Nigel Farage").role(), Some("Reform UK leader"));
    assert_eq!(actor(&t, "Wes Streeting").role(), Some("Health Secretary"));
    // An acronym defined in parentheses joins its expansion.
    let obr = actor(&t, "Office for Budget Responsibility");
    assert_eq!(
        obr.names().collect::<Vec<_>>(),
        ["Office for Budget Responsibility", "OBR"]
    );
    assert_eq!(obr.mentions, 3);
}

#[test]
fn us_business_story() {
    let units = fixture(US_BUSINESS);
    let t = find_actors(&units);
    assert_eq!(
        names_of(&t, ActorKind::Person),
        ["Jensen Huang", "Joseph Moore", "Mark Zuckerberg"],
        "{:#?}",
        summary(&t)
    );
    assert_eq!(
        names_of(&t, ActorKind::Organization),
        [
            "Nvidia",
            "AP",
            "Nasdaq",
            "Advanced Micro Devices",
            "Intel Corp.",
            "Morgan Stanley",
            "Securities and Exchange Commission",
            "Microsoft",
            "Meta",
            "Alphabet"
        ],
        "{:#?}",
        summary(&t)
    );
    // The dateline's capitals are no acronyms; "Intel" joins "Intel Corp."; "AMD" its name.
    assert_eq!(
        actor(&t, "Intel Corp.").names().collect::<Vec<_>>(),
        ["Intel Corp.", "Intel"]
    );
    assert_eq!(
        actor(&t, "Advanced Micro Devices").names().collect::<Vec<_>>(),
        ["Advanced Micro Devices", "AMD"]
    );
    let ap = t.actors.iter().position(|a| a.name() == "AP").expect("AP");
    assert_eq!(&*link_entities(&[&t])[ap], "associated-press");
    assert_eq!(
        actor(&t, "Jensen Huang").names().collect::<Vec<_>>(),
        ["Jensen Huang", "Huang"]
    );
    assert_eq!(actor(&t, "Joseph Moore").role(), Some("analyst at the bank"));
    assert_eq!(actor(&t, "Mark Zuckerberg").role(), Some("Meta chief executive"));
    // The headline names Nvidia, which the body names too.
    assert_eq!(t.mentions[0].unit(), 0);
    assert_eq!(
        &units[0].text[t.mentions[0].start()..t.mentions[0].end()],
        "Nvidia"
    );
}

#[test]
fn sport_story() {
    let units = fixture(SPORT);
    let t = find_actors(&units);
    assert_eq!(
        names_of(&t, ActorKind::Person),
        [
            "Bukayo Saka",
            "Cole Palmer",
            "Martin Odegaard",
            "Kai Havertz",
            "Mikel Arteta",
            "Enzo Maresca",
            "Michael Oliver",
            "Reece James"
        ],
        "{:#?}",
        summary(&t)
    );
    assert_eq!(
        names_of(&t, ActorKind::Organization),
        [
            "Arsenal",
            "Chelsea",
            "Premier League",
            "Sky Sports",
            "Football Association"
        ],
        "{:#?}",
        summary(&t)
    );
    assert_eq!(actor(&t, "Mikel Arteta").role(), Some("Arsenal manager"));
    assert_eq!(actor(&t, "Reece James").role(), Some("Chelsea captain"));
    assert_eq!(actor(&t, "Michael Oliver").role(), Some("Referee"));
    // "Saka, 23," is no appositive; "Liverpool" is a city here, not a club.
    assert!(roles_of(&t, "Bukayo Saka").is_empty());
    assert!(t.lookup("Liverpool").is_none());
}

#[test]
fn mentions_cover_the_name_only_and_are_sorted() {
    let text = "Russian President Vladimir Putin met Trump’s envoy. Putin 's aide and Mr Putin left.";
    let units = [Unit {
        text,
        headline: false,
    }];
    let t = find_actors(&units);
    let spans: Vec<&str> = t.mentions.iter().map(|m| &text[m.start()..m.end()]).collect();
    assert_eq!(spans, ["Vladimir Putin", "Putin", "Putin"]);
    assert!(
        t.mentions
            .windows(2)
            .all(|w| (w[0].unit(), w[0].start()) < (w[1].unit(), w[1].start()))
    );
    let putin = actor(&t, "Vladimir Putin");
    assert_eq!(putin.mentions, 3);
    assert_eq!(putin.names().collect::<Vec<_>>(), ["Vladimir Putin", "Putin"]);
    // "Trump’s" has no title, no full name and no cue: no actor.
    assert_eq!(t.actors.len(), 1, "{:#?}", summary(&t));
}

#[test]
fn headline_names_count_only_when_the_body_has_them() {
    let units = [
        Unit {
            text: "Merkel Praises Macron as Talks Stall in Brussels",
            headline: true,
        },
        Unit {
            text: "French President Emmanuel Macron met EU leaders on Friday.",
            headline: false,
        },
    ];
    let t = find_actors(&units);
    assert_eq!(
        summary(&t),
        ["P Emmanuel Macron [\"Macron\"] (French President)", "O EU [] (-)"]
    );
    assert_eq!(t.mentions.iter().filter(|m| m.unit() == 0).count(), 1);
}

#[test]
fn never_actors_places_nationalities_and_sentence_words() {
    let text = "Asked about Ukraine, both sides said the Donbas and Crimea were key. However, Russian and \
                American officials met in Geneva on Monday in January. The President said the Ministry \
                and the Secretary agreed. European leaders, the Europeans and the U.S.-led coalition \
                agreed that US-Russia ties matter.";
    let t = find_actors(&[Unit {
        text,
        headline: false,
    }]);
    assert!(t.actors.is_empty(), "{:#?}", summary(&t));
}

#[test]
fn lookup_by_alias_surname_and_title() {
    let text = "U.S. Secretary of State Marco Rubio met Kremlin spokesman Dmitry Peskov and Mark Rubio's \
                aide. NATO said so.";
    let t = find_actors(&[Unit {
        text,
        headline: false,
    }]);
    let rubio = t.lookup("Marco Rubio").unwrap();
    assert_eq!(t.lookup("marco rubio"), Some(rubio));
    assert_eq!(t.lookup("Secretary of State Marco Rubio"), Some(rubio));
    assert_eq!(t.lookup("Peskov"), t.lookup("Dmitry Peskov"));
    assert_eq!(t.lookup("Peskov’s"), t.lookup("Dmitry Peskov"));
    // Two people are called Rubio: the surname alone is ambiguous.
    assert_eq!(t.lookup("Rubio"), None);
    assert_eq!(
        t.lookup("Nato").map(|a| t.actors[a].kind),
        Some(ActorKind::Organization)
    );
    assert_eq!(t.lookup("Kremlin").map(|a| t.actors[a].name()), Some("Kremlin"));
    assert_eq!(t.lookup("Sergei Lavrov"), None);
}

#[test]
fn entities_link_transliterations_and_surnames_across_articles() {
    let a = "Ukrainian President Volodymyr Zelenskyy met Foreign Minister Sergei Lavrov and AP reporters.";
    let b = "Volodymyr Zelensky spoke. Sergey Lavrov and Dmitri Peskov listened, the Associated Press said.";
    let c = "President Zelenskiy said Dmitry Peskov and Minister Lavrov would meet the European Union's envoy, and the EU \
             agreed.";
    let mut tables: Vec<ActorTable> = [a, b, c]
        .iter()
        .map(|t| {
            find_actors(&[Unit {
                text: t,
                headline: false,
            }])
        })
        .collect();
    link(&mut tables);
    let entity = |t: usize, name: &str| actor(&tables[t], name).entity().to_string();
    assert_eq!(entity(0, "Volodymyr Zelenskyy"), "volodymyr-zelenskyy");
    assert_eq!(entity(1, "Volodymyr Zelensky"), "volodymyr-zelenskyy");
    assert_eq!(entity(2, "Zelenskiy"), "volodymyr-zelenskyy");
    assert_eq!(entity(0, "Sergei Lavrov"), entity(1, "Sergey Lavrov"));
    assert_eq!(entity(2, "Lavrov"), entity(1, "Sergey Lavrov"));
    assert_eq!(entity(1, "Dmitri Peskov"), entity(2, "Dmitry Peskov"));
    assert_eq!(entity(0, "AP"), "associated-press");
    assert_eq!(entity(1, "Associated Press"), "associated-press");
    assert_eq!(entity(2, "European Union"), "european-union");
    assert_ne!(entity(0, "Sergei Lavrov"), entity(0, "Volodymyr Zelenskyy"));
}

/// A small deterministic pseudo-random sequence for the robustness tests.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize % n
    }
}

/// Runs the whole pipeline on `text` as body and headline: no panic, mentions on character
/// boundaries, linking and lookup work.
fn survives(text: &str) {
    let units = [
        Unit {
            text,
            headline: false,
        },
        Unit { text, headline: true },
        Unit {
            text,
            headline: false,
        },
    ];
    let t = find_actors(&units);
    for m in &t.mentions {
        assert!(
            text.is_char_boundary(m.start()) && text.is_char_boundary(m.end()) && m.start() < m.end(),
            "{text:?}"
        );
    }
    let _ = t.lookup(text);
    link(&mut [t.clone(), t]);
}

/// Odd word sequences never break the rules.
#[test]
fn odd_word_sequences_do_not_break_the_rules() {
    let vocab: Vec<&str> = "President|Putin|of|the|Ministry|Defence|(AFU)|,|a|senior|adviser|to|Mr|Putin’s|said|\
                            US-Russia|Vladimir|von|der|Leyen|&|Kremlin|Sea|Palace|Act|Hurricane|Chiefs|Kansas|\
                            City|Sir|Keir|.|“|”|who|is|was|served|as|—|Inc.|Corp|Bank|England|and|National|\
                            Council|Xi|III|JD|W.|Bankova|bne|IntelliNews|General|Major|head|The|chief|executive|\
                            Witkoff-Dmitriev|Starmer|Keir Starmer|(EPR)|resolution|Ukraine's|general|staff|\
                            administration|Trump|KYIV,|Sen.|Jr.|Reuters|beat|manager|the|in|:|•|'s"
        .split('|')
        .collect();
    let mut rng = Lcg(99);
    for _ in 0..1000 {
        let len = rng.below(40);
        let words: Vec<&str> = (0..len).map(|_| vocab[rng.below(vocab.len())]).collect();
        survives(&words.join(" "));
    }
}

/// Odd characters never break the tokenizer.
#[test]
fn odd_characters_do_not_break_the_tokenizer() {
    let alphabet: Vec<char> = "aAbBzZ .,;:'’‘“”\"()-‐—–&sS 1 2 É é ß •\u{301}\tMr.U.S.-ofthe von der (AFU)"
        .chars()
        .collect();
    let mut rng = Lcg(0x1234_5678);
    for _ in 0..1000 {
        let len = rng.below(80);
        let text: String = (0..len).map(|_| alphabet[rng.below(alphabet.len())]).collect();
        survives(&text);
    }
}

thread_local! {
    /// Steps counted by [`super::tick`] on this thread.
    pub(super) static WORK: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// The actors of one generated paragraph block (a headline, then `body`), and the steps taken.
fn measured(body: &str) -> (ActorTable, u64) {
    let text = format!("Title\n\n{body}");
    let units = fixture(&text);
    WORK.with(|w| w.set(0));
    let table = find_actors(&units);
    (table, WORK.with(std::cell::Cell::get))
}

/// Asserts that four times the input takes at most about four times the work.
fn linear(what: &str, make: impl Fn(usize) -> String, check: impl Fn(usize, &ActorTable)) {
    let (small, w1) = measured(&make(2_000));
    check(2_000, &small);
    let (large, w4) = measured(&make(8_000));
    check(8_000, &large);
    assert!(
        w4 <= 5 * w1.max(1_000),
        "{what}: work grew from {w1} to {w4} for four times the text"
    );
}

#[test]
fn work_grows_linearly_with_the_text() {
    // One run of capitalised words alternating an organization and a name: every item used to
    // scan the rest of the run for a place, thing or organization word.
    linear(
        "alternating run",
        |n| "Reuters Anna ".repeat(n) + "left.",
        |n, t| {
            assert_eq!(names_of(t, ActorKind::Organization), ["Reuters"]);
            assert_eq!(actor(t, "Reuters").mentions as usize, n);
        },
    );
    // One person named many times (full name and surname) in one huge paragraph: each mention
    // used to be checked against all earlier ones.
    linear(
        "one person, many mentions",
        |n| "Anna Smith spoke and Smith left, ".repeat(n),
        |n, t| {
            assert_eq!(names_of(t, ActorKind::Person), ["Anna Smith"]);
            assert_eq!(t.mentions.len(), 2 * n);
        },
    );
    // Many people in short paragraphs, many of them sharing surnames and given names, with
    // lone surnames and titles: the lookups by surname and given name used to scan everyone.
    let given = |i: usize| format!("G{}a", i % 97);
    let family = |i: usize| format!("F{}b", i % 61);
    let name = |i: usize| {
        let g = given(i);
        let f = family(i / 97 * 13 + i);
        format!(
            "{}{} {}{}",
            &g[..1],
            g[1..].replace(char::is_numeric, "x"),
            &f[..1],
            f[1..]
                .chars()
                .map(|c| ((c as u8 % 26) + b'a') as char)
                .collect::<String>()
        )
    };
    linear(
        "many people",
        |n| {
            (0..n / 4)
                .map(|i| {
                    let (a, b) = (name(i), name(i * 7 + 3));
                    let sur = b.rsplit(' ').next().unwrap_or("").to_string();
                    format!("{a} met {b} in Moscow (AFU). Mr {sur} said so, and {sur} left.\n\n")
                })
                .collect()
        },
        |_, t| assert!(!t.actors.is_empty()),
    );
}

#[test]
fn bodies_named_after_their_place_streets_and_the_pronoun_i() {
    let body = |text| {
        find_actors(&[Unit {
            text,
            headline: false,
        }])
    };
    // A council, a board or an authority named after its county, bay or district.
    let t = body(
        "Dorwick County Council said the post was wrong. The Selby Bay Port Authority agreed, and \
         the Ashmoor District Board of Education met on Monday.",
    );
    assert_eq!(
        names_of(&t, ActorKind::Organization),
        [
            "Dorwick County Council",
            "Selby Bay Port Authority",
            "Ashmoor District Board of Education"
        ],
        "{:#?}",
        summary(&t)
    );
    // Streets are places; "I" is nobody; a publication word makes a paper an organization.
    let t = body(
        "The Mill Lane bridge and the Carver Street shops reopened. “I reported what I was told,” \
         the Ottery Ledger wrote, citing Corvid Analytics.",
    );
    assert!(names_of(&t, ActorKind::Person).is_empty(), "{:#?}", summary(&t));
    assert_eq!(
        names_of(&t, ActorKind::Organization),
        ["Ottery Ledger", "Corvid Analytics"],
        "{:#?}",
        summary(&t)
    );
    // A regnal numeral stays with its name.
    let t = body("Queen Elizabeth I ruled for decades, historians said.");
    assert_eq!(
        names_of(&t, ActorKind::Person),
        ["Elizabeth I"],
        "{:#?}",
        summary(&t)
    );
}

#[test]
fn company_words_of_energy_building_and_trade_make_organizations() {
    let t = find_actors(&[Unit {
        text: "The developer, Sunmere Renewables, signed with Halden Homes. Corrie Utilities agreed.",
        headline: false,
    }]);
    assert_eq!(
        names_of(&t, ActorKind::Organization),
        ["Sunmere Renewables", "Halden Homes", "Corrie Utilities"],
        "{:#?}",
        summary(&t)
    );
}

#[test]
fn a_name_seen_only_in_a_headline_or_a_quote_is_not_the_canonical_name() {
    let units = fixture(
        "Critics Rip Dana Holt Over Budget\n\n\
         Dana Holt said the budget was fair. Her rival calls her “Sneaky Dana Holt” at every rally.\n\n\
         “Ask Dana Holt where the money went,” the rival said. Holt did not answer.",
    );
    let t = find_actors(&units);
    let holt = actor(&t, "Dana Holt");
    assert!(
        holt.names().any(|a| a == "Sneaky Dana Holt"),
        "{:#?}",
        summary(&t)
    );
    assert_eq!(
        names_of(&t, ActorKind::Person),
        ["Dana Holt"],
        "{:#?}",
        summary(&t)
    );
}

#[test]
fn a_name_after_merged_paragraphs_with_a_quote_left_open_is_in_the_story_s_own_words() {
    // Two paragraphs merged into one line: the first quote is never closed, the next opens
    // after its sentence end. The full name after them is outside every quote.
    let units = fixture(
        "Housing plan unveiled\n\n\
         \"We will start with city land. \"We will not wait,\" Mayor Ana Ruiz said. Council \
         member Darnell Okafor was more skeptical. \"I have seen plans like this. \"Show me the \
         money,\" Okafor said.",
    );
    let t = find_actors(&units);
    assert!(
        names_of(&t, ActorKind::Person).contains(&"Darnell Okafor"),
        "{:#?}",
        summary(&t)
    );
}

/// (quote, speaker name or "-") of every quote of a small article of body paragraphs.
fn speakers(paragraphs: &[&str]) -> Vec<(String, String)> {
    let crate::extract::testing::Read {
        units,
        table,
        spans,
        found,
    } = crate::extract::testing::read(paragraphs);
    spans
        .iter()
        .zip(found)
        .map(|(span, a)| {
            let who = a
                .and_then(|a| a.speaker)
                .map_or_else(|| "-".to_string(), |s| table.actors[s].name().to_string());
            (span.text(&units).to_string(), who)
        })
        .collect()
}

#[test]
fn a_surname_that_is_also_a_title_or_a_place_word_names_its_person() {
    let said = speakers(&[
        "The club's treasurer, Martha Bishop, read the accounts. \"We are solvent for once,\" Bishop said.",
        "Its coach, Fiona King, was less sure. \"Ask me in March,\" King said.",
        "A neighbour, Linda Park, walked past Park Lane. \"The hall needs a roof,\" said Park.",
        "At the fete the King said: \"Splendid marrows.\"",
    ]);
    let who: Vec<&str> = said.iter().map(|(_, s)| s.as_str()).collect();
    assert_eq!(
        who,
        ["Martha Bishop", "Fiona King", "Linda Park", "-"],
        "{said:?}"
    );
}

#[test]
fn a_nicknamed_name_joins_its_short_form_which_names_the_actor() {
    let units = fixture(
        "Yard party\n\n\
         Rep. Harold T. \"Buddy\" Lamont opened his yard. His niece, Del. Lorna \"Lo\" Vance, spoke.\n\n\
         Buddy Lamont said little. Lamont smiled.",
    );
    let t = find_actors(&units);
    assert_eq!(
        names_of(&t, ActorKind::Person),
        ["Buddy Lamont", "Lorna \"Lo\" Vance"],
        "{:#?}",
        summary(&t)
    );
    assert!(
        actor(&t, "Buddy Lamont")
            .names()
            .any(|a| a == "Harold T. \"Buddy\" Lamont"),
        "{:#?}",
        summary(&t)
    );
}

#[test]
fn a_country_that_is_a_named_persons_surname_speaks_as_the_person() {
    let said = speakers(&[
        "Rep. Nina Jordan (D-Vt.), a panel member, spoke first. \"We were misled,\" Jordan said.",
        "\"The border stays open,\" Jordan said in a statement from Amman.",
    ]);
    let who: Vec<&str> = said.iter().map(|(_, s)| s.as_str()).collect();
    assert_eq!(who, ["Nina Jordan", "Nina Jordan"], "{said:?}");
}

#[test]
fn a_sentence_opening_article_is_not_part_of_a_name() {
    let t = find_actors(&[Unit {
        text: "A Harbour Safety Agency panel met on Monday. A Dunmore resident, Colm Reilly, spoke. \
               The Harbour Safety Agency said it would report.",
        headline: false,
    }]);
    assert_eq!(
        names_of(&t, ActorKind::Organization),
        ["Harbour Safety Agency"],
        "{:#?}",
        summary(&t)
    );
    assert_eq!(
        names_of(&t, ActorKind::Person),
        ["Colm Reilly"],
        "{:#?}",
        summary(&t)
    );
}

#[test]
fn an_ampersand_name_written_with_and_is_the_same_organization() {
    let said = speakers(&[
        "The shot is made by Halden & Moss, a drug maker.",
        "Halden and Moss, which is based in Ohio, said: \"We will price the drug fairly.\"",
    ]);
    let who: Vec<&str> = said.iter().map(|(_, s)| s.as_str()).collect();
    assert_eq!(who, ["Halden & Moss"], "{said:?}");
}

#[test]
fn a_camel_case_brand_is_an_organization_but_a_mac_or_de_surname_is_not() {
    let t = find_actors(&[Unit {
        text: "Sen. Ewan MacAlister and Rep. Dana DeLuca agreed. CarersFirst, an advocacy group, \
               called the vote a relief. Its post (@CarersFirstUK) was shared by @DanaDeLuca.",
        headline: false,
    }]);
    assert_eq!(
        names_of(&t, ActorKind::Organization),
        ["CarersFirst"],
        "{:#?}",
        summary(&t)
    );
    assert_eq!(
        names_of(&t, ActorKind::Person),
        ["Ewan MacAlister", "Dana DeLuca"],
        "{:#?}",
        summary(&t)
    );
}

#[test]
fn the_elder_and_the_younger_of_one_surname_are_told_apart() {
    let said = speakers(&[
        "Oskar Tamm, 81, handed the farm to his daughter, Helga Tamm. His wife, Rita Tamm, watched.",
        "The younger Tamm said she would plant rye. \"Rye pays,\" she said.",
        "The elder Tamm said he would still milk the cows. \"Every morning,\" he said.",
    ]);
    let who: Vec<&str> = said.iter().map(|(_, s)| s.as_str()).collect();
    assert_eq!(who, ["Helga Tamm", "Oskar Tamm"], "{said:?}");
}

#[test]
fn water_rail_and_bus_companies_panels_and_cooperatives_are_organizations() {
    let t = find_actors(&[Unit {
        text: "Severn Vale Water raised bills. Glenmoor Trains and Dunholm Buses cut services, and \
               the Coastal Ferry Users Panel and the Kelby Growers Cooperative complained.",
        headline: false,
    }]);
    assert_eq!(
        names_of(&t, ActorKind::Organization),
        [
            "Severn Vale Water",
            "Glenmoor Trains",
            "Dunholm Buses",
            "Coastal Ferry Users Panel",
            "Kelby Growers Cooperative"
        ],
        "{:#?}",
        summary(&t)
    );
    assert!(names_of(&t, ActorKind::Person).is_empty(), "{:#?}", summary(&t));
}

#[test]
fn party_plurals_are_their_parties() {
    let units = fixture(
        "Vote\n\n\
         Republicans warned that the cap would chill research, and the Tories agreed.\n\n\
         The Democratic Party backed it. \"We will win this,\" the Democrats said.",
    );
    let t = find_actors(&units);
    assert_eq!(
        names_of(&t, ActorKind::Organization),
        ["Republicans", "Tories", "Democratic Party"],
        "{:#?}",
        summary(&t)
    );
    assert!(
        actor(&t, "Democratic Party").names().any(|a| a == "Democrats"),
        "{:#?}",
        summary(&t)
    );
}

#[test]
fn a_delegates_and_an_ambassadors_abbreviated_title_does_not_end_the_sentence() {
    let said = speakers(&[
        "\"This is a waste of time,\" said Del. Lorna Vance of the Eastern Shore.",
        "\"We will stay,\" said Amb. Piet Haring, the envoy to Chile.",
    ]);
    let who: Vec<&str> = said.iter().map(|(_, s)| s.as_str()).collect();
    assert_eq!(who, ["Lorna Vance", "Piet Haring"], "{said:?}");
}

#[test]
fn an_organization_after_the_keeps_a_first_word_that_is_a_common_word() {
    let t = find_actors(&[Unit {
        text: "The Open Data Group said the law was vague, and the Free Press Union objected. \
               Open letters followed.",
        headline: false,
    }]);
    assert_eq!(
        names_of(&t, ActorKind::Organization),
        ["Open Data Group", "Free Press Union"],
        "{:#?}",
        summary(&t)
    );
}

#[test]
fn an_organizations_first_word_alone_is_the_organization() {
    let t = find_actors(&[Unit {
        text: "Marlow Athletic beat Dunmere Wanderers 2-0. Dunmere manager Ian Pike was gracious, \
               and Russia Today filmed it while Russia said nothing.",
        headline: false,
    }]);
    assert_eq!(
        names_of(&t, ActorKind::Organization),
        ["Marlow Athletic", "Dunmere Wanderers", "Russia Today", "Russia"],
        "{:#?}",
        summary(&t)
    );
    assert!(
        actor(&t, "Dunmere Wanderers").names().any(|a| a == "Dunmere"),
        "{:#?}",
        summary(&t)
    );
}

/// A story keeps every article's table: an actor's names and role are stored once, in one
/// string (the canonical name is not repeated among the other forms), an actor named at most
/// two ways allocates that string only, and a mention takes 16 bytes.
#[test]
fn a_table_keeps_each_name_once_and_small_mentions() {
    let forms = ["Keir Starmer", "Starmer", "Keir", "Sir Keir"];
    let starmer = Actor::new(ActorKind::Person, forms, Some("Prime Minister"));
    assert_eq!(starmer.name(), "Keir Starmer");
    assert_eq!(starmer.names().collect::<Vec<_>>(), forms);
    assert_eq!(starmer.role(), Some("Prime Minister"));
    assert_eq!(&*starmer.text, "Keir StarmerStarmerKeirSir KeirPrime Minister");
    let two = Actor::new(ActorKind::Person, ["Vladimir Putin", "Putin"], None);
    assert_eq!(two.names().collect::<Vec<_>>(), ["Vladimir Putin", "Putin"]);
    assert_eq!(two.role(), None);
    assert!(two.splits.is_empty());
    let one = Actor::new(ActorKind::Organization, ["Kremlin"], Some(""));
    assert_eq!(one.names().collect::<Vec<_>>(), ["Kremlin"]);
    assert_eq!(one.role(), Some(""), "an empty role is still a role");
    let none = Actor::new(ActorKind::Organization, [], None);
    assert_eq!((none.name(), none.names().count(), none.role()), ("", 1, None));
    assert!(
        std::mem::size_of::<Actor>() <= 64,
        "{}",
        std::mem::size_of::<Actor>()
    );
    assert_eq!(std::mem::size_of::<Mention>(), 16);
}

/// A mention whose unit or offsets do not fit 32 bits (a unit past 4 GiB) is left out, not
/// cut short or wrapped around.
#[test]
fn a_mention_past_32_bits_is_left_out() {
    let m = Mention::new(1, 2, 3, 4).expect("fits");
    assert_eq!((m.unit(), m.start(), m.end(), m.actor()), (1, 2, 3, 4));
    let max = u32::MAX as usize;
    assert!(Mention::new(max, max, max, max).is_some());
    if let Some(past) = max.checked_add(1) {
        assert_eq!(Mention::new(past, 0, 1, 0), None);
        assert_eq!(Mention::new(0, past, past + 5, 0), None);
        assert_eq!(Mention::new(0, max, past, 0), None);
        assert_eq!(Mention::new(0, 0, 1, past), None);
    }
}

#[test]
fn a_lone_given_name_that_speaks_is_a_person_of_that_gender() {
    let units = fixture(
        "Ferry vote.\n\n“We waited three years for this,” Rosalind said, and the crowd cheered.\n\n\
         Norlake said the boats were ready.",
    );
    let t = find_actors(&units);
    let rosalind = actor(&t, "Rosalind");
    assert_eq!(rosalind.kind, ActorKind::Person, "{:#?}", summary(&t));
    assert_eq!(rosalind.gender, Some(Gender::Female));
    // A lone word that is no given name, speaking, is still a body.
    assert_eq!(actor(&t, "Norlake").kind, ActorKind::Organization);
}

#[test]
fn a_club_or_team_word_ending_a_name_makes_an_organization() {
    // "Club" and "Team" are also title modifiers ("Club captain"); ending a run of names they
    // end an organization's name.
    let t = find_actors(&[Unit {
        text: "Nell Varga, treasurer of Kestow Herons Rowing Club, said the Dunmere Cycling Team \
               would race too, as the Brask Institute for International Economics said.",
        headline: false,
    }]);
    assert_eq!(
        names_of(&t, ActorKind::Organization),
        [
            "Kestow Herons Rowing Club",
            "Dunmere Cycling Team",
            "Brask Institute for International Economics"
        ],
        "{:#?}",
        summary(&t)
    );
    assert_eq!(
        names_of(&t, ActorKind::Person),
        ["Nell Varga"],
        "{:#?}",
        summary(&t)
    );
}

#[test]
fn a_surname_the_headline_gives_with_a_given_name_stays_a_person_where_it_speaks() {
    // Only the headline writes the full name; "Quillfeather said" in the body would otherwise
    // be an organization's cue.
    let units = fixture(
        "Marta Quillfeather Takes Aim At Rival\n\n\
         At least that is what the Quillfeather campaign hopes.\n\n\
         “We will win,” Quillfeather said on Monday.",
    );
    let t = find_actors(&units);
    assert!(
        names_of(&t, ActorKind::Organization).is_empty(),
        "{:#?}",
        summary(&t)
    );
    // The body's own form stays the canonical name; the headline's is an alias.
    let her = actor(&t, "Quillfeather");
    assert_eq!(her.kind, ActorKind::Person);
    assert!(
        her.names().any(|a| a == "Marta Quillfeather"),
        "{:#?}",
        summary(&t)
    );
}

#[test]
fn a_headline_s_city_and_team_does_not_make_the_team_a_person() {
    // "Houston" and "Dallas" are given names too; in a headline before a team they are places.
    let units = fixture(
        "Houston Rockets Beat Dallas Cowboys Fans' Favourite\n\n         “We played well,” the Rockets said on Sunday.\n\n         The Cowboys said nothing.",
    );
    let t = find_actors(&units);
    assert!(names_of(&t, ActorKind::Person).is_empty(), "{:#?}", summary(&t));
}

#[test]
fn a_shop_named_for_its_owner_is_one_organization() {
    let t = find_actors(&[Unit {
        text: "Ivo Tarrant said Tarrant's Bakery would stay open, and the Kelby Women’s Cooperative \
               agreed, as did Ivo Tarrant's family.",
        headline: false,
    }]);
    assert_eq!(
        names_of(&t, ActorKind::Organization),
        ["Tarrant's Bakery", "Kelby Women’s Cooperative"],
        "{:#?}",
        summary(&t)
    );
    assert_eq!(
        names_of(&t, ActorKind::Person),
        ["Ivo Tarrant"],
        "{:#?}",
        summary(&t)
    );
}

#[test]
fn a_body_named_after_its_place_keeps_the_place_across_more_words() {
    let t = find_actors(&[Unit {
        text: "The Ostmoor Bay Ferry Authority raised fares, and the Harlow Valley Regional Trust \
               said it would appeal. Ships left Ostmoor Bay at dawn.",
        headline: false,
    }]);
    assert_eq!(
        names_of(&t, ActorKind::Organization),
        ["Ostmoor Bay Ferry Authority", "Harlow Valley Regional Trust"],
        "{:#?}",
        summary(&t)
    );
}

#[test]
fn an_acronym_of_an_organization_s_initials_is_that_organization() {
    let t = find_actors(&[Unit {
        text: "The Ostmoor Bay Ferry Authority raised fares. Its chair Ivo Tarrant said the OBFA \
               had no choice, and the OBFA Safety Panel agreed.",
        headline: false,
    }]);
    // The initials win over the first word of a longer name.
    assert_eq!(
        names_of(&t, ActorKind::Organization),
        ["Ostmoor Bay Ferry Authority", "OBFA Safety Panel"],
        "{:#?}",
        summary(&t)
    );
    assert!(
        actor(&t, "Ostmoor Bay Ferry Authority")
            .names()
            .any(|a| a == "OBFA"),
        "{:#?}",
        summary(&t)
    );
}
