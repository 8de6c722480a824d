//! Robustness: thousands of garbled, truncated and deeply nested sources must make
//! `compile()` return `Ok` or `Err`, never panic or overflow the stack. Runs on a thread
//! with a 64 MiB stack (what the VM gives the compiler) and a fixed-seed PRNG.

use std::panic::{catch_unwind, AssertUnwindSafe};

use ferrum_compiler::{compile, CompileErrorKind, CompileOptions, Mode};

const PROGRAMS: &[&str] = &[
    "def add(a, b):\n    return a + b\n",
    "x = [i * 2 for i in range(10) if i % 3]\n",
    "class C(B, metaclass=M):\n    '''doc'''\n    def m(self, *a, k=1, **kw):\n        return super().m(*a, **kw)\n",
    "try:\n    f()\nexcept (A, B) as e:\n    g(e)\nelse:\n    h()\nfinally:\n    i()\n",
    "with open(p) as f, open(q) as g:\n    data = f.read()\n",
    "for i, (a, *b) in enumerate(xs):\n    if a: break\n    elif b: continue\nelse:\n    pass\n",
    "while x < 10:\n    x += 1\n    if x == 5:\n        continue\n",
    "def gen():\n    yield 1\n    x = yield from other()\n    return x\n",
    "async def co():\n    async with a as b:\n        await b\n    async for x in y:\n        print(x)\n",
    "lam = lambda x, /, y=2, *, z: (x, y, z)\n",
    "s = f'{a!r:>{width}} {b=} {c:.3f}'\n",
    "d = {**a, 'k': 1, **b}\nst = {1, 2, *c}\nt = (*a, *b)\n",
    "import os.path as p\nfrom .. import x, y as z\nfrom m import *\n",
    "def outer():\n    x = 1\n    def inner():\n        nonlocal x\n        x += 1\n        return x\n    return inner\n",
    "global g\ng = 1\ndel g\n",
    "assert x, 'message'\nraise E from None\n",
    "x = a if b else c\ny = not a and b or c\nz = 1 < a <= 3 != b\n",
    "a[1:2, ::3] = b[c:d]\na.b.c += 1\na[i] //= 2\n",
    "@dec\n@dec2(arg)\ndef f(): pass\n",
    "match x:\n    case [1, 2, *rest]:\n        pass\n    case {'k': v}:\n        pass\n    case C(a=1) | D():\n        pass\n",
    "x: int = 5\ny: 'str'\nclass A:\n    z: float\n",
    "def f(a: int, *args: str, b: bool = True, **kw: dict) -> None:\n    return\n",
    "from __future__ import annotations\ndef f(a: x[1:2, *T] | f'{y!r:>{w}}', *b: *Ts) -> lambda *c: (d := 1):\n    e: g = 2\nclass C:\n    h: 2 ** -1\n",
    "print(*[1, 2], sep='', **{'end': '\\n'})\n",
    "x = 0x_ff + 0o17 + 0b1010 + 1_000_000 + 1.5e-3 + 3j\n",
    "s = 'a' 'b' b'c' if 0 else r'\\d' '\\N{BULLET}' '\\u1234\\x41\\101'\n",
    "(a := 10)\n[y := f(x), y**2]\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\n",
    "def f():\n    try:\n        return 1\n    finally:\n        for x in y:\n            break\n",
    "if True:\n    pass\nelif False:\n    pass\nelse:\n    x = 1\n",
    "def g():\n    return [x async for x in aiter()]\n",
];

/// xorshift64*.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

fn mutate(rng: &mut Rng, src: &str) -> Vec<u8> {
    let mut b = src.as_bytes().to_vec();
    let n = 1 + rng.below(4);
    for _ in 0..n {
        let len = b.len();
        match rng.below(6) {
            0 if len > 0 => {
                b.remove(rng.below(len));
            }
            1 if len > 0 => {
                let i = rng.below(len);
                let c = b[i];
                b.insert(i, c);
            }
            2 if len > 1 => {
                let i = rng.below(len);
                let j = rng.below(len);
                b.swap(i, j);
            }
            3 => {
                let alphabet = b"()[]{}:;,.=+-*/\\'\"\n \t#@!~^%&|<>0123456789_abcfrxj";
                let c = alphabet[rng.below(alphabet.len())];
                b.insert(rng.below(len + 1), c);
            }
            4 if len > 0 => {
                let i = rng.below(len);
                let j = (i + rng.below(20)).min(len);
                let chunk: Vec<u8> = b[i..j].to_vec();
                let k = rng.below(len + 1);
                for (off, c) in chunk.into_iter().enumerate() {
                    b.insert(k + off, c);
                }
            }
            _ => {
                let kw = [
                    &b"yield "[..],
                    b"await ",
                    b"lambda:",
                    b"return",
                    b"break",
                    b"nonlocal x\n",
                    b"global y\n",
                    b"del ",
                    b"*",
                    b"**",
                    b"\n    ",
                    b"\n",
                    b"async ",
                ];
                let w = kw[rng.below(kw.len())];
                let at = rng.below(len + 1);
                for (off, c) in w.iter().enumerate() {
                    b.insert(at + off, *c);
                }
            }
        }
    }
    b
}

