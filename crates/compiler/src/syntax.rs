//! The parser adapter: the only module that names `ruff_python_parser`, `ruff_python_ast` and
//! `ruff_text_size`.
//!
//! It pre-scans the source for what CPython's tokenizer rejects before parsing (too many nested
//! brackets, unmatched or unclosed brackets, too many indentation levels, nesting that would
//! recurse too deeply), runs ruff's parser, maps its errors to CPython 3.11's `SyntaxError`
//! messages where practical, and converts ruff's tree into our [`crate::ast`], computing
//! CPython-style positions (1-based lines, UTF-8 byte columns). See docs/design/compiler.md.

use std::sync::Arc;

use ferrum_bytecode::Constant;
use num_bigint::BigInt;
use ruff_python_ast as rast;
use ruff_python_parser as rparse;
use ruff_text_size::{Ranged, TextRange};

use crate::ast::*;
use crate::{CompileError, CompileErrorKind, Mode};

/// Maximum bracket nesting (CPython's tokenizer limit, `MAXLEVEL`).
const MAX_BRACKETS: usize = 200;
/// Maximum indentation levels (CPython's `MAXINDENT`).
const MAX_INDENT: usize = 100;
/// Maximum run of right-recursive tokens the parser is allowed to see in one expression.
const MAX_RECURSIVE_TOKENS: usize = 2900;
/// Maximum depth of the converted tree.
pub(crate) const MAX_AST_DEPTH: u32 = 3000;

/// Byte offsets of line starts, for turning offsets into positions.
pub(crate) struct LineIndex<'a> {
    source: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub(crate) fn new(source: &'a str) -> Self {
        let mut starts = vec![0];
        let bytes = source.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => starts.push(i + 1),
                b'\r' => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    starts.push(i + 1);
                }
                _ => {}
            }
            i += 1;
        }
        LineIndex { source, starts }
    }

    /// Whether the text at (1-based line, 0-based byte column) starts with `prefix`.
    pub(crate) fn text_at_starts_with(&self, line: u32, col: u32, prefix: &[char]) -> bool {
        let Some(start) = (line as usize)
            .checked_sub(1)
            .and_then(|i| self.starts.get(i))
        else {
            return false;
        };
        self.source
            .get(start + col as usize..)
            .is_some_and(|t| t.starts_with(prefix))
    }

    /// (1-based line, 0-based byte column) of a byte offset.
    pub(crate) fn pos(&self, offset: usize) -> (u32, u32) {
        let offset = offset.min(self.source.len());
        let line = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let start = self.starts.get(line).copied().unwrap_or(0);
        ((line + 1) as u32, (offset - start) as u32)
    }

    fn line_text(&self, line: u32) -> Option<String> {
        let i = (line as usize).checked_sub(1)?;
        let start = *self.starts.get(i)?;
        let end = self.starts.get(i + 1).copied().unwrap_or(self.source.len());
        let mut s = self.source.get(start..end)?.to_string();
        if s.ends_with("\r\n") {
            s.truncate(s.len() - 2);
            s.push('\n');
        } else if !s.ends_with('\n') {
            // The tokenizer ends the last line with a newline of its own.
            s.push('\n');
        }
        Some(s)
    }

    /// 1-based character column of a byte offset.
    fn char_col(&self, offset: usize) -> u32 {
        let offset = offset.min(self.source.len());
        let (line, _) = self.pos(offset);
        let start = self.starts.get(line as usize - 1).copied().unwrap_or(0);
        let mut o = offset;
        while o > start && !self.source.is_char_boundary(o) {
            o -= 1;
        }
        self.source.get(start..o).map_or(0, |s| s.chars().count()) as u32 + 1
    }

    /// Builds an error spanning byte offsets `start..end`.
    pub(crate) fn error(
        &self,
        kind: CompileErrorKind,
        msg: impl Into<String>,
        filename: &str,
        start: usize,
        end: usize,
    ) -> CompileError {
        let (lineno, _) = self.pos(start);
        let (end_lineno, _) = self.pos(end.max(start));
        CompileError {
            kind,
            msg: msg.into(),
            filename: filename.to_string(),
            lineno,
            offset: self.char_col(start),
            end_lineno,
            end_offset: self.char_col(end.max(start)),
            text: self.line_text(lineno),
        }
    }

    fn loc(&self, r: TextRange) -> Loc {
        let (lineno, col_offset) = self.pos(r.start().to_usize());
        let (end_lineno, end_col_offset) = self.pos(r.end().to_usize());
        Loc {
            lineno,
            col_offset,
            end_lineno,
            end_col_offset,
        }
    }
}

/// Parses `source` into our AST.
pub fn parse(source: &str, filename: &str, mode: Mode) -> Result<Mod, CompileError> {
    parse_with_warnings(source, filename, mode).map(|(m, _)| m)
}

/// Parses `source` into our AST, also returning the tokenizer's warnings.
pub fn parse_with_warnings(
    source: &str,
    filename: &str,
    mode: Mode,
) -> Result<(Mod, Vec<crate::CompileWarning>), CompileError> {
    let index = LineIndex::new(source);
    let scan = prescan(source, &index, filename);
    if let Some(err) = scan.fatal {
        return Err(err);
    }
    let warnings = scan
        .warnings
        .iter()
        .map(|(pos, msg)| crate::CompileWarning {
            category: "SyntaxWarning",
            msg: msg.clone(),
            filename: filename.to_string(),
            lineno: index.pos(*pos).0,
        })
        .collect();
    parse_scanned(source, filename, mode, &index, scan).map(|m| (m, warnings))
}

fn parse_scanned(
    source: &str,
    filename: &str,
    mode: Mode,
    index: &LineIndex<'_>,
    mut scan: Scan,
) -> Result<Mod, CompileError> {
    recursion_guard(source, mode, index, filename)?;
    let pmode = match mode {
        Mode::Eval => rparse::Mode::Expression,
        _ => rparse::Mode::Module,
    };
    let opts = rparse::ParseOptions::from(pmode).with_target_version(rast::PythonVersion::PY311);
    let parsed = rparse::parse_unchecked(source, opts);
    let first = parsed
        .errors()
        .iter()
        .min_by_key(|e| e.location.start())
        .cloned();
    // CPython 3.11 scans f-strings with rules of its own; the first it rejects wins over
    // later parser and tokenizer errors.
    if let Some((pos, e)) = scan.fstring.take() {
        let parser_first = first
            .as_ref()
            .is_some_and(|f| f.location.start().to_usize() < pos);
        let tokenizer_first = scan.deferred.as_ref().is_some_and(|(d, _)| *d < pos);
        if !parser_first && !tokenizer_first {
            return Err(e);
        }
    }
    if let Some(err) = first {
        let start = err.location.start().to_usize();
        let mut mapped = map_parse_error(&err, source, index, filename);
        if mapped.kind == CompileErrorKind::IndentationError {
            if let Some(line) = inconsistent_tabs(source) {
                mapped = CompileError {
                    kind: CompileErrorKind::TabError,
                    msg: "inconsistent use of tabs and spaces in indentation".into(),
                    filename: filename.to_string(),
                    lineno: line,
                    offset: 1,
                    end_lineno: line,
                    end_offset: 1,
                    text: index.line_text(line),
                };
            }
        }
        if let Some((pos, e)) = scan.deferred {
            let at_eof = start >= source.trim_end().len();
            let generic = mapped.msg == "invalid syntax";
            if scan.deferred_wins {
                if at_eof {
                    return Err(e);
                }
            } else if pos <= start || generic {
                return Err(e);
            }
        }
        return Err(mapped);
    }
    if let Some((_, e)) = scan.deferred {
        return Err(e);
    }
    if let Some(u) = parsed
        .unsupported_syntax_errors()
        .iter()
        .min_by_key(|e| e.range.start())
    {
        return Err(index.error(
            CompileErrorKind::SyntaxError,
            "invalid syntax",
            filename,
            u.range.start().to_usize(),
            u.range.end().to_usize(),
        ));
    }
    let conv = Converter {
        index,
        filename,
        depth: 0,
    };
    let mut conv = conv;
    match parsed.into_syntax() {
        rast::Mod::Module(m) => {
            let body = conv.stmts(&m.body)?;
            match mode {
                Mode::Single => {
                    check_single(&body, index, filename, source)?;
                    Ok(Mod::Interactive(body))
                }
                _ => Ok(Mod::Module(body)),
            }
        }
        rast::Mod::Expression(e) => Ok(Mod::Expression(Box::new(conv.expr(&e.body)?))),
    }
}

