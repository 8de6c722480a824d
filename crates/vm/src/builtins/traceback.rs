//! Tracebacks: frame and traceback objects made as an exception unwinds, and printing in
//! CPython 3.11's format (source lines, `^^^^`/`~~~^~~~` position markers, repeated-line
//! collapsing, chained exceptions, SyntaxError carets). See docs/design/exceptions.md.

use ferrum_bytecode::line_table;

use crate::builtins::classes::payload;
use crate::object::containers::DictData;
use crate::object::function::CodeData;
use crate::object::misc::{ExceptionData, FrameData, TracebackData};
use crate::object::str::as_str;
use crate::object::{alloc, PyCell};
use crate::protocol as p;
use crate::thread_state::ThreadState;
use crate::types::{type_data, type_of, types};
use crate::value::Value;
use crate::PyErr;

/// The source line of code unit `lasti`.
pub fn line_of(code: &CodeData, lasti: u32) -> Option<u32> {
    line_table::location_of(code.code.firstlineno, &code.code.linetable, lasti).and_then(|l| l.line)
}

/// Prepends a traceback entry to `err.__traceback__`.
pub fn push_traceback(_ts: &ThreadState, err: &PyErr, frame: Value, lasti: u32) {
    let Some(ed) = err.0.downcast::<ExceptionData>() else {
        return;
    };
    let lineno = frame
        .as_obj()
        .and_then(|o| o.downcast::<FrameData>())
        .and_then(|f| f.code.as_obj().and_then(|o| o.downcast::<CodeData>()))
        .and_then(|c| line_of(c, lasti));
    let old = ed.traceback.get();
    let tb = alloc(
        &types().traceback,
        TracebackData {
            next: PyCell::new(old),
            frame,
            lasti: lasti * 2,
            lineno,
        },
    );
    let prev = ed.traceback.replace(tb.into_value());
    drop(prev);
}

/// Installs frame and traceback attributes.
pub fn init() {
    let t = types();
    crate::types::add_getsets(
        &t.traceback,
        &[
            (
                "tb_next",
                |_, v| Ok(payload::<TracebackData>(v).next.get()),
                Some(|ts, v, x| {
                    let Some(x) = x else {
                        return Err(ts.type_error("can't delete tb_next attribute"));
                    };
                    if !x.is_none() {
                        if x.as_obj()
                            .and_then(|o| o.downcast::<TracebackData>())
                            .is_none()
                        {
                            return Err(ts.type_error(format!(
                                "expected traceback object, got '{}'",
                                p::type_name(&x)
                            )));
                        }
                        // Refuse a loop: `x` must not lead back to this entry.
                        let mut cur = x.clone();
                        while let Some(t) = cur.as_obj().and_then(|o| o.downcast::<TracebackData>())
                        {
                            if cur.is(v) {
                                return Err(ts.value_error("traceback loop detected"));
                            }
                            cur = t.next.get();
                        }
                    }
                    let old = payload::<TracebackData>(v).next.replace(x);
                    drop(old);
                    Ok(())
                }),
            ),
            (
                "tb_frame",
                |_, v| Ok(payload::<TracebackData>(v).frame.clone()),
                None,
            ),
            (
                "tb_lineno",
                |_, v| {
                    Ok(payload::<TracebackData>(v)
                        .lineno
                        .map_or(Value::NONE, |l| Value::small_int(i64::from(l))))
                },
                None,
            ),
            (
                "tb_lasti",
                |_, v| {
                    Ok(Value::small_int(i64::from(
                        payload::<TracebackData>(v).lasti,
                    )))
                },
                None,
            ),
        ],
    );
}

struct Entry {
    filename: String,
    lineno: Option<u32>,
    name: String,
    code: Value,
    lasti: u32,
}

