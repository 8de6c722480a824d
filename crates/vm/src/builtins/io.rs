//! File objects: `open()` for text and binary files, and the `sys.stdin`/`stdout`/`stderr`
//! streams, with CPython's buffering behaviour (stdout is block-buffered unless it is a
//! terminal or `-u` is given; everything is flushed at exit). A fuller `_io` module comes with
//! the standard-library bridge. See docs/design/stdlib-bridge.md.

use std::io::{Read, Seek, SeekFrom, Write};

use crate::builtins::classes::{payload, set_slots};
use crate::call::{check_args, parse_args};
use crate::object::containers::{new_bytes, new_list};
use crate::object::int::int_from_i64;
use crate::object::iter::FileData;
use crate::object::str::{as_str, new_str};
use crate::object::{alloc, ObjRef, PyCell};
use crate::protocol::{self as p, type_name};
use crate::thread_state::ThreadState;
use crate::types::{add_getsets, add_methods, types};
use crate::value::Value;
use crate::PyResult;

/// Installs the file types.
pub fn init() {
    let t = types();
    for ty in [&t.io_text_wrapper, &t.io_file] {
        set_slots(ty, |s| {
            s.iter = Some(|ts, v| {
                check_open(ts, v)?;
                Ok(v.clone())
            });
            s.next = Some(|ts, v| {
                let line = readline(ts, v, -1)?;
                if is_empty(&line) {
                    Ok(None)
                } else {
                    Ok(Some(line))
                }
            });
            s.repr = Some(|ts, v| {
                let f = payload::<FileData>(v);
                let name = p::repr_string(ts, &f.name)?;
                Ok(new_str(if f.text {
                    format!(
                        "<_io.TextIOWrapper name={} mode='{}' encoding='utf-8'>",
                        name, f.mode
                    )
                } else {
                    format!("<_io.BufferedReader name={name}>")
                }))
            });
        });
        add_methods(
            ty,
            &[
                ("write", file_write),
                ("writelines", |ts, a, _| {
                    check_args(ts, "writelines", a, &[], 2, 2)?;
                    for x in p::collect(ts, &a[1])? {
                        file_write(ts, &[a[0].clone(), x], &[])?;
                    }
                    Ok(Value::NONE)
                }),
                ("read", file_read),
                ("readline", |ts, a, k| {
                    let [_, size] = parse_args(ts, "readline", a, k, ["self", "size"], 1, 2)?;
                    let n = match size {
                        Some(s) if !s.is_none() => p::index_i64(ts, &s)?,
                        _ => -1,
                    };
                    readline(ts, &a[0], n)
                }),
                ("readlines", |ts, a, _| {
                    let mut out = Vec::new();
                    loop {
                        let l = readline(ts, &a[0], -1)?;
                        if is_empty(&l) {
                            break;
                        }
                        out.push(l);
                    }
                    Ok(new_list(out))
                }),
                ("flush", |ts, a, _| {
                    flush(ts, &a[0])?;
                    Ok(Value::NONE)
                }),
                ("close", |ts, a, _| {
                    close(ts, &a[0])?;
                    Ok(Value::NONE)
                }),
                ("fileno", |ts, a, _| {
                    let f = payload::<FileData>(&a[0]);
                    match f.std_fd {
                        Some(fd) => Ok(int_from_i64(i64::from(fd))),
                        None => {
                            check_open(ts, &a[0])?;
                            Ok(int_from_i64(3))
                        }
                    }
                }),
                ("isatty", |_, a, _| {
                    let f = payload::<FileData>(&a[0]);
                    Ok(Value::from_bool(f.std_fd.is_some_and(is_tty)))
                }),
                ("readable", |_, a, _| {
                    Ok(Value::from_bool(
                        payload::<FileData>(&a[0]).mode.contains(['r', '+']),
                    ))
                }),
                ("writable", |_, a, _| {
                    Ok(Value::from_bool(
                        payload::<FileData>(&a[0])
                            .mode
                            .contains(['w', 'a', 'x', '+']),
                    ))
                }),
                ("seekable", |_, a, _| {
                    Ok(Value::from_bool(
                        payload::<FileData>(&a[0]).std_fd.is_none(),
                    ))
                }),
                ("seek", |ts, a, _| {
                    check_args(ts, "seek", a, &[], 2, 3)?;
                    let pos = p::index_i64(ts, &a[1])?;
                    let whence = match a.get(2) {
                        Some(w) => p::index_i64(ts, w)?,
                        None => 0,
                    };
                    flush(ts, &a[0])?;
                    let f = payload::<FileData>(&a[0]);
                    f.buffer.with_mut(Vec::clear);
                    f.eof.with_mut(|e| *e = false);
                    let target = match whence {
                        0 => SeekFrom::Start(pos.max(0) as u64),
                        1 => SeekFrom::Current(pos),
                        _ => SeekFrom::End(pos),
                    };
                    let r = f
                        .file
                        .with_mut(|file| file.as_mut().map(|fl| fl.seek(target)));
                    match r {
                        Some(Ok(n)) => Ok(int_from_i64(n as i64)),
                        Some(Err(e)) => Err(ts.os_error(&e, None)),
                        None => Err(ts.value_error("I/O operation on closed file.")),
                    }
                }),
                ("tell", |ts, a, _| {
                    flush(ts, &a[0])?;
                    let f = payload::<FileData>(&a[0]);
                    let buffered = f.buffer.with(Vec::len) as i64;
                    let r = f
                        .file
                        .with_mut(|file| file.as_mut().map(|fl| fl.stream_position()));
                    match r {
                        Some(Ok(n)) => Ok(int_from_i64(n as i64 - buffered)),
                        Some(Err(e)) => Err(ts.os_error(&e, None)),
                        None => Err(ts.value_error("I/O operation on closed file.")),
                    }
                }),
                ("__enter__", |ts, a, _| {
                    check_open(ts, &a[0])?;
                    Ok(a[0].clone())
                }),
                ("__exit__", |ts, a, _| {
                    close(ts, &a[0])?;
                    Ok(Value::NONE)
                }),
            ],
        );
        add_getsets(
            ty,
            &[
                ("name", |_, v| Ok(payload::<FileData>(v).name.clone()), None),
                (
                    "mode",
                    |_, v| Ok(new_str(payload::<FileData>(v).mode.as_str())),
                    None,
                ),
                (
                    "closed",
                    |_, v| {
                        let f = payload::<FileData>(v);
                        Ok(Value::from_bool(
                            f.std_fd.is_none() && f.file.with(Option::is_none),
                        ))
                    },
                    None,
                ),
                ("encoding", |_, _| Ok(new_str("utf-8")), None),
                ("buffer", |_, v| Ok(binary_layer(v)), None),
            ],
        );
    }
}

