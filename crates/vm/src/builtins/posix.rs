//! The `posix` module (what `os` is built on): file-system calls (`stat`, `listdir`,
//! `mkdir`, `remove`, `rename`, `getcwd`, `chdir`, `access`), raw file descriptors (`open`,
//! `read`, `write`, `close`, `lseek`, `isatty`), the environment, process ids, `urandom`,
//! `strerror`, `fspath`, `_exit` and the constants `os.py` needs. Calls go through Rust's
//! `std` (and `std::os::unix`); errors become `OSError` subclasses by errno. Not yet here:
//! `scandir`, `fork`/`exec*`, `chmod`/`chown`, `utime`, links, `dir_fd`/`follow_symlinks`
//! arguments. See docs/design/stdlib-bridge.md.

use std::io::{Read, Seek, Write};
use std::os::fd::{FromRawFd, IntoRawFd};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};

use crate::builtins::classes::new_instance;
use crate::call::parse_args;
use crate::object::containers::{as_bytes, new_bytes, new_dict, new_list, new_tuple};
use crate::object::float::as_f64;
use crate::object::int::{as_i64, int_from_i64};
use crate::object::str::{as_str, new_str};
use crate::object::ObjRef;
use crate::protocol::{self as p, type_name};
use crate::thread_state::ThreadState;
use crate::types::{dict_set_str, types};
use crate::value::Value;
use crate::{PyErr, PyResult};

/// A path argument: str, bytes or an `os.PathLike`, as a Rust string plus whether it was
/// bytes (results then come back as bytes).
fn path_arg(ts: &ThreadState, fname: &str, v: &Value) -> PyResult<(String, bool)> {
    let v = fspath(ts, v).map_err(|_| {
        ts.type_error(format!(
            "{fname}: path should be string, bytes or os.PathLike, not {}",
            type_name(v)
        ))
    })?;
    if let Some(s) = as_str(&v) {
        return Ok((s.to_string(), false));
    }
    if let Some(b) = as_bytes(&v) {
        return Ok((String::from_utf8_lossy(b).into_owned(), true));
    }
    Err(ts.type_error(format!(
        "{fname}: path should be string, bytes or os.PathLike"
    )))
}

/// `os.fspath(path)`.
fn fspath(ts: &ThreadState, v: &Value) -> PyResult<Value> {
    if as_str(v).is_some() || as_bytes(v).is_some() {
        return Ok(v.clone());
    }
    match p::lookup_special(ts, v, "__fspath__")? {
        Some(f) => {
            let r = p::call(ts, &f, &[], &[])?;
            if as_str(&r).is_some() || as_bytes(&r).is_some() {
                Ok(r)
            } else {
                Err(ts.type_error(format!(
                    "expected {}.__fspath__() to return str or bytes, not {}",
                    type_name(v),
                    type_name(&r)
                )))
            }
        }
        None => Err(ts.type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            type_name(v)
        ))),
    }
}

fn os_err(ts: &ThreadState, e: &std::io::Error, path: Option<&Value>) -> PyErr {
    crate::builtins::exceptions::os_error_from_io(ts, e, path.cloned())
}

fn arg(v: Option<Value>) -> Value {
    v.unwrap_or(Value::NONE)
}

fn stat_impl(ts: &ThreadState, a: &[Value], k: &[Value], follow: bool) -> PyResult<Value> {
    let name = if follow { "stat" } else { "lstat" };
    let [path, _dir_fd, _follow] =
        parse_args(ts, name, a, k, ["path", "dir_fd", "follow_symlinks"], 1, 1)?;
    let path = arg(path);
    let md = if let Some(fd) = as_i64(&path) {
        // SAFETY: the descriptor is borrowed for the call and handed back with into_raw_fd.
        let f = unsafe { std::fs::File::from_raw_fd(fd as i32) };
        let r = f.metadata();
        let _ = f.into_raw_fd();
        r.map_err(|e| os_err(ts, &e, None))?
    } else {
        let (p, _) = path_arg(ts, name, &path)?;
        let r = if follow {
            std::fs::metadata(&p)
        } else {
            std::fs::symlink_metadata(&p)
        };
        r.map_err(|e| os_err(ts, &e, Some(&path)))?
    };
    Ok(stat_result(&md))
}

