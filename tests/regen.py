#!/usr/bin/env python3
"""Regenerate the expected results of the snippet corpus with CPython 3.11.

For every test program ``tests/snippets/<area>/<name>.py`` this runs
``/usr/bin/python3.11 <name>.py`` with the snippet's directory as the working
directory and ``PYTHONHASHSEED=0``, then writes

* ``<name>.py.out``  -- stdout (always),
* ``<name>.py.err``  -- stderr (only when the exit status is non-zero),
* ``<name>.py.code`` -- the exit status (only when it is non-zero),

with the snippet directory's absolute path (CPython 3.11 shows it in
tracebacks and ``__file__``) removed, so results do not depend on where the
repository is checked out;

deleting stale ``.err``/``.code`` files of programs that now exit 0.

Helper modules are not tests: only files directly inside an area directory
whose name does not start with ``_`` are run (packages and helper modules live
in ``_``-prefixed files or in subdirectories).  The Rust harness
(crates/cli/tests/snippets.rs) uses the same rule.

Usage:
    python3 tests/regen.py [--python PATH] [--check-hashseed] [FILTER ...]

FILTER arguments are substrings of the path relative to tests/snippets; with
none, everything is regenerated.  ``--check-hashseed`` additionally runs each
program with PYTHONHASHSEED=1 and 12345 and reports programs whose output
depends on the hash seed (they must be fixed: the corpus must be
deterministic).  ``--check`` does not write anything; it reports programs
whose committed expectations differ from what CPython produces now.
"""

import argparse
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
SNIPPETS = os.path.join(ROOT, "snippets")
TIMEOUT = 10


def find_tests(filters):
    tests = []
    for area in sorted(os.listdir(SNIPPETS)):
        adir = os.path.join(SNIPPETS, area)
        if not os.path.isdir(adir) or area.startswith((".", "_")):
            continue
        for name in sorted(os.listdir(adir)):
            if not name.endswith(".py") or name.startswith("_"):
                continue
            if not os.path.isfile(os.path.join(adir, name)):
                continue
            rel = f"{area}/{name}"
            if filters and not any(f in rel for f in filters):
                continue
            tests.append(rel)
    return tests


def run(python, rel, seed="0"):
    area, name = rel.split("/")
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("PYTHON")
    }
    env["PYTHONHASHSEED"] = seed
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["LC_ALL"] = "C.UTF-8"
    try:
        p = subprocess.run(
            [python, name],
            cwd=os.path.join(SNIPPETS, area),
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        return None
    return normalize(p.stdout, area), normalize(p.stderr, area), p.returncode


def normalize(data, area):
    """Make output independent of where the repository is checked out.

    CPython 3.9+ makes the __main__ script's path absolute, so tracebacks and
    __file__ show the absolute directory of the snippet.  Every occurrence of
    that directory followed by a slash is removed (the harness does the same to
    ferrum's output), leaving just ``<name>.py``.
    """
    d = os.path.join(SNIPPETS, area)
    for prefix in {d, os.path.realpath(d)}:
        data = data.replace((prefix + os.sep).encode(), b"")
    return data


def read(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return None


def write(path, data):
    if read(path) == data:
        return False
    with open(path, "wb") as f:
        f.write(data)
    return True


def remove(path):
    if os.path.exists(path):
        os.remove(path)
        return True
    return False


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--python", default="/usr/bin/python3.11")
    ap.add_argument("--check-hashseed", action="store_true")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("filters", nargs="*")
    args = ap.parse_args()

    tests = find_tests(args.filters)
    changed = errors = failing = 0
    for rel in tests:
        res = run(args.python, rel)
        if res is None:
            print(f"TIMEOUT {rel}", file=sys.stderr)
            errors += 1
            continue
        out, err, code = res
        base = os.path.join(SNIPPETS, rel)
        if code < 0:
            print(f"KILLED by signal {-code}: {rel}", file=sys.stderr)
            errors += 1
            continue
        if not out and code == 0:
            print(f"NO OUTPUT (every snippet must print something): {rel}", file=sys.stderr)
            errors += 1
        if code != 0:
            failing += 1
        if args.check:
            want = (read(base + ".out"), read(base + ".err"), read(base + ".code"))
            have = (out, err if code else None, f"{code}\n".encode() if code else None)
            if want != have:
                print(f"STALE {rel}", file=sys.stderr)
                errors += 1
        else:
            c = write(base + ".out", out)
            if code != 0:
                c |= write(base + ".err", err)
                c |= write(base + ".code", f"{code}\n".encode())
            else:
                c |= remove(base + ".err")
                c |= remove(base + ".code")
                if err:
                    print(f"warning: {rel} exits 0 but writes to stderr", file=sys.stderr)
            if c:
                changed += 1
                print(f"updated {rel}")
        if args.check_hashseed:
            for seed in ("1", "12345"):
                other = run(args.python, rel, seed)
                if other != res:
                    print(f"HASH-SEED DEPENDENT (seed {seed}): {rel}", file=sys.stderr)
                    errors += 1
                    break
    print(
        f"{len(tests)} programs, {failing} exit non-zero, {changed} updated, {errors} problems",
        file=sys.stderr,
    )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
