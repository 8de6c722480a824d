//! The `_random` module under CPython's `Lib/random.py`: `Random`, a subclassable type
//! holding a Mersenne Twister (MT19937, Matsumoto and Nishimura's published algorithm).
//! Seeding follows CPython so that `random.seed(x)` reproduces its sequences: an int seed's
//! absolute value (other objects: their hash) is split into 32-bit words fed to
//! `init_by_array`; `None` seeds from `/dev/urandom` (the time as a fallback). `random()`
//! builds a 53-bit float from two outputs and `getrandbits(k)` fills 32-bit words
//! least-significant first. See docs/design/stdlib-bridge.md.

use std::io::Read;

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

use crate::builtins::classes::set_slots;
use crate::object::containers::{as_tuple, new_tuple};
use crate::object::int::{as_bigint, int_from_bigint, int_from_i64};
use crate::object::str::new_str;
use crate::object::typeobj::Slots;
use crate::object::{alloc, ObjRef, PyCell};
use crate::protocol as p;
use crate::thread_state::ThreadState;
use crate::types::{
    add_methods, dict_set_str, finish_runtime_type, make_builtin_type, type_data, types,
};
use crate::value::Value;
use crate::PyResult;

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// The generator state: 624 words and the position of the next output.
#[derive(Clone)]
struct Mt {
    mt: Box<[u32; N]>,
    index: usize,
}

impl Mt {
    fn new() -> Mt {
        let mut m = Mt {
            mt: Box::new([0; N]),
            index: N,
        };
        m.init_genrand(5489);
        m
    }

    fn init_genrand(&mut self, s: u32) {
        self.mt[0] = s;
        for i in 1..N {
            let prev = self.mt[i - 1];
            self.mt[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let len = key.len().max(1);
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(len) {
            let prev = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key.get(j).copied().unwrap_or(0))
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
            if j >= len {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
        }
        self.mt[0] = 0x8000_0000;
        self.index = N;
    }

    fn twist(&mut self) {
        let mag = |y: u32| if y & 1 == 0 { 0 } else { MATRIX_A };
        for k in 0..N {
            let y = (self.mt[k] & UPPER_MASK) | (self.mt[(k + 1) % N] & LOWER_MASK);
            self.mt[k] = self.mt[(k + M) % N] ^ (y >> 1) ^ mag(y);
        }
        self.index = 0;
    }

    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    fn random(&mut self) -> f64 {
        let a = f64::from(self.next_u32() >> 5);
        let b = f64::from(self.next_u32() >> 6);
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }
}

/// Payload of `_random.Random`.
pub struct RandomData {
    state: PyCell<Mt>,
}

fn rnd<'a>(ts: &ThreadState, a: &'a [Value]) -> PyResult<&'a RandomData> {
    a.first()
        .and_then(Value::as_obj)
        .and_then(|o| o.downcast::<RandomData>())
        .ok_or_else(|| ts.type_error("descriptor requires a '_random.Random' object"))
}

/// 32-bit words of a non-negative integer, least significant first (at least one).
fn words(n: &BigInt) -> Vec<u32> {
    let (_, mut w) = n.to_u32_digits();
    if w.is_empty() {
        w.push(0);
    }
    w
}

fn urandom_words() -> Option<Vec<u32>> {
    let mut buf = vec![0u8; N * 4];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .ok()?;
    Some(
        buf.chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect(),
    )
}

fn seed(ts: &ThreadState, r: &RandomData, arg: Option<&Value>) -> PyResult<()> {
    let key = match arg.filter(|a| !a.is_none()) {
        None => urandom_words().unwrap_or_else(|| {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos());
            let pid = u128::from(std::process::id());
            words(&BigInt::from(now ^ (pid << 64)))
        }),
        Some(a) => {
            let n = match as_bigint(a) {
                Some(b) => b.abs(),
                None => BigInt::from(p::hash(ts, a)? as u64),
            };
            words(&n)
        }
    };
    r.state.with_mut(|m| m.init_by_array(&key));
    Ok(())
}

fn getrandbits(ts: &ThreadState, r: &RandomData, k: &Value) -> PyResult<Value> {
    if crate::object::float::as_f64(k).is_some() {
        return Err(ts.type_error("'float' object cannot be interpreted as an integer"));
    }
    let k = p::index(ts, k)?;
    if k.is_negative() {
        return Err(ts.value_error("number of bits must be non-negative"));
    }
    let k = k
        .to_usize()
        .filter(|k| *k <= 1 << 40)
        .ok_or_else(|| ts.overflow_error("Python int too large to convert to C int"))?;
    if k == 0 {
        return Ok(int_from_i64(0));
    }
    if k <= 32 {
        let w = r.state.with_mut(Mt::next_u32);
        return Ok(int_from_i64(i64::from(w >> (32 - k))));
    }
    let nwords = (k - 1) / 32 + 1;
    let mut out = Vec::with_capacity(nwords);
    r.state.with_mut(|m| {
        let mut left = k;
        for _ in 0..nwords {
            let mut w = m.next_u32();
            if left < 32 {
                w >>= 32 - left;
            }
            out.push(w);
            left = left.saturating_sub(32);
        }
    });
    Ok(int_from_bigint(BigInt::from_slice(Sign::Plus, &out)))
}

