#!/usr/bin/env python3
"""Convert a FreeDict dictd dictionary (.index + .dict.dz) into a simple TSV.

Output: one line per source headword,

    source_headword<TAB>translation1 | translation2 | ...

Headwords are lower-cased; translations are cleaned of pronunciation, grammar
notes, usage labels, examples and definitions; at most MAX_TRANSLATIONS (4) are
kept, in dictionary order, without duplicates. Entries whose headword is only
an abbreviation/acronym (or an affix), and entries with no translation left
after cleaning, are dropped.

Two entry layouts are understood (auto-detected from the file name, or forced
with --style):

  piotrowski  freedict-eng-pol (Piotrowski & Saloni, FreeDict TEI):
              "head /ipa/ <N>\\n 1.  trans, trans\\n 2.  [label]  trans (sb - kogoś)"
              with roman-numbered POS blocks, <N Comp>/<V Phras> sub-entries and
              idioms "in chains (:in :chains)\\n - w niewoli".
  wikdict     freedict-pol-eng (WikDict, from Wiktionary):
              "head /ipa/ <n>\\n1. trans, trans\\nPolish definition\\n 2.\\ndefinition"

Standard library only.  Usage:

    convert.py DICT_DIR_OR_BASENAME OUTPUT.tsv [--style piotrowski|wikdict]

where DICT_DIR_OR_BASENAME is e.g. .../usr/share/dictd/freedict-eng-pol
(the .index and .dict.dz files are found next to it).
"""

import argparse
import gzip
import re
import sys

MAX_TRANSLATIONS = 4
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
B64_VAL = {c: i for i, c in enumerate(B64)}

# WikDict parts of speech whose entries are dropped (abbreviations, affixes, symbols).
DROP_POS = {"acronym", "abbreviation", "abbr", "suffix", "prefix", "infix",
            "affix", "symbol", "letter"}


def dictd_number(s):
    """Decode a dictd base64 number (offset or length in the .index file)."""
    n = 0
    for c in s:
        n = n * 64 + B64_VAL[c]
    return n


