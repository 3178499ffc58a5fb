//! Turning the plain text of one news article, as saved from any outlet, into an [`Article`].
//!
//! The steps, each in its own module:
//! 1. [`sanitize`] removes terminal controls; `frontmatter` splits off an optional `---` block
//!    whose values are stated rather than guessed.
//! 2. `boilerplate` drops page furniture line by line (separators, page instructions, copyright
//!    notices, interface labels) and remembers the outlet a copyright notice names.
//! 3. `header` reads the headline, sub-title, byline and date line at the top.
//! 4. `paragraphs` reads the rest into paragraphs (blank-line separated, one a line, or
//!    hard-wrapped) and marks cross-heads and photo captions (`caption`).
//! 5. `dateline` splits "KYIV, Ukraine, December 3, 2025 (AP) —" off the first paragraph;
//!    `sidebar` moves a "Key players"-style box into its own section.
//! 6. Missing values are inferred: the title from the first sentence, the outlet from the
//!    copyright notice, then the byline, then the dateline's agency marker (`outlet`); the
//!    date from front matter, else the header, else the dateline.
//!
//! Every rule is general (no outlet, name or phrasing is special), no input makes it panic, and
//! the work is linear in the size of the text.

mod boilerplate;
mod caption;
mod dateline;
mod frontmatter;
mod header;
mod outlet;
pub use outlet::names as outlet_names;
mod paragraphs;
mod sidebar;
mod text;

use std::path::Path;

use super::date::find_date;
use super::model::{Article, ArticleDate, Field, Paragraph, ParagraphKind, Section, SectionKind};
use super::sanitize::sanitize;
pub use frontmatter::FrontMatter as Stated;
use frontmatter::{FrontMatter, Split};
use paragraphs::Para;

/// The title given to an article with no text to take one from.
const UNTITLED: &str = "(untitled)";

/// Parses the text of one article file named `file_name`, loaded from `source`.
pub fn parse(raw: &str, file_name: &str, source: &str) -> Article {
    let text = sanitize(raw);
    let mut warnings = Vec::new();
    let (matter, body) = match frontmatter::split(&text) {
        Split::Found(matter, rest) => (matter, rest),
        Split::Absent => (FrontMatter::default(), text.as_str()),
        Split::Unclosed => {
            warnings.push("front matter has no closing `---`; read as text".to_string());
            (FrontMatter::default(), text.as_str())
        }
    };
    let blank = raw.chars().all(boilerplate::is_blank_char);
    read_text(body, matter, warnings, blank, Origin { file_name, source })
}

/// Parses the plain text of an article whose headline, outlet, date, address or author were
/// given apart from it (a JSON record): those are taken as stated, the rest is read as
/// [`parse`] reads a file.
pub fn parse_stated(raw: &str, stated: Stated, file_name: &str, source: &str) -> Article {
    let text = sanitize(raw);
    let blank = raw.chars().all(boilerplate::is_blank_char);
    read_text(
        &text,
        one_line(stated),
        Vec::new(),
        blank,
        Origin { file_name, source },
    )
}

/// Builds an article from paragraphs whose kinds the source marked up (an HTML page, a feed
/// entry), with what its metadata stated. Each text is sanitised; page furniture is dropped as
/// in plain text, and the dateline, sidebar and inferred values are read as [`parse`] reads them.
pub fn from_paragraphs(
    paragraphs: Vec<(ParagraphKind, String)>,
    stated: Stated,
    file_name: &str,
    source: &str,
) -> Article {
    let mut copyright_outlet = None;
    let mut paras = Vec::with_capacity(paragraphs.len());
    for (kind, raw) in paragraphs {
        let text = sanitize(&raw);
        let cleaned = boilerplate::clean(&text);
        copyright_outlet = copyright_outlet.or(cleaned.copyright_outlet);
        let kept: Vec<&str> = cleaned
            .lines
            .iter()
            .filter_map(|line| match line {
                boilerplate::Line::Text(t) => Some(*t),
                boilerplate::Line::Blank => None,
            })
            .collect();
        if !kept.is_empty() {
            paras.push(Para {
                kind,
                text: kept.join(" "),
            });
        }
    }
    let found = Found {
        outlet: copyright_outlet,
        ..Found::default()
    };
    assemble(
        one_line(stated),
        found,
        paras,
        Vec::new(),
        Origin { file_name, source },
    )
}

