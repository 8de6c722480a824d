//! The `_sha512` module: `sha512` and `sha384` hash objects (FIPS 180-4), which
//! `Lib/random.py` uses to seed from str/bytes and `hashlib` falls back to without OpenSSL.
//! The round constants and initial values are computed from their definition (fractional
//! parts of cube/square roots of primes) with big-integer roots instead of being tabulated.
//! See docs/design/stdlib-bridge.md.

use std::cell::RefCell;
use std::sync::OnceLock;

use num_bigint::BigUint;
use num_traits::ToPrimitive;

use crate::builtins::classes::set_slots;
use crate::call::parse_args;
use crate::object::containers::new_bytes;
use crate::object::int::int_from_i64;
use crate::object::str::{as_str, new_str};
use crate::object::typeobj::Slots;
use crate::object::{alloc, ObjRef, PyCell};
use crate::protocol::new_builtin_function;
use crate::thread_state::ThreadState;
use crate::types::{
    add_getsets, add_methods, dict_set_str, finish_runtime_type, make_builtin_type, type_data,
    types,
};
use crate::value::Value;
use crate::PyResult;

struct Constants {
    k: [u64; 80],
    iv512: [u64; 8],
    iv384: [u64; 8],
}

fn primes(n: usize) -> Vec<u64> {
    let mut out = Vec::with_capacity(n);
    let mut c = 2u64;
    while out.len() < n {
        if out
            .iter()
            .take_while(|p| *p * *p <= c)
            .all(|p| !c.is_multiple_of(*p))
        {
            out.push(c);
        }
        c += 1;
    }
    out
}

/// The low 64 bits of `root(p) * 2**64` (the first 64 fractional bits of the root).
fn frac_bits(p: u64, cube: bool) -> u64 {
    let mask = BigUint::from(u64::MAX);
    let r = if cube {
        (BigUint::from(p) << 192u32).cbrt()
    } else {
        (BigUint::from(p) << 128u32).sqrt()
    };
    (r & mask).to_u64().unwrap_or(0)
}

fn constants() -> &'static Constants {
    static C: OnceLock<Constants> = OnceLock::new();
    C.get_or_init(|| {
        let ps = primes(80);
        let mut k = [0u64; 80];
        for (slot, p) in k.iter_mut().zip(&ps) {
            *slot = frac_bits(*p, true);
        }
        let mut iv512 = [0u64; 8];
        let mut iv384 = [0u64; 8];
        for i in 0..8 {
            iv512[i] = frac_bits(ps[i], false);
            iv384[i] = frac_bits(ps[i + 8], false);
        }
        Constants { k, iv512, iv384 }
    })
}

/// A running SHA-512 (or SHA-384) computation.
#[derive(Clone)]
struct Sha {
    h: [u64; 8],
    buf: Vec<u8>,
    len: u128,
    digest_size: usize,
}

impl Sha {
    fn new(digest_size: usize) -> Sha {
        let c = constants();
        Sha {
            h: if digest_size == 48 { c.iv384 } else { c.iv512 },
            buf: Vec::with_capacity(128),
            len: 0,
            digest_size,
        }
    }

    fn block(&mut self, block: &[u8]) {
        let k = &constants().k;
        let mut w = [0u64; 80];
        for (i, chunk) in block.chunks_exact(8).take(16).enumerate() {
            let mut b = [0u8; 8];
            b.copy_from_slice(chunk);
            w[i] = u64::from_be_bytes(b);
        }
        for i in 16..80 {
            let s0 = w[i - 15].rotate_right(1) ^ w[i - 15].rotate_right(8) ^ (w[i - 15] >> 7);
            let s1 = w[i - 2].rotate_right(19) ^ w[i - 2].rotate_right(61) ^ (w[i - 2] >> 6);
            w[i] = w[i - 16]
                .wrapping_add(s0)
                .wrapping_add(w[i - 7])
                .wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut h] = self.h;
        for i in 0..80 {
            let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = h
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(k[i])
                .wrapping_add(w[i]);
            let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            h = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (s, v) in self.h.iter_mut().zip([a, b, c, d, e, f, g, h]) {
            *s = s.wrapping_add(v);
        }
    }

    fn update(&mut self, mut data: &[u8]) {
        self.len = self.len.wrapping_add(data.len() as u128);
        if !self.buf.is_empty() {
            let take = (128 - self.buf.len()).min(data.len());
            self.buf.extend_from_slice(&data[..take]);
            data = &data[take..];
            if self.buf.len() == 128 {
                let b = std::mem::take(&mut self.buf);
                self.block(&b);
            }
        }
        let mut chunks = data.chunks_exact(128);
        for c in &mut chunks {
            self.block(c);
        }
        self.buf.extend_from_slice(chunks.remainder());
    }

    fn digest(&self) -> Vec<u8> {
        let mut s = self.clone();
        let bits = s.len.wrapping_mul(8);
        let mut pad = vec![0x80u8];
        let used = (s.buf.len() + 1) % 128;
        let zeros = if used <= 112 { 112 - used } else { 240 - used };
        pad.extend(std::iter::repeat_n(0u8, zeros));
        pad.extend_from_slice(&bits.to_be_bytes());
        let len = s.len;
        s.update(&pad);
        s.len = len;
        let mut out: Vec<u8> = s.h.iter().flat_map(|x| x.to_be_bytes()).collect();
        out.truncate(self.digest_size);
        out
    }
}

/// Payload of a hash object.
pub struct ShaData {
    state: PyCell<Sha>,
}

fn sha<'a>(ts: &ThreadState, a: &'a [Value]) -> PyResult<&'a ShaData> {
    a.first()
        .and_then(Value::as_obj)
        .and_then(|o| o.downcast::<ShaData>())
        .ok_or_else(|| ts.type_error("a sha512 object is required"))
}