def read_entries(base):
    """Yield the raw text of every article, in index order, skipping 00database* entries."""
    with gzip.open(base + ".dict.dz", "rb") as f:  # dictzip is gzip-compatible
        data = f.read()
    seen = set()
    with open(base + ".index", encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 3:
                continue
            key, off, length = parts[0], parts[1], parts[2]
            if key.startswith("00database") or key.startswith("00-database"):
                continue
            o, n = dictd_number(off), dictd_number(length)
            if (o, n) in seen:  # several index keys may point at one article
                continue
            seen.add((o, n))
            yield data[o:o + n].decode("utf-8", errors="replace")


# ---------------------------------------------------------------- cleaning

RE_IPA = re.compile(r"\s*/[^/\n]*/")
RE_BRACKETS = re.compile(r"\[[^\]]*\]")
RE_PARENS = re.compile(r"\([^()]*\)")
RE_BRACES = re.compile(r"\{[^}]*\}")
RE_SPACES = re.compile(r"\s+")


def clean_headword(h):
    h = RE_IPA.sub("", h)
    h = re.sub(r"<[^>]*>", "", h)
    h = RE_SPACES.sub(" ", h).strip().strip(",;").strip()
    return h


def expand_headword(h):
    """Turn Piotrowski phrase headwords into plain variants:
    "(all) at once" -> ["at once"]; "*ahead of/behind* schedule" -> ["ahead of schedule", "behind schedule"];
    "[BR] the Speaker" -> ["the Speaker"]. Variants still containing markup are dropped."""
    h = h.replace("``", "").replace("''", "")
    h = RE_BRACKETS.sub("", h)
    for _ in range(2):
        h = RE_PARENS.sub("", h)
    m = re.search(r"\*([^*]*)\*", h)
    if m:
        out = []
        for alt in m.group(1).split("/"):
            out.extend(expand_headword(h[:m.start()] + alt + h[m.end():]))
        return out
    h = RE_SPACES.sub(" ", h).strip(" ,;")
    if not h or any(c in h for c in "*/()[]<>{}"):
        return []
    return [h]


def is_abbreviation(h):
    """Acronyms (AA, UNESCO, e.g., r.) count as abbreviations."""
    letters = [c for c in h if c.isalpha()]
    if not letters:
        return True
    if h.endswith(".") and len(h) <= 6:
        return True
    if len(letters) >= 2 and all(c.isupper() for c in letters) and " " not in h:
        return True
    return False


def split_translations(text):
    """Clean one translation line and split it into alternatives."""
    t = RE_BRACES.sub("", text)
    t = RE_BRACKETS.sub("", t)
    for _ in range(3):  # nested parentheses
        t = RE_PARENS.sub("", t)
    t = t.replace("…", " ").replace("\t", " ").replace("|", " ")
    out = []
    for part in re.split(r"[,;]", t):
        p = RE_SPACES.sub(" ", part).strip(" .:-–\"'")
        p = p.strip()
        if not p or not any(c.isalpha() for c in p):
            continue
        # leftovers of unparsed markup or wiki links ("attract/catch sb's attention", "[[Adriatic")
        if any(c in p for c in "/*[]{}<>\"") or p.startswith("Specjalna:"):
            continue
        out.append(p)
    return out


class Collector:
    def __init__(self):
        self.entries = {}
        self.late = {}

    def add(self, head, translations, late=False):
        """late=True: append after all other articles of this headword (proper nouns)."""
        head = RE_SPACES.sub(" ", head).strip().lower()
        if not head:
            return
        lst = (self.late if late else self.entries).setdefault(head, [])
        for t in translations:
            if t.lower() not in (x.lower() for x in lst):
                lst.append(t)

    def write(self, path, drop_heads):
        for head, trs in self.late.items():
            lst = self.entries.setdefault(head, [])
            for t in trs:
                if t.lower() not in (x.lower() for x in lst):
                    lst.append(t)
        n = 0
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            for head in sorted(self.entries):
                trs = self.entries[head][:MAX_TRANSLATIONS]
                if not trs or head in drop_heads:
                    continue
                f.write(head + "\t" + " | ".join(trs) + "\n")
                n += 1
        return n


# ---------------------------------------------------------------- eng-pol

RE_ROMAN = re.compile(r"^[IVX]+\.\s*")
RE_TAG = re.compile(r"^<([^>]*)>")
RE_SENSE = re.compile(r"^(\d+)\.( ?)")
RE_LETTER = re.compile(r"^[a-h]\.(\s+|$)")
RE_IDIOM = re.compile(r"^(.*?)\s*\((?:[^()]*\s)?:[^()]*\)\s*$")


def parse_piotrowski(text, col, abbrev_heads):
    lines = text.split("\n")
    header = lines[0]
    heads = []
    for h in clean_headword(header).split(","):
        heads.extend(expand_headword(clean_headword(h)))
    if not heads:
        return
    # an abbreviation headword (AA, BBC): drop the whole article
    if all(is_abbreviation(h) for h in heads):
        abbrev_heads.update(h.lower() for h in heads)
        return
    current = heads
    pending_idiom = None
    for raw in lines[1:]:
        s = raw.strip()
        if not s or s.startswith("See also"):
            continue
        if s.startswith("- "):  # translation of the preceding idiom
            for h in pending_idiom or []:
                col.add(h, split_translations(s[2:]))
            pending_idiom = None
            continue
        pending_idiom = None
        if RE_ROMAN.match(s):
            s = RE_ROMAN.sub("", s)
            current = heads
        m = RE_TAG.match(s)
        if m:
            tag = m.group(1)
            rest = s[m.end():]
            if rest and not rest[0].isspace():
                # sub-entry: "<N Comp>cable car /ipa/   kolejka linowa", "<V Phras>add up  1.  x"
                parts = re.split(r"\s{2,}", RE_IPA.sub("  ", rest), maxsplit=1)
                subs = expand_headword(clean_headword(parts[0]))
                if not subs or "Phras" not in tag and "Comp" not in tag and len(parts) < 2:
                    continue
                current = subs
                s = parts[1].strip() if len(parts) > 1 else ""
            else:
                s = rest.strip()
        if not s:
            continue
        target = current
        m = RE_SENSE.match(s)
        if m:
            s = s[m.end():]
            if m.group(2) == " " and s and not s[0].isspace():
                # " 3. glories  gloria": a form or phrase of the headword precedes the translation
                idm = RE_IDIOM.match(s)
                if idm:
                    pending_idiom = expand_headword(clean_headword(idm.group(1)))
                    continue
                parts = re.split(r"\s{2,}", s, maxsplit=1)
                if len(parts) == 2:
                    target = expand_headword(clean_headword(parts[0]))
                    s = parts[1]
                else:
                    # only an English form, nothing to translate it with
                    continue
            s = s.strip()
        m = RE_LETTER.match(s)
        if m:
            s = s[m.end():].strip()
        if not s or s.startswith('"'):
            continue  # examples ("supply and demand"  - podaż i popyt)
        idm = RE_IDIOM.match(s)
        if idm:
            pending_idiom = expand_headword(clean_headword(idm.group(1)))
            continue
        for h in target:
            if h and not is_abbreviation(h):
                col.add(h, split_translations(s))


# ---------------------------------------------------------------- pol-eng

RE_WIK_POS = re.compile(r"<([A-Za-z]+)>\s*$")
RE_WIK_TRANS = re.compile(r"^(\d+)\.\s+(.*)$")
RE_TRAILING_SENSE = re.compile(r"\s+\d+\.\s*$")


def parse_wikdict(text, col, abbrev_heads):
    lines = text.split("\n")
    # "head /ipa (may contain <sup>j</sup>)/ <pos>": the headword ends at the first " /" or " <"
    head = clean_headword(re.split(r"\s+[/<]", lines[0], maxsplit=1)[0])
    m = RE_WIK_POS.search(lines[0])
    pos = m.group(1) if m else ""
    if not head:
        return
    if pos in DROP_POS or is_abbreviation(head):
        abbrev_heads.add(head.lower())
        return
    trs = []
    for i, line in enumerate(lines[1:]):
        if not line.strip():
            continue
        tm = RE_WIK_TRANS.match(line)
        if tm:
            t = tm.group(2)
        elif i == 0 and not line.startswith(" "):
            t = line  # single unnumbered sense: first line is the translation
        else:
            continue  # Polish definition or bare sub-sense marker " 2."
        t = RE_TRAILING_SENSE.sub("", t)
        trs.extend(split_translations(t))
    # translations that are themselves only abbreviations add nothing for search
    trs = [t for t in trs if not is_abbreviation(t) or len(trs) == 1]
    col.add(head, trs, late=(pos == "pn"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("base", help="path to the dictd files without extension, or their directory")
    ap.add_argument("output")
    ap.add_argument("--style", choices=["piotrowski", "wikdict"])
    args = ap.parse_args()
    base = args.base
    for ext in (".index", ".dict.dz"):
        if base.endswith(ext):
            base = base[: -len(ext)]
    style = args.style
    if style is None:
        if "eng-pol" in base:
            style = "piotrowski"
        elif "pol-eng" in base:
            style = "wikdict"
        else:
            sys.exit("convert.py: cannot guess the entry layout from %r; pass --style" % base)
    parse = parse_piotrowski if style == "piotrowski" else parse_wikdict
    col = Collector()
    abbrev_heads = set()
    articles = 0
    for text in read_entries(base):
        articles += 1
        parse(text, col, abbrev_heads)
    # keep an abbreviation headword only if a real (non-abbreviation) article also uses it
    drop = {h for h in abbrev_heads if h not in col.entries}
    n = col.write(args.output, drop)
    print("%s: %d articles -> %d headwords written to %s" % (base, articles, n, args.output),
          file=sys.stderr)


if __name__ == "__main__":
    main()
