#!/usr/bin/env python3
"""libschemagen-migrate exports exactly the public API.

Usage: library_symbols.py SOURCE_ROOT LIBRARY.so SONAME

The public API is every function declared in include/schemagen/*.h; each declaration must carry
SG_API (schemagen/export.h).  `nm -D --defined-only` of the shared library must list exactly
those functions, nothing else (no internal helper, none of libpg_query's symbols); its soname is
SONAME, and it needs libpq and nothing of the generator (libcyaml, libcrypto) or libpg_query's
shared object (it is linked in).
"""
import glob
import os
import re
import subprocess
import sys


def declared(root):
    decls, unmarked = set(), []
    for path in sorted(glob.glob(os.path.join(root, "include", "schemagen", "*.h"))):
        text = open(path).read()
        text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
        # Join continued declarations, then look at each statement at file scope.
        for stmt in re.split(r";", text):
            stmt = " ".join(stmt.split())
            # A declaration ends the statement: `[SG_API] type sg_name(params) [SG_PRINTF(a, b)]`
            # (a function pointer typedef's name is followed by ')', never '(').
            m = re.search(r"\b(sg_\w+)\s*\([^()]*(\([^()]*\)[^()]*)*\)\s*(SG_PRINTF\([^)]*\))?\s*$", stmt)
            if not m:
                continue
            name = m.group(1)
            decls.add(name)
            if not re.search(r"SG_API\s[^;]*\b" + name + r"\s*\(", stmt):
                unmarked.append(f"{os.path.basename(path)}: {name}")
    return decls, unmarked


def main():
    root, lib, soname = sys.argv[1:4]
    failures = []
    decls, unmarked = declared(root)
    for u in unmarked:
        failures.append(f"{u} is declared without SG_API: not exported by the shared library")
    nm = subprocess.run(["nm", "-D", "--defined-only", lib], capture_output=True, text=True, check=True).stdout
    exported = {line.split()[-1] for line in nm.splitlines() if line.strip()}
    # The loader's own markers, present in every shared object.
    exported -= {"_init", "_fini", "__bss_start", "_edata", "_end"}
    for name in sorted(exported - decls):
        failures.append(f"'{name}' is exported but is not in include/schemagen/")
    for name in sorted(decls - exported):
        failures.append(f"'{name}' is in include/schemagen/ but the library does not export it")
    dyn = subprocess.run(["readelf", "-d", lib], capture_output=True, text=True, check=True).stdout
    so = re.findall(r"Library soname: \[([^]]+)\]", dyn)
    if so != [soname]:
        failures.append(f"soname {so}, expected {soname}")
    needed = re.findall(r"Shared library: \[([^]]+)\]", dyn)
    if not any(n.startswith("libpq.so") for n in needed):
        failures.append(f"libpq is not needed: {needed}")
    for bad in ("libcyaml", "libcrypto", "libpg_query"):
        if any(n.startswith(bad) for n in needed):
            failures.append(f"the library needs {bad}: {needed}")
    print(f"{len(decls)} functions in include/schemagen/, {len(exported)} exported by {os.path.basename(lib)}")
    for f in failures:
        print("FAIL: " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