fn try_compile(src: &str, mode: Mode) -> Result<(), String> {
    let r = catch_unwind(AssertUnwindSafe(|| {
        let _ = compile(src, "<fuzz>", mode, &CompileOptions::default());
    }));
    r.map_err(|_| format!("panic compiling {src:?}"))
}

fn run_all() -> Vec<String> {
    let mut failures = Vec::new();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let modes = [Mode::Exec, Mode::Eval, Mode::Single];
    for p in PROGRAMS {
        // Every truncation.
        for cut in 0..=p.len() {
            if let Some(s) = p.get(..cut) {
                if let Err(e) = try_compile(s, Mode::Exec) {
                    failures.push(e);
                }
            }
        }
        // Random mutations.
        for k in 0..150 {
            let bytes = mutate(&mut rng, p);
            let s = String::from_utf8_lossy(&bytes).into_owned();
            if let Err(e) = try_compile(&s, modes[k % 3]) {
                failures.push(e);
            }
        }
    }
    // Deep nesting of many kinds.
    let deep: Vec<String> = vec![
        format!("{}1{}", "(".repeat(300), ")".repeat(300)),
        format!("{}1{}", "[".repeat(199), "]".repeat(199)),
        format!("x = {}1", "-".repeat(5000)),
        format!("x = {}1", "not ".repeat(5000)),
        format!("x = {}1", "lambda: ".repeat(5000)),
        format!("x = {}", vec!["2"; 5000].join("**")),
        format!("x = {}", vec!["a"; 20000].join("+")),
        format!("x = {}", vec!["a"; 2900].join("+")),
        format!("x = {}1", "a if b else ".repeat(5000)),
        format!("x = {}", vec!["a"; 5000].join(" and ")),
        format!("x = {}", vec!["a"; 3000].join(".b")),
        format!("x = a{}", "[0]".repeat(5000)),
        format!("x = f{}", "()".repeat(5000)),
        format!("x = {}1{}", "f(".repeat(150), ")".repeat(150)),
        format!("x = {}1{}", "[(".repeat(99), ")]".repeat(99)),
        (0..120)
            .map(|i| format!("{}if x:\n", " ".repeat(i)))
            .collect::<String>()
            + &" ".repeat(120)
            + "pass\n",
        (0..90)
            .map(|i| format!("{}def f{i}():\n", "    ".repeat(i)))
            .collect::<String>()
            + &"    ".repeat(90)
            + "return 1\n",
        format!("x = {}", "'a' ".repeat(20000)),
        format!("x = f'{}'", "{a}".repeat(5000)),
        format!("x = {}1{}", "{'a': ".repeat(150), "}".repeat(150)),
        format!("x = {}y", "await ".repeat(5000)),
        format!("x = {}", vec!["a"; 5000].join(" < ")),
        format!("{}", "x = 1\n".repeat(20000)),
    ];
    for d in &deep {
        for mode in modes {
            if let Err(e) = try_compile(d, mode) {
                failures.push(e.chars().take(200).collect());
            }
        }
    }
    failures
}

#[test]
fn garbled_sources_never_panic() {
    let handle = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(run_all)
        .expect("spawn");
    let failures = handle.join().expect("fuzz thread panicked");
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn deep_nesting_errors() {
    let handle = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(|| {
            let opts = CompileOptions::default();
            let e = compile(
                &format!("{}1{}", "(".repeat(201), ")".repeat(201)),
                "x",
                Mode::Exec,
                &opts,
            )
            .expect_err("too deep");
            assert_eq!(e.msg, "too many nested parentheses");
            let e = compile(
                &format!("x = {}1", "-".repeat(100_000)),
                "x",
                Mode::Exec,
                &opts,
            )
            .expect_err("too deep");
            assert_eq!(e.kind, CompileErrorKind::RecursionError);
            let e = compile(
                &format!("x = {}", vec!["a"; 100_000].join("+")),
                "x",
                Mode::Exec,
                &opts,
            )
            .expect_err("too deep");
            assert_eq!(e.kind, CompileErrorKind::RecursionError);
            // CPython compiles chains of a couple of thousand operators.
            compile(
                &format!("x = {}", vec!["a"; 2500].join("+")),
                "x",
                Mode::Exec,
                &opts,
            )
            .expect("2500 terms compile");
        })
        .expect("spawn");
    handle.join().expect("thread");
}
