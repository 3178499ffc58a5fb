//! One lookup for every word list: each lowercase key maps to the bits of the lists holding
//! it, in a map with a fast (FxHash) hasher, built once.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use super::gazetteer as gz;
use super::words as w;

/// The FxHash function (as in rustc): fast and good enough for short word keys.
#[derive(Debug, Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().expect("8 bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut buf = [0u8; 8];
            buf[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(buf));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A `HashMap`/`HashSet` hasher builder using [`FxHasher`].
pub type FxBuild = BuildHasherDefault<FxHasher>;

macro_rules! bits {
    ($($name:ident = $bit:expr;)*) => { $(#[doc = concat!("List bit: ", stringify!($name), ".")] pub const $name: u32 = 1 << $bit;)* };
}

bits! {
    PLACE = 0; CITY = 1; PLACE_HEAD = 2; DEMONYM = 3; ORG_WORD = 4; KNOWN_ORG = 5; COMPANY = 6;
    COMMON_ACRONYM = 7; CALENDAR = 8; INSTITUTION = 9; PHRASE_START = 10; STOP = 11; TITLE = 12;
    TITLE_MOD = 13; DEPT = 14; ROLE_HEAD = 15; ROLE_MOD = 16; ROLE_CONN = 17; IMPERATIVE = 18; AGENT = 19;
    SPEECH = 20; SPORT_VERB = 21; SPORT_ROLE = 22; MALE = 23; FEMALE = 24; MALE_WORD = 25; FEMALE_WORD = 26;
    HONORIFIC = 27; CORPORATE = 28; THING = 29; THING_PREFIX = 30;
}

static LEX: LazyLock<HashMap<&'static str, u32, FxBuild>> = LazyLock::new(|| {
    let lists: &[(&[&'static str], u32)] = &[
        (gz::COUNTRIES, PLACE),
        (gz::REGIONS, PLACE),
        (gz::US_STATES, PLACE),
        (gz::CITIES, PLACE | CITY),
        (gz::PLACE_HEADS, PLACE_HEAD),
        (gz::DEMONYMS, DEMONYM),
        (gz::ORG_WORDS, ORG_WORD),
        (gz::KNOWN_ORGS, KNOWN_ORG),
        (gz::COMPANIES, COMPANY),
        (gz::NOT_ORG_ACRONYMS, COMMON_ACRONYM),
        (gz::CALENDAR, CALENDAR),
        (gz::POSSESSED_INSTITUTIONS, INSTITUTION),
        (gz::CORPORATE_SUFFIXES, CORPORATE),
        (gz::THING_HEADS, THING),
        (gz::THING_PREFIXES, THING_PREFIX),
        (w::STOP_WORDS, STOP),
        (w::TITLE_HEADS, TITLE),
        (w::TITLE_MODIFIERS, TITLE_MOD),
        (w::TITLE_DEPARTMENTS, DEPT),
        (w::ROLE_HEADS, ROLE_HEAD),
        (w::ROLE_MODIFIERS, ROLE_MOD),
        (w::ROLE_CONNECTORS, ROLE_CONN),
        (w::IMPERATIVES, IMPERATIVE),
        (w::AGENT_VERBS, AGENT),
        (w::SPORT_VERBS, SPORT_VERB),
        (w::SPORT_ROLES, SPORT_ROLE),
        (w::SPEECH_VERBS, SPEECH),
        (w::MALE_NAMES, MALE),
        (w::FEMALE_NAMES, FEMALE),
        (w::MALE_WORDS, MALE_WORD),
        (w::FEMALE_WORDS, FEMALE_WORD),
        (w::HONORIFICS, HONORIFIC),
    ];
    let mut map: HashMap<&'static str, u32, FxBuild> = HashMap::default();
    for &(list, bit) in lists {
        for &key in list {
            *map.entry(key).or_default() |= bit;
            // Multi-word places, organizations and dates: mark where one can start.
            if bit & (PLACE | KNOWN_ORG | CALENDAR) != 0
                && let Some((first, _)) = key.split_once(' ')
            {
                *map.entry(first).or_default() |= PHRASE_START;
            }
        }
    }
    map
});

/// The list bits of `key` (lowercase, folded); 0 when in no list.
pub fn flags(key: &str) -> u32 {
    LEX.get(key).copied().unwrap_or(0)
}

/// True when `key` is in any of the lists `bits`.
pub fn has(key: &str, bits: u32) -> bool {
    flags(key) & bits != 0
}
