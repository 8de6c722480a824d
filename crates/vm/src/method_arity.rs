//! Argument-count rules for the builtin types' methods that take no keyword arguments, as
//! CPython's method descriptors enforce them before the method runs (`int.bit_length()
//! takes no arguments (1 given)`, `str.center() takes no keyword arguments`). The rules are
//! probed from CPython 3.11 by scripts/gen_method_arity.py into `method_arity_table.rs`;
//! `types::add_methods` attaches them to each method descriptor, and the call paths
//! (`call::call_method_descr`, bound builtin methods) check them. Methods that take
//! keywords check their own arguments. See docs/design/object-model.md.

use crate::thread_state::ThreadState;
use crate::value::Value;
use crate::PyResult;

/// What a method accepts and CPython's messages when a call does not fit.
#[derive(Debug)]
pub struct Arity {
    /// The type that defines the method (messages of bound methods name the type of
    /// `self` instead: `bool.bit_length()`).
    pub owner: &'static str,
    /// The message for any keyword argument, called through the method descriptor.
    pub no_kw: &'static str,
    /// The message for any keyword argument, called through a bound method object.
    pub bound_no_kw: &'static str,
    /// The fewest positional arguments (after `self`).
    pub min: u8,
    /// The most positional arguments (255: no limit).
    pub max: u8,
    /// The message for fewer than `min`, `{n}` standing for the count given.
    pub too_few: &'static str,
    /// The message for more than `max`.
    pub too_many: &'static str,
}

/// The rules for method `name` of the builtin type named `type_name`, if CPython's method
/// takes no keyword arguments.
pub fn lookup(type_name: &str, name: &str) -> Option<&'static Arity> {
    lookup_in(rows_of(type_name), name)
}

/// The table rows of one type (a slice of the sorted table; empty if it has none).
pub fn rows_of(type_name: &str) -> &'static [(&'static str, &'static str, Arity)] {
    let table = crate::method_arity_table::TABLE;
    let start = table.partition_point(|(t, _, _)| *t < type_name);
    let len = table[start..].partition_point(|(t, _, _)| *t == type_name);
    &table[start..start + len]
}

/// The rules for method `name` among one type's rows.
pub fn lookup_in(
    rows: &'static [(&'static str, &'static str, Arity)],
    name: &str,
) -> Option<&'static Arity> {
    rows.binary_search_by(|(_, m, _)| (*m).cmp(name))
        .ok()
        .map(|i| &rows[i].2)
}

/// Checks a call with `npos` positional arguments (after `self`) and `nkw` keyword ones;
/// `bound` is the `self` of a call through a bound method object.
#[inline]
pub fn check(
    ts: &ThreadState,
    a: &Arity,
    npos: usize,
    nkw: usize,
    bound: Option<&Value>,
) -> PyResult<()> {
    if nkw == 0 && npos >= usize::from(a.min) && npos <= usize::from(a.max) {
        return Ok(());
    }
    Err(mismatch(ts, a, npos, nkw, bound))
}

#[cold]
fn mismatch(
    ts: &ThreadState,
    a: &Arity,
    npos: usize,
    nkw: usize,
    bound: Option<&Value>,
) -> crate::PyErr {
    let mut msg = if nkw > 0 {
        if bound.is_some() {
            a.bound_no_kw
        } else {
            a.no_kw
        }
        .to_string()
    } else if npos < usize::from(a.min) {
        a.too_few.replace("{n}", &npos.to_string())
    } else {
        a.too_many.replace("{n}", &npos.to_string())
    };
    if let Some(this) = bound {
        let qualified = format!("{}.", a.owner);
        if let Some(rest) = msg.strip_prefix(&qualified) {
            msg = format!("{}.{rest}", crate::protocol::type_name(this));
        }
    }
    ts.type_error(msg)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_unique() {
        let t = crate::method_arity_table::TABLE;
        for w in t.windows(2) {
            assert!(
                (w[0].0, w[0].1) < (w[1].0, w[1].1),
                "{:?} / {:?}",
                w[0],
                w[1]
            );
        }
    }

    #[test]
    fn lookup_finds_entries() {
        let a = lookup("int", "bit_length").expect("int.bit_length");
        assert_eq!((a.min, a.max), (0, 0));
        assert!(lookup("int", "to_bytes").is_none());
        assert!(lookup("nosuchtype", "x").is_none());
    }
}