/// An `os.stat_result` with the usual `st_*` attributes and the 10-item tuple view.
fn stat_result(md: &std::fs::Metadata) -> Value {
    let o = new_instance(&types().stat_result);
    if let Some(obj) = o.as_obj().filter(|o| o.dict().is_none()) {
        drop(obj.set_dict(Some(new_dict())));
    }
    let fields: [(&str, i64); 7] = [
        ("st_mode", i64::from(md.mode())),
        ("st_ino", md.ino() as i64),
        ("st_dev", md.dev() as i64),
        ("st_nlink", md.nlink() as i64),
        ("st_uid", i64::from(md.uid())),
        ("st_gid", i64::from(md.gid())),
        ("st_size", md.size() as i64),
    ];
    let times = [
        ("atime", md.atime(), md.atime_nsec()),
        ("mtime", md.mtime(), md.mtime_nsec()),
        ("ctime", md.ctime(), md.ctime_nsec()),
    ];
    if let Some(d) = o.as_obj().and_then(ObjRef::dict) {
        let mut tuple = Vec::new();
        for (n, v) in fields {
            dict_set_str(&d, n, int_from_i64(v));
            tuple.push(int_from_i64(v));
        }
        for (n, s, ns) in times {
            dict_set_str(
                &d,
                &format!("st_{n}"),
                Value::from_f64(s as f64 + ns as f64 * 1e-9),
            );
            dict_set_str(
                &d,
                &format!("st_{n}_ns"),
                crate::object::int::int_from_bigint(
                    num_bigint::BigInt::from(s) * 1_000_000_000 + ns,
                ),
            );
            tuple.push(int_from_i64(s));
        }
        dict_set_str(&d, "st_blksize", int_from_i64(md.blksize() as i64));
        dict_set_str(&d, "st_blocks", int_from_i64(md.blocks() as i64));
        dict_set_str(&d, "st_rdev", int_from_i64(md.rdev() as i64));
        dict_set_str(&d, "_tuple", new_tuple(tuple));
    }
    o
}

fn listdir(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [path] = parse_args(ts, "listdir", a, k, ["path"], 0, 1)?;
    let path = path.filter(|v| !v.is_none());
    let (p, as_b) = match &path {
        Some(v) => path_arg(ts, "listdir", v)?,
        None => (".".to_string(), false),
    };
    let rd = std::fs::read_dir(&p).map_err(|e| os_err(ts, &e, path.as_ref()))?;
    let mut out = Vec::new();
    for ent in rd {
        let ent = ent.map_err(|e| os_err(ts, &e, path.as_ref()))?;
        let name = ent.file_name().to_string_lossy().into_owned();
        out.push(if as_b {
            new_bytes(name.into_bytes())
        } else {
            new_str(name)
        });
    }
    Ok(new_list(out))
}

/// A one-path call returning None (`mkdir`, `rmdir`, `remove`, `chdir`).
fn path_call(
    ts: &ThreadState,
    name: &str,
    a: &[Value],
    k: &[Value],
    f: impl FnOnce(&str) -> std::io::Result<()>,
) -> PyResult<Value> {
    let [path, _mode, _dir_fd] = parse_args(ts, name, a, k, ["path", "mode", "dir_fd"], 1, 2)?;
    let path = arg(path);
    let (p, _) = path_arg(ts, name, &path)?;
    f(&p).map_err(|e| os_err(ts, &e, Some(&path)))?;
    Ok(Value::NONE)
}

fn rename(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [src, dst] = parse_args(ts, "rename", a, k, ["src", "dst"], 2, 2)?;
    let (src, dst) = (arg(src), arg(dst));
    let (s, _) = path_arg(ts, "rename", &src)?;
    let (d, _) = path_arg(ts, "rename", &dst)?;
    std::fs::rename(&s, &d).map_err(|e| os_err(ts, &e, Some(&src)))?;
    Ok(Value::NONE)
}

