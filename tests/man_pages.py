#!/usr/bin/env python3
"""The man pages (man/*.scd, built by meson into BUILD/man) against the programs.

Usage: man_pages.py MANDIR PROGRAM=EXE... [PAGE...]

1. Every page renders with `man -l` and groff's warnings on (`--warnings=w`) without one line on
   stderr.
2. For each PROGRAM=EXE: every command that `EXE --help` lists is an entry of the page's COMMANDS
   section, and every flag that `EXE --help` or `EXE help COMMAND` lists is the term of an entry of
   the page (a line such as `-d, --migrations DIR`).  A flag added to a program's option table fails
   here until its page documents it: add an entry to man/PROGRAM.1.scd, under OPTIONS (global) or
   COMMAND OPTIONS (a command's own), in the form `*--flag* _VALUE_` followed by a tab-indented
   description.
"""
import os
import re
import subprocess
import sys

failures = []


def render(page):
    env = dict(os.environ, MANWIDTH="100", LC_ALL="C.UTF-8", MAN_KEEP_FORMATTING="")
    env.pop("MANPAGER", None)
    env.pop("PAGER", None)
    p = subprocess.run(["man", "--warnings=w", "-E", "UTF-8", "-l", page], capture_output=True, text=True, env=env)
    if p.returncode != 0 or p.stderr.strip():
        failures.append(f"{page}: man -l exits {p.returncode} with:\n{p.stderr.strip()}")
    if not p.stdout.strip():
        failures.append(f"{page}: man -l printed nothing")
    return p.stdout


def help_text(exe, *args):
    p = subprocess.run([exe, *args], capture_output=True, text=True)
    if p.returncode != 0:
        failures.append(f"{exe} {' '.join(args)}: exit {p.returncode}: {p.stderr.strip()}")
    return p.stdout


def help_commands(text):
    """The commands of a --help text: first word of each line of its `commands:` block."""
    out, inside = [], False
    for line in text.splitlines():
        if line == "commands:":
            inside = True
        elif inside and not line.strip():
            break
        elif inside:
            out.append(line.split()[0])
    return out


def help_flags(text):
    """Every flag of the option lines of a help text (`  -d, --migrations DIR   description`)."""
    flags = set()
    for line in text.splitlines():
        if not re.match(r"^\s+-", line):
            continue
        term = re.split(r"\s{2,}", line.strip())[0]
        for tok in term.replace(",", " ").split():
            if tok.startswith("-"):
                flags.add(tok)
    return flags


def page_entries(rendered):
    """(sections -> first words of their entries, every flag that is an entry's term)."""
    sections, flags, section = {}, set(), None
    for line in rendered.splitlines():
        if re.match(r"^[A-Z][A-Z ]+$", line):
            section = line.strip()
            continue
        # scdoc puts an entry's term at indent 7 and its text at 11.
        m = re.match(r"^ {7}(\S.*)$", line)
        if not m or section is None:
            continue
        term = m.group(1)
        sections.setdefault(section, []).append(term.split()[0])
        if term.startswith("-"):
            for tok in term.replace(",", " ").replace("|", " ").split():
                if tok.startswith("-"):
                    flags.add(tok)
    return sections, flags


def main():
    mandir, rest = sys.argv[1], sys.argv[2:]
    programs = dict(a.split("=", 1) for a in rest if "=" in a)
    pages = [a for a in rest if "=" not in a]
    rendered = {}
    for page in pages:
        rendered[page] = render(os.path.join(mandir, page))
    for prog, exe in programs.items():
        page = prog + ".1"
        text = rendered.get(page) or render(os.path.join(mandir, page))
        sections, page_flags = page_entries(text)
        top = help_text(exe, "--help")
        commands = help_commands(top)
        if not help_flags(top):
            failures.append(f"{exe} --help lists no options")
        flags = {f: "global" for f in help_flags(top)}
        for cmd in commands:
            if cmd not in sections.get("COMMANDS", []):
                failures.append(f"command '{cmd}' of {prog} --help is not in the COMMANDS section of man/{prog}.1.scd")
            for f in help_flags(help_text(exe, "help", cmd)):
                flags.setdefault(f, cmd)
        for f, where in sorted(flags.items()):
            if f not in page_flags:
                what = "a global option" if where == "global" else f"an option of '{where}'"
                failures.append(f"flag '{f}' ({what} in {prog} --help) is not an entry of man/{prog}.1.scd")
        print(f"{prog}: {len(commands)} commands and {len(flags)} flags of --help found in {page}")
    for f in failures:
        print("FAIL: " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
