//! Ingest of the five bundled seed articles, checked against what a reader sees in each file.
//! Expected values were worked out by reading the files, not by printing parser output.

use chrono::NaiveDate;
use parallax::corpus::{Article, ArticleDate, Corpus, ParagraphKind, SectionKind};

fn seed(index: usize) -> Article {
    let corpus = Corpus::bundled();
    assert!(corpus.errors.is_empty());
    Article::clone(&corpus.articles[index])
}

fn date(original: &str, y: i32, m: u32, d: u32) -> Option<ArticleDate> {
    Some(ArticleDate {
        original: original.to_string(),
        date: NaiveDate::from_ymd_opt(y, m, d),
    })
}

fn texts(article: &Article, kind: ParagraphKind) -> Vec<&str> {
    article
        .paragraphs
        .iter()
        .filter(|p| p.kind == kind)
        .map(|p| p.text.as_ref())
        .collect()
}

fn count(article: &Article, kind: ParagraphKind) -> usize {
    texts(article, kind).len()
}

fn outlet(article: &Article) -> Option<(&str, bool)> {
    article.outlet.as_ref().map(|o| (o.value.as_str(), o.inferred))
}

/// Sections: the main story, and a sidebar only where `sidebar` names its heading; every
/// paragraph's section index points at a section of the right kind.
fn assert_sections(article: &Article, sidebar: Option<&str>) {
    assert_eq!(article.sections[0].kind, SectionKind::Main);
    assert_eq!(article.sections[0].heading, None);
    match sidebar {
        None => assert_eq!(article.sections.len(), 1),
        Some(heading) => {
            assert_eq!(article.sections.len(), 2);
            assert_eq!(article.sections[1].kind, SectionKind::Sidebar);
            assert_eq!(article.sections[1].heading.as_deref(), Some(heading));
        }
    }
    for p in &article.paragraphs {
        let sidebar_paragraph = p.kind == ParagraphKind::Sidebar;
        assert_eq!(p.section, u32::from(sidebar_paragraph), "{:?}", p.text);
    }
}

#[test]
fn every_seed_loads_without_warnings_and_with_consistent_counts() {
    let corpus = Corpus::bundled();
    assert_eq!(corpus.articles.len(), 5);
    for article in &corpus.articles {
        assert!(
            article.warnings.is_empty(),
            "{}: {:?}",
            article.id,
            article.warnings
        );
        assert_eq!(article.id, article.file_name.trim_end_matches(".txt"));
        let words: usize = article
            .paragraphs
            .iter()
            .map(|p| p.text.split_whitespace().count())
            .sum();
        assert_eq!(article.word_count, words);
        assert!(article.word_count > 300);
        assert_eq!(article.url, None);
    }
}

#[test]
fn no_boilerplate_survives_anywhere() {
    for article in &Corpus::bundled().articles {
        let mut visible: Vec<&str> = article.paragraphs.iter().map(|p| p.text.as_ref()).collect();
        visible.push(&article.title.value);
        visible.extend(article.subtitle.as_deref());
        visible.extend(article.byline.as_deref());
        visible.extend(article.sections.iter().filter_map(|s| s.heading.as_deref()));
        for text in visible {
            let id = &article.id;
            assert!(!text.contains("[to top of second column]"), "{id}: {text}");
            assert!(!text.contains("All rights reserved"), "{id}: {text}");
            assert!(!text.contains('©'), "{id}: {text}");
            assert!(!text.contains("carousel"), "{id}: {text}");
            assert_ne!(text.trim(), "|", "{id}");
            assert_ne!(text, "Dismiss", "{id}");
            assert_ne!(text, "News", "{id}");
            assert!(!text.trim().is_empty(), "{id}: empty or nbsp-only paragraph");
            assert_eq!(text, text.trim(), "{id}: untrimmed text");
            assert!(!text.contains('\n'), "{id}: {text}");
        }
    }
}

