//! CPython's tokenizer rules for number literals, which ruff's lexer does not check the same
//! way: digits after `0b`/`0o`/`0x`, underscores, leading zeros, exponents and what may follow
//! a literal. [`scan`] walks one literal as `tok_get` does and reports CPython 3.11's error
//! message and position, or the `SyntaxWarning` for a literal directly followed by a keyword
//! (`1if x else y`). Used by the pre-scan in `syntax.rs`; see docs/design/compiler.md.

/// What scanning one number literal found.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct NumScan {
    /// Byte offset just past the literal (where scanning stopped).
    pub end: usize,
    /// A tokenizer error: message and the byte range its caret covers.
    pub error: Option<(String, usize, usize)>,
    /// `invalid <kind> literal` as a warning (the literal runs into a keyword).
    pub warning: Option<String>,
}

/// A character that may continue an identifier (CPython's `is_potential_identifier_char`).
fn ident_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

struct Cursor<'a> {
    b: &'a [u8],
    /// Index of the next byte to read (CPython's `tok->cur`).
    cur: usize,
}

impl Cursor<'_> {
    /// Reads one byte; 0 past the end (CPython's EOF reads as a non-digit too).
    fn next(&mut self) -> u8 {
        let c = self.b.get(self.cur).copied().unwrap_or(0);
        self.cur += 1;
        c
    }

    fn backup(&mut self) {
        self.cur -= 1;
    }

    /// Whether `test` follows and is not continued by an identifier character.
    fn lookahead(&self, test: &[u8]) -> bool {
        let rest = self.b.get(self.cur..).unwrap_or(&[]);
        rest.starts_with(test) && !rest.get(test.len()).copied().is_some_and(ident_char)
    }
}

/// The error CPython's `syntaxerror` makes at the cursor: the caret under the byte before it.
fn error_here(cur: &Cursor<'_>, msg: String) -> Option<(String, usize, usize)> {
    let at = cur.cur.saturating_sub(1);
    Some((msg, at, at))
}

/// Scans the number literal starting at `start` (a digit, or `.` followed by a digit).
pub(crate) fn scan(b: &[u8], start: usize) -> NumScan {
    let mut cur = Cursor { b, cur: start };
    let mut out = NumScan {
        end: start,
        error: None,
        warning: None,
    };
    if let Err(e) = scan_inner(&mut cur, start, &mut out) {
        out.error = Some(e);
    }
    out.end = cur.cur.min(b.len()).max(start + 1);
    out
}

type Fail = (String, usize, usize);

fn fail<T>(cur: &Cursor<'_>, msg: impl Into<String>) -> Result<T, Fail> {
    Err(error_here(cur, msg.into()).unwrap_or_default())
}

/// CPython's `tok_decimal_tail`: digits with single underscores between them.
fn decimal_tail(cur: &mut Cursor<'_>) -> Result<u8, Fail> {
    loop {
        let mut c;
        loop {
            c = cur.next();
            if !c.is_ascii_digit() {
                break;
            }
        }
        if c != b'_' {
            return Ok(c);
        }
        c = cur.next();
        if !c.is_ascii_digit() {
            cur.backup();
            return fail(cur, "invalid decimal literal");
        }
    }
}

/// CPython's `verify_end_of_number`: a literal may not run into an identifier, except (with a
/// warning) into a keyword that can follow a number in valid code.
fn verify_end(cur: &mut Cursor<'_>, c: u8, kind: &str, out: &mut NumScan) -> Result<(), Fail> {
    let keyword = match c {
        b'a' => cur.lookahead(b"nd"),
        b'e' => cur.lookahead(b"lse"),
        b'f' => cur.lookahead(b"or"),
        b'i' => matches!(cur.b.get(cur.cur), Some(b'f' | b'n' | b's')),
        b'o' => cur.lookahead(b"r"),
        b'n' => cur.lookahead(b"ot"),
        _ => false,
    };
    if keyword {
        out.warning = Some(format!("invalid {kind} literal"));
        return Ok(());
    }
    if ident_char(c) {
        cur.backup();
        return fail(cur, format!("invalid {kind} literal"));
    }
    Ok(())
}

/// Digits of a `0x`/`0o`/`0b` literal (`c` is the byte after the prefix letter).
fn radix_digits(
    cur: &mut Cursor<'_>,
    kind: &str,
    is_digit: fn(u8) -> bool,
    out: &mut NumScan,
) -> Result<(), Fail> {
    let mut c = cur.next();
    loop {
        if c == b'_' {
            c = cur.next();
        }
        if !is_digit(c) {
            if kind != "hexadecimal" && c.is_ascii_digit() {
                return fail(
                    cur,
                    format!("invalid digit '{}' in {kind} literal", c as char),
                );
            }
            cur.backup();
            return fail(cur, format!("invalid {kind} literal"));
        }
        loop {
            c = cur.next();
            if !is_digit(c) {
                break;
            }
        }
        if c != b'_' {
            break;
        }
    }
    if kind != "hexadecimal" && c.is_ascii_digit() {
        return fail(
            cur,
            format!("invalid digit '{}' in {kind} literal", c as char),
        );
    }
    verify_end(cur, c, kind, out)?;
    cur.backup();
    Ok(())
}