fn entries(tb: &Value) -> Vec<Entry> {
    let mut out = Vec::new();
    let mut cur = tb.clone();
    let mut guard = 0;
    while let Some(t) = cur.as_obj().and_then(|o| o.downcast::<TracebackData>()) {
        guard += 1;
        if guard > 100_000 {
            break;
        }
        if let Some(f) = t.frame.as_obj().and_then(|o| o.downcast::<FrameData>()) {
            if let Some(c) = f.code.as_obj().and_then(|o| o.downcast::<CodeData>()) {
                out.push(Entry {
                    filename: c.code.filename.to_string(),
                    lineno: t.lineno,
                    name: c.code.name.to_string(),
                    code: f.code.clone(),
                    lasti: t.lasti / 2,
                });
            }
        }
        let next = t.next.get();
        cur = next;
    }
    out
}

/// Reads line `lineno` (1-based) of a source file.
pub fn source_line(filename: &str, lineno: u32) -> Option<String> {
    let text = crate::import::cached_source(filename)?;
    text.lines()
        .nth(lineno.checked_sub(1)? as usize)
        .map(str::to_string)
}

fn char_offset(line: &str, byte: usize) -> usize {
    let b = byte.min(line.len());
    let mut b2 = b;
    while b2 > 0 && !line.is_char_boundary(b2) {
        b2 -= 1;
    }
    line[..b2].chars().count()
}

fn format_entry(out: &mut String, e: &Entry) {
    match e.lineno {
        Some(l) => out.push_str(&format!(
            "  File \"{}\", line {}, in {}\n",
            e.filename, l, e.name
        )),
        None => out.push_str(&format!(
            "  File \"{}\", line ?, in {}\n",
            e.filename, e.name
        )),
    }
    let Some(lineno) = e.lineno else { return };
    let Some(line) = source_line(&e.filename, lineno) else {
        return;
    };
    let stripped = line.trim_start();
    if stripped.is_empty() {
        return;
    }
    let indent = line.chars().count() - stripped.chars().count();
    let stripped_trim = stripped.trim_end();
    out.push_str(&format!("    {stripped_trim}\n"));
    let Some(code) = e.code.as_obj().and_then(|o| o.downcast::<CodeData>()) else {
        return;
    };
    let Some(loc) = line_table::location_of(code.code.firstlineno, &code.code.linetable, e.lasti)
    else {
        return;
    };
    let (Some(col), Some(end_col), Some(end_line)) = (loc.col, loc.end_col, loc.end_line) else {
        return;
    };
    if loc.line != Some(lineno) {
        return;
    }
    let start = char_offset(&line, col as usize);
    let mut end = char_offset(&line, end_col as usize);
    let mut anchors = None;
    if end_line == lineno {
        let seg_start = col as usize;
        let seg_end = (end_col as usize).min(line.len());
        if seg_start <= seg_end
            && line.is_char_boundary(seg_start)
            && line.is_char_boundary(seg_end)
        {
            anchors = caret_anchors(&line[seg_start..seg_end]);
        }
    } else {
        end = indent + stripped_trim.chars().count();
    }
    let len = stripped_trim.chars().count();
    let show =
        end.saturating_sub(start) < len || anchors.is_some_and(|(l, r): (usize, usize)| r > l);
    if !show || end <= start {
        return;
    }
    out.push_str("    ");
    out.push_str(&" ".repeat(start.saturating_sub(indent)));
    match anchors {
        Some((l, r)) => {
            let total = end - start;
            let l = l.min(total);
            let r = r.clamp(l, total);
            out.push_str(&"~".repeat(l));
            out.push_str(&"^".repeat(r - l));
            out.push_str(&"~".repeat(total - r));
        }
        None => out.push_str(&"^".repeat(end - start)),
    }
    out.push('\n');
}

/// Formats a traceback (most recent call last), collapsing runs of identical entries.
pub fn format_tb(tb: &Value) -> String {
    let mut out = String::new();
    let es = entries(tb);
    let mut last: Option<(String, Option<u32>, String)> = None;
    let mut count = 0usize;
    for e in &es {
        let key = (e.filename.clone(), e.lineno, e.name.clone());
        if last.as_ref() == Some(&key) {
            count += 1;
        } else {
            if count > 3 {
                let n = count - 3;
                out.push_str(&format!(
                    "  [Previous line repeated {} more time{}]\n",
                    n,
                    if n == 1 { "" } else { "s" }
                ));
            }
            last = Some(key);
            count = 1;
        }
        if count <= 3 {
            format_entry(&mut out, e);
        }
    }
    if count > 3 {
        let n = count - 3;
        out.push_str(&format!(
            "  [Previous line repeated {} more time{}]\n",
            n,
            if n == 1 { "" } else { "s" }
        ));
    }
    out
}