/// Stated values from outside the text, sanitised like the text and each on one line (with
/// nothing left, a value is absent).
fn one_line(stated: Stated) -> Stated {
    let clean = |value: Option<String>| {
        value
            .map(|v| sanitize(&v).split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|v| !v.is_empty())
    };
    Stated {
        title: clean(stated.title),
        outlet: clean(stated.outlet),
        date: clean(stated.date),
        url: clean(stated.url),
        author: clean(stated.author),
    }
}

/// Where an article was read from.
#[derive(Clone, Copy)]
struct Origin<'a> {
    /// The file name shown for it.
    file_name: &'a str,
    /// The path (or `bundled:…`) it was loaded from.
    source: &'a str,
}

/// What the text itself said about the article, as opposed to what was stated beside it.
#[derive(Default)]
struct Found {
    /// The headline read from the top lines.
    title: Option<String>,
    /// A sub-title under the headline.
    subtitle: Option<String>,
    /// A byline line.
    byline: Option<String>,
    /// A date line or a date in the byline.
    date: Option<(String, chrono::NaiveDate)>,
    /// The outlet a copyright notice (or else the header) named.
    outlet: Option<String>,
    /// True when the input held nothing but blanks.
    blank: bool,
}

/// Reads sanitised plain text (front matter already split off into `matter`) into an article.
fn read_text(body: &str, matter: Stated, warnings: Vec<String>, blank: bool, origin: Origin) -> Article {
    let cleaned = boilerplate::clean(body);
    let head = header::read(&cleaned.lines, matter.title.as_deref());
    let mut removed = vec![false; cleaned.lines.len()];
    for &i in &head.removed {
        removed[i] = true;
    }
    let lines: Vec<_> = cleaned
        .lines
        .iter()
        .zip(&removed)
        .filter(|(_, removed)| !**removed)
        .map(|(line, _)| *line)
        .collect();
    let paras = paragraphs::build(&lines);
    let found = Found {
        title: head.title,
        subtitle: head.subtitle,
        byline: head.byline,
        date: head.date,
        outlet: cleaned.copyright_outlet.or(head.outlet),
        blank,
    };
    assemble(matter, found, paras, warnings, origin)
}

/// Puts an article together from its paragraphs, what was stated about it and what its text
/// said: the dateline and a sidebar are split off, and what is missing is inferred.
fn assemble(
    matter: Stated,
    found: Found,
    mut paras: Vec<Para>,
    mut warnings: Vec<String>,
    origin: Origin,
) -> Article {
    let dateline = take_dateline(&mut paras);
    let sidebar = sidebar::split(&mut paras);
    // What a name like `outlet_2016-10-02_slug.txt` says, read once for the date and outlet.
    let (named_outlet, named_date) = outlet::from_file_name(origin.file_name)
        .map(|(outlet, original, date)| (outlet, (original, date)))
        .unzip();

    let title = match matter.title.or(found.title) {
        Some(title) => Field::stated(title),
        None => Field::inferred(inferred_title(&paras)),
    };
    let byline = match matter.author {
        Some(author) if !header::is_byline(&author) => Some(format!("By {author}")),
        Some(author) => Some(author),
        None => found.byline,
    };
    let date = match matter.date {
        Some(original) => {
            let date = find_date(&original).map(|(_, d)| d);
            if date.is_none() {
                warnings.push(format!("date {original:?} is not a date"));
            }
            Some(ArticleDate { original, date })
        }
        None => found
            .date
            .or_else(|| dateline.as_deref().and_then(find_date))
            .or(named_date)
            .map(|(original, date)| ArticleDate {
                original,
                date: Some(date),
            }),
    };
    let outlet = match matter.outlet {
        Some(outlet) => Some(Field::stated(outlet)),
        None => found
            .outlet
            .or_else(|| byline.as_deref().and_then(outlet::from_byline))
            .or_else(|| dateline.as_deref().and_then(outlet::from_dateline))
            .or(named_outlet)
            .map(Field::inferred),
    };

    let mut sections = vec![Section {
        kind: SectionKind::Main,
        heading: None,
    }];
    let mut paragraphs: Vec<Paragraph> = paras
        .into_iter()
        .map(|p| Paragraph {
            kind: p.kind,
            section: 0,
            text: p.text.into_boxed_str(),
        })
        .collect();
    if let Some(sidebar) = sidebar {
        sections.push(Section {
            kind: SectionKind::Sidebar,
            heading: Some(sidebar.heading),
        });
        paragraphs.extend(sidebar.paragraphs.into_iter().map(|text| Paragraph {
            kind: ParagraphKind::Sidebar,
            section: 1,
            text: text.into_boxed_str(),
        }));
    }

    if paragraphs.is_empty() {
        warnings.push(
            if found.blank {
                "empty file"
            } else if title.inferred {
                "no readable text"
            } else {
                "no paragraphs under the title"
            }
            .to_string(),
        );
    }
    let word_count = paragraphs.iter().map(|p| p.text.split_whitespace().count()).sum();
    let Origin { file_name, source } = origin;
    Article {
        id: Path::new(file_name)
            .file_stem()
            .and_then(|stem| stem.to_str())
            .unwrap_or(file_name)
            .to_string(),
        file_name: file_name.to_string(),
        source: source.to_string(),
        outlet,
        title,
        subtitle: found.subtitle,
        byline,
        date,
        dateline,
        url: matter.url,
        sections,
        paragraphs,
        word_count,
        warnings,
    }
}