/// Checks one string literal (`quotes` = its quote span, `qlen` its quote length) the way
/// CPython 3.11 scans an f-string, and returns the error, placed at the token after the string
/// group or inside the parenthesized expression.
fn fstring_error(
    source: &str,
    (start, end): (usize, usize),
    qlen: usize,
    in_brackets: bool,
    index: &LineIndex<'_>,
    filename: &str,
) -> Option<(usize, CompileError)> {
    use crate::fstring_check::{check, FStringError};
    let b = source.as_bytes();
    let mut p = start;
    while p > 0
        && b.get(p - 1)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
    {
        p -= 1;
    }
    let prefix = source.get(p..start)?;
    if prefix.len() > 2 || !prefix.bytes().any(|c| c == b'f' || c == b'F') {
        return None;
    }
    let raw = prefix.bytes().any(|c| c == b'r' || c == b'R');
    let body_start = start + qlen;
    let body = b.get(body_start..end.checked_sub(qlen)?)?;
    let mut rejects = |expr: &str| parse(expr, filename, Mode::Eval).is_err();
    let e = match check(body, raw, &mut rejects).err()? {
        FStringError::Scanner(msg) => {
            let (s, e) = token_after_strings(b, end, in_brackets);
            index.error(CompileErrorKind::SyntaxError, msg, filename, s, e)
        }
        FStringError::Expr {
            source: expr,
            lines_before,
        } => {
            let mut e = parse(&expr, filename, Mode::Eval).err()?;
            let (line, _) = index.pos(body_start);
            let shift = line + lines_before as u32 - 1;
            e.text = expr
                .lines()
                .nth(e.lineno.saturating_sub(1) as usize)
                .map(|l| format!("{l}\n"));
            e.lineno += shift;
            e.end_lineno += shift;
            if !e.msg.starts_with("f-string") {
                e.msg = format!("f-string: {}", e.msg);
            }
            e
        }
    };
    Some((p, e))
}

/// The byte range of the token after the string ending at `from` and any strings concatenated
/// with it, as CPython 3.11's tokenizer sees them: a line end counts from a comment before it.
fn token_after_strings(b: &[u8], from: usize, in_brackets: bool) -> (usize, usize) {
    const OPERATORS: &str =
        "**= //= >>= <<= ... != %= &= ** *= += -= -> // /= := << <= == >= >> @= ^= |=";
    let mut i = from;
    let mut comment = None;
    loop {
        let Some(&c) = b.get(i) else {
            return (comment.unwrap_or(i), i);
        };
        match c {
            b' ' | b'\t' | 0x0c => i += 1,
            b'\\' => {
                i += 1;
                while matches!(b.get(i), Some(b'\r' | b'\n')) {
                    i += 1;
                }
            }
            b'#' => {
                comment = Some(i);
                while !matches!(b.get(i), None | Some(b'\r' | b'\n')) {
                    i += 1;
                }
            }
            b'\r' | b'\n' if in_brackets => {
                comment = None;
                i += 1;
            }
            b'\r' | b'\n' => return (comment.unwrap_or(i), i),
            _ => {
                // Another string (with its prefix) joins the group; anything else is the token.
                let mut j = i;
                while b
                    .get(j)
                    .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_' || *c >= 0x80)
                {
                    j += 1;
                }
                let word = &b[i..j];
                let prefix = word.len() <= 2 && word.iter().all(|c| b"rRbBfFuU".contains(c));
                if prefix && matches!(b.get(j), Some(b'\'' | b'"')) {
                    i = string_end(b, j).0.min(b.len());
                    continue;
                }
                if j > i {
                    return (i, j);
                }
                if c.is_ascii_digit() {
                    return (i, crate::numscan::scan(b, i).end);
                }
                let len = OPERATORS
                    .split(' ')
                    .find(|op| b[i..].starts_with(op.as_bytes()))
                    .map_or(1, str::len);
                return (i, i + len);
            }
        }
    }
}

fn check_single(
    body: &[Stmt],
    index: &LineIndex<'_>,
    filename: &str,
    source: &str,
) -> Result<(), CompileError> {
    if let (Some(first), Some(second)) = (body.first(), body.get(1)) {
        let compound = matches!(
            first.kind,
            StmtKind::FunctionDef(_)
                | StmtKind::ClassDef(_)
                | StmtKind::For { .. }
                | StmtKind::While { .. }
                | StmtKind::If { .. }
                | StmtKind::With { .. }
                | StmtKind::Try { .. }
                | StmtKind::Match { .. }
        );
        if compound || second.loc.lineno != first.loc.end_lineno {
            let _ = source;
            return Err(CompileError {
                kind: CompileErrorKind::SyntaxError,
                msg: "multiple statements found while compiling a single statement".into(),
                filename: filename.into(),
                lineno: first.loc.lineno,
                offset: 1,
                end_lineno: first.loc.lineno,
                end_offset: 1,
                text: index.line_text(first.loc.lineno),
            });
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Pre-scan: brackets, indentation, literals.
// ---------------------------------------------------------------------------------------------

struct Scan {
    /// An error CPython's tokenizer raises regardless of what the parser thinks.
    fatal: Option<CompileError>,
    /// A tokenizer error to report if the parser also fails (with its byte position).
    deferred: Option<(usize, CompileError)>,
    /// The deferred error wins even over earlier parser errors (unclosed brackets).
    deferred_wins: bool,
    /// Tokenizer warnings (`1if x else y`): byte position and message.
    warnings: Vec<(usize, String)>,
    /// The first f-string CPython 3.11 rejects: its start and the error, placed as CPython's
    /// parser places it.
    fstring: Option<(usize, CompileError)>,
}

fn closing_for(open: u8) -> u8 {
    match open {
        b'(' => b')',
        b'[' => b']',
        _ => b'}',
    }
}

fn prescan(source: &str, index: &LineIndex<'_>, filename: &str) -> Scan {
    let b = source.as_bytes();
    let mut scan = Scan {
        fatal: None,
        deferred: None,
        deferred_wins: false,
        warnings: Vec::new(),
        fstring: None,
    };
    let mut stack: Vec<(u8, usize)> = Vec::new();
    let mut indents: Vec<usize> = vec![0];
    let mut i = 0;
    let mut at_line_start = true;
    let mut continuation = false;
    let syn = |msg: String, s: usize, e: usize| {
        index.error(CompileErrorKind::SyntaxError, msg, filename, s, e)
    };
    while i < b.len() {
        let c = b[i];
        if at_line_start {
            at_line_start = false;
            if stack.is_empty() && !continuation {
                // Measure the indentation of a logical line that has content.
                let mut j = i;
                let mut col = 0usize;
                while j < b.len() && (b[j] == b' ' || b[j] == b'\t' || b[j] == 0x0c) {
                    col = if b[j] == b'\t' {
                        (col / 8 + 1) * 8
                    } else {
                        col + 1
                    };
                    j += 1;
                }
                let blank = j >= b.len() || matches!(b[j], b'\n' | b'\r' | b'#');
                if !blank {
                    let top = indents.last().copied().unwrap_or(0);
                    if col > top {
                        indents.push(col);
                        if indents.len() > MAX_INDENT && scan.fatal.is_none() {
                            let mut e = index.error(
                                CompileErrorKind::IndentationError,
                                "too many levels of indentation",
                                filename,
                                j,
                                j,
                            );
                            e.offset = 1;
                            e.end_offset = 1;
                            scan.fatal = Some(e);
                            return scan;
                        }
                    } else {
                        while indents.len() > 1 && indents.last().copied().unwrap_or(0) > col {
                            indents.pop();
                        }
                    }
                }
                i = j;
                continue;
            }
            continuation = false;
        }
        match c {
            b'#' => {
                while i < b.len() && b[i] != b'\n' && b[i] != b'\r' {
                    i += 1;
                }
                continue;
            }
            b'\n' | b'\r' => {
                at_line_start = true;
                i += 1;
                continue;
            }
            b'\\' => {
                continuation = true;
                i += 1;
                if i < b.len() && b[i] == b'\r' {
                    i += 1;
                }
                if i < b.len() && b[i] == b'\n' {
                    i += 1;
                }
                at_line_start = true;
                continue;
            }
            b'\'' | b'"' => {
                // Skip the string (prefixes were consumed as identifier chars).
                let start = i;
                let triple = b.get(i + 1) == Some(&c) && b.get(i + 2) == Some(&c);
                let closed;
                (i, closed) = string_end(b, i);
                if !closed {
                    let (line, _) = index.pos(i.min(b.len()).saturating_sub(usize::from(triple)));
                    let msg = if triple {
                        format!(
                            "unterminated triple-quoted string literal (detected at line {line})"
                        )
                    } else {
                        format!("unterminated string literal (detected at line {line})")
                    };
                    scan.fatal = Some(syn(msg, start, start));
                    return scan;
                }
                if scan.fstring.is_none() {
                    let qlen = if triple { 3 } else { 1 };
                    scan.fstring =
                        fstring_error(source, (start, i), qlen, !stack.is_empty(), index, filename);
                }
                continue;
            }
            b'(' | b'[' | b'{' => {
                stack.push((c, i));
                if stack.len() > MAX_BRACKETS {
                    scan.fatal = Some(syn("too many nested parentheses".into(), i, i + 1));
                    return scan;
                }
            }
            b')' | b']' | b'}' => match stack.pop() {
                None => {
                    if scan.deferred.is_none() {
                        scan.deferred =
                            Some((i, syn(format!("unmatched '{}'", c as char), i, i + 1)));
                    }
                }
                Some((open, pos)) => {
                    if closing_for(open) != c && scan.deferred.is_none() {
                        let (ol, _) = index.pos(pos);
                        let (cl, _) = index.pos(i);
                        let msg = if ol != cl {
                            format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}' on line {ol}",
                                c as char, open as char
                            )
                        } else {
                            format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                c as char, open as char
                            )
                        };
                        scan.deferred = Some((i, syn(msg, i, i + 1)));
                    }
                }
            },
            b'0'..=b'9' | b'.'
                if (c != b'.' || b.get(i + 1).is_some_and(u8::is_ascii_digit))
                    && !(i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_')) =>
            {
                let num = crate::numscan::scan(b, i);
                if let Some((msg, s, e)) = num.error {
                    if scan.deferred.is_none() {
                        scan.deferred = Some((i, syn(msg, s, e)));
                    }
                }
                if let Some(w) = num.warning {
                    scan.warnings.push((i, w));
                }
                i = num.end;
                continue;
            }
            _ => {
                if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 {
                    // Identifiers (and string prefixes) are skipped whole.
                    while i < b.len()
                        && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] >= 0x80)
                    {
                        i += 1;
                    }
                    continue;
                }
            }
        }
        i += 1;
    }
    if let Some(&(open, pos)) = stack.first() {
        if scan.deferred.is_none() {
            scan.deferred = Some((
                pos,
                syn(format!("'{}' was never closed", open as char), pos, pos + 1),
            ));
            scan.deferred_wins = true;
        }
    }
    scan
}

