//! The `time` module's clocks and `sleep`: `time`, `time_ns`, `perf_counter(_ns)`,
//! `monotonic(_ns)`, `process_time(_ns)`, `thread_time(_ns)` and `sleep`.
//! Calendar functions (`localtime`, `gmtime`, `strftime`, `struct_time`) and
//! `get_clock_info` are not here yet. See docs/design/stdlib-bridge.md.

use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::call::parse_args;
use crate::object::float::as_f64;
use crate::object::int::{as_i64, int_from_bigint};
use crate::object::ObjRef;
use crate::protocol::{self as p, type_name};
use crate::thread_state::ThreadState;
use crate::types::dict_set_str;
use crate::value::Value;
use crate::PyResult;

fn epoch_ns() -> i128 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i128,
        Err(e) => -(e.duration().as_nanos() as i128),
    }
}

/// Nanoseconds since an arbitrary fixed point (the first call), monotonic.
fn monotonic_ns() -> i128 {
    static START: OnceLock<Instant> = OnceLock::new();
    START.get_or_init(Instant::now).elapsed().as_nanos() as i128
}

/// CPU time of this process (`clock_gettime(CLOCK_PROCESS_CPUTIME_ID)`), in nanoseconds.
fn cpu_ns(clock: i32) -> i128 {
    #[repr(C)]
    struct Timespec {
        tv_sec: i64,
        tv_nsec: i64,
    }
    extern "C" {
        fn clock_gettime(clk: i32, tp: *mut Timespec) -> i32;
    }
    let mut ts = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes one Timespec (repr(C), matching the C layout on 64-bit
    // Linux) to a valid pointer.
    let r = unsafe { clock_gettime(clock, &mut ts) };
    if r != 0 {
        return 0;
    }
    i128::from(ts.tv_sec) * 1_000_000_000 + i128::from(ts.tv_nsec)
}

const CLOCK_PROCESS_CPUTIME_ID: i32 = 2;
const CLOCK_THREAD_CPUTIME_ID: i32 = 3;

fn ns_value(ns: i128) -> Value {
    int_from_bigint(num_bigint::BigInt::from(ns))
}

fn secs_value(ns: i128) -> Value {
    Value::from_f64(ns as f64 * 1e-9)
}

fn sleep(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [secs] = parse_args(ts, "sleep", a, k, ["secs"], 1, 1)?;
    let secs = secs.unwrap_or(Value::NONE);
    let s = match (as_f64(&secs), as_i64(&secs)) {
        (Some(f), _) => f,
        (None, Some(i)) => i as f64,
        _ => {
            return Err(ts.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(&secs)
            )))
        }
    };
    if s.is_nan() {
        return Err(ts.value_error("Invalid value NaN (not a number)"));
    }
    if s < 0.0 {
        return Err(ts.value_error("sleep length must be non-negative"));
    }
    if s > 0.0 {
        std::thread::sleep(Duration::from_secs_f64(s.min(1e12)));
    }
    Ok(Value::NONE)
}

/// Builds the `time` module.
pub fn make_time_module(dict: &ObjRef) {
    let fns: &[(&'static str, crate::object::function::NativeFn)] = &[
        ("time", |_, _, _| Ok(secs_value(epoch_ns()))),
        ("time_ns", |_, _, _| Ok(ns_value(epoch_ns()))),
        ("perf_counter", |_, _, _| Ok(secs_value(monotonic_ns()))),
        ("perf_counter_ns", |_, _, _| Ok(ns_value(monotonic_ns()))),
        ("monotonic", |_, _, _| Ok(secs_value(monotonic_ns()))),
        ("monotonic_ns", |_, _, _| Ok(ns_value(monotonic_ns()))),
        ("process_time", |_, _, _| {
            Ok(secs_value(cpu_ns(CLOCK_PROCESS_CPUTIME_ID)))
        }),
        ("process_time_ns", |_, _, _| {
            Ok(ns_value(cpu_ns(CLOCK_PROCESS_CPUTIME_ID)))
        }),
        ("thread_time", |_, _, _| {
            Ok(secs_value(cpu_ns(CLOCK_THREAD_CPUTIME_ID)))
        }),
        ("thread_time_ns", |_, _, _| {
            Ok(ns_value(cpu_ns(CLOCK_THREAD_CPUTIME_ID)))
        }),
        ("sleep", sleep),
    ];
    for (name, f) in fns {
        dict_set_str(dict, name, p::new_builtin_function(name, *f, Some("time")));
    }
}
