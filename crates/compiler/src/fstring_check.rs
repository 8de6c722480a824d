//! CPython 3.11's f-string scanner (`fstring_find_literal` / `fstring_find_expr` in its
//! string parser), re-created to report the same errors: a single `}`, a missing `}`, a bad
//! conversion, a backslash or `#` in an expression, mismatched brackets, nesting deeper than
//! two levels, an empty expression. Expressions it accepts are handed back (parenthesized, as
//! CPython compiles them) for the caller to parse. Ruff builds the tree; this only decides
//! which f-strings CPython 3.11 rejects and with which message. See docs/design/compiler.md.

/// Why CPython 3.11 rejects an f-string.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum FStringError {
    /// An error reported at the token after the string (the message includes `f-string`).
    Scanner(String),
    /// An expression CPython compiles (as `(expr)`) that does not compile, with the number of
    /// lines of the f-string body before it: its syntax error is the f-string's.
    Expr { source: String, lines_before: usize },
}

/// CPython's limit on brackets nested in one replacement field.
const MAX_NESTING: usize = 200;

/// Checks the body of one f-string (between its quotes; `raw` for `rf"..."`) and returns the
/// first error. `rejects` is asked about each expression, parenthesized, as CPython compiles
/// it when its scan reaches it.
pub(crate) fn check(
    body: &[u8],
    raw: bool,
    rejects: &mut dyn FnMut(&str) -> bool,
) -> Result<(), FStringError> {
    let mut s = Scanner {
        b: body,
        pos: 0,
        raw,
        rejects,
    };
    s.parse(0)
}

struct Scanner<'a, 'r> {
    b: &'a [u8],
    pos: usize,
    raw: bool,
    rejects: &'r mut dyn FnMut(&str) -> bool,
}

fn scanner_error<T>(msg: &str) -> Result<T, FStringError> {
    Err(FStringError::Scanner(msg.to_string()))
}

impl Scanner<'_, '_> {
    fn at(&self, i: usize) -> u8 {
        self.b.get(i).copied().unwrap_or(0)
    }

    /// `fstring_parse`: literals and replacement fields up to the end or a closing `}`.
    fn parse(&mut self, level: usize) -> Result<(), FStringError> {
        loop {
            if self.find_literal(level)? {
                continue;
            }
            if self.pos >= self.b.len() || self.at(self.pos) == b'}' {
                break;
            }
            self.find_expr(level)?;
        }
        if level != 0 && self.at(self.pos) != b'}' {
            return scanner_error("f-string: expecting '}'");
        }
        Ok(())
    }

    /// `fstring_find_literal`: true when it stopped at a doubled brace (scan on).
    fn find_literal(&mut self, level: usize) -> Result<bool, FStringError> {
        let end = self.b.len();
        let mut s = self.pos;
        while s < end {
            let mut ch = self.at(s);
            s += 1;
            if !self.raw && ch == b'\\' && s < end {
                ch = self.at(s);
                s += 1;
                if ch == b'N' {
                    // `\N{...}` names a character; its braces are not a field.
                    if s < end {
                        let open = self.at(s);
                        s += 1;
                        if open == b'{' {
                            while s < end {
                                let c = self.at(s);
                                s += 1;
                                if c == b'}' {
                                    break;
                                }
                            }
                        }
                    }
                    continue;
                }
            }
            if ch == b'{' || ch == b'}' {
                if level == 0 {
                    if s < end && self.at(s) == ch {
                        self.pos = s + 1;
                        return Ok(true);
                    }
                    if ch == b'}' {
                        self.pos = s - 1;
                        return scanner_error("f-string: single '}' is not allowed");
                    }
                }
                s -= 1;
                break;
            }
        }
        self.pos = s;
        Ok(false)
    }

