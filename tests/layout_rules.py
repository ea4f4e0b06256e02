#!/usr/bin/env python3
"""The layout's include rules (docs/design.md §2), checked on the source tree:
  - nothing under runtime/ (runtime/cli/ included) includes a header of the generator;
  - the library part of runtime/ (everything but runtime/cli/) includes nothing
    from runtime/cli/, the command lines: an application links no command-line code;
  - generator/schema, generator/models and generator/plan reach no libpq:
    neither libpq-fe.h nor, through any chain of includes, a header that does,
    nor a header of generator/catalog or generator/commands (the phases that talk
    to the server).
Prints every violation with the chain that leads to it; exits 1 when there is one.
Usage: layout_rules.py SOURCE_ROOT"""
import os
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else "."
include_re = re.compile(r'^\s*#\s*include\s*([<"])([^">]+)[">]', re.M)

# Every header of the project by the name it is included with.
headers = {}
for top in ("runtime", "generator", "include"):
    for d, _, files in os.walk(os.path.join(root, top)):
        for f in files:
            if f.endswith(".h"):
                path = os.path.join(d, f)
                name = os.path.relpath(path, os.path.join(root, "include")) if top == "include" else f
                headers.setdefault(name, []).append(path)


def area(path):
    rel = os.path.relpath(path, root).split(os.sep)
    if rel[0] == "generator" and len(rel) > 2:
        return "generator/" + rel[1]
    if rel[0] == "runtime" and len(rel) > 2 and rel[1] == "cli":
        return "runtime/cli"
    return rel[0]


def includes(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    out = []
    for kind, name in include_re.findall(text):
        if name == "libpq-fe.h":
            out.append(("libpq", name))
        elif kind == '"' or name.startswith("schemagen/"):
            here = os.path.join(os.path.dirname(path), name)
            found = [here] if os.path.exists(here) else headers.get(name, [])
            # Prefer the header in the includer's own area (runtime's strbuf.h for runtime files).
            same = [p for p in found if area(p) == area(path)]
            for p in (same or found)[:1]:
                out.append(("header", p))
    return out


def reach(path, seen):
    """Yield (what, chain) for libpq and every project header reachable from path."""
    for kind, target in includes(path):
        if kind == "libpq":
            yield "libpq-fe.h", [target]
            continue
        if target in seen:
            continue
        seen.add(target)
        yield target, [os.path.relpath(target, root)]
        for what, chain in reach(target, seen):
            yield what, [os.path.relpath(target, root)] + chain


violations = []
for top in ("runtime", "generator"):
    for d, _, files in os.walk(os.path.join(root, top)):
        for f in files:
            if not f.endswith((".c", ".h")):
                continue
            path = os.path.join(d, f)
            a = area(path)
            rel = os.path.relpath(path, root)
            if a in ("runtime", "runtime/cli"):
                for kind, target in includes(path):
                    if kind == "header" and area(target).startswith("generator"):
                        violations.append(f"{rel}: includes {os.path.relpath(target, root)} (runtime/ never includes the generator)")
            if a == "runtime":
                for what, chain in reach(path, set()):
                    if what != "libpq-fe.h" and area(what) == "runtime/cli":
                        violations.append(f"{rel}: reaches {os.path.relpath(what, root)} through {' -> '.join(chain)}"
                                          " (the library includes nothing from runtime/cli/)")
            if a in ("generator/schema", "generator/models", "generator/plan"):
                for what, chain in reach(path, set()):
                    bad = what == "libpq-fe.h" or area(what) in ("generator/catalog", "generator/commands")
                    if bad:
                        violations.append(f"{rel}: reaches {os.path.relpath(what, root) if what != 'libpq-fe.h' else what}"
                                          f" through {' -> '.join(chain)} ({a} must not talk to the server)")

for v in sorted(set(violations)):
    print("layout: " + v)
print(f"layout: {len(set(violations))} violations")
sys.exit(1 if violations else 0)