#[test]
fn seed_000_hard_wrapped_ap_story() {
    let a = seed(0);
    assert_eq!(
        a.title.value,
        "US-Russia talks on Ukraine were 'constructive' but work remains, Putin adviser says"
    );
    assert!(!a.title.inferred);
    assert_eq!(a.subtitle, None);
    assert_eq!(a.date, date("[December 03, 2025]", 2025, 12, 3));
    assert_eq!(outlet(&a), Some(("Associated Press", true)));
    assert_eq!(a.byline, None);
    assert_eq!(a.dateline, None);
    assert_sections(&a, None);

    assert_eq!(
        texts(&a, ParagraphKind::Heading),
        [
            "Trump peace plan is center of effort to end the war",
            "High-stakes negotiations",
            "Building on progress in Florida",
            "European leaders want a say",
            "Zelenskyy under pressure",
        ]
    );
    assert_eq!(
        texts(&a, ParagraphKind::Caption),
        [
            "Russian President Vladimir Putin, right, and Russian Presidential foreign policy adviser Yuri Ushakov, left, attend talks with U.S. special envoy Steve Witkoff, back to a camera, at the Senate Palace of the Kremlin in Moscow, Russia, Tuesday, Dec. 2, 2025. (Alexander Kazakov, Sputnik, Kremlin Pool Photo via AP)"
        ]
    );
    // A paragraph ends at a line that ends a sentence short of the wrap width (the next word
    // would have fitted); a sentence ending where the width forced a break reads on.
    assert_eq!(count(&a, ParagraphKind::Body), 29);
    assert_eq!(a.paragraphs.len(), 35);

    let p = |i: usize| a.paragraphs[i].text.as_ref();
    assert_eq!(
        p(0),
        "Talks between Russia and the U.S. on ending the nearly four-year war in Ukraine were constructive, but much work remains, Yuri Ushakov, a senior adviser to President Vladimir Putin, told reporters on Wednesday."
    );
    assert_eq!(
        p(1),
        "Putin met U.S. President Donald Trump’s envoy Steve Witkoff and son-in-law Jared Kushner in the Kremlin in talks that began late Tuesday as part of a renewed push by the Trump administration to broker a peace deal. Both sides agreed not to disclose the substance of the talks. Ushakov called the five-hour conversation “rather useful, constructive, rather substantive,” but added that the framework of the U.S. peace proposal was discussed rather than “specific wording.” Asked whether peace was closer or further away after these talks, Ushakov said: “Not further, that’s for sure.”"
    );
    assert_eq!(
        p(2),
        "\"But there’s still a lot of work to be done, both in Washington and in Moscow. That’s what’s been agreed upon. And contacts will continue,” the official said."
    );
    assert_eq!(
        p(3),
        "Putin's aide also said that “so far, a compromise hasn’t been found” on the issue of territories, without which, he said, the Kremlin sees “no resolution to the crisis.”"
    );
    assert_eq!(p(6), "Trump peace plan is center of effort to end the war");
    assert_eq!(
        p(9),
        "On Tuesday, Putin accused Kyiv’s European allies of sabotaging the U.S.-led efforts to end the war."
    );
    assert_eq!(
        p(15),
        "Trump’s peace plan relies on Europe to provide the bulk of the financing and security guarantees for a postwar Ukraine, even though no Europeans appear to have been consulted on the original plan. That's why European governments have pushed to ensure that peace efforts address their concerns, too."
    );
    assert_eq!(
        p(20),
        "“The future and the next steps depend on these signals. Such steps will change throughout today, even hour by hour, I believe,” Zelenskyy said at a news conference in Dublin with Irish Prime Minister Micheál Martin."
    );
    assert_eq!(
        p(34),
        "Ukraine’s general staff on Tuesday also denied Russia’s claims to have captured Pokrovsk, saying it was a propaganda stunt. The Ukrainian army is readying additional logistic routes to deliver supplies to troops in the area, the Facebook post said."
    );
}