/// The bytes to hash (str is refused as in CPython).
fn data_of(ts: &ThreadState, v: &Value) -> PyResult<Vec<u8>> {
    if as_str(v).is_some() {
        return Err(ts.type_error("Strings must be encoded before hashing"));
    }
    crate::builtins::str::bytes_like(ts, v)
        .map_err(|_| ts.type_error("object supporting the buffer API required"))
}

fn make_type(name: &'static str) -> ObjRef {
    let ty = make_builtin_type::<ShaData>(name, &types().object, Slots::default(), false);
    set_slots(&ty, |s| {
        s.new = None;
    });
    add_methods(
        &ty,
        &[
            ("update", |ts, a, k| {
                crate::call::check_args(ts, "update", a, k, 2, 2)?;
                let d = data_of(ts, &a[1])?;
                sha(ts, a)?.state.with_mut(|s| s.update(&d));
                Ok(Value::NONE)
            }),
            ("digest", |ts, a, _| {
                Ok(new_bytes(sha(ts, a)?.state.with(Sha::digest)))
            }),
            ("hexdigest", |ts, a, _| {
                let d = sha(ts, a)?.state.with(Sha::digest);
                Ok(new_str(
                    d.iter().map(|b| format!("{b:02x}")).collect::<String>(),
                ))
            }),
            ("copy", |ts, a, _| {
                let s = sha(ts, a)?.state.with(Clone::clone);
                let ty = a
                    .first()
                    .map(|v| crate::types::type_of(v).clone())
                    .unwrap_or_else(|| types().object.clone());
                Ok(alloc(
                    &ty,
                    ShaData {
                        state: PyCell::new(s),
                    },
                )
                .into_value())
            }),
        ],
    );
    add_getsets(
        &ty,
        &[
            (
                "name",
                |ts, v| {
                    let n = sha(ts, std::slice::from_ref(v))?
                        .state
                        .with(|s| s.digest_size);
                    Ok(new_str(if n == 48 { "sha384" } else { "sha512" }))
                },
                None,
            ),
            (
                "digest_size",
                |ts, v| {
                    let n = sha(ts, std::slice::from_ref(v))?
                        .state
                        .with(|s| s.digest_size);
                    Ok(int_from_i64(n as i64))
                },
                None,
            ),
            ("block_size", |_, _| Ok(int_from_i64(128)), None),
        ],
    );
    dict_set_str(&type_data(&ty).dict, "__module__", new_str("_sha512"));
    finish_runtime_type(&ty);
    ty
}

thread_local! {
    static TYPES: RefCell<Option<(ObjRef, ObjRef)>> = const { RefCell::new(None) };
}

fn hash_types() -> (ObjRef, ObjRef) {
    TYPES.with(|t| {
        t.borrow_mut()
            .get_or_insert_with(|| (make_type("sha512"), make_type("sha384")))
            .clone()
    })
}

fn construct(ts: &ThreadState, a: &[Value], k: &[Value], digest_size: usize) -> PyResult<Value> {
    let name = if digest_size == 48 {
        "sha384"
    } else {
        "sha512"
    };
    let [string, _] = parse_args(ts, name, a, k, ["string", "usedforsecurity"], 0, 1)?;
    let mut s = Sha::new(digest_size);
    if let Some(v) = string {
        s.update(&data_of(ts, &v)?);
    }
    let (t512, t384) = hash_types();
    let ty = if digest_size == 48 { t384 } else { t512 };
    Ok(alloc(
        &ty,
        ShaData {
            state: PyCell::new(s),
        },
    )
    .into_value())
}

/// Fills the `_sha512` module namespace.
pub fn make_sha512_module(dict: &ObjRef) {
    let (t512, t384) = hash_types();
    dict_set_str(dict, "SHA512Type", t512.into_value());
    dict_set_str(dict, "SHA384Type", t384.into_value());
    dict_set_str(
        dict,
        "sha512",
        new_builtin_function(
            "sha512",
            |ts, a, k| construct(ts, a, k, 64),
            Some("_sha512"),
        ),
    );
    dict_set_str(
        dict,
        "sha384",
        new_builtin_function(
            "sha384",
            |ts, a, k| construct(ts, a, k, 48),
            Some("_sha512"),
        ),
    );
}
