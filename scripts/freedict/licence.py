#!/usr/bin/env python3
"""Assemble data/freedict/COPYING from the Debian copyright files of
dict-freedict-eng-pol and dict-freedict-pol-eng (standard library only).

Usage: licence.py EXTRACTED_ROOT OUTPUT [ENG_POL_VERSION POL_ENG_VERSION]
EXTRACTED_ROOT is the folder the two .deb files were unpacked into with dpkg -x.
"""
import os
import sys


def paragraphs(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    return [p.strip("\n") for p in text.split("\n\n") if p.strip()]


def unfold(par):
    """Debian copyright-format field text -> plain text (drop the 1-space indent, ' .' = blank)."""
    out = []
    for line in par.split("\n"):
        if line == " .":
            out.append("")
        elif line.startswith(" "):
            out.append(line[1:])
        else:
            out.append(line)
    return "\n".join(out)


def files_stanza(pars, pattern):
    for p in pars:
        if p.startswith("Files: " + pattern):
            return unfold(p)
    sys.exit("licence.py: no 'Files: %s' stanza found" % pattern)


def licence_stanza(pars, name):
    for p in pars:
        if p.split("\n")[0].strip() == "License: " + name:
            return unfold(p)
    sys.exit("licence.py: no 'License: %s' paragraph found" % name)


def common(name):
    p = os.path.join("/usr/share/common-licenses", name)
    if os.path.exists(p):
        with open(p, encoding="utf-8") as f:
            return f.read()
    return "(full text not available on this system; see https://www.gnu.org/licenses/)\n"


def main():
    root, out = sys.argv[1], sys.argv[2]
    v_ep = sys.argv[3] if len(sys.argv) > 3 else "?"
    v_pe = sys.argv[4] if len(sys.argv) > 4 else "?"
    doc = os.path.join(root, "usr/share/doc")
    ep = paragraphs(os.path.join(doc, "dict-freedict-eng-pol/copyright"))
    pe = paragraphs(os.path.join(doc, "dict-freedict-pol-eng/copyright"))
    rule = "=" * 78 + "\n"
    parts = [
        "Licences of the files in this folder (data/freedict/)\n",
        "These files are NOT covered by the accord project's MIT OR Apache-2.0 licence.\n"
        "They are derived works of FreeDict dictionaries as packaged by Debian and\n"
        "keep their upstream licences:\n\n"
        "  en-pl.tsv  <- dict-freedict-eng-pol %s (FreeDict eng-pol, Piotrowski & Saloni):\n"
        "               GNU FDL 1.2 or later (dictionary content) and GNU GPL 3 or later\n"
        "               (FreeDict markup).\n"
        "  pl-en.tsv  <- dict-freedict-pol-eng %s (FreeDict pol-eng, WikDict from Wiktionary):\n"
        "               Creative Commons Attribution-ShareAlike 3.0 Unported.\n\n"
        "The conversion (scripts/freedict/convert.py) removed pronunciation, grammar notes,\n"
        "labels, examples and definitions and kept at most four translations per headword.\n\n"
        % (v_ep, v_pe),
        rule, "Debian copyright stanza for eng-pol (from dict-freedict-eng-pol/copyright)\n", rule,
        files_stanza(ep, "eng-pol/*") + "\n\n" + licence_stanza(ep, "GFDL-1.2+") + "\n\n"
        + licence_stanza(ep, "GPL-3+") + "\n\n",
        rule, "Debian copyright stanza for pol-eng (from dict-freedict-pol-eng/copyright)\n", rule,
        files_stanza(pe, "pol-eng/*") + "\n\n",
        rule, "Full text: Creative Commons Attribution-ShareAlike 3.0 Unported\n", rule,
        licence_stanza(pe, "CC-BY-SA-3.0") + "\n\n",
        rule, "Full text: GNU Free Documentation License, version 1.2\n", rule, common("GFDL-1.2") + "\n",
        rule, "Full text: GNU General Public License, version 3\n", rule, common("GPL-3"),
    ]
    with open(out, "w", encoding="utf-8") as f:
        f.write("".join(parts))


if __name__ == "__main__":
    main()