fn is_tty(fd: i32) -> bool {
    use std::io::IsTerminal;
    match fd {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        _ => std::io::stderr().is_terminal(),
    }
}

fn is_empty(v: &Value) -> bool {
    as_str(v).is_some_and(str::is_empty)
        || crate::object::containers::as_bytes(v).is_some_and(<[u8]>::is_empty)
}

fn check_open(ts: &ThreadState, v: &Value) -> PyResult<()> {
    let f = payload::<FileData>(v);
    if f.std_fd.is_none() && f.file.with(Option::is_none) {
        return Err(ts.value_error("I/O operation on closed file."));
    }
    Ok(())
}

/// `stream.buffer`: a standard text stream's binary layer (a binary stream on the same fd,
/// written through at once after the text streams are flushed, so output stays in order);
/// other files are their own buffer.
fn binary_layer(v: &Value) -> Value {
    let f = payload::<FileData>(v);
    match f.std_fd {
        Some(fd) if f.text => alloc(
            &types().io_file,
            FileData {
                file: PyCell::new(None),
                buffer: PyCell::new(Vec::new()),
                wbuffer: PyCell::new(Vec::new()),
                text: false,
                name: f.name.clone(),
                mode: format!("{}b", f.mode),
                std_fd: Some(fd),
                eof: PyCell::new(false),
                line_buffering: true,
            },
        )
        .into_value(),
        _ => v.clone(),
    }
}

