//! Any text as an article's units: quote finding must not panic, and every span must lie
//! inside its unit, on char boundaries, its words between its marks.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax::extract::Unit;
use parallax::extract::quotes::find_quotes;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    // One unit a line, the first a headline: how extraction reads an article.
    let units: Vec<Unit> = text
        .split('\n')
        .enumerate()
        .map(|(i, line)| Unit {
            text: line,
            headline: i == 0,
        })
        .collect();
    for span in find_quotes(&units) {
        let unit = units[span.unit].text;
        assert!(span.start <= span.end && span.end <= unit.len(), "{span:?}");
        assert!(
            unit.is_char_boundary(span.start) && unit.is_char_boundary(span.end),
            "{span:?}"
        );
        assert!(span.open <= span.start, "{span:?}");
        if let Some(close) = span.close {
            assert!(span.end <= close && close < unit.len(), "{span:?}");
            assert!(unit.is_char_boundary(close), "{span:?}");
        }
        let _ = span.text(&units);
    }
});