fn exception_only(ts: &ThreadState, v: &Value) -> String {
    let ty = type_of(v);
    let td = type_data(ty);
    let mut name = td.qualname.get();
    if let Some(m) = p::type_module_name(ty) {
        if m != "builtins" && m != "__main__" {
            name = format!("{m}.{name}");
        }
    }
    let mut out = String::new();
    if p::is_instance_of(v, &types().syntax_error) {
        out.push_str(&syntax_error_lines(ts, v));
        let msg = p::getattr_str(ts, v, "msg")
            .ok()
            .map(|m| p::str_string(ts, &m).unwrap_or_default())
            .unwrap_or_default();
        out.push_str(&format!("{name}: {msg}\n"));
        return out;
    }
    let mut s = match p::str_string(ts, v) {
        Ok(s) => s,
        Err(_) => "<exception str() failed>".to_string(),
    };
    if let Some(sugg) = suggestion(ts, v) {
        s.push_str(&format!(". Did you mean: '{sugg}'?"));
    }
    if s.is_empty() {
        out.push_str(&format!("{name}\n"));
    } else {
        out.push_str(&format!("{name}: {s}\n"));
    }
    if let Some(notes) = v
        .as_obj()
        .and_then(|o| o.dict())
        .and_then(|d| p::dict_get_str(&d, "__notes__"))
    {
        if let Ok(items) = p::collect(ts, &notes) {
            for n in items {
                out.push_str(&p::str_string(ts, &n).unwrap_or_default());
                out.push('\n');
            }
        }
    }
    out
}

fn syntax_error_lines(ts: &ThreadState, v: &Value) -> String {
    let get = |n: &str| p::getattr_str(ts, v, n).ok().filter(|x| !x.is_none());
    let mut out = String::new();
    let filename = get("filename")
        .map(|f| p::str_string(ts, &f).unwrap_or_default())
        .unwrap_or_else(|| "<string>".into());
    let lineno = get("lineno").and_then(|l| crate::object::int::as_i64(&l));
    if let Some(l) = lineno {
        out.push_str(&format!("  File \"{filename}\", line {l}\n"));
    }
    if let Some(text) = get("text").and_then(|t| as_str(&t).map(str::to_string)) {
        let line = text.trim_end_matches(['\n', '\r']);
        let stripped = line.trim_start_matches([' ', '\t', '\x0c']);
        let removed = line.chars().count() - stripped.chars().count();
        out.push_str(&format!("    {stripped}\n"));
        if let Some(off) = get("offset").and_then(|o| crate::object::int::as_i64(&o)) {
            let end_off = get("end_offset").and_then(|o| crate::object::int::as_i64(&o));
            let end_line = get("end_lineno").and_then(|o| crate::object::int::as_i64(&o));
            let indentation = p::is_instance_of(v, &types().indentation_error);
            let col_signed = off - 1 - removed as i64;
            if col_signed < 0 {
                return out;
            }
            let col = (col_signed as usize).min(stripped.chars().count());
            let mut width = 1usize;
            if let (Some(e), true, false) = (
                end_off,
                end_line == lineno || end_line.is_none(),
                indentation,
            ) {
                if e > off {
                    width = (e - off) as usize;
                }
            }
            let maxw = (stripped.chars().count() + 1).saturating_sub(col).max(1);
            width = width.min(maxw);
            out.push_str(&format!("    {}{}\n", " ".repeat(col), "^".repeat(width)));
        }
    }
    out
}

/// Formats an exception with its traceback and chained causes, as `traceback.print_exception`
/// (exception groups in the nested box format).
pub fn format_exception(ts: &ThreadState, v: &Value) -> String {
    let mut ctx = PrintCtx::default();
    let mut out = String::new();
    print_recursive(ts, v, &mut ctx, &mut out);
    out
}