fn open_fd(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [path, flags, mode, _dir_fd] =
        parse_args(ts, "open", a, k, ["path", "flags", "mode", "dir_fd"], 2, 3)?;
    let path = arg(path);
    let (p, _) = path_arg(ts, "open", &path)?;
    let flags = as_i64(&arg(flags)).unwrap_or(0) as i32;
    let mode = mode.and_then(|m| as_i64(&m)).unwrap_or(0o777) as u32;
    let acc = flags & 3;
    let mut o = std::fs::OpenOptions::new();
    o.read(acc == 0 || acc == 2)
        .write(acc == 1 || acc == 2)
        .mode(mode)
        .custom_flags(flags & !(3 | 0o100 | 0o1000 | 0o2000 | 0o200));
    if flags & 0o100 != 0 {
        if flags & 0o200 != 0 {
            o.create_new(true);
        } else {
            o.create(true);
        }
    }
    if flags & 0o1000 != 0 {
        o.truncate(true);
    }
    if flags & 0o2000 != 0 {
        o.append(true);
    }
    let f = o.open(&p).map_err(|e| os_err(ts, &e, Some(&path)))?;
    Ok(int_from_i64(i64::from(f.into_raw_fd())))
}

fn fd_arg(ts: &ThreadState, v: &Option<Value>) -> PyResult<i32> {
    v.as_ref()
        .and_then(as_i64)
        .map(|n| n as i32)
        .ok_or_else(|| ts.type_error("an integer file descriptor is required"))
}

/// Runs `f` on a borrowed file descriptor.
fn with_fd<R>(fd: i32, f: impl FnOnce(&mut std::fs::File) -> R) -> R {
    // SAFETY: the descriptor is only borrowed: into_raw_fd hands it back unclosed.
    let mut file = unsafe { std::fs::File::from_raw_fd(fd) };
    let r = f(&mut file);
    let _ = file.into_raw_fd();
    r
}

fn environ_dict() -> Value {
    let d = new_dict();
    for (k, v) in std::env::vars_os() {
        use std::os::unix::ffi::OsStrExt;
        let key = new_bytes(k.as_bytes().to_vec());
        let val = new_bytes(v.as_bytes().to_vec());
        if let Some(dd) = d.downcast::<crate::object::containers::DictData>() {
            crate::thread_state::with_current(|ts| {
                let _ = p::dict_set(ts, dd, key, val);
            });
        }
    }
    d.into_value()
}

fn bytes_or_str(ts: &ThreadState, v: &Value) -> PyResult<String> {
    if let Some(s) = as_str(v) {
        return Ok(s.to_string());
    }
    if let Some(b) = as_bytes(v) {
        return Ok(String::from_utf8_lossy(b).into_owned());
    }
    Err(ts.type_error(format!("str expected, not {}", type_name(v))))
}