/// Splits the dateline off the story's first paragraph (the first that is not a caption), and
/// drops that paragraph when the dateline was all of it.
fn take_dateline(paras: &mut Vec<Para>) -> Option<String> {
    let first = paras.iter().position(|p| p.kind != ParagraphKind::Caption)?;
    if paras[first].kind != ParagraphKind::Body {
        return None;
    }
    let split = dateline::split(&paras[first].text)?;
    if split.rest.is_empty() {
        paras.remove(first);
    } else {
        paras[first].text = split.rest;
    }
    Some(split.text)
}

/// The first sentence of the first body paragraph (or of the first paragraph of any kind), or
/// "(untitled)" when there is no text.
fn inferred_title(paras: &[Para]) -> String {
    paras
        .iter()
        .find(|p| p.kind == ParagraphKind::Body)
        .or(paras.first())
        .map(|p| text::first_sentence(&p.text))
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| UNTITLED.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use ParagraphKind::{Body, Caption, Heading, Sidebar};
    use chrono::NaiveDate;

    fn article(text: &str) -> Article {
        parse(text, "story.txt", "test")
    }

    fn kinds(a: &Article) -> Vec<ParagraphKind> {
        a.paragraphs.iter().map(|p| p.kind).collect()
    }

    fn texts(a: &Article) -> Vec<&str> {
        a.paragraphs.iter().map(|p| &*p.text).collect()
    }

    fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    fn outlet(a: &Article) -> Option<(&str, bool)> {
        a.outlet.as_ref().map(|o| (o.value.as_str(), o.inferred))
    }

    #[test]
    fn a_file_named_outlet_date_slug_gives_outlet_and_date_when_the_text_does_not() {
        let a = parse(
            "Harbour reopens\n\nThe harbour reopened.",
            "kestrel-post_2016-10-02_harbour.txt",
            "s",
        );
        assert_eq!(a.outlet, Some(Field::inferred("Kestrel Post".to_string())));
        assert_eq!(a.date.and_then(|d| d.date), NaiveDate::from_ymd_opt(2016, 10, 2));
        let a = parse(
            "Harbour reopens\nMay 3, 2024\n\nThe harbour reopened.",
            "kestrel-post_2016-10-02_harbour.txt",
            "s",
        );
        assert_eq!(
            a.date.and_then(|d| d.date),
            NaiveDate::from_ymd_opt(2024, 5, 3),
            "the text's own date wins"
        );
    }

    #[test]
    fn values_stated_beside_the_text_are_sanitised_onto_one_line() {
        let stated = Stated {
            title: Some("Harbour\u{1b}]0;pwned\u{7}\n reopens".to_string()),
            outlet: Some(" \u{202e}Gull ".to_string()),
            date: Some("\n".to_string()),
            url: None,
            author: Some("Mara\tVoss".to_string()),
        };
        let a = parse_stated("Text.", stated.clone(), "a.json", "a.json");
        assert_eq!(a.title.value, "Harbour reopens");
        assert_eq!(a.outlet_name(), "Gull");
        assert_eq!(a.date, None);
        assert_eq!(a.byline.as_deref(), Some("By Mara Voss"));
        let b = from_paragraphs(vec![(Body, "Text.".into())], stated, "a.html", "a.html");
        assert_eq!(b.title.value, "Harbour reopens");
    }

    #[test]
    fn ids_come_from_file_names() {
        assert_eq!(parse("x", "000_abc.txt", "s").id, "000_abc");
        assert_eq!(parse("x", "a.b.md", "s").id, "a.b");
        assert_eq!(parse("x", "noext", "s").id, "noext");
        assert_eq!(parse("x", ".hidden", "s").id, ".hidden");
        let a = parse("x", "f.txt", "bundled:f.txt");
        assert_eq!(
            (a.file_name.as_str(), a.source.as_str()),
            ("f.txt", "bundled:f.txt")
        );
    }

    #[test]
    fn front_matter_values_are_stated() {
        let a = article(
            "---\ntitle: Talks end\noutlet: The Kyiv Independent\ndate: 2025-12-04\nurl: https://example.com/talks\nauthor: Jane Doe\n---\nTalks end\n\nThe talks ended on Thursday.\n\nBoth sides left Moscow.",
        );
        assert_eq!(a.title, Field::stated("Talks end".to_string()));
        assert_eq!(a.outlet, Some(Field::stated("The Kyiv Independent".to_string())));
        assert_eq!(
            a.date,
            Some(ArticleDate {
                original: "2025-12-04".to_string(),
                date: day(2025, 12, 4)
            })
        );
        assert_eq!(a.url.as_deref(), Some("https://example.com/talks"));
        assert_eq!(a.byline.as_deref(), Some("By Jane Doe"));
        assert_eq!(
            texts(&a),
            ["The talks ended on Thursday.", "Both sides left Moscow."]
        );
        assert!(a.warnings.is_empty());
    }

    #[test]
    fn front_matter_author_already_a_byline_and_text_byline_dropped() {
        let a = article("---\nauthor: By Jane Doe\n---\nHeadline here\nBy J. Doe in Kyiv\n\nBody text.");
        assert_eq!(a.byline.as_deref(), Some("By Jane Doe"));
        assert_eq!(a.title.value, "Headline here");
        assert_eq!(texts(&a), ["Body text."]);
    }

    #[test]
    fn unreadable_front_matter_date_is_kept_with_a_warning() {
        let a = article("---\ndate: sometime in December\n---\nBody text.");
        assert_eq!(
            a.date,
            Some(ArticleDate {
                original: "sometime in December".to_string(),
                date: None
            })
        );
        assert_eq!(a.warnings.len(), 1);
        assert!(a.warnings[0].contains("not a date"));
    }

    #[test]
    fn unclosed_front_matter_is_read_as_text_with_a_warning() {
        let a = article("---\ntitle: Talks\n\nThe talks ended on Thursday.");
        assert_eq!(a.warnings, ["front matter has no closing `---`; read as text"]);
        assert_eq!(texts(&a), ["title: Talks", "The talks ended on Thursday."]);
    }

    #[test]
    fn blank_line_separated_article_with_title_subtitle_and_headings() {
        let a = article(
            "Putin Hails Useful Talks\nPutin's aide calls the talks 'very useful'\n\nA senior adviser described the talks as useful.\n\nKremlin Meeting Fails to Yield Breakthrough\n\nThe summit lasted five hours.\n",
        );
        assert_eq!(a.title, Field::stated("Putin Hails Useful Talks".to_string()));
        assert_eq!(
            a.subtitle.as_deref(),
            Some("Putin's aide calls the talks 'very useful'")
        );
        assert_eq!(kinds(&a), [Body, Heading, Body]);
        assert_eq!(a.word_count, 8 + 6 + 5);
    }

    #[test]
    fn one_paragraph_a_line_without_title_infers_it_from_the_first_sentence() {
        let a = article(
            "Talks between the U.S. and Russia were “constructive,” an adviser said Wednesday. More work remains.\nYuri Ushakov spoke after the meeting.\nThe talks lasted five hours.",
        );
        assert_eq!(
            a.title,
            Field::inferred(
                "Talks between the U.S. and Russia were “constructive,” an adviser said Wednesday"
                    .to_string()
            )
        );
        assert_eq!(a.paragraphs.len(), 3);
        assert!(
            a.paragraphs[0].text.starts_with("Talks between"),
            "the paragraph stays in the body"
        );
    }

    #[test]
    fn hard_wrapped_article_with_title_over_two_lines_date_line_headings_and_caption() {
        let text = "\
US-Russia talks on Ukraine were 'constructive' but work remains, Putin
adviser says
[December 03, 2025]
Talks between Russia and the U.S. on ending the nearly four-year war in
Ukraine were constructive, but much work remains, Yuri Ushakov, a senior
adviser to President Vladimir Putin, told reporters on Wednesday.
Putin met U.S. President Donald Trump’s envoy Steve Witkoff and his son-
in-law in the Kremlin in talks that began late on Tuesday and ran long.

Trump peace plan is center of effort to end the war
The meeting came days after U.S. officials held talks with a Ukrainian
team in Florida and which U.S. Secretary of State Marco Rubio described
in cautiously optimistic terms.
[to top of second column]
|

Russian President Vladimir Putin, right, attends talks with U.S.
special envoy Steve Witkoff at the Senate Palace of the Kremlin in
Moscow, Russia, Tuesday, Dec. 2, 2025. (Alexander Kazakov, Sputnik,
Kremlin Pool Photo via AP)

All contents © copyright 2025 Associated Press. All rights reserved
 |";
        let a = article(text);
        assert_eq!(
            a.title,
            Field::stated(
                "US-Russia talks on Ukraine were 'constructive' but work remains, Putin adviser says"
                    .to_string()
            )
        );
        assert_eq!(
            a.date,
            Some(ArticleDate {
                original: "[December 03, 2025]".to_string(),
                date: day(2025, 12, 3)
            })
        );
        assert_eq!(outlet(&a), Some(("Associated Press", true)));
        assert_eq!(kinds(&a), [Body, Body, Heading, Body, Caption]);
        assert_eq!(
            texts(&a)[..2],
            [
                "Talks between Russia and the U.S. on ending the nearly four-year war in Ukraine were constructive, but much work remains, Yuri Ushakov, a senior adviser to President Vladimir Putin, told reporters on Wednesday.",
                "Putin met U.S. President Donald Trump’s envoy Steve Witkoff and his son-in-law in the Kremlin in talks that began late on Tuesday and ran long.",
            ]
        );
        assert!(
            a.paragraphs[4]
                .text
                .ends_with("Dec. 2, 2025. (Alexander Kazakov, Sputnik, Kremlin Pool Photo via AP)")
        );
    }

    #[test]
    fn repeated_title_caption_and_byline_with_place_and_date() {
        let a = article(
            "Key talks end inconclusive\n\nKey talks end inconclusive\nPutin met US delegates in Moscow. / Kremlin.ru\nBy Ben Aris in Berlin December 3, 2025\n\nKey talks ended on December 2.\n\n\u{a0}\n\nNews\n\nDismiss",
        );
        assert_eq!(a.title.value, "Key talks end inconclusive");
        assert_eq!(a.byline.as_deref(), Some("By Ben Aris in Berlin"));
        assert_eq!(
            a.date,
            Some(ArticleDate {
                original: "December 3, 2025".to_string(),
                date: day(2025, 12, 3)
            })
        );
        assert_eq!(a.outlet, None);
        assert_eq!(kinds(&a), [Caption, Body]);
        assert_eq!(texts(&a)[1], "Key talks ended on December 2.");
    }

    #[test]
    fn dateline_is_split_off_and_names_the_outlet_and_date() {
        let a = article(
            "KYIV, Ukraine, December 3, 2025 (AP) — Ukraine and its allies accused Putin of feigning interest in peace. Talks went on.\nThe Russian leader should end the bluster, Cooper said.",
        );
        assert_eq!(
            a.dateline.as_deref(),
            Some("KYIV, Ukraine, December 3, 2025 (AP) —")
        );
        assert_eq!(outlet(&a), Some(("Associated Press", true)));
        assert_eq!(
            a.date,
            Some(ArticleDate {
                original: "December 3, 2025".to_string(),
                date: day(2025, 12, 3)
            })
        );
        assert_eq!(
            a.title,
            Field::inferred("Ukraine and its allies accused Putin of feigning interest in peace".to_string())
        );
        assert_eq!(
            &*a.paragraphs[0].text,
            "Ukraine and its allies accused Putin of feigning interest in peace. Talks went on."
        );
    }

    #[test]
    fn a_dateline_on_its_own_line_is_dropped_from_the_body() {
        let a = article("Talks stall\n\nMOSCOW (Reuters) -\n\nThe Kremlin said talks stalled.");
        assert_eq!(a.dateline.as_deref(), Some("MOSCOW (Reuters) -"));
        assert_eq!(texts(&a), ["The Kremlin said talks stalled."]);
        assert_eq!(outlet(&a), Some(("Reuters", true)));
    }

    #[test]
    fn outlet_from_the_byline() {
        let a = article("Talks stall\nBy Jane Doe, Financial Times\n\nThe Kremlin said talks stalled.");
        assert_eq!(outlet(&a), Some(("Financial Times", true)));
        assert_eq!(a.byline.as_deref(), Some("By Jane Doe, Financial Times"));
    }

    #[test]
    fn outlet_precedence_copyright_then_byline_then_dateline() {
        let a = article(
            "Talks stall\nBy Jane Doe for The Guardian\n\nMOSCOW (Reuters) - The Kremlin said talks stalled.\n© 2025 Guardian News & Media Limited",
        );
        assert_eq!(outlet(&a), Some(("Guardian News & Media Limited", true)));
        let a = article(
            "Talks stall\nBy Jane Doe for The Guardian\n\nMOSCOW (Reuters) - The Kremlin said talks stalled.",
        );
        assert_eq!(outlet(&a), Some(("The Guardian", true)));
    }

    #[test]
    fn no_outlet_from_body_text() {
        let a = article(
            "Talks stall\n\nThe Kremlin said talks stalled, Reuters reported.\n\nA bne IntelliNews columnist and an AP reporter agreed (AP).",
        );
        assert_eq!(a.outlet, None);
        assert_eq!(a.dateline, None);
    }

    #[test]
    fn key_players_sidebar_is_its_own_section() {
        let a = article(
            "The talks ended without a deal.\nKey players in the talks\nA carousel of images and text showing key details about the players.\nSteve Witkoff\nUnited States\nWitkoff is a real estate magnate.\nYuri Ushakov\nRussia\nUshakov is a diplomat.",
        );
        assert_eq!(a.sections.len(), 2);
        assert_eq!(a.sections[1].kind, SectionKind::Sidebar);
        assert_eq!(a.sections[1].heading.as_deref(), Some("Key players in the talks"));
        assert_eq!(kinds(&a), [Body, Sidebar, Sidebar]);
        assert_eq!(
            a.paragraphs.iter().map(|p| p.section).collect::<Vec<_>>(),
            [0, 1, 1]
        );
        assert_eq!(
            texts(&a)[1..],
            [
                "Steve Witkoff (United States): Witkoff is a real estate magnate.",
                "Yuri Ushakov (Russia): Ushakov is a diplomat."
            ]
        );
        assert_eq!(a.word_count, 6 + 10 + 7);
    }

    #[test]
    fn boilerplate_is_dropped() {
        let a = article(
            "Talks stall\n\nAdvertisement\nThe Kremlin said talks stalled.\nShare\n[to top of second column]\n|\nREAD MORE: Putin says talks useful\nMore talks are planned.\nAll rights reserved.\nRead more\nDismiss",
        );
        assert_eq!(
            texts(&a),
            ["The Kremlin said talks stalled.", "More talks are planned."]
        );
        assert!(a.warnings.is_empty());
    }

    #[test]
    fn a_first_line_ending_in_a_period_is_the_headline_when_set_apart() {
        let a = article(
            "Mayor Says Harbour Will Reopen of Its Own Accord.\n\nThe mayor said on Monday the harbour would reopen.",
        );
        assert_eq!(
            a.title,
            Field::stated("Mayor Says Harbour Will Reopen of Its Own Accord.".to_string())
        );
        assert_eq!(texts(&a), ["The mayor said on Monday the harbour would reopen."]);
        // A first sentence wrapped onto the next line, or alone in the file, stays story text.
        let wrapped = article("The council met on Monday.\nIt voted to reopen the harbour.");
        assert!(wrapped.title.inferred);
        let alone = article("The council met on Monday.");
        assert!(alone.title.inferred);
    }

    #[test]
    fn control_sequences_are_removed_before_reading() {
        let a = article("Talks \u{1b}[31mstall\u{1b}[0m\n\nThe Kremlin\u{1b}]0;pwned\u{7} said so.");
        assert_eq!(a.title.value, "Talks stall");
        assert_eq!(texts(&a), ["The Kremlin said so."]);
    }

    #[test]
    fn empty_and_blank_files() {
        for text in ["", "   \n\t\n", "\u{a0}\n\u{200b}"] {
            let a = article(text);
            assert_eq!(a.title, Field::inferred(UNTITLED.to_string()));
            assert!(a.paragraphs.is_empty());
            assert_eq!(a.word_count, 0);
            assert_eq!(a.warnings, ["empty file"], "{text:?}");
            assert_eq!(a.sections.len(), 1);
        }
    }

    #[test]
    fn files_with_nothing_readable() {
        for text in [
            "\"".repeat(100_000),
            "...\n---\n!!!\n|||".to_string(),
            "[page 2]".to_string(),
        ] {
            let a = article(&text);
            assert_eq!(a.title, Field::inferred(UNTITLED.to_string()));
            assert!(a.paragraphs.is_empty());
            assert_eq!(a.warnings, ["no readable text"]);
        }
    }

    #[test]
    fn a_title_alone() {
        let a = article("Just a headline");
        assert_eq!(a.title, Field::stated("Just a headline".to_string()));
        assert!(a.paragraphs.is_empty());
        assert_eq!(a.warnings, ["no paragraphs under the title"]);
    }

    #[test]
    fn one_huge_line_is_one_paragraph_with_a_short_title() {
        let huge = "Putin said the talks were useful and constructive in Kyiv ".repeat(20_000);
        let a = article(&huge);
        assert_eq!(a.paragraphs.len(), 1);
        assert!(a.title.inferred);
        assert!(a.title.value.chars().count() <= 251);
        assert_eq!(a.word_count, 10 * 20_000);
    }

    #[test]
    fn garbage_does_not_panic() {
        let garbage: String = (0..50_000u32)
            .map(|i| char::from_u32((i.wrapping_mul(7919) % 0x2_FFFF) + 1).unwrap_or('\u{fffd}'))
            .collect();
        let _ = article(&garbage);
        let lines: String = (0..2000u32)
            .map(|i| match i % 7 {
                0 => "—\n",
                1 => "By \n",
                2 => "(\n",
                3 => "[\n",
                4 => "“”“\n",
                5 => "Dec. 3,\n",
                _ => "© \n",
            })
            .collect();
        let _ = article(&lines);
        for text in [
            "---",
            "---\n",
            "---\n---",
            "By",
            "(AP) —",
            "— —",
            "•",
            "• ",
            "KYIV —",
            "©",
            "a\n\n\nb",
            "Ü\u{308}\n-\n–",
        ] {
            let _ = article(text);
        }
    }
}