#[test]
fn seed_001_blank_line_paragraphs_with_subtitle_and_bullets() {
    let a = seed(1);
    assert_eq!(
        a.title.value,
        "Putin Hails 'Very Useful' US Talks But Warns 'Lot of Work' Ahead on Ukraine Peace"
    );
    assert!(!a.title.inferred);
    assert_eq!(
        a.subtitle.as_deref(),
        Some("Putin's aide calls US-Russia Ukraine peace talks 'very useful'")
    );
    assert_eq!(a.date, None);
    assert_eq!(a.outlet, None);
    assert_eq!(a.byline, None);
    assert_eq!(a.dateline, None);
    assert_sections(&a, None);

    assert_eq!(
        texts(&a, ParagraphKind::Heading),
        [
            "Kremlin Meeting Fails to Yield Breakthrough",
            "Putin's Warning and Accusations Against Europe",
            "Details of Leaked US Peace Plan and Zelensky's Response",
            "Critical Context and Next Steps",
        ]
    );
    assert_eq!(count(&a, ParagraphKind::Caption), 0);
    assert_eq!(count(&a, ParagraphKind::Body), 15);
    assert_eq!(a.paragraphs.len(), 19);
    assert!(
        a.paragraphs[0]
            .text
            .starts_with("A senior Kremlin adviser has described")
    );
    let bullets: Vec<&str> = a
        .paragraphs
        .iter()
        .map(|p| p.text.as_ref())
        .filter(|t| t.starts_with("• "))
        .collect();
    assert_eq!(
        bullets,
        [
            "• Allowing Russia to keep occupied territories including Crimea, Donetsk, and Luhansk.",
            "• Freezing the conflict front lines, enabling Russia to hold strategic areas like Mariupol.",
            "• Barring Ukraine from ever joining NATO.",
            "• Lifting sanctions and reintegrating Russia into the global economy.",
        ]
    );
    assert!(
        a.paragraphs[18]
            .text
            .starts_with("EU defence official Andrius Kubilius")
    );
}

#[test]
fn seed_002_no_title_one_paragraph_a_line() {
    let a = seed(2);
    assert_eq!(
        a.title.value,
        "Talks between the United States and Russia on ending the nearly four-year war in Ukraine were “constructive” but substantial work remains, a senior adviser to President Vladimir Putin said Wednesday"
    );
    assert!(a.title.inferred);
    assert_eq!(a.subtitle, None);
    assert_eq!(a.date, None);
    assert_eq!(a.outlet, None);
    assert_eq!(a.byline, None);
    assert_eq!(a.dateline, None);
    assert_sections(&a, None);
    assert_eq!(a.paragraphs.len(), 11);
    assert_eq!(count(&a, ParagraphKind::Body), 11);
    assert_eq!(
        &*a.paragraphs[0].text,
        "Talks between the United States and Russia on ending the nearly four-year war in Ukraine were “constructive” but substantial work remains, a senior adviser to President Vladimir Putin said Wednesday."
    );
    assert!(
        a.paragraphs[10]
            .text
            .starts_with("Ushakov said any potential meeting")
    );
}

#[test]
fn seed_003_repeated_title_caption_byline_and_trailing_furniture() {
    let a = seed(3);
    let title = "Key talks between the US and Russia to end the war in Ukraine inconclusive but positive";
    assert_eq!(a.title.value, title);
    assert!(!a.title.inferred);
    assert_eq!(a.subtitle, None);
    assert_eq!(a.byline.as_deref(), Some("By Ben Aris in Berlin"));
    assert_eq!(a.date, date("December 3, 2025", 2025, 12, 3));
    assert_eq!(a.outlet, None, "bne IntelliNews is only named in body text");
    assert_eq!(a.dateline, None);
    assert_sections(&a, None);

    assert!(a.paragraphs.iter().all(|p| *p.text != *title));
    assert_eq!(
        texts(&a, ParagraphKind::Caption),
        [
            "Putin met with US delegates Steve Witkoff and Jared Kushner in Moscow to discuss plans to end the war in Moscow. / Kremlin.ru"
        ]
    );
    assert_eq!(a.paragraphs[0].kind, ParagraphKind::Caption);
    assert_eq!(
        texts(&a, ParagraphKind::Heading),
        ["European war? Bring it on", "Doves out of the talks"]
    );
    assert_eq!(count(&a, ParagraphKind::Body), 38);
    assert_eq!(a.paragraphs.len(), 41);
    assert!(
        a.paragraphs[1]
            .text
            .starts_with("Key talks between the US and Russia to end the war in Ukraine on December 2")
    );
    assert_eq!(
        &*a.paragraphs[40].text,
        "Dmitriev posted a single word on X after the meeting: “Productive.”"
    );
}