/// How many sub-exceptions of one group are printed before "and N more exceptions".
const MAX_GROUP_WIDTH: usize = 15;
/// How deeply nested groups are printed before "... (max_group_depth is N)".
const MAX_GROUP_DEPTH: usize = 10;
/// Chains deeper than this are cut (CPython would run out of recursion).
const MAX_PRINT_NESTING: usize = 200;

const CAUSE_MESSAGE: &str =
    "The above exception was the direct cause of the following exception:\n";
const CONTEXT_MESSAGE: &str =
    "During handling of the above exception, another exception occurred:\n";

/// State of printing one exception (CPython's `exception_print_context`).
#[derive(Default)]
struct PrintCtx {
    /// Exceptions already printed (identity), so chains never loop.
    seen: Vec<u64>,
    /// Nesting inside exception groups: lines get `2 * depth` spaces and a `| ` margin.
    group_depth: usize,
    /// Whether the innermost open group box still needs its closing line.
    need_close: bool,
    /// Recursion guard.
    nesting: usize,
}

impl PrintCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.group_depth)
    }

    /// The prefix of every line at the current depth.
    fn margin(&self) -> String {
        if self.group_depth == 0 {
            String::new()
        } else {
            format!("{}| ", self.indent())
        }
    }
}

/// Appends `text` with `prefix` before each of its lines.
fn push_prefixed(out: &mut String, prefix: &str, text: &str) {
    for line in text.split_inclusive('\n') {
        out.push_str(prefix);
        out.push_str(line);
    }
}

fn print_recursive(ts: &ThreadState, v: &Value, ctx: &mut PrintCtx, out: &mut String) {
    if ctx.nesting >= MAX_PRINT_NESTING {
        return;
    }
    ctx.nesting += 1;
    print_cause_and_context(ts, v, ctx, out);
    if crate::builtins::exception_group::is_group(v) {
        print_group(ts, v, ctx, out);
    } else {
        print_one(ts, v, ctx, out);
    }
    ctx.nesting -= 1;
}

fn print_cause_and_context(ts: &ThreadState, v: &Value, ctx: &mut PrintCtx, out: &mut String) {
    ctx.seen.push(v.bits());
    let Some(ed) = v.as_obj().and_then(|o| o.downcast::<ExceptionData>()) else {
        return;
    };
    let cause = ed.cause.get();
    if !cause.is_none() {
        if !ctx.seen.contains(&cause.bits()) {
            print_chained(ts, &cause, CAUSE_MESSAGE, ctx, out);
        }
        return;
    }
    if ed.suppress_context.get() {
        return;
    }
    let context = ed.context.get();
    if !context.is_none() && !ctx.seen.contains(&context.bits()) {
        print_chained(ts, &context, CONTEXT_MESSAGE, ctx, out);
    }
}

fn print_chained(ts: &ThreadState, v: &Value, message: &str, ctx: &mut PrintCtx, out: &mut String) {
    let need_close = ctx.need_close;
    print_recursive(ts, v, ctx, out);
    ctx.need_close = need_close;
    let m = ctx.margin();
    out.push_str(&m);
    out.push('\n');
    out.push_str(&m);
    out.push_str(message);
    out.push_str(&m);
    out.push('\n');
}

/// The traceback (if any) and the exception line(s) of one exception.
fn print_one(ts: &ThreadState, v: &Value, ctx: &mut PrintCtx, out: &mut String) {
    let margin = ctx.margin();
    let tb = v
        .as_obj()
        .and_then(|o| o.downcast::<ExceptionData>())
        .map_or(Value::NONE, |ed| ed.traceback.get());
    if !tb.is_none() {
        if crate::builtins::exception_group::is_group(v) {
            let header_margin = if ctx.group_depth == 1 {
                format!("{}+ ", ctx.indent())
            } else {
                margin.clone()
            };
            out.push_str(&header_margin);
            out.push_str("Exception Group Traceback (most recent call last):\n");
        } else {
            out.push_str(&margin);
            out.push_str("Traceback (most recent call last):\n");
        }
        push_prefixed(out, &margin, &format_tb(&tb));
    }
    let text = exception_only(ts, v);
    if ctx.group_depth > 0 && p::is_instance_of(v, &types().syntax_error) {
        // CPython 3.11 gives the `File` line the margin but not the source and caret lines.
        let lines = syntax_error_lines(ts, v);
        if let Some(rest) = text.strip_prefix(lines.as_str()) {
            for (i, line) in lines.split_inclusive('\n').enumerate() {
                if i == 0 && line.starts_with("  File ") {
                    out.push_str(&margin);
                }
                out.push_str(line);
            }
            push_prefixed(out, &margin, rest);
            return;
        }
    }
    push_prefixed(out, &margin, &text);
}