    /// `fstring_find_expr`: one replacement field, starting at its `{`.
    fn find_expr(&mut self, level: usize) -> Result<(), FStringError> {
        if level >= 2 {
            return scanner_error("f-string: expressions nested too deeply");
        }
        let end = self.b.len();
        self.pos += 1;
        let expr_start = self.pos;
        let mut quote = 0u8;
        let mut triple = false;
        let mut stack: Vec<u8> = Vec::new();
        while self.pos < end {
            let ch = self.at(self.pos);
            if ch == b'\\' {
                return scanner_error("f-string expression part cannot include a backslash");
            }
            if quote != 0 {
                if ch == quote {
                    if triple {
                        if self.pos + 2 < end
                            && self.at(self.pos + 1) == ch
                            && self.at(self.pos + 2) == ch
                        {
                            self.pos += 2;
                            quote = 0;
                            triple = false;
                        }
                    } else {
                        quote = 0;
                    }
                }
                self.pos += 1;
                continue;
            }
            match ch {
                b'\'' | b'"' => {
                    if self.pos + 2 < end
                        && self.at(self.pos + 1) == ch
                        && self.at(self.pos + 2) == ch
                    {
                        triple = true;
                        self.pos += 2;
                    } else {
                        triple = false;
                    }
                    quote = ch;
                }
                b'[' | b'{' | b'(' => {
                    if stack.len() >= MAX_NESTING {
                        return scanner_error("f-string: too many nested parenthesis");
                    }
                    stack.push(ch);
                }
                b'#' => return scanner_error("f-string expression part cannot include '#'"),
                b'!' | b':' | b'}' | b'=' | b'>' | b'<' if stack.is_empty() => {
                    if self.pos + 1 < end
                        && self.at(self.pos + 1) == b'='
                        && ch != b':'
                        && ch != b'}'
                    {
                        // `!=`, `==`, `<=`, `>=`.
                        self.pos += 2;
                        continue;
                    }
                    if ch != b'>' && ch != b'<' {
                        break;
                    }
                }
                b']' | b'}' | b')' => {
                    let Some(open) = stack.pop() else {
                        return scanner_error(&format!("f-string: unmatched '{}'", ch as char));
                    };
                    let matching = matches!((open, ch), (b'(', b')') | (b'[', b']') | (b'{', b'}'));
                    if !matching {
                        return scanner_error(&format!(
                            "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                            ch as char, open as char
                        ));
                    }
                }
                _ => {}
            }
            self.pos += 1;
        }
        let expr_end = self.pos;
        if quote != 0 {
            return scanner_error("f-string: unterminated string");
        }
        if let Some(&open) = stack.last() {
            return scanner_error(&format!("f-string: unmatched '{}'", open as char));
        }
        if self.pos >= end {
            return scanner_error("f-string: expecting '}'");
        }
        // `fstring_compile_expr`: the expression must not be blank.
        let expr = &self.b[expr_start..expr_end];
        if expr
            .iter()
            .all(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\x0c' | b'\r'))
        {
            let next = self.at(expr_end);
            if matches!(next, b'!' | b':' | b'=') {
                return scanner_error(&format!(
                    "f-string: expression required before '{}'",
                    next as char
                ));
            }
            return scanner_error("f-string: empty expression not allowed");
        }
        let source = format!("({})", String::from_utf8_lossy(expr));
        if (self.rejects)(&source) {
            let lines_before = self.b[..expr_start].iter().filter(|c| **c == b'\n').count();
            return Err(FStringError::Expr {
                source,
                lines_before,
            });
        }
        if self.at(self.pos) == b'=' {
            self.pos += 1;
            while self.at(self.pos).is_ascii_whitespace() && self.pos < end {
                self.pos += 1;
            }
            if self.pos >= end {
                return scanner_error("f-string: expecting '}'");
            }
        }
        if self.at(self.pos) == b'!' {
            self.pos += 1;
            if self.pos >= end {
                return scanner_error("f-string: expecting '}'");
            }
            let conversion = self.at(self.pos);
            self.pos += 1;
            if !matches!(conversion, b's' | b'r' | b'a') {
                return scanner_error(
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                );
            }
        }
        if self.pos < end && self.at(self.pos) == b':' {
            self.pos += 1;
            if self.pos >= end {
                return scanner_error("f-string: expecting '}'");
            }
            self.parse(level + 1)?;
        }
        if self.pos >= end || self.at(self.pos) != b'}' {
            return scanner_error("f-string: expecting '}'");
        }
        self.pos += 1;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::{check, FStringError};

    fn msg(body: &str) -> String {
        match check(body.as_bytes(), false, &mut |_| false) {
            Err(FStringError::Scanner(m)) => m,
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn cpython_messages() {
        assert_eq!(msg("{"), "f-string: expecting '}'");
        assert_eq!(msg("}"), "f-string: single '}' is not allowed");
        assert_eq!(
            msg("{a!x}"),
            "f-string: invalid conversion character: expected 's', 'r', or 'a'"
        );
        assert_eq!(msg("{!r}"), "f-string: expression required before '!'");
        assert_eq!(msg("{ }"), "f-string: empty expression not allowed");
        assert_eq!(msg("{#}"), "f-string expression part cannot include '#'");
        assert_eq!(
            msg("{a:{b:{c}}}"),
            "f-string: expressions nested too deeply"
        );
        assert_eq!(msg("{a)}"), "f-string: unmatched ')'");
        assert_eq!(
            msg("{(}"),
            "f-string: closing parenthesis '}' does not match opening parenthesis '('"
        );
        assert_eq!(msg("{'a}"), "f-string: unterminated string");
    }

    #[test]
    fn accepted_fields() {
        let mut seen = Vec::new();
        let ok = check(
            b"a{{b}} {x!r:>{w}} {y=} {a != b} {d['k']} \\N{DASH}",
            false,
            &mut |e| {
                seen.push(e.to_string());
                false
            },
        );
        assert_eq!(ok, Ok(()));
        assert_eq!(
            seen,
            vec![
                "(x)".to_string(),
                "(w)".into(),
                "(y)".into(),
                "(a != b)".into(),
                "(d['k'])".to_string()
            ]
        );
    }
}