#[test]
fn seed_004_dateline_and_key_players_sidebar() {
    let a = seed(4);
    assert_eq!(
        a.dateline.as_deref(),
        Some("KYIV, Ukraine, December 3, 2025 (AP) —")
    );
    assert_eq!(outlet(&a), Some(("Associated Press", true)));
    assert_eq!(a.date, date("December 3, 2025", 2025, 12, 3));
    assert_eq!(
        a.title.value,
        "Ukraine and its European allies accused Russian President Vladimir Putin on Wednesday of feigning interest in peace efforts after five hours of talks with U.S. envoys at the Kremlin produced no breakthrough"
    );
    assert!(a.title.inferred);
    assert_eq!(a.subtitle, None);
    assert_eq!(a.byline, None);
    assert_sections(&a, Some("Key players in the US-led Ukraine talks"));

    assert_eq!(
        &*a.paragraphs[0].text,
        "Ukraine and its European allies accused Russian President Vladimir Putin on Wednesday of feigning interest in peace efforts after five hours of talks with U.S. envoys at the Kremlin produced no breakthrough."
    );
    let main: Vec<_> = a.paragraphs.iter().filter(|p| p.section == 0).collect();
    assert_eq!(main.len(), 17);
    assert_eq!(
        texts(&a, ParagraphKind::Heading),
        ["Unclear where peace talks go now"]
    );
    assert_eq!(count(&a, ParagraphKind::Caption), 0);
    assert_eq!(count(&a, ParagraphKind::Body), 16);
    assert!(
        main[16]
            .text
            .starts_with("“We’re deliberately not going to add anything,”")
    );

    let sidebar = texts(&a, ParagraphKind::Sidebar);
    assert_eq!(sidebar.len(), 8);
    assert_eq!(a.paragraphs.len(), 25);
    let names: Vec<&str> = sidebar.iter().map(|t| t.split(" (").next().unwrap()).collect();
    assert_eq!(
        names,
        [
            "Steve Witkoff",
            "Jared Kushner",
            "Daniel Driscoll",
            "Marco Rubio",
            "Rustem Umerov",
            "Yuri Ushakov",
            "Kirill Dmitriev",
            "Sergey Lavrov",
        ]
    );
    assert!(sidebar[0].starts_with("Steve Witkoff (United States): Witkoff is a real estate magnate"));
    assert!(sidebar[4].starts_with("Rustem Umerov (Ukraine): Umerov was appointed"));
    assert!(sidebar[7].starts_with("Sergey Lavrov (Russia): Lavrov has served"));
    assert!(sidebar[7].ends_with("has held phone conversations with Rubio."));
}

#[test]
fn parse_is_the_same_as_the_bundled_load() {
    let direct = parallax::corpus::ingest::parse(
        include_str!("../seeds/003_b351e3d0b2b60bc4.txt"),
        "003_b351e3d0b2b60bc4.txt",
        "bundled:003_b351e3d0b2b60bc4.txt",
    );
    assert_eq!(direct, seed(3));
}

// Hand-written fixture articles in other shapes than the seeds.

fn fixture(name: &str) -> Article {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/ingest")
        .join(name);
    parallax::corpus::load_file(&path)
        .into_iter()
        .next()
        .and_then(Result::ok)
        .expect("fixture loads")
}

