#!/usr/bin/env python3
"""Run the benchmarks under ferrum and CPython and print a Markdown table.

Builds nothing: build the release binary first (``cargo build --release``).

    python3 bench/run.py [--ferrum target/x86_64-unknown-linux-gnu/release/ferrum] [--python /usr/bin/python3.11]
                         [--runs 5] [--startup] [--no-hyperfine] [NAME ...]

Each benchmark ``bench/<name>.py`` prints a checksum; both interpreters must
print the same output (a mismatch is reported in the table and makes the exit
status 1).  Times are the median wall-clock time of ``--runs`` runs (at least
5), measured with hyperfine when it is installed, else with
time.perf_counter around subprocess.run.  ``--startup`` adds a row for
``-c pass``.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def benchmarks(names):
    found = sorted(
        f[:-3]
        for f in os.listdir(HERE)
        if f.endswith(".py") and f != "run.py" and not f.startswith("_")
    )
    if names:
        missing = [n for n in names if n not in found]
        if missing:
            sys.exit(f"unknown benchmark(s): {', '.join(missing)}; have: {', '.join(found)}")
        return names
    return found


def env():
    e = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    e["PYTHONHASHSEED"] = "0"
    e["PYTHONDONTWRITEBYTECODE"] = "1"
    return e


def output_of(cmd, timeout):
    try:
        p = subprocess.run(
            cmd, cwd=HERE, env=env(), stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return None, "timeout"
    except OSError as e:
        return None, str(e)
    if p.returncode != 0:
        tail = p.stderr.decode(errors="replace").strip().splitlines()[-1:] or [""]
        return None, f"exit {p.returncode}: {tail[0][:80]}"
    return p.stdout, None


def run_once(cmd, timeout):
    t0 = time.perf_counter()
    p = subprocess.run(
        cmd, cwd=HERE, env=env(), stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=timeout,
    )
    t = time.perf_counter() - t0
    return t if p.returncode == 0 else None


def time_self(cmds, runs, timeout):
    """Median times of several commands, runs interleaved to share any drift."""
    times = [[] for _ in cmds]
    for i in range(runs + 1):
        for k, cmd in enumerate(cmds):
            if cmd is None or times[k] is None:
                continue
            t = run_once(cmd, timeout)
            if t is None:
                times[k] = None
            elif i > 0:  # the first round is a warm-up
                times[k].append(t)
    return [statistics.median(t) if t else None for t in times]


def time_hyperfine(cmd, runs):
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, "h.json")
        shell_cmd = " ".join(shlex_quote(c) for c in cmd)
        p = subprocess.run(
            ["hyperfine", "--warmup", "1", "--runs", str(runs), "--shell=none",
             "--style", "none", "--export-json", out, shell_cmd],
            cwd=HERE, env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        if p.returncode != 0:
            return None
        with open(out) as f:
            data = json.load(f)
        return data["results"][0]["median"]


def shlex_quote(s):
    import shlex
    return shlex.quote(s)


def measure(cmds, runs, timeout, use_hyperfine):
    if use_hyperfine:
        return [time_hyperfine(c, runs) if c else None for c in cmds]
    return time_self(cmds, runs, timeout)


def fmt(t):
    if t is None:
        return "—"
    if t < 1:
        return f"{t * 1000:.1f} ms"
    return f"{t:.3f} s"


def main():
    ap = argparse.ArgumentParser(description="ferrum vs CPython benchmarks")
    ap.add_argument("--ferrum", default=os.path.join(ROOT, "target", "x86_64-unknown-linux-gnu", "release", "ferrum"))
    ap.add_argument("--python", default="/usr/bin/python3.11")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--timeout", type=float, default=120.0, help="per run, seconds")
    ap.add_argument("--startup", action="store_true", help="also time `-c pass`")
    ap.add_argument("--no-hyperfine", action="store_true")
    ap.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    args = ap.parse_args()
    runs = max(5, args.runs)
    ferrum = os.path.abspath(args.ferrum)
    if not os.path.exists(ferrum):
        sys.exit(f"{ferrum} does not exist: build it with `cargo build --release`")
    use_hf = shutil.which("hyperfine") is not None and not args.no_hyperfine

    rows = []
    failed = False
    cases = [(n, [f"{n}.py"]) for n in benchmarks(args.names)]
    if args.startup:
        cases.insert(0, ("startup (-c pass)", ["-c", "pass"]))
    for name, argv in cases:
        print(f"running {name} ...", file=sys.stderr, flush=True)
        py_out, py_err = output_of([args.python] + argv, args.timeout)
        fe_out, fe_err = output_of([ferrum] + argv, args.timeout)
        note = ""
        if py_err:
            note = f"CPython failed ({py_err})"
        elif fe_err:
            note = f"ferrum failed ({fe_err})"
        elif py_out != fe_out:
            note = "OUTPUT MISMATCH"
        if note:
            failed = True
        fe_t, py_t = measure(
            [None if note else [ferrum] + argv, None if py_err else [args.python] + argv],
            runs, args.timeout, use_hf,
        )
        ratio = f"{fe_t / py_t:.2f}" if fe_t and py_t else "—"
        rows.append((name, fmt(fe_t), fmt(py_t), ratio, note))

    tool = "hyperfine" if use_hf else "perf_counter"
    shown = os.path.relpath(ferrum, ROOT) if ferrum.startswith(ROOT + os.sep) else ferrum
    print(f"Median of {runs} runs ({tool}); ferrum = `{shown}`, "
          f"CPython = `{args.python}`.\n")
    print("| benchmark | ferrum | CPython | ratio (ferrum/CPython) | note |")
    print("|---|---:|---:|---:|---|")
    for r in rows:
        print("| " + " | ".join(r) + " |")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