/// A standard stream object for fd 0, 1 or 2.
pub fn std_stream(fd: i32, line_buffering: bool) -> Value {
    let (name, mode) = match fd {
        0 => ("<stdin>", "r"),
        1 => ("<stdout>", "w"),
        _ => ("<stderr>", "w"),
    };
    alloc(
        &types().io_text_wrapper,
        FileData {
            file: PyCell::new(None),
            buffer: PyCell::new(Vec::new()),
            wbuffer: PyCell::new(Vec::new()),
            text: true,
            name: new_str(name),
            mode: mode.to_string(),
            std_fd: Some(fd),
            eof: PyCell::new(false),
            line_buffering: line_buffering || fd == 2 || is_tty(fd),
        },
    )
    .into_value()
}

fn raw_write(ts: &ThreadState, f: &FileData, data: &[u8]) -> PyResult<()> {
    let r = match f.std_fd {
        Some(1) => {
            let mut out = std::io::stdout().lock();
            out.write_all(data).and_then(|()| out.flush())
        }
        Some(_) => {
            let mut out = std::io::stderr().lock();
            out.write_all(data).and_then(|()| out.flush())
        }
        None => match f
            .file
            .with_mut(|file| file.as_mut().map(|fl| fl.write_all(data)))
        {
            Some(r) => r,
            None => return Err(ts.value_error("I/O operation on closed file.")),
        },
    };
    match r {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(ts.os_error(&e, None)),
    }
}

/// Flushes a file object's write buffer.
pub fn flush(ts: &ThreadState, v: &Value) -> PyResult<()> {
    let Some(f) = v.as_obj().and_then(|o| o.downcast::<FileData>()) else {
        return Ok(());
    };
    let data = f.wbuffer.replace(Vec::new());
    if !data.is_empty() {
        raw_write(ts, f, &data)?;
    }
    Ok(())
}

fn close(ts: &ThreadState, v: &Value) -> PyResult<()> {
    flush(ts, v)?;
    let f = payload::<FileData>(v);
    if f.std_fd.is_none() {
        let old = f.file.replace(None);
        drop(old);
    }
    Ok(())
}

fn file_write(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    check_args(ts, "write", a, k, 2, 2)?;
    let v = &a[0];
    let f = payload::<FileData>(v);
    check_open(ts, v)?;
    let (bytes, n) = if f.text {
        let s = as_str(&a[1]).ok_or_else(|| {
            ts.type_error(format!(
                "write() argument must be str, not {}",
                type_name(&a[1])
            ))
        })?;
        (s.as_bytes().to_vec(), s.chars().count())
    } else {
        let b = crate::builtins::str::bytes_like(ts, &a[1])?;
        let n = b.len();
        (b, n)
    };
    if !f.mode.contains(['w', 'a', 'x', '+']) {
        return Err(ts.new_error(
            &crate::builtins::exceptions::exception_type("UnsupportedOperation")
                .unwrap_or_else(|| types().os_error.clone()),
            "not writable",
        ));
    }
    let binary_std = !f.text && f.std_fd.is_some();
    if binary_std {
        flush_std(ts);
    }
    let flush_now = f.wbuffer.with_mut(|buf| {
        buf.extend_from_slice(&bytes);
        binary_std || buf.len() > 8192 || (f.line_buffering && bytes.contains(&b'\n'))
    });
    if flush_now {
        flush(ts, v)?;
    }
    Ok(int_from_i64(n as i64))
}