/// Where the string literal whose opening quote is at `quote` ends (past its closing quotes), as
/// CPython 3.11's tokenizer scans it, and whether it was closed.
fn string_end(b: &[u8], quote: usize) -> (usize, bool) {
    let q = b.get(quote).copied().unwrap_or(b'"');
    let triple = b.get(quote + 1) == Some(&q) && b.get(quote + 2) == Some(&q);
    let qlen = if triple { 3 } else { 1 };
    let mut i = quote + qlen;
    while i < b.len() {
        if b[i] == b'\\' {
            i += 2;
            continue;
        }
        if !triple && (b[i] == b'\n' || b[i] == b'\r') {
            break;
        }
        if b[i] == q && (!triple || (b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q))) {
            return (i + qlen, true);
        }
        i += 1;
    }
    (i, false)
}

/// Rejects inputs whose expression nesting would make the recursive-descent parser recurse
/// too deeply (long runs of prefix operators, `**`, `lambda`, conditional expressions).
fn recursion_guard(
    source: &str,
    mode: Mode,
    index: &LineIndex<'_>,
    filename: &str,
) -> Result<(), CompileError> {
    use rast::token::TokenKind as T;
    let pmode = match mode {
        Mode::Eval => rparse::Mode::Expression,
        _ => rparse::Mode::Module,
    };
    let mut lexer = rparse::lexer::lex(source, pmode);
    let mut run = 0usize;
    let mut stack: Vec<usize> = Vec::new();
    let mut count = 0usize;
    // Whether the previous token ends an operand (so `-` after it is binary).
    let mut after_operand = false;
    loop {
        let kind = lexer.next_token();
        count += 1;
        if count > 50_000_000 {
            break;
        }
        let mut operand = false;
        match kind {
            T::EndOfFile => break,
            T::Lpar | T::Lsqb | T::Lbrace | T::FStringStart | T::TStringStart => {
                stack.push(run);
                run += 1;
            }
            T::Rpar | T::Rsqb | T::Rbrace | T::FStringEnd | T::TStringEnd => {
                run = stack.pop().unwrap_or(0);
                operand = true;
            }
            T::Comma | T::Newline | T::Semi => {
                run = stack.last().map_or(0, |r| r + 1);
            }
            T::Minus | T::Plus | T::Tilde | T::Star if !after_operand => {
                run += 1;
            }
            T::Not
            | T::Await
            | T::Lambda
            | T::DoubleStar
            | T::Else
            | T::ColonEqual
            | T::Yield
            | T::Equal => {
                run += 1;
            }
            T::Name
            | T::Int
            | T::Float
            | T::Complex
            | T::String
            | T::None
            | T::True
            | T::False
            | T::Ellipsis => operand = true,
            _ => {}
        }
        after_operand = operand;
        if run > MAX_RECURSIVE_TOKENS {
            let mut e = index.error(
                CompileErrorKind::RecursionError,
                "maximum recursion depth exceeded during compilation",
                filename,
                0,
                0,
            );
            e.text = None;
            return Err(e);
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Error mapping.
// ---------------------------------------------------------------------------------------------

fn header_statement(source: &str, index: &LineIndex<'_>, before: usize) -> Option<(String, u32)> {
    // Find the last non-blank, non-comment line before `before` that ends with ':'.
    let (line, _) = index.pos(before);
    let mut l = line;
    while l >= 1 {
        if let Some(text) = index.line_text(l) {
            let t = text.trim();
            let starts_here = index.starts.get(l as usize - 1).copied().unwrap_or(0) < before;
            if starts_here && !t.is_empty() && !t.starts_with('#') {
                let word: String = t
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                let mut w = word.as_str();
                let rest = t[word.len()..].trim_start();
                if w == "async" {
                    w = rest
                        .split(|c: char| !c.is_alphanumeric())
                        .next()
                        .unwrap_or("");
                }
                let desc = match w {
                    "if" | "elif" | "else" | "while" | "for" | "with" | "try" | "except"
                    | "finally" | "match" | "case" => format!("'{w}' statement"),
                    "def" => "function definition".to_string(),
                    "class" => "class definition".to_string(),
                    _ => {
                        // Continuation line of a multi-line header: keep looking.
                        l -= 1;
                        continue;
                    }
                };
                return Some((desc, l));
            }
        }
        l -= 1;
    }
    let _ = source;
    None
}

/// What CPython calls an invalid `:=` target: the targets valid elsewhere (attribute,
/// subscript, tuple, list, starred) first, then [`target_description`].
fn named_target_description(text: &str) -> &'static str {
    let t = text.trim();
    let first = t.chars().next().unwrap_or(' ');
    let last = t.chars().last().unwrap_or(' ');
    // Depth-0 structure outside the outermost brackets.
    let mut depth = 0i32;
    let mut top_comma = false;
    let mut last_top_dot = None;
    let mut quote: Option<char> = None;
    for (i, c) in t.char_indices() {
        if let Some(q) = quote {
            if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '\'' | '"' => quote = Some(c),
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 1 && first == '(' => top_comma = true,
            '.' if depth == 0 => last_top_dot = Some(i),
            _ => {}
        }
    }
    if first == '*' {
        return "starred";
    }
    if first == '(' && last == ')' && (top_comma || t == "()") {
        return "tuple";
    }
    if first == '[' && last == ']' && !t.contains(" for ") {
        return "list";
    }
    if first.is_ascii_digit() {
        return target_description(text);
    }
    if last == ']' && first != '[' {
        return "subscript";
    }
    if let Some(d) = last_top_dot {
        let attr = &t[d + 1..];
        if !attr.is_empty() && attr.chars().all(|c| c.is_alphanumeric() || c == '_') {
            return "attribute";
        }
    }
    target_description(text)
}

fn target_description(text: &str) -> &'static str {
    let t = text.trim();
    let first = t.chars().next().unwrap_or(' ');
    let last = t.chars().last().unwrap_or(' ');
    if t == "None" || t == "True" || t == "False" {
        return "";
    }
    if t == "..." {
        return "ellipsis";
    }
    if first.is_ascii_digit()
        || first == '"'
        || first == '\''
        || ((first == 'b' || first == 'r' || first == 'u' || first == 'B' || first == 'R')
            && (t.contains('"') || t.contains('\''))
            && !t.contains('('))
    {
        if first == 'f' || first == 'F' {
            return "f-string expression";
        }
        return "literal";
    }
    if (first == 'f' || first == 'F') && (t[1..].starts_with('"') || t[1..].starts_with('\'')) {
        return "f-string expression";
    }
    if last == ')' && t.contains('(') && first != '(' {
        return "function call";
    }
    if t.starts_with("lambda") {
        return "lambda";
    }
    if first == '[' && t.contains(" for ") {
        return "list comprehension";
    }
    if first == '{' && t.contains(" for ") {
        return if t.contains(':') {
            "dict comprehension"
        } else {
            "set comprehension"
        };
    }
    if first == '(' && t.contains(" for ") {
        return "generator expression";
    }
    if first == '{' {
        return if t.contains(':') || t == "{}" {
            "dict literal"
        } else {
            "set display"
        };
    }
    if t.contains(" if ") && t.contains(" else ") {
        return "conditional expression";
    }
    if t.starts_with("await ") {
        return "await expression";
    }
    if t.starts_with("yield") {
        return "yield expression";
    }
    if t.contains(" and ") || t.contains(" or ") {
        return "expression";
    }
    if t.contains("==") || t.contains('<') || t.contains('>') || t.contains("!=") {
        return "comparison";
    }
    "expression"
}

fn map_parse_error(
    err: &rparse::ParseError,
    source: &str,
    index: &LineIndex<'_>,
    filename: &str,
) -> CompileError {
    use rast::token::TokenKind as T;
    use rparse::{LexicalErrorType as L, ParseErrorType as P};
    let start = err.location.start().to_usize();
    let end = err.location.end().to_usize();
    let text = source.get(start..end).unwrap_or("");
    if std::env::var_os("FERRUM_DEBUG_PARSE").is_some() {
        eprintln!("ruff error: {:?}", err);
    }
    let syn = |msg: String| index.error(CompileErrorKind::SyntaxError, msg, filename, start, end);
    let invalid = || syn("invalid syntax".into());
    match &err.error {
        P::UnexpectedIndentation => {
            let mut e = index.error(
                CompileErrorKind::IndentationError,
                "unexpected indent",
                filename,
                start,
                end,
            );
            // CPython reports the column just past the indentation.
            if let Some(t) = index.line_text(e.lineno) {
                let indent = t.chars().take_while(|c| *c == ' ' || *c == '\t').count() as u32;
                e.offset = indent.max(1);
                e.end_offset = e.offset;
            }
            e
        }
        P::Lexical(L::IndentationError) => {
            let mut e = index.error(
                CompileErrorKind::IndentationError,
                "unindent does not match any outer indentation level",
                filename,
                start,
                end,
            );
            e.text = index.line_text(e.lineno);
            // CPython points just past the end of the offending line.
            if let Some(t) = &e.text {
                e.offset = t.trim_end_matches(['\n', '\r']).chars().count() as u32 + 1;
                e.end_offset = e.offset;
            }
            e
        }
        P::Lexical(L::UnclosedStringError) => {
            let (line, _) = index.pos(end);
            syn(format!(
                "unterminated string literal (detected at line {line})"
            ))
        }
        P::Lexical(L::Eof) => syn("unexpected EOF while parsing".into()),
        P::Lexical(L::UnrecognizedToken { tok }) => {
            if tok.is_ascii() {
                invalid()
            } else {
                syn(format!("invalid character '{tok}' (U+{:04X})", *tok as u32))
            }
        }
        P::Lexical(L::LineContinuationError) => {
            syn("unexpected character after line continuation character".into())
        }
        P::Lexical(L::InvalidByteLiteral) => {
            syn("bytes can only contain ASCII literal characters".into())
        }
        P::ExpectedExpression
            if text == "}" && start > 0 && source.as_bytes().get(start - 1) == Some(&b'{') =>
        {
            // `f"{}"`: CPython 3.11 reports it just past the end of the f-string literal.
            let rest = &source[end..];
            let q = rest.find(['"', '\'']).map_or(end, |i| end + i + 1);
            index.error(
                CompileErrorKind::SyntaxError,
                "f-string: empty expression not allowed",
                filename,
                q,
                (q + 1).min(source.len()),
            )
        }
        P::ExpectedToken { expected, found } => match (expected, found) {
            (T::Colon, _) => syn("expected ':'".into()),
            (T::Indent, _) => match header_statement(source, index, start) {
                Some((desc, line)) => index.error(
                    CompileErrorKind::IndentationError,
                    format!("expected an indented block after {desc} on line {line}"),
                    filename,
                    start,
                    end,
                ),
                None => index.error(
                    CompileErrorKind::IndentationError,
                    "expected an indented block",
                    filename,
                    start,
                    end,
                ),
            },
            (T::Equal, _) => invalid(),
            (
                T::Comma | T::Rpar | T::Rsqb | T::Rbrace,
                T::Name | T::Int | T::Float | T::Complex | T::String | T::FStringStart,
            ) => {
                // Two expressions side by side inside brackets: CPython suggests a comma and
                // marks both, from the start of the previous token to the end of this one.
                let bytes = source.as_bytes();
                let mut p = start;
                while p > 0 && matches!(bytes[p - 1], b' ' | b'\t') {
                    p -= 1;
                }
                let prev_end = p;
                while p > 0
                    && (bytes[p - 1].is_ascii_alphanumeric()
                        || matches!(bytes[p - 1], b'_' | b'.' | b'\'' | b'"'))
                {
                    p -= 1;
                }
                if p == prev_end {
                    invalid()
                } else {
                    index.error(
                        CompileErrorKind::SyntaxError,
                        "invalid syntax. Perhaps you forgot a comma?",
                        filename,
                        p,
                        end,
                    )
                }
            }
            _ => invalid(),
        },
        P::InvalidNamedAssignmentTarget => {
            if text.trim_start().starts_with('*') {
                // CPython's grammar has no starred `:=` target: the `:=` is a syntax error.
                if let Some(off) = source.get(end..).and_then(|r| r.find(":=")) {
                    let p = end + off;
                    return index.error(
                        CompileErrorKind::SyntaxError,
                        "invalid syntax",
                        filename,
                        p,
                        p + 2,
                    );
                }
            }
            let what = match named_target_description(text) {
                "" => text.trim(),
                w => w,
            };
            syn(format!("cannot use assignment expressions with {what}"))
        }
        P::InvalidAssignmentTarget => {
            let what = target_description(text);
            if what.is_empty() {
                syn(format!("cannot assign to {}", text.trim()))
            } else if matches!(err.error, P::InvalidNamedAssignmentTarget) {
                syn(format!("cannot use assignment expressions with {what}"))
            } else {
                let after = source.get(end..).unwrap_or("").trim_start();
                let eq = after.starts_with('=') && !after.starts_with("==");
                if eq
                    && matches!(
                        what,
                        "literal" | "function call" | "expression" | "comparison"
                    )
                {
                    syn(format!(
                        "cannot assign to {what} here. Maybe you meant '==' instead of '='?"
                    ))
                } else {
                    syn(format!("cannot assign to {what}"))
                }
            }
        }
        P::OtherError(msg) if msg.starts_with("Expected an indented block") => {
            match header_statement(source, index, start) {
                Some((desc, line)) => index.error(
                    CompileErrorKind::IndentationError,
                    format!("expected an indented block after {desc} on line {line}"),
                    filename,
                    start,
                    end,
                ),
                None => index.error(
                    CompileErrorKind::IndentationError,
                    "expected an indented block",
                    filename,
                    start,
                    end,
                ),
            }
        }
        P::OtherError(msg) if msg.starts_with("Cannot have both 'except' and 'except*'") => {
            // CPython points at the `except`/`except*` keyword of the offending clause.
            let kw = if text.starts_with("except*") { 7 } else { 6 };
            index.error(
                CompileErrorKind::SyntaxError,
                "cannot have both 'except' and 'except*' on the same 'try'",
                filename,
                start,
                (start + kw).min(end.max(start)),
            )
        }
        P::OtherError(msg) if msg.starts_with("Expected one or more exception types") => {
            syn("expected one or more exception types".into())
        }
        P::OtherError(msg) if msg.starts_with("Expected `except` or `finally`") => {
            syn("expected 'except' or 'finally' block".into())
        }
        P::SimpleStatementsOnSameLine if print_like(source, index, start).is_some() => {
            let (word, s0, e0) = print_like(source, index, start).unwrap_or(("print", start, end));
            index.error(
                CompileErrorKind::SyntaxError,
                format!("Missing parentheses in call to '{word}'. Did you mean {word}(...)?"),
                filename,
                s0,
                e0,
            )
        }
        P::InvalidAnnotatedAssignmentTarget => {
            let what = target_description(text);
            syn(format!("illegal target for annotation: {what}"))
        }
        P::InvalidAugmentedAssignmentTarget => {
            let what = target_description(text);
            syn(format!(
                "'{what}' is an illegal expression for augmented assignment"
            ))
        }
        P::InvalidDeleteTarget => {
            let what = if text.trim_start().starts_with('*') {
                "starred"
            } else {
                target_description(text)
            };
            if what.is_empty() {
                syn(format!("cannot delete {}", text.trim()))
            } else {
                syn(format!("cannot delete {what}"))
            }
        }
        P::PositionalAfterKeywordArgument => {
            syn("positional argument follows keyword argument".into())
        }
        P::PositionalAfterKeywordUnpacking => {
            syn("positional argument follows keyword argument unpacking".into())
        }
        P::InvalidArgumentUnpackingOrder => {
            syn("iterable argument unpacking follows keyword argument unpacking".into())
        }
        P::NonDefaultParamAfterDefaultParam => {
            syn("non-default argument follows default argument".into())
        }
        P::VarParameterWithDefault => {
            syn("var-positional argument cannot have default value".into())
        }
        P::ExpectedKeywordParam => syn("named arguments must follow bare *".into()),
        P::ParamAfterVarKeywordParam => syn("arguments cannot follow var-keyword argument".into()),
        P::UnparenthesizedGeneratorExpression => {
            syn("Generator expression must be parenthesized".into())
        }
        P::IterableUnpackingInComprehension => {
            syn("iterable unpacking cannot be used in comprehension".into())
        }
        P::InvalidStarredExpressionUsage => {
            // CPython's grammar names a parenthesized starred expression; anywhere else its
            // parser fails at the `*`.
            let before = source.get(..start).unwrap_or("").trim_end();
            let after = source.get(end..).unwrap_or("").trim_start();
            if before.ends_with('(') && after.starts_with(')') {
                syn("cannot use starred expression here".into())
            } else {
                index.error(
                    CompileErrorKind::SyntaxError,
                    "invalid syntax",
                    filename,
                    start,
                    start + 1,
                )
            }
        }
        P::FStringError(_) | P::Lexical(L::FStringError(_)) => {
            syn(format!("f-string: {}", fstring_msg(&err.error)))
        }
        _ => invalid(),
    }
}

/// `print x` / `exec x` on the error's line: (word, start, end of line).
fn print_like(
    source: &str,
    index: &LineIndex<'_>,
    at: usize,
) -> Option<(&'static str, usize, usize)> {
    let (line, _) = index.pos(at);
    let ls = *index.starts.get(line as usize - 1)?;
    let text = index.line_text(line)?;
    let trimmed = text.trim_start();
    let indent = text.len() - trimmed.len();
    let _ = source;
    for word in ["print", "exec"] {
        if let Some(rest) = trimmed.strip_prefix(word) {
            if rest.starts_with(' ')
                && !rest.trim().is_empty()
                && !rest.trim_start().starts_with('(')
            {
                let end = ls + text.trim_end().len();
                return Some((word, ls + indent, end));
            }
        }
    }
    None
}

fn fstring_msg(e: &rparse::ParseErrorType) -> String {
    let s = e.to_string();
    let s = s.strip_prefix("f-string: ").unwrap_or(&s).to_string();
    s
}

// ---------------------------------------------------------------------------------------------
// Conversion.
// ---------------------------------------------------------------------------------------------

struct Converter<'a> {
    index: &'a LineIndex<'a>,
    filename: &'a str,
    depth: u32,
}