/// Builds the `posix` module.
pub fn make_posix_module(dict: &ObjRef) {
    let ints: &[(&str, i64)] = &[
        ("F_OK", 0),
        ("R_OK", 4),
        ("W_OK", 2),
        ("X_OK", 1),
        ("O_RDONLY", 0),
        ("O_WRONLY", 1),
        ("O_RDWR", 2),
        ("O_CREAT", 0o100),
        ("O_EXCL", 0o200),
        ("O_TRUNC", 0o1000),
        ("O_APPEND", 0o2000),
        ("O_NONBLOCK", 0o4000),
        ("O_CLOEXEC", 0o2000000),
        ("SEEK_SET", 0),
        ("SEEK_CUR", 1),
        ("SEEK_END", 2),
        ("EX_OK", 0),
    ];
    for (n, v) in ints {
        dict_set_str(dict, n, int_from_i64(*v));
    }
    dict_set_str(dict, "error", types().os_error.clone().into_value());
    dict_set_str(
        dict,
        "stat_result",
        types().stat_result.clone().into_value(),
    );
    dict_set_str(dict, "environ", environ_dict());
    dict_set_str(dict, "_have_functions", new_list(vec![]));
    let fns: &[(&'static str, crate::object::function::NativeFn)] = &[
        ("stat", |ts, a, k| stat_impl(ts, a, k, true)),
        ("lstat", |ts, a, k| stat_impl(ts, a, k, false)),
        ("fstat", |ts, a, k| {
            let [fd] = parse_args(ts, "fstat", a, k, ["fd"], 1, 1)?;
            let fd = fd_arg(ts, &fd)?;
            let md = with_fd(fd, |f| f.metadata()).map_err(|e| os_err(ts, &e, None))?;
            Ok(stat_result(&md))
        }),
        ("listdir", listdir),
        ("getcwd", |ts, _, _| {
            let d = std::env::current_dir().map_err(|e| os_err(ts, &e, None))?;
            Ok(new_str(d.to_string_lossy().into_owned()))
        }),
        ("getcwdb", |ts, _, _| {
            let d = std::env::current_dir().map_err(|e| os_err(ts, &e, None))?;
            Ok(new_bytes(d.to_string_lossy().into_owned().into_bytes()))
        }),
        ("chdir", |ts, a, k| {
            path_call(ts, "chdir", a, k, |p| std::env::set_current_dir(p))
        }),
        ("mkdir", |ts, a, k| {
            path_call(ts, "mkdir", a, k, |p| std::fs::create_dir(p))
        }),
        ("rmdir", |ts, a, k| {
            path_call(ts, "rmdir", a, k, |p| std::fs::remove_dir(p))
        }),
        ("remove", |ts, a, k| {
            path_call(ts, "remove", a, k, |p| std::fs::remove_file(p))
        }),
        ("unlink", |ts, a, k| {
            path_call(ts, "unlink", a, k, |p| std::fs::remove_file(p))
        }),
        ("rename", rename),
        ("replace", rename),
        ("access", |ts, a, k| {
            let [path, mode] = parse_args(ts, "access", a, k, ["path", "mode"], 2, 2)?;
            let (p, _) = path_arg(ts, "access", &arg(path))?;
            let mode = as_i64(&arg(mode)).unwrap_or(0);
            let Ok(md) = std::fs::metadata(&p) else {
                return Ok(Value::FALSE);
            };
            let perm = md.mode();
            let ok = (mode & 4 == 0 || perm & 0o444 != 0)
                && (mode & 2 == 0 || perm & 0o222 != 0)
                && (mode & 1 == 0 || perm & 0o111 != 0);
            Ok(Value::from_bool(ok))
        }),
        ("fspath", |ts, a, k| {
            let [path] = parse_args(ts, "fspath", a, k, ["path"], 1, 1)?;
            fspath(ts, &arg(path))
        }),
        ("open", open_fd),
        ("close", |ts, a, k| {
            let [fd] = parse_args(ts, "close", a, k, ["fd"], 1, 1)?;
            let fd = fd_arg(ts, &fd)?;
            // SAFETY: the caller owns the descriptor and gives it up here.
            drop(unsafe { std::fs::File::from_raw_fd(fd) });
            Ok(Value::NONE)
        }),
        ("read", |ts, a, k| {
            let [fd, n] = parse_args(ts, "read", a, k, ["fd", "length"], 2, 2)?;
            let fd = fd_arg(ts, &fd)?;
            let n = p::index_i64(ts, &arg(n))?;
            if n < 0 {
                return Err(ts.value_error("negative length"));
            }
            let mut buf = vec![0u8; n as usize];
            let got = with_fd(fd, |f| f.read(&mut buf)).map_err(|e| os_err(ts, &e, None))?;
            buf.truncate(got);
            Ok(new_bytes(buf))
        }),
        ("write", |ts, a, k| {
            let [fd, data] = parse_args(ts, "write", a, k, ["fd", "data"], 2, 2)?;
            let fd = fd_arg(ts, &fd)?;
            let data = crate::builtins::str::bytes_like(ts, &arg(data))?;
            let n = with_fd(fd, |f| f.write(&data)).map_err(|e| os_err(ts, &e, None))?;
            Ok(int_from_i64(n as i64))
        }),
        ("lseek", |ts, a, k| {
            let [fd, pos, how] = parse_args(ts, "lseek", a, k, ["fd", "position", "whence"], 3, 3)?;
            let fd = fd_arg(ts, &fd)?;
            let pos = p::index_i64(ts, &arg(pos))?;
            let whence = match as_i64(&arg(how)).unwrap_or(0) {
                0 => std::io::SeekFrom::Start(pos.max(0) as u64),
                1 => std::io::SeekFrom::Current(pos),
                _ => std::io::SeekFrom::End(pos),
            };
            let r = with_fd(fd, |f| f.seek(whence)).map_err(|e| os_err(ts, &e, None))?;
            Ok(int_from_i64(r as i64))
        }),
        ("isatty", |ts, a, k| {
            use std::io::IsTerminal;
            let [fd] = parse_args(ts, "isatty", a, k, ["fd"], 1, 1)?;
            let fd = fd_arg(ts, &fd)?;
            Ok(Value::from_bool(with_fd(fd, |f| f.is_terminal())))
        }),
        ("getpid", |_, _, _| {
            Ok(int_from_i64(i64::from(std::process::id())))
        }),
        ("cpu_count", |_, _, _| {
            Ok(std::thread::available_parallelism()
                .map_or(Value::NONE, |n| int_from_i64(n.get() as i64)))
        }),
        ("urandom", |ts, a, k| {
            let [n] = parse_args(ts, "urandom", a, k, ["size"], 1, 1)?;
            let n = p::index_i64(ts, &arg(n))?;
            if n < 0 {
                return Err(ts.value_error("negative argument not allowed"));
            }
            let mut buf = vec![0u8; n as usize];
            std::fs::File::open("/dev/urandom")
                .and_then(|mut f| f.read_exact(&mut buf))
                .map_err(|e| os_err(ts, &e, None))?;
            Ok(new_bytes(buf))
        }),
        ("strerror", |ts, a, k| {
            let [code] = parse_args(ts, "strerror", a, k, ["code"], 1, 1)?;
            let code = p::index_i64(ts, &arg(code))? as i32;
            let msg = std::io::Error::from_raw_os_error(code).to_string();
            // "No such file or directory (os error 2)" -> "No such file or directory".
            let msg = msg
                .rsplit_once(" (os error")
                .map_or(msg.as_str(), |(m, _)| m)
                .to_string();
            Ok(new_str(msg))
        }),
        ("putenv", |ts, a, k| {
            let [key, value] = parse_args(ts, "putenv", a, k, ["name", "value"], 2, 2)?;
            let key = bytes_or_str(ts, &arg(key))?;
            let value = bytes_or_str(ts, &arg(value))?;
            if key.is_empty() || key.contains('=') || key.contains('\0') || value.contains('\0') {
                return Err(ts.value_error("illegal environment variable name"));
            }
            std::env::set_var(key, value);
            Ok(Value::NONE)
        }),
        ("unsetenv", |ts, a, k| {
            let [key] = parse_args(ts, "unsetenv", a, k, ["name"], 1, 1)?;
            let key = bytes_or_str(ts, &arg(key))?;
            if key.is_empty() || key.contains('=') || key.contains('\0') {
                return Err(ts.value_error("illegal environment variable name"));
            }
            std::env::remove_var(key);
            Ok(Value::NONE)
        }),
        ("_exit", |ts, a, k| {
            let [code] = parse_args(ts, "_exit", a, k, ["status"], 1, 1)?;
            let code = as_i64(&arg(code)).unwrap_or(0);
            let _ = std::io::stdout().flush();
            std::process::exit(code as i32)
        }),
        ("device_encoding", |_, _, _| Ok(Value::NONE)),
        ("get_terminal_size", |ts, _, _| {
            Err(ts.os_error(&std::io::Error::from_raw_os_error(25), None))
        }),
        ("times", |ts, _, _| {
            Err(ts.not_implemented_error("posix.times is not supported yet"))
        }),
    ];
    for (name, f) in fns {
        dict_set_str(dict, name, p::new_builtin_function(name, *f, Some("posix")));
    }
}

/// Installs `os.stat_result`: attributes plus the 10-item tuple view.
pub fn init() {
    let t = types();
    crate::builtins::classes::set_slots(&t.stat_result, |s| {
        s.len = Some(|_, _| Ok(10));
        s.getitem = Some(|ts, v, key| {
            let tuple = v
                .as_obj()
                .and_then(ObjRef::dict)
                .and_then(|d| crate::protocol::dict_get_str(&d, "_tuple"))
                .unwrap_or(Value::NONE);
            p::getitem(ts, &tuple, key)
        });
        s.repr = Some(|ts, v| {
            let d = v.as_obj().and_then(ObjRef::dict);
            let mut parts = Vec::new();
            for n in [
                "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
                "st_atime", "st_mtime", "st_ctime",
            ] {
                let val = d
                    .as_ref()
                    .and_then(|d| crate::protocol::dict_get_str(d, n))
                    .unwrap_or(Value::NONE);
                let val = if n.ends_with("time") {
                    as_f64(&val).map_or(Value::NONE, |f| int_from_i64(f.floor() as i64))
                } else {
                    val
                };
                parts.push(format!("{n}={}", p::repr_string(ts, &val)?));
            }
            Ok(new_str(format!("os.stat_result({})", parts.join(", "))))
        });
    });
    dict_set_str(
        &crate::types::type_data(&t.stat_result).dict,
        "__module__",
        new_str("os"),
    );
}