fn fill(ts: &ThreadState, f: &FileData) -> PyResult<bool> {
    let mut chunk = vec![0u8; 65536];
    let r = match f.std_fd {
        Some(_) => {
            flush_std(ts);
            std::io::stdin().lock().read(&mut chunk)
        }
        None => match f
            .file
            .with_mut(|file| file.as_mut().map(|fl| fl.read(&mut chunk)))
        {
            Some(r) => r,
            None => return Err(ts.value_error("I/O operation on closed file.")),
        },
    };
    let n = r.map_err(|e| ts.os_error(&e, None))?;
    if n == 0 {
        f.eof.with_mut(|e| *e = true);
        return Ok(false);
    }
    f.buffer.with_mut(|b| b.extend_from_slice(&chunk[..n]));
    Ok(true)
}

fn make_result(ts: &ThreadState, f: &FileData, data: Vec<u8>) -> PyResult<Value> {
    if f.text {
        let s = String::from_utf8(data).map_err(|e| {
            ts.new_error(
                &types().unicode_decode_error,
                format!(
                    "'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                    e.as_bytes()
                        .get(e.utf8_error().valid_up_to())
                        .copied()
                        .unwrap_or(0),
                    e.utf8_error().valid_up_to()
                ),
            )
        })?;
        Ok(new_str(s.replace("\r\n", "\n")))
    } else {
        Ok(new_bytes(data))
    }
}

fn file_read(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [_, size] = parse_args(ts, "read", a, k, ["self", "size"], 1, 2)?;
    let v = &a[0];
    check_open(ts, v)?;
    let f = payload::<FileData>(v);
    let n = match size {
        Some(s) if !s.is_none() => p::index_i64(ts, &s)?,
        _ => -1,
    };
    if n < 0 {
        while fill(ts, f)? {}
        let data = f.buffer.replace(Vec::new());
        return make_result(ts, f, data);
    }
    let n = n as usize;
    loop {
        let have = f.buffer.with(|b| {
            if f.text {
                String::from_utf8_lossy(b).chars().count()
            } else {
                b.len()
            }
        });
        if have >= n || !fill(ts, f)? {
            break;
        }
    }
    let data = f.buffer.with_mut(|b| {
        if f.text {
            let s = String::from_utf8_lossy(b).into_owned();
            let take: String = s.chars().take(n).collect();
            let used = take.len().min(b.len());
            b.drain(..used).collect::<Vec<u8>>()
        } else {
            let used = n.min(b.len());
            b.drain(..used).collect()
        }
    });
    make_result(ts, f, data)
}