type R<T> = Result<T, CompileError>;

impl Converter<'_> {
    fn loc(&self, r: TextRange) -> Loc {
        self.index.loc(r)
    }

    fn enter(&mut self) -> R<()> {
        self.depth += 1;
        if self.depth > MAX_AST_DEPTH {
            return Err(CompileError::recursion(self.filename));
        }
        Ok(())
    }

    fn stmts(&mut self, body: &[rast::Stmt]) -> R<Vec<Stmt>> {
        body.iter().map(|s| self.stmt(s)).collect()
    }

    fn exprs(&mut self, es: &[rast::Expr]) -> R<Vec<Expr>> {
        es.iter().map(|e| self.expr(e)).collect()
    }

    fn opt_expr(&mut self, e: Option<&rast::Expr>) -> R<Option<Expr>> {
        e.map(|e| self.expr(e)).transpose()
    }

    fn stmt(&mut self, s: &rast::Stmt) -> R<Stmt> {
        self.enter()?;
        let r = self.stmt_inner(s);
        self.depth -= 1;
        r
    }

    fn syntax_error(&self, msg: &str, r: TextRange) -> CompileError {
        self.index.error(
            CompileErrorKind::SyntaxError,
            msg,
            self.filename,
            r.start().to_usize(),
            r.end().to_usize(),
        )
    }

    fn stmt_inner(&mut self, s: &rast::Stmt) -> R<Stmt> {
        use rast::Stmt as S;
        let loc = self.loc(s.range());
        let kind = match s {
            S::FunctionDef(f) => {
                if f.type_params.is_some() {
                    return Err(self.syntax_error("invalid syntax", f.range));
                }
                let decorators = f
                    .decorator_list
                    .iter()
                    .map(|d| self.expr(&d.expression))
                    .collect::<R<Vec<_>>>()?;
                StmtKind::FunctionDef(Box::new(FunctionDef {
                    name: f.name.id.as_str().to_string(),
                    args: self.parameters(Some(&f.parameters))?,
                    body: self.stmts(&f.body)?,
                    decorators,
                    returns: self.opt_expr(f.returns.as_deref())?,
                    is_async: f.is_async,
                }))
            }
            S::ClassDef(c) => {
                if c.type_params.is_some() {
                    return Err(self.syntax_error("invalid syntax", c.range));
                }
                let decorators = c
                    .decorator_list
                    .iter()
                    .map(|d| self.expr(&d.expression))
                    .collect::<R<Vec<_>>>()?;
                let (bases, keywords) = match &c.arguments {
                    Some(a) => (self.exprs(&a.args)?, self.keywords(&a.keywords)?),
                    None => (Vec::new(), Vec::new()),
                };
                StmtKind::ClassDef(Box::new(ClassDef {
                    name: c.name.id.as_str().to_string(),
                    bases,
                    keywords,
                    body: self.stmts(&c.body)?,
                    decorators,
                }))
            }
            S::Return(r) => StmtKind::Return(self.opt_expr(r.value.as_deref())?),
            S::Delete(d) => StmtKind::Delete(self.exprs(&d.targets)?),
            S::TypeAlias(t) => return Err(self.syntax_error("invalid syntax", t.range)),
            S::Assign(a) => StmtKind::Assign {
                targets: self.exprs(&a.targets)?,
                value: self.expr(&a.value)?,
            },
            S::AugAssign(a) => StmtKind::AugAssign {
                target: self.expr(&a.target)?,
                op: operator(a.op),
                value: self.expr(&a.value)?,
            },
            S::AnnAssign(a) => StmtKind::AnnAssign {
                target: self.expr(&a.target)?,
                annotation: self.expr(&a.annotation)?,
                value: self.opt_expr(a.value.as_deref())?,
                simple: a.simple,
            },
            S::For(f) => StmtKind::For {
                target: self.expr(&f.target)?,
                iter: self.expr(&f.iter)?,
                body: self.stmts(&f.body)?,
                orelse: self.stmts(&f.orelse)?,
                is_async: f.is_async,
            },
            S::While(w) => StmtKind::While {
                test: self.expr(&w.test)?,
                body: self.stmts(&w.body)?,
                orelse: self.stmts(&w.orelse)?,
            },
            S::If(i) => {
                // elif/else clauses nest as in CPython's AST.
                let mut orelse: Vec<Stmt> = Vec::new();
                for clause in i.elif_else_clauses.iter().rev() {
                    let body = self.stmts(&clause.body)?;
                    match &clause.test {
                        None => orelse = body,
                        Some(t) => {
                            let test = self.expr(t)?;
                            let mut cl = self.loc(clause.range);
                            // The elif's span ends where the chain ends (like CPython).
                            if let Some(last) = orelse.last() {
                                cl.end_lineno = last.loc.end_lineno;
                                cl.end_col_offset = last.loc.end_col_offset;
                            }
                            orelse = vec![Stmt {
                                loc: cl,
                                kind: StmtKind::If { test, body, orelse },
                            }];
                        }
                    }
                }
                StmtKind::If {
                    test: self.expr(&i.test)?,
                    body: self.stmts(&i.body)?,
                    orelse,
                }
            }
            S::With(w) => StmtKind::With {
                items: w
                    .items
                    .iter()
                    .map(|it| {
                        Ok(WithItem {
                            context_expr: self.expr(&it.context_expr)?,
                            optional_vars: self.opt_expr(it.optional_vars.as_deref())?,
                        })
                    })
                    .collect::<R<Vec<_>>>()?,
                body: self.stmts(&w.body)?,
                is_async: w.is_async,
            },
            S::Match(m) => StmtKind::Match {
                subject: self.expr(&m.subject)?,
                cases: m
                    .cases
                    .iter()
                    .map(|c| {
                        Ok(MatchCase {
                            pattern: self.pattern(&c.pattern)?,
                            guard: self.opt_expr(c.guard.as_deref())?,
                            body: self.stmts(&c.body)?,
                        })
                    })
                    .collect::<R<Vec<_>>>()?,
            },
            S::Raise(r) => StmtKind::Raise {
                exc: self.opt_expr(r.exc.as_deref())?,
                cause: self.opt_expr(r.cause.as_deref())?,
            },
            S::Try(t) => StmtKind::Try {
                body: self.stmts(&t.body)?,
                handlers: t
                    .handlers
                    .iter()
                    .map(|h| {
                        let rast::ExceptHandler::ExceptHandler(h) = h;
                        Ok(ExceptHandler {
                            loc: self.loc(h.range),
                            type_: self.opt_expr(h.type_.as_deref())?,
                            name: h.name.as_ref().map(|n| n.id.as_str().to_string()),
                            body: self.stmts(&h.body)?,
                        })
                    })
                    .collect::<R<Vec<_>>>()?,
                orelse: self.stmts(&t.orelse)?,
                finalbody: self.stmts(&t.finalbody)?,
                is_star: t.is_star,
            },
            S::Assert(a) => StmtKind::Assert {
                test: self.expr(&a.test)?,
                msg: self.opt_expr(a.msg.as_deref())?,
            },
            S::Import(i) => StmtKind::Import(self.aliases(&i.names)),
            S::ImportFrom(i) => StmtKind::ImportFrom {
                module: i.module.as_ref().map(|m| m.id.as_str().to_string()),
                names: self.aliases(&i.names),
                level: i.level,
            },
            S::Global(g) => {
                StmtKind::Global(g.names.iter().map(|n| n.id.as_str().to_string()).collect())
            }
            S::Nonlocal(g) => {
                StmtKind::Nonlocal(g.names.iter().map(|n| n.id.as_str().to_string()).collect())
            }
            S::Expr(e) => StmtKind::Expr(self.expr(&e.value)?),
            S::Pass(_) => StmtKind::Pass,
            S::Break(_) => StmtKind::Break,
            S::Continue(_) => StmtKind::Continue,
            S::IpyEscapeCommand(c) => return Err(self.syntax_error("invalid syntax", c.range)),
        };
        Ok(Stmt { loc, kind })
    }

    fn aliases(&self, names: &[rast::Alias]) -> Vec<Alias> {
        names
            .iter()
            .map(|a| Alias {
                loc: self.loc(a.range),
                name: a.name.id.as_str().to_string(),
                asname: a.asname.as_ref().map(|n| n.id.as_str().to_string()),
            })
            .collect()
    }

    fn keywords(&mut self, kws: &[rast::Keyword]) -> R<Vec<Keyword>> {
        kws.iter()
            .map(|k| {
                Ok(Keyword {
                    loc: self.loc(k.range),
                    arg: k.arg.as_ref().map(|n| n.id.as_str().to_string()),
                    value: self.expr(&k.value)?,
                })
            })
            .collect()
    }

    fn arg(&mut self, p: &rast::Parameter) -> R<Arg> {
        Ok(Arg {
            loc: self.loc(p.range),
            arg: p.name.id.as_str().to_string(),
            annotation: self.opt_expr(p.annotation.as_deref())?.map(Box::new),
        })
    }

    fn parameters(&mut self, p: Option<&rast::Parameters>) -> R<Arguments> {
        let Some(p) = p else {
            return Ok(Arguments::default());
        };
        let mut out = Arguments::default();
        for pd in &p.posonlyargs {
            out.posonlyargs.push(self.arg(&pd.parameter)?);
            if let Some(d) = &pd.default {
                out.defaults.push(self.expr(d)?);
            }
        }
        for pd in &p.args {
            out.args.push(self.arg(&pd.parameter)?);
            if let Some(d) = &pd.default {
                out.defaults.push(self.expr(d)?);
            }
        }
        if let Some(v) = &p.vararg {
            out.vararg = Some(self.arg(v)?);
        }
        for pd in &p.kwonlyargs {
            out.kwonlyargs.push(self.arg(&pd.parameter)?);
            out.kw_defaults.push(self.opt_expr(pd.default.as_deref())?);
        }
        if let Some(v) = &p.kwarg {
            out.kwarg = Some(self.arg(v)?);
        }
        // Duplicate parameter names.
        let mut seen = std::collections::HashSet::new();
        let all = out
            .posonlyargs
            .iter()
            .chain(&out.args)
            .chain(out.vararg.iter())
            .chain(&out.kwonlyargs)
            .chain(out.kwarg.iter());
        for a in all {
            if !seen.insert(a.arg.clone()) {
                return Err(CompileError {
                    kind: CompileErrorKind::SyntaxError,
                    msg: format!("duplicate argument '{}' in function definition", a.arg),
                    filename: self.filename.to_string(),
                    lineno: a.loc.lineno,
                    offset: a.loc.col_offset + 1,
                    end_lineno: a.loc.end_lineno,
                    end_offset: a.loc.end_col_offset + 1,
                    text: self.index.line_text(a.loc.lineno),
                });
            }
        }
        Ok(out)
    }

    fn comprehensions(&mut self, gens: &[rast::Comprehension]) -> R<Vec<Comprehension>> {
        gens.iter()
            .map(|g| {
                Ok(Comprehension {
                    target: self.expr(&g.target)?,
                    iter: self.expr(&g.iter)?,
                    ifs: self.exprs(&g.ifs)?,
                    is_async: g.is_async,
                })
            })
            .collect()
    }

    fn expr(&mut self, e: &rast::Expr) -> R<Expr> {
        self.enter()?;
        let r = self.expr_inner(e);
        self.depth -= 1;
        r
    }

    fn expr_inner(&mut self, e: &rast::Expr) -> R<Expr> {
        use rast::Expr as E;
        let loc = self.loc(e.range());
        let kind = match e {
            E::BoolOp(b) => ExprKind::BoolOp {
                op: match b.op {
                    rast::BoolOp::And => BoolOp::And,
                    rast::BoolOp::Or => BoolOp::Or,
                },
                values: self.exprs(&b.values)?,
            },
            E::Named(n) => ExprKind::NamedExpr {
                target: Box::new(self.expr(&n.target)?),
                value: Box::new(self.expr(&n.value)?),
            },
            E::BinOp(b) => ExprKind::BinOp {
                left: Box::new(self.expr(&b.left)?),
                op: operator(b.op),
                right: Box::new(self.expr(&b.right)?),
            },
            E::UnaryOp(u) => ExprKind::UnaryOp {
                op: match u.op {
                    rast::UnaryOp::Invert => UnaryOp::Invert,
                    rast::UnaryOp::Not => UnaryOp::Not,
                    rast::UnaryOp::UAdd => UnaryOp::UAdd,
                    rast::UnaryOp::USub => UnaryOp::USub,
                },
                operand: Box::new(self.expr(&u.operand)?),
            },
            E::Lambda(l) => ExprKind::Lambda {
                args: Box::new(self.parameters(l.parameters.as_deref())?),
                body: Box::new(self.expr(&l.body)?),
            },
            E::If(i) => ExprKind::IfExp {
                test: Box::new(self.expr(&i.test)?),
                body: Box::new(self.expr(&i.body)?),
                orelse: Box::new(self.expr(&i.orelse)?),
            },
            E::Dict(d) => {
                let mut keys = Vec::new();
                let mut values = Vec::new();
                for item in &d.items {
                    keys.push(self.opt_expr(item.key.as_ref())?);
                    values.push(self.expr(&item.value)?);
                }
                ExprKind::Dict { keys, values }
            }
            E::Set(s) => ExprKind::Set(self.exprs(&s.elts)?),
            E::ListComp(c) => ExprKind::ListComp {
                elt: Box::new(self.expr(&c.elt)?),
                generators: self.comprehensions(&c.generators)?,
            },
            E::SetComp(c) => ExprKind::SetComp {
                elt: Box::new(self.expr(&c.elt)?),
                generators: self.comprehensions(&c.generators)?,
            },
            E::DictComp(c) => match &c.key {
                Some(k) => ExprKind::DictComp {
                    key: Box::new(self.expr(k)?),
                    value: Box::new(self.expr(&c.value)?),
                    generators: self.comprehensions(&c.generators)?,
                },
                None => {
                    return Err(self.syntax_error(
                        "dict unpacking cannot be used in dict comprehension",
                        c.range,
                    ))
                }
            },
            E::Generator(g) => ExprKind::GeneratorExp {
                elt: Box::new(self.expr(&g.elt)?),
                generators: self.comprehensions(&g.generators)?,
            },
            E::Await(a) => ExprKind::Await(Box::new(self.expr(&a.value)?)),
            E::Yield(y) => ExprKind::Yield(self.opt_expr(y.value.as_deref())?.map(Box::new)),
            E::YieldFrom(y) => ExprKind::YieldFrom(Box::new(self.expr(&y.value)?)),
            E::Compare(c) => ExprKind::Compare {
                left: Box::new(self.expr(&c.left)?),
                ops: c
                    .ops
                    .iter()
                    .map(|o| match o {
                        rast::CmpOp::Eq => CmpOp::Eq,
                        rast::CmpOp::NotEq => CmpOp::NotEq,
                        rast::CmpOp::Lt => CmpOp::Lt,
                        rast::CmpOp::LtE => CmpOp::LtE,
                        rast::CmpOp::Gt => CmpOp::Gt,
                        rast::CmpOp::GtE => CmpOp::GtE,
                        rast::CmpOp::Is => CmpOp::Is,
                        rast::CmpOp::IsNot => CmpOp::IsNot,
                        rast::CmpOp::In => CmpOp::In,
                        rast::CmpOp::NotIn => CmpOp::NotIn,
                    })
                    .collect(),
                comparators: self.exprs(&c.comparators)?,
            },
            E::Call(c) => ExprKind::Call {
                func: Box::new(self.expr(&c.func)?),
                args: self.exprs(&c.arguments.args)?,
                keywords: self.keywords(&c.arguments.keywords)?,
            },
            E::FString(f) => self.fstring(f)?,
            E::TString(t) => return Err(self.syntax_error("invalid syntax", t.range)),
            E::StringLiteral(s) => ExprKind::Constant(Constant::Str(Arc::from(s.value.to_str()))),
            E::BytesLiteral(b) => {
                let bytes: Vec<u8> = b.value.bytes().collect();
                ExprKind::Constant(Constant::Bytes(Arc::from(bytes)))
            }
            E::NumberLiteral(n) => ExprKind::Constant(match &n.value {
                rast::Number::Int(i) => match i.as_i64() {
                    Some(v) => Constant::Int(v),
                    None => big_int(&i.to_string()),
                },
                rast::Number::Float(f) => Constant::Float(*f),
                rast::Number::Complex { real, imag } => Constant::Complex(*real, *imag),
            }),
            E::BooleanLiteral(b) => ExprKind::Constant(Constant::Bool(b.value)),
            E::NoneLiteral(_) => ExprKind::Constant(Constant::None),
            E::EllipsisLiteral(_) => ExprKind::Constant(Constant::Ellipsis),
            E::Attribute(a) => ExprKind::Attribute {
                value: Box::new(self.expr(&a.value)?),
                attr: a.attr.id.as_str().to_string(),
                ctx: ctx(a.ctx),
            },
            E::Subscript(s) => {
                let mut slice = self.expr(&s.slice)?;
                if matches!(slice.kind, ExprKind::Starred { .. }) {
                    slice = Expr::new(
                        slice.loc,
                        ExprKind::Tuple {
                            elts: vec![slice],
                            ctx: Ctx::Load,
                        },
                    );
                }
                ExprKind::Subscript {
                    value: Box::new(self.expr(&s.value)?),
                    slice: Box::new(slice),
                    ctx: ctx(s.ctx),
                }
            }
            E::Starred(s) => ExprKind::Starred {
                value: Box::new(self.expr(&s.value)?),
                ctx: ctx(s.ctx),
            },
            E::Name(n) => ExprKind::Name {
                id: n.id.as_str().to_string(),
                ctx: ctx(n.ctx),
            },
            E::List(l) => ExprKind::List {
                elts: self.exprs(&l.elts)?,
                ctx: ctx(l.ctx),
            },
            E::Tuple(t) => ExprKind::Tuple {
                elts: self.exprs(&t.elts)?,
                ctx: ctx(t.ctx),
            },
            E::Slice(s) => ExprKind::Slice {
                lower: self.opt_expr(s.lower.as_deref())?.map(Box::new),
                upper: self.opt_expr(s.upper.as_deref())?.map(Box::new),
                step: self.opt_expr(s.step.as_deref())?.map(Box::new),
            },
            E::IpyEscapeCommand(c) => return Err(self.syntax_error("invalid syntax", c.range)),
        };
        Ok(Expr { loc, kind })
    }

    fn fstring(&mut self, f: &rast::ExprFString) -> R<ExprKind> {
        let mut parts: Vec<Expr> = Vec::new();
        for part in f.value.iter() {
            match part {
                rast::FStringPart::Literal(s) => {
                    push_literal(&mut parts, &s.value, self.loc(s.range));
                }
                rast::FStringPart::FString(fs) => {
                    self.fstring_elements(&fs.elements, &mut parts)?;
                }
            }
        }
        Ok(ExprKind::JoinedStr(parts))
    }

    fn fstring_elements(
        &mut self,
        elements: &rast::InterpolatedStringElements,
        parts: &mut Vec<Expr>,
    ) -> R<()> {
        for el in elements.iter() {
            match el {
                rast::InterpolatedStringElement::Literal(l) => {
                    push_literal(parts, &l.value, self.loc(l.range));
                }
                rast::InterpolatedStringElement::Interpolation(i) => {
                    self.enter()?;
                    let loc = self.loc(i.range);
                    let mut conversion = match i.conversion {
                        rast::ConversionFlag::None => -1,
                        rast::ConversionFlag::Str => i32::from(b's'),
                        rast::ConversionFlag::Repr => i32::from(b'r'),
                        rast::ConversionFlag::Ascii => i32::from(b'a'),
                    };
                    if let Some(dbg) = &i.debug_text {
                        let text =
                            format!("{}{}{}", dbg.leading(), dbg.expression(), dbg.trailing());
                        push_literal(parts, &text, loc);
                        if conversion == -1 && i.format_spec.is_none() {
                            conversion = i32::from(b'r');
                        }
                    }
                    let value = self.expr(&i.expression)?;
                    let format_spec = match &i.format_spec {
                        Some(spec) => {
                            let mut sp = Vec::new();
                            self.fstring_elements(&spec.elements, &mut sp)?;
                            Some(Box::new(Expr::new(
                                self.loc(spec.range),
                                ExprKind::JoinedStr(sp),
                            )))
                        }
                        None => None,
                    };
                    parts.push(Expr::new(
                        loc,
                        ExprKind::FormattedValue {
                            value: Box::new(value),
                            conversion,
                            format_spec,
                        },
                    ));
                    self.depth -= 1;
                }
            }
        }
        Ok(())
    }

    fn pattern(&mut self, p: &rast::Pattern) -> R<Pattern> {
        self.enter()?;
        let r = self.pattern_inner(p);
        self.depth -= 1;
        r
    }

    fn patterns(&mut self, ps: &[rast::Pattern]) -> R<Vec<Pattern>> {
        ps.iter().map(|p| self.pattern(p)).collect()
    }

    fn pattern_inner(&mut self, p: &rast::Pattern) -> R<Pattern> {
        use rast::Pattern as P;
        let loc = self.loc(p.range());
        let kind = match p {
            P::MatchValue(v) => PatternKind::MatchValue(self.expr(&v.value)?),
            P::MatchSingleton(s) => PatternKind::MatchSingleton(match s.value {
                rast::Singleton::None => Constant::None,
                rast::Singleton::True => Constant::Bool(true),
                rast::Singleton::False => Constant::Bool(false),
            }),
            P::MatchSequence(s) => PatternKind::MatchSequence(self.patterns(&s.patterns)?),
            P::MatchMapping(m) => PatternKind::MatchMapping {
                keys: self.exprs(&m.keys)?,
                patterns: self.patterns(&m.patterns)?,
                rest: m.rest.as_ref().map(|n| n.id.as_str().to_string()),
            },
            P::MatchClass(c) => PatternKind::MatchClass {
                cls: self.expr(&c.cls)?,
                patterns: self.patterns(&c.arguments.patterns)?,
                kwd_attrs: c
                    .arguments
                    .keywords
                    .iter()
                    .map(|k| k.attr.id.as_str().to_string())
                    .collect(),
                kwd_patterns: c
                    .arguments
                    .keywords
                    .iter()
                    .map(|k| self.pattern(&k.pattern))
                    .collect::<R<Vec<_>>>()?,
            },
            P::MatchStar(s) => {
                PatternKind::MatchStar(s.name.as_ref().map(|n| n.id.as_str().to_string()))
            }
            P::MatchAs(a) => PatternKind::MatchAs {
                pattern: match &a.pattern {
                    Some(p) => Some(Box::new(self.pattern(p)?)),
                    None => None,
                },
                name: a.name.as_ref().map(|n| n.id.as_str().to_string()),
            },
            P::MatchOr(o) => PatternKind::MatchOr(self.patterns(&o.patterns)?),
        };
        Ok(Pattern { loc, kind })
    }
}

