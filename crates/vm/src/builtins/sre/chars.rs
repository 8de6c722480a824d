//! Character predicates and case mappings used by the `_sre` matcher: the ASCII, "locale"
//! (treated as the C locale) and Unicode forms of digit/space/word/line-break tests, and the
//! single-character lower/upper mappings the compiled code assumes. See
//! docs/design/stdlib-bridge.md.

use crate::object::str::{is_alnum_char, is_decimal_char};

/// The character for a code point, if it is one.
fn ch(c: u32) -> Option<char> {
    char::from_u32(c)
}

/// ASCII lower case (other code points unchanged).
pub fn lower_ascii(c: u32) -> u32 {
    if (u32::from(b'A')..=u32::from(b'Z')).contains(&c) {
        c + 32
    } else {
        c
    }
}

/// ASCII upper case (other code points unchanged).
pub fn upper_ascii(c: u32) -> u32 {
    if (u32::from(b'a')..=u32::from(b'z')).contains(&c) {
        c - 32
    } else {
        c
    }
}

/// The one-character lower-case mapping CPython's engine uses: the first character of the
/// full mapping (U+0130 -> 'i').
pub fn lower_unicode(c: u32) -> u32 {
    if c < 128 {
        return lower_ascii(c);
    }
    match ch(c) {
        Some(x) => x.to_lowercase().next().map_or(c, u32::from),
        None => c,
    }
}

/// The one-character upper-case mapping CPython's engine uses: the first character of the
/// full mapping ('\u00df' -> 'S').
pub fn upper_unicode(c: u32) -> u32 {
    if c < 128 {
        return upper_ascii(c);
    }
    match ch(c) {
        Some(x) => x.to_uppercase().next().map_or(c, u32::from),
        None => c,
    }
}

/// Lower case in the C locale (only ASCII letters change).
pub fn lower_locale(c: u32) -> u32 {
    lower_ascii(c)
}

/// Upper case in the C locale.
pub fn upper_locale(c: u32) -> u32 {
    upper_ascii(c)
}

/// Whether a character has case variants (`_sre.unicode_iscased`).
pub fn unicode_iscased(c: u32) -> bool {
    c != lower_unicode(c) || c != upper_unicode(c)
}

/// Whether a character is an ASCII letter (`_sre.ascii_iscased`).
pub fn ascii_iscased(c: u32) -> bool {
    c < 128 && (c as u8).is_ascii_alphabetic()
}

fn is_ascii_digit(c: u32) -> bool {
    (u32::from(b'0')..=u32::from(b'9')).contains(&c)
}

fn is_ascii_space(c: u32) -> bool {
    matches!(c, 9..=13 | 32)
}

fn is_ascii_word(c: u32) -> bool {
    c < 128 && ((c as u8).is_ascii_alphanumeric() || c == u32::from(b'_'))
}

/// `str.isspace()` for one code point.
fn is_uni_space(c: u32) -> bool {
    (0x1c..=0x1f).contains(&c) || ch(c).is_some_and(char::is_whitespace)
}

/// A "word" character in Unicode mode: alphanumeric or underscore.
pub fn is_uni_word(c: u32) -> bool {
    c == u32::from(b'_') || ch(c).is_some_and(is_alnum_char)
}

/// A word character for the given AT/CATEGORY flavour: ASCII, locale or Unicode.
pub fn is_word(c: u32, flavour: Flavour) -> bool {
    match flavour {
        Flavour::Ascii | Flavour::Locale => is_ascii_word(c),
        Flavour::Unicode => is_uni_word(c),
    }
}

/// Which character classes a boundary test uses.
#[derive(Clone, Copy)]
pub enum Flavour {
    /// ASCII only.
    Ascii,
    /// The C locale (ASCII).
    Locale,
    /// Full Unicode.
    Unicode,
}

fn is_uni_linebreak(c: u32) -> bool {
    matches!(
        c,
        0x0a | 0x0b | 0x0c | 0x0d | 0x1c | 0x1d | 0x1e | 0x85 | 0x2028 | 0x2029
    )
}

/// A CATEGORY test (`re._constants.CHCODES` order); `None` for an unknown category.
pub fn category(cat: u32, c: u32) -> Option<bool> {
    let uni_digit = |c| ch(c).is_some_and(is_decimal_char);
    Some(match cat {
        0 => is_ascii_digit(c),
        1 => !is_ascii_digit(c),
        2 => is_ascii_space(c),
        3 => !is_ascii_space(c),
        4 => is_ascii_word(c),
        5 => !is_ascii_word(c),
        6 => c == 10,
        7 => c != 10,
        8 => is_word(c, Flavour::Locale),
        9 => !is_word(c, Flavour::Locale),
        10 => uni_digit(c),
        11 => !uni_digit(c),
        12 => is_uni_space(c),
        13 => !is_uni_space(c),
        14 => is_uni_word(c),
        15 => !is_uni_word(c),
        16 => is_uni_linebreak(c),
        17 => !is_uni_linebreak(c),
        _ => return None,
    })
}