/// Reads one line (with its newline) from a file object.
pub fn readline(ts: &ThreadState, v: &Value, limit: i64) -> PyResult<Value> {
    check_open(ts, v)?;
    let f = payload::<FileData>(v);
    loop {
        let found = f.buffer.with(|b| b.iter().position(|c| *c == b'\n'));
        let len = f.buffer.with(Vec::len);
        if let Some(i) = found {
            let end = if limit >= 0 {
                (i + 1).min(limit as usize)
            } else {
                i + 1
            };
            let data = f.buffer.with_mut(|b| b.drain(..end).collect::<Vec<u8>>());
            return make_result(ts, f, data);
        }
        if limit >= 0 && len >= limit as usize {
            let data = f
                .buffer
                .with_mut(|b| b.drain(..limit as usize).collect::<Vec<u8>>());
            return make_result(ts, f, data);
        }
        if !fill(ts, f)? {
            let data = f.buffer.replace(Vec::new());
            return make_result(ts, f, data);
        }
    }
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True)`.
pub fn open(ts: &ThreadState, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let [file, mode, _buffering, encoding, _errors, _newline, _closefd, _opener] = parse_args(
        ts,
        "open",
        a,
        k,
        [
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
            "opener",
        ],
        1,
        8,
    )?;
    let file = file.unwrap_or(Value::NONE);
    let path = match as_str(&file) {
        Some(s) => s.to_string(),
        None => p::str_string(
            ts,
            &p::call_method(ts, &file, "__fspath__", &[]).map_err(|_| {
                ts.type_error(format!(
                    "expected str, bytes or os.PathLike object, not {}",
                    type_name(&file)
                ))
            })?,
        )?,
    };
    let mode = mode
        .as_ref()
        .and_then(|m| as_str(m).map(str::to_string))
        .unwrap_or_else(|| "r".into());
    if let Some(e) = encoding.as_ref().and_then(|e| as_str(e)) {
        let n = crate::builtins::str::normalize_encoding(e);
        if !matches!(
            n.as_str(),
            "utf_8" | "utf8" | "ascii" | "latin_1" | "latin1"
        ) {
            return Err(ts.new_error(&types().lookup_error, format!("unknown encoding: {e}")));
        }
    }
    let binary = mode.contains('b');
    let mut opts = std::fs::OpenOptions::new();
    let plus = mode.contains('+');
    if mode.contains('r') {
        opts.read(true).write(plus);
    } else if mode.contains('w') {
        opts.write(true).create(true).truncate(true).read(plus);
    } else if mode.contains('a') {
        opts.append(true).create(true).read(plus);
    } else if mode.contains('x') {
        opts.write(true).create_new(true).read(plus);
    } else {
        return Err(ts.value_error(format!("invalid mode: '{mode}'")));
    }
    let fh = opts
        .open(&path)
        .map_err(|e| ts.os_error(&e, Some(file.clone())))?;
    if std::fs::metadata(&path).is_ok_and(|m| m.is_dir()) {
        let e = std::io::Error::from_raw_os_error(21);
        return Err(ts.os_error(&e, Some(file.clone())));
    }
    let ty = if binary {
        &types().io_file
    } else {
        &types().io_text_wrapper
    };
    Ok(alloc(
        ty,
        FileData {
            file: PyCell::new(Some(fh)),
            buffer: PyCell::new(Vec::new()),
            wbuffer: PyCell::new(Vec::new()),
            text: !binary,
            name: file,
            mode,
            std_fd: None,
            eof: PyCell::new(false),
            line_buffering: false,
        },
    )
    .into_value())
}

impl Drop for FileData {
    fn drop(&mut self) {
        let data = self.wbuffer.replace(Vec::new());
        if !data.is_empty() {
            match self.std_fd {
                Some(1) => {
                    let _ = std::io::stdout().write_all(&data);
                    let _ = std::io::stdout().flush();
                }
                Some(_) => {
                    let _ = std::io::stderr().write_all(&data);
                }
                None => {
                    self.file.with_mut(|f| {
                        if let Some(f) = f.as_mut() {
                            let _ = f.write_all(&data);
                        }
                    });
                }
            }
        }
    }
}

/// Writes text to a native file object (the fast path of `print`).
pub fn write_text(ts: &ThreadState, file: &Value, text: String) -> PyResult<()> {
    file_write(ts, &[file.clone(), new_str(text)], &[]).map(drop)
}

/// Writes text to `sys.stderr` (falling back to the process's stderr).
pub fn write_stderr(ts: &ThreadState, text: &str) {
    let stderr = crate::builtins::sys::sys_attr(ts, "stderr");
    if let Some(s) = stderr.filter(|s| !s.is_none()) {
        flush_std(ts);
        if p::call_method(ts, &s, "write", &[new_str(text)]).is_ok() {
            let _ = p::call_method(ts, &s, "flush", &[]);
            return;
        }
    }
    let _ = std::io::stderr().write_all(text.as_bytes());
}

/// Flushes `sys.stdout` and `sys.stderr`.
pub fn flush_std(ts: &ThreadState) {
    for name in ["stdout", "stderr"] {
        if let Some(s) = crate::builtins::sys::sys_attr(ts, name) {
            if s.as_obj().is_some_and(|o| o.is::<FileData>()) {
                let _ = flush(ts, &s);
            } else if !s.is_none() {
                let _ = p::call_method(ts, &s, "flush", &[]);
            }
        }
    }
}

/// Keeps imports used.
#[allow(dead_code)]
fn _unused(_: &ObjRef) {}