fn push_literal(parts: &mut Vec<Expr>, s: &str, loc: Loc) {
    if s.is_empty() {
        return;
    }
    if let Some(Expr {
        kind: ExprKind::Constant(Constant::Str(prev)),
        loc: ploc,
    }) = parts.last_mut()
    {
        let joined = format!("{prev}{s}");
        *prev = Arc::from(joined.as_str());
        ploc.end_lineno = loc.end_lineno;
        ploc.end_col_offset = loc.end_col_offset;
        return;
    }
    parts.push(Expr::new(
        loc,
        ExprKind::Constant(Constant::Str(Arc::from(s))),
    ));
}

fn big_int(text: &str) -> Constant {
    let t: String = text
        .chars()
        .filter(|c| *c != '_')
        .collect::<String>()
        .to_ascii_lowercase();
    let (digits, radix) = if let Some(d) = t.strip_prefix("0x") {
        (d, 16)
    } else if let Some(d) = t.strip_prefix("0o") {
        (d, 8)
    } else if let Some(d) = t.strip_prefix("0b") {
        (d, 2)
    } else {
        (t.as_str(), 10)
    };
    match BigInt::parse_bytes(digits.as_bytes(), radix) {
        Some(v) => match i64::try_from(&v) {
            Ok(small) => Constant::Int(small),
            Err(_) => Constant::BigInt(v),
        },
        None => Constant::Int(0),
    }
}