fn getstate(r: &RandomData) -> Value {
    let m = r.state.with(Clone::clone);
    let mut items: Vec<Value> = m.mt.iter().map(|w| int_from_i64(i64::from(*w))).collect();
    items.push(int_from_i64(m.index as i64));
    new_tuple(items)
}

fn setstate(ts: &ThreadState, r: &RandomData, state: &Value) -> PyResult<()> {
    let Some(items) = as_tuple(state) else {
        return Err(ts.type_error("state vector must be a tuple"));
    };
    if items.len() != N + 1 {
        return Err(ts.value_error("state vector is the wrong size"));
    }
    let mut m = Mt::new();
    for (slot, v) in m.mt.iter_mut().zip(items.iter()) {
        let b = state_int(ts, v)?;
        if b.is_negative() {
            return Err(ts.overflow_error("can't convert negative value to unsigned int"));
        }
        let w = b.to_u64().ok_or_else(|| {
            ts.overflow_error("Python int too large to convert to C unsigned long")
        })?;
        *slot = w as u32;
    }
    let index = items
        .get(N)
        .map(|v| state_int(ts, v))
        .transpose()?
        .unwrap_or_else(BigInt::zero);
    match index.to_usize().filter(|i| *i <= N) {
        Some(i) => m.index = i,
        None => return Err(ts.value_error("invalid state")),
    }
    r.state.with_mut(|s| *s = m);
    Ok(())
}

/// A method's argument count besides `self` (0 or 1), with CPython's messages.
fn method_args(ts: &ThreadState, name: &str, a: &[Value], k: &[Value], n: usize) -> PyResult<()> {
    crate::call::no_kwargs(ts, &format!("Random.{name}"), k)?;
    let given = a.len().saturating_sub(1);
    if given == n {
        return Ok(());
    }
    Err(ts.type_error(if n == 0 {
        format!("Random.{name}() takes no arguments ({given} given)")
    } else {
        format!("Random.{name}() takes exactly one argument ({given} given)")
    }))
}

/// A state word: an int (no `__index__`), as CPython's `PyLong_AsUnsignedLong` takes.
fn state_int(ts: &ThreadState, v: &Value) -> PyResult<BigInt> {
    as_bigint(v).ok_or_else(|| ts.type_error("an integer is required"))
}

fn make_random_type() -> ObjRef {
    let ty = make_builtin_type::<RandomData>("Random", &types().object, Slots::default(), true);
    set_slots(&ty, |s| {
        s.new = Some(|_, ty, _, _| {
            Ok(alloc(
                ty,
                RandomData {
                    state: PyCell::new(Mt::new()),
                },
            )
            .into_value())
        });
        s.init = Some(|ts, v, a, k| {
            let npos = a.len() - k.len();
            if !k.is_empty() {
                return Err(ts.type_error("Random() takes no keyword arguments"));
            }
            if npos > 1 {
                return Err(ts.type_error("Random() requires 0 or 1 argument"));
            }
            let r = rnd(ts, std::slice::from_ref(v))?;
            seed(ts, r, a.first())
        });
    });
    add_methods(
        &ty,
        &[
            ("random", |ts, a, k| {
                method_args(ts, "random", a, k, 0)?;
                let r = rnd(ts, a)?;
                Ok(Value::from_f64(r.state.with_mut(Mt::random)))
            }),
            ("seed", |ts, a, k| {
                crate::call::no_kwargs(ts, "Random.seed", k)?;
                if a.len() > 2 {
                    return Err(ts.type_error(format!(
                        "seed expected at most 1 argument, got {}",
                        a.len() - 1
                    )));
                }
                seed(ts, rnd(ts, a)?, a.get(1))?;
                Ok(Value::NONE)
            }),
            ("getstate", |ts, a, k| {
                method_args(ts, "getstate", a, k, 0)?;
                Ok(getstate(rnd(ts, a)?))
            }),
            ("setstate", |ts, a, k| {
                method_args(ts, "setstate", a, k, 1)?;
                setstate(ts, rnd(ts, a)?, &a[1])?;
                Ok(Value::NONE)
            }),
            ("getrandbits", |ts, a, k| {
                method_args(ts, "getrandbits", a, k, 1)?;
                getrandbits(ts, rnd(ts, a)?, &a[1])
            }),
        ],
    );
    dict_set_str(&type_data(&ty).dict, "__module__", new_str("_random"));
    finish_runtime_type(&ty);
    ty
}

thread_local! {
    static RANDOM_TYPE: std::cell::RefCell<Option<ObjRef>> = const { std::cell::RefCell::new(None) };
}

/// Fills the `_random` module namespace.
pub fn make_random_module(dict: &ObjRef) {
    let ty = RANDOM_TYPE.with(|t| t.borrow_mut().get_or_insert_with(make_random_type).clone());
    dict_set_str(dict, "Random", ty.into_value());
}