#[test]
fn fixture_wrapped_with_byline_dateline_and_copyright() {
    let a = fixture("wrapped_byline_copyright.txt");
    assert_eq!(
        a.title.value,
        "Kyiv weighs a revised peace plan as envoys shuttle between capitals"
    );
    assert!(!a.title.inferred);
    assert_eq!(a.byline.as_deref(), Some("By Jane Doe, The Kyiv Independent"));
    assert_eq!(a.date, date("Dec. 4, 2025", 2025, 12, 4));
    assert_eq!(a.dateline.as_deref(), Some("KYIV --"));
    assert_eq!(outlet(&a), Some(("The Kyiv Independent", true)));
    assert_sections(&a, None);
    let kinds: Vec<ParagraphKind> = a.paragraphs.iter().map(|p| p.kind).collect();
    use ParagraphKind::{Body, Caption, Heading};
    assert_eq!(kinds, [Body, Body, Heading, Body, Body, Caption]);
    let texts: Vec<&str> = a.paragraphs.iter().map(|p| p.text.as_ref()).collect();
    assert_eq!(
        texts,
        [
            "Ukrainian officials on Thursday studied a revised version of the U.S.-backed peace plan, a day after American envoys met Russian President Vladimir Putin in Moscow for five hours of talks.",
            "The document, officials said, had been cut to 20 points from the 28 in the first draft. “It is better, but it is not yet a peace,” one senior official said.",
            "What comes next",
            "European leaders are expected to meet in Brussels next week to discuss their own proposals, which include a ceasefire along the current front line and security guarantees backed by a multinational force.",
            "The Ukrainian delegation is led by Rustem Umerov, the secretary of the National Security and Defense Council.",
            "Rustem Umerov speaks to reporters in Kyiv, Ukraine, on Wednesday, Dec. 3, 2025. (AP Photo/Efrem Lukatsky)",
        ]
    );
}

#[test]
fn fixture_reuters_one_a_line_with_factbox() {
    let a = fixture("reuters_factbox.txt");
    assert_eq!(
        a.title.value,
        "Russia said on Thursday it was ready to keep talking with the United States about ending the war in Ukraine, but that no compromise had yet been found on territory"
    );
    assert!(a.title.inferred);
    assert_eq!(a.dateline.as_deref(), Some("MOSCOW, Dec 4 (Reuters) -"));
    assert_eq!(outlet(&a), Some(("Reuters", true)));
    assert_eq!(a.date, None, "\"Dec 4\" names no year");
    assert_sections(&a, Some("FACTBOX-What is in the U.S. peace plan?"));
    assert_eq!(count(&a, ParagraphKind::Body), 4);
    assert_eq!(count(&a, ParagraphKind::Heading), 0);
    assert_eq!(
        &*a.paragraphs[3].text,
        "(Reporting by Jane Doe; Editing by John Roe)"
    );
    assert_eq!(
        texts(&a, ParagraphKind::Sidebar),
        [
            "Territory: The plan would recognise Russian control of Crimea and the Donbas.",
            "Security: Ukraine would receive guarantees from the United States and Europe.",
            "Sanctions: Sanctions on Russia would be lifted in stages.",
        ]
    );
}

#[test]
fn fixture_front_matter() {
    let a = fixture("front_matter.md");
    assert_eq!(a.title.value, "Envoys return from Moscow: what we know");
    assert!(!a.title.inferred);
    assert_eq!(outlet(&a), Some(("Example Daily", false)));
    assert_eq!(a.date, date("2025-12-04", 2025, 12, 4));
    assert_eq!(a.url.as_deref(), Some("https://example.com/envoys-return"));
    assert_eq!(a.byline.as_deref(), Some("By Jane Doe"));
    assert_eq!(a.paragraphs.len(), 2, "the repeated headline is not a paragraph");
    assert!(a.warnings.is_empty());
}
