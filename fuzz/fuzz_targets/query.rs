//! Any query over any lines: parsing, matching, ranking and highlighting must not panic, a
//! match position must be a char of its text, and every prefix of the query (as it is typed)
//! must parse too.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax::search::{Index, Matcher, Query};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (raw, lines) = text.split_once('\n').unwrap_or((&text, ""));
    let query = Query::parse(raw);
    let index = Index::from_lines(lines.lines().map(str::to_string));
    let matcher = Matcher;
    for hit in matcher.ranked(&index, &query, Some(20)) {
        let candidate = &index.candidates[hit.candidate as usize];
        let positions = matcher.positions(&query, &index, candidate);
        for (text, at) in index.texts(candidate).zip(&positions) {
            let chars = text.chars().count();
            assert!(at.iter().all(|&p| p < chars), "{at:?} in {text:?}");
        }
    }
    for line in lines.lines().take(20) {
        let chars = line.chars().count();
        let at = matcher.text_positions(&query, line);
        assert!(at.iter().all(|&p| p < chars), "{at:?} in {line:?}");
    }
    let mut previous = Query::default();
    for (end, _) in raw.char_indices().skip(1) {
        let typed = Query::parse(&raw[..end]);
        let _ = typed.refines(&previous);
        let _ = typed.new_last_term(&previous);
        previous = typed;
    }
});
