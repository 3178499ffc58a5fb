//! The one way the benches make a large story: the seed articles over and over, each copy's
//! people renamed and its numbers shifted, so no two copies are alike and each has its own
//! actors.

use parallax::corpus::bundled::SEEDS;

/// Given names and family names the generated articles' people take, copy after copy.
const GIVEN: &[&str] = &[
    "Anna", "Pavel", "Maria", "John", "Olena", "Rahul", "Chen", "Fatima", "Lars", "Ines",
];
const FAMILY: &[&str] = &[
    "Kowalski",
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Tanaka",
    "Ibrahim",
    "Novak",
    "Silva",
    "Ushakov",
    "Witkoff",
];
/// The seeds' people, renamed in each copy.
const PEOPLE: &[(&str, &str)] = &[
    ("Yuri", "Ushakov"),
    ("Steve", "Witkoff"),
    ("Vladimir", "Putin"),
    ("Jared", "Kushner"),
];

/// Article `i` of a generated story: its file name and text (seed `i % 5`, copy `i / 5`).
pub fn varied_seed(i: usize) -> (String, String) {
    let (name, text) = SEEDS[i % SEEDS.len()];
    let copy = i / SEEDS.len();
    let mut text = text.to_string();
    for (k, (given, family)) in PEOPLE.iter().enumerate() {
        let g = GIVEN[(copy + k) % GIVEN.len()];
        let f = FAMILY[(copy / 3 + k) % FAMILY.len()];
        text = text
            .replace(&format!("{given} {family}"), &format!("{g} {f}"))
            .replace(family, f);
    }
    (format!("{i:06}-{name}"), vary_numbers(&text, copy))
}

/// `text` with each run of digits shifted by `by` (mod 1000), so copies differ.
fn vary_numbers(text: &str, by: usize) -> String {
    let mut out = String::with_capacity(text.len());
    let mut digits = String::new();
    for c in text.chars().chain(std::iter::once('\0')) {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        if !digits.is_empty() {
            let n: usize = digits.parse().unwrap_or(0);
            out.push_str(&((n + by) % 1000).to_string());
            digits.clear();
        }
        if c != '\0' {
            out.push(c);
        }
    }
    out
}
