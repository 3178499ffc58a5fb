//! The seed story compiled into the binary, so `parallax` with no argument opens it from any
//! directory.

/// The seed articles: file name and text, in reading order.
pub const SEEDS: &[(&str, &str)] = &[
    (
        "000_895551ea311e5331.txt",
        include_str!("../../seeds/000_895551ea311e5331.txt"),
    ),
    (
        "001_f822894e52fda484.txt",
        include_str!("../../seeds/001_f822894e52fda484.txt"),
    ),
    (
        "002_d06facaa95ba2ed8.txt",
        include_str!("../../seeds/002_d06facaa95ba2ed8.txt"),
    ),
    (
        "003_b351e3d0b2b60bc4.txt",
        include_str!("../../seeds/003_b351e3d0b2b60bc4.txt"),
    ),
    (
        "004_fd10092c58538282.txt",
        include_str!("../../seeds/004_fd10092c58538282.txt"),
    ),
];