fn scan_inner(cur: &mut Cursor<'_>, start: usize, out: &mut NumScan) -> Result<(), Fail> {
    let mut c = cur.next();
    if c == b'.' {
        c = cur.next();
        return fraction(cur, c, out);
    }
    if c == b'0' {
        c = cur.next();
        match c {
            b'x' | b'X' => return radix_digits(cur, "hexadecimal", |d| d.is_ascii_hexdigit(), out),
            b'o' | b'O' => return radix_digits(cur, "octal", |d| (b'0'..=b'7').contains(&d), out),
            b'b' | b'B' => return radix_digits(cur, "binary", |d| d == b'0' || d == b'1', out),
            _ => {}
        }
        // Maybe an old-style octal; `0` alone, `00`, `0_0` are fine.
        loop {
            if c == b'_' {
                c = cur.next();
                if !c.is_ascii_digit() {
                    cur.backup();
                    return fail(cur, "invalid decimal literal");
                }
            }
            if c != b'0' {
                break;
            }
            c = cur.next();
        }
        let zeros_end = cur.cur;
        let mut nonzero = false;
        if c.is_ascii_digit() {
            nonzero = true;
            c = decimal_tail(cur)?;
        }
        return match c {
            b'.' => {
                c = cur.next();
                fraction(cur, c, out)
            }
            b'e' | b'E' => exponent(cur, c, out),
            b'j' | b'J' => imaginary(cur, out),
            _ if nonzero => Err((
                "leading zeros in decimal integer literals are not permitted; \
                 use an 0o prefix for octal integers"
                    .into(),
                start,
                zeros_end.saturating_sub(1),
            )),
            _ => {
                verify_end(cur, c, "decimal", out)?;
                cur.backup();
                Ok(())
            }
        };
    }
    cur.backup();
    c = decimal_tail(cur)?;
    if c == b'.' {
        c = cur.next();
        return fraction(cur, c, out);
    }
    after_fraction(cur, c, out)
}

fn fraction(cur: &mut Cursor<'_>, mut c: u8, out: &mut NumScan) -> Result<(), Fail> {
    if c.is_ascii_digit() {
        cur.backup();
        c = decimal_tail(cur)?;
    }
    after_fraction(cur, c, out)
}

fn after_fraction(cur: &mut Cursor<'_>, c: u8, out: &mut NumScan) -> Result<(), Fail> {
    if c == b'e' || c == b'E' {
        return exponent(cur, c, out);
    }
    if c == b'j' || c == b'J' {
        return imaginary(cur, out);
    }
    verify_end(cur, c, "decimal", out)?;
    cur.backup();
    Ok(())
}

fn exponent(cur: &mut Cursor<'_>, e: u8, out: &mut NumScan) -> Result<(), Fail> {
    let mut c = cur.next();
    if c == b'+' || c == b'-' {
        c = cur.next();
        if !c.is_ascii_digit() {
            cur.backup();
            return fail(cur, "invalid decimal literal");
        }
    } else if !c.is_ascii_digit() {
        // `1e` ends the number before the `e` (which may start `else`).
        cur.backup();
        verify_end(cur, e, "decimal", out)?;
        cur.backup();
        return Ok(());
    }
    cur.backup();
    c = decimal_tail(cur)?;
    if c == b'j' || c == b'J' {
        return imaginary(cur, out);
    }
    verify_end(cur, c, "decimal", out)?;
    cur.backup();
    Ok(())
}

fn imaginary(cur: &mut Cursor<'_>, out: &mut NumScan) -> Result<(), Fail> {
    let c = cur.next();
    verify_end(cur, c, "imaginary", out)?;
    cur.backup();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::scan;

    fn err(src: &str) -> Option<(String, usize, usize)> {
        scan(src.as_bytes(), 0).error
    }

    #[test]
    fn valid_literals() {
        for s in [
            "0",
            "00",
            "0_0",
            "1_000",
            "0x_ff",
            "0o17",
            "0b1_0",
            "1.5",
            "1.",
            ".5",
            "1e5",
            "1e-5",
            "1.5j",
            "0j",
            "0.0",
            "00.5",
            "09.5",
            "1_0.0_1e1_0j",
        ] {
            let r = scan(s.as_bytes(), 0);
            assert_eq!(r.error, None, "{s}");
            assert_eq!(r.warning, None, "{s}");
            assert_eq!(r.end, s.len(), "{s}");
        }
    }

    #[test]
    fn cpython_messages() {
        assert_eq!(err("1__0"), Some(("invalid decimal literal".into(), 1, 1)));
        assert_eq!(
            err("0b12"),
            Some(("invalid digit '2' in binary literal".into(), 3, 3))
        );
        assert_eq!(
            err("0o8"),
            Some(("invalid digit '8' in octal literal".into(), 2, 2))
        );
        assert_eq!(
            err("0x "),
            Some(("invalid hexadecimal literal".into(), 1, 1))
        );
        assert_eq!(err("0777").map(|e| (e.1, e.2)), Some((0, 1)));
        assert_eq!(err("5abc"), Some(("invalid decimal literal".into(), 0, 0)));
        assert_eq!(err("1e+"), Some(("invalid decimal literal".into(), 2, 2)));
        assert_eq!(err("1jx"), Some(("invalid imaginary literal".into(), 1, 1)));
    }

    #[test]
    fn keyword_after_literal_warns() {
        let r = scan(b"1if x else y", 0);
        assert_eq!(r.error, None);
        assert_eq!(r.warning.as_deref(), Some("invalid decimal literal"));
        assert_eq!(r.end, 1);
        assert_eq!(
            scan(b"0b1and 2", 0).warning.as_deref(),
            Some("invalid binary literal")
        );
    }
}