/// An exception group: its own traceback and line, then each sub-exception in a box.
fn print_group(ts: &ThreadState, v: &Value, ctx: &mut PrintCtx, out: &mut String) {
    if ctx.group_depth > MAX_GROUP_DEPTH {
        out.push_str(&ctx.margin());
        out.push_str(&format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"));
        return;
    }
    let toplevel = ctx.group_depth == 0;
    if toplevel {
        ctx.group_depth = 1;
    }
    print_one(ts, v, ctx, out);
    let excs = crate::builtins::exception_group::sub_exceptions(v);
    let n = excs.len().min(MAX_GROUP_WIDTH + 1);
    ctx.need_close = false;
    for i in 0..n {
        let last = i + 1 == n;
        if last {
            // A nested group printed last may close the box itself.
            ctx.need_close = true;
        }
        let truncated = i >= MAX_GROUP_WIDTH;
        let title = if truncated {
            "...".to_string()
        } else {
            (i + 1).to_string()
        };
        out.push_str(&ctx.indent());
        out.push_str(if i == 0 { "+-" } else { "  " });
        out.push_str(&format!("+---------------- {title} ----------------\n"));
        ctx.group_depth += 1;
        if truncated {
            let remaining = excs.len() - MAX_GROUP_WIDTH;
            out.push_str(&ctx.margin());
            out.push_str(&format!(
                "and {remaining} more exception{}\n",
                if remaining > 1 { "s" } else { "" }
            ));
        } else if let Some(e) = excs.get(i) {
            print_recursive(ts, e, ctx, out);
        }
        if last && ctx.need_close {
            out.push_str(&ctx.indent());
            out.push_str("+------------------------------------\n");
            ctx.need_close = false;
        }
        ctx.group_depth -= 1;
    }
    if toplevel {
        ctx.group_depth = 0;
    }
}

/// Prints an uncaught exception to `sys.stderr` (through `sys.excepthook` if replaced).
pub fn print_exception(ts: &ThreadState, err: &PyErr) {
    let text = format_exception(ts, err.value());
    crate::builtins::io::write_stderr(ts, &text);
}

/// Reports an exception that cannot be raised (in `__del__`, ...).
/// Reports an exception raised where it cannot propagate (a `__del__` method, a weak
/// reference callback) for `obj` (the function that raised): through `sys.unraisablehook`
/// when a program installed one, else as CPython's default hook prints it
/// (`Exception ignored in: <repr of obj>` and the traceback).
pub fn write_unraisable_for(ts: &ThreadState, obj: &Value, err: &PyErr) {
    let hook = crate::builtins::sys::sys_attr(ts, "unraisablehook");
    let default = crate::builtins::sys::sys_attr(ts, "__unraisablehook__");
    if let Some(h) = hook.filter(|h| !default.as_ref().is_some_and(|d| d.is(h))) {
        let args = alloc(&types().simple_namespace, crate::object::misc::ObjectData);
        let d = crate::object::containers::new_dict();
        let ev = err.value().clone();
        crate::types::dict_set_str(&d, "exc_type", type_of(&ev).clone().into_value());
        crate::types::dict_set_str(
            &d,
            "exc_traceback",
            crate::builtins::exceptions::traceback_of(&ev),
        );
        crate::types::dict_set_str(&d, "exc_value", ev);
        crate::types::dict_set_str(&d, "err_msg", Value::NONE);
        crate::types::dict_set_str(&d, "object", obj.clone());
        args.set_dict(Some(d));
        if let Err(e) = p::call(ts, &h, &[args.into_value()], &[]) {
            write_unraisable(ts, "Exception ignored in sys.unraisablehook", &e);
        }
        return;
    }
    let where_ = format!(
        "Exception ignored in: {}",
        p::repr_string(ts, obj).unwrap_or_default()
    );
    write_unraisable(ts, &where_, err);
}

/// Prints an unraisable exception under the heading `where_` (CPython's default
/// `sys.unraisablehook` output).
pub fn write_unraisable(ts: &ThreadState, where_: &str, err: &PyErr) {
    let text = format!("{}\n{}", where_, format_exception(ts, err.value()));
    crate::builtins::io::write_stderr(ts, &text);
}

/// Where the operator of a binary operation or the brackets of a subscript sit inside the
/// highlighted segment, as CPython 3.11 computes them by parsing the segment: returns the
/// character offsets `(left_end, right_start)` separating `~` from `^`.
fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    ferrum_compiler::caret_anchors(segment)
}