fn ctx(c: rast::ExprContext) -> Ctx {
    match c {
        rast::ExprContext::Store => Ctx::Store,
        rast::ExprContext::Del => Ctx::Del,
        _ => Ctx::Load,
    }
}

fn operator(o: rast::Operator) -> Operator {
    use rast::Operator as O;
    match o {
        O::Add => Operator::Add,
        O::Sub => Operator::Sub,
        O::Mult => Operator::Mult,
        O::MatMult => Operator::MatMult,
        O::Div => Operator::Div,
        O::Mod => Operator::Mod,
        O::Pow => Operator::Pow,
        O::LShift => Operator::LShift,
        O::RShift => Operator::RShift,
        O::BitOr => Operator::BitOr,
        O::BitXor => Operator::BitXor,
        O::BitAnd => Operator::BitAnd,
        O::FloorDiv => Operator::FloorDiv,
    }
}

/// The first line whose indentation compares differently when tabs are 8 columns and when
/// they are 1 column (CPython's tokenizer raises TabError there). Only consulted when the
/// parser already reported an indentation error, so strings and brackets can be ignored.
fn inconsistent_tabs(source: &str) -> Option<u32> {
    let mut stack: Vec<(usize, usize)> = vec![(0, 0)];
    for (i, line) in source.lines().enumerate() {
        let body = line.trim_start_matches([' ', '\t', '\x0c']);
        if body.is_empty() || body.starts_with('#') {
            continue;
        }
        let (mut col, mut alt) = (0usize, 0usize);
        for c in line.chars() {
            match c {
                ' ' => {
                    col += 1;
                    alt += 1;
                }
                '\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                '\x0c' => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
        }
        let &(top_col, top_alt) = stack.last()?;
        if col == top_col {
            if alt != top_alt {
                return Some(i as u32 + 1);
            }
        } else if col > top_col {
            if alt <= top_alt {
                return Some(i as u32 + 1);
            }
            stack.push((col, alt));
        } else {
            while stack.len() > 1 && stack.last().is_some_and(|t| t.0 > col) {
                stack.pop();
            }
            if stack.last().is_some_and(|t| t.0 == col && t.1 != alt) {
                return Some(i as u32 + 1);
            }
        }
    }
    None
}