#[allow(dead_code)]
fn _unused(_: &DictData) {}

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// Edit distance with CPython's suggestion costs (moves 2, case changes 1), giving up above
/// `max_cost`.
fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let (mut a, mut b) = (a, b);
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = row[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

fn best_match(candidates: &[String], name: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(usize, &String)> = None;
    for item in candidates {
        if item == name {
            continue;
        }
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((d, _)) = best {
            max_distance = max_distance.min(d.saturating_sub(1));
        }
        let d = levenshtein(name.as_bytes(), item.as_bytes(), max_distance);
        if d > max_distance {
            continue;
        }
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, item));
        }
    }
    best.map(|(_, s)| s.clone())
}

fn dict_keys(v: &Value) -> Vec<String> {
    v.as_obj()
        .and_then(|o| o.downcast::<DictData>())
        .map(|d| {
            d.0.with(|t| {
                t.iter()
                    .filter_map(|e| as_str(&e.key).map(str::to_string))
                    .collect()
            })
        })
        .unwrap_or_default()
}

/// CPython's "Did you mean" suggestion for NameError and AttributeError.
fn suggestion(ts: &ThreadState, v: &Value) -> Option<String> {
    use crate::builtins::exceptions::field;
    let name = field(v, "name").filter(|n| !n.is_none())?;
    let name = as_str(&name)?.to_string();
    if p::is_instance_of(v, &types().name_error) {
        // The innermost frame of the traceback.
        let mut tb = crate::builtins::exceptions::traceback_of(v);
        let mut frame = None;
        while let Some(t) = tb.as_obj().and_then(|o| o.downcast::<TracebackData>()) {
            frame = Some(t.frame.clone());
            tb = t.next.get();
        }
        let frame = frame?;
        let fd = frame.as_obj()?.downcast::<FrameData>()?;
        let locals = fd.locals.get();
        let optimized = fd
            .code
            .as_obj()
            .and_then(|o| o.downcast::<CodeData>())
            .is_some_and(|c| c.code.flags & ferrum_bytecode::code::flags::OPTIMIZED != 0);
        let mut local_names = if optimized || locals.is_null() {
            fd.code
                .as_obj()
                .and_then(|o| o.downcast::<CodeData>())
                .map(|c| {
                    c.code
                        .localsplusnames
                        .iter()
                        .map(|n| n.to_string())
                        .collect()
                })
                .unwrap_or_default()
        } else {
            dict_keys(&locals)
        };
        local_names.sort();
        if let Some(s) = best_match(&local_names, &name) {
            return Some(s);
        }
        if let Some(s) = best_match(&dict_keys(&fd.globals), &name) {
            return Some(s);
        }
        return best_match(&dict_keys(&ts.interp.builtins.clone().into_value()), &name);
    }
    if p::is_instance_of(v, &types().attribute_error) {
        let obj = field(v, "obj")?;
        let listing = crate::builtins::functions::dir_of(ts, &obj).ok()?;
        let names: Vec<String> = p::collect(ts, &listing)
            .ok()?
            .iter()
            .filter_map(|x| as_str(x).map(str::to_string))
            .collect();
        return best_match(&names, &name);
    }
    None
}
