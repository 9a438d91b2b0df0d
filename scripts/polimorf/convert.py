#!/usr/bin/env python3
"""Convert the Polish lemma tables of spacy-lookups-data (PoliMorf + SGJP, BSD-2)
into what accord's Polish analysis reads: a form -> lemma-rules fst and its rule table.

    scripts/polimorf/fetch.sh data/polimorf      (downloads the wheel with pip, runs this)
    convert.py WHEEL_OR_DIR OUT_DIR

Reads `spacy_lookups_data/data/pl_lemma_lookup_<pos>.json.gz` for every part of
speech (form -> lemma, forms with their case), and writes:

  OUT_DIR/rules.tsv    one rule a line, `strip<TAB>suffix`: a lemma is the form with its
                       last `strip` characters replaced by `suffix`; line n is rule n.
  OUT_DIR/lemmas.keys  sorted `form<TAB>value` lines (the input of scripts/fst-build),
                       removed again once the fst is built by fetch.sh.

Forms and lemmas are lower-cased (the analyzer looks words up lower-cased). A form
has at most MAX_LEMMAS lemmas (nouns first, then adjectives, verbs and the rest,
each in the order the tables give); the value packs their rule numbers, 16 bits
each, rule + 1 so that 0 means none. Every lemma is also a form of itself (the
tables leave those pairs out), so a query in the base form (`Polska`) meets the
text's inflected form (`Polsce`) on the lemma.

Standard library only.
"""

import gzip
import io
import json
import os
import sys
import zipfile

POS_ORDER = ["noun", "adj", "verb", "adv", "num", "pron", "adp", "aux", "part"]
MAX_LEMMAS = 4
RULE_BITS = 16


def tables(source):
    """(pos, form -> lemma) for every Polish table in the wheel or unpacked dir."""
    for pos in POS_ORDER:
        name = f"spacy_lookups_data/data/pl_lemma_lookup_{pos}.json.gz"
        if os.path.isdir(source):
            path = os.path.join(source, name)
            if not os.path.exists(path):
                continue
            raw = open(path, "rb").read()
        else:
            with zipfile.ZipFile(source) as z:
                try:
                    raw = z.read(name)
                except KeyError:
                    continue
        yield pos, json.load(io.TextIOWrapper(gzip.GzipFile(fileobj=io.BytesIO(raw)), "utf-8"))


def rule(form, lemma):
    common = 0
    while common < min(len(form), len(lemma)) and form[common] == lemma[common]:
        common += 1
    return (len(form) - common, lemma[common:])


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    source, out_dir = sys.argv[1], sys.argv[2]
    lemmas = {}  # form -> [lemma, ...] in order of preference
    found = 0
    for pos, table in tables(source):
        found += 1
        for form, lemma in table.items():
            form, lemma = form.lower(), lemma.lower()
            if "\t" in form or "\n" in form or not form or not lemma:
                continue
            for f in (form, lemma):
                got = lemmas.setdefault(f, [])
                if lemma not in got:
                    got.append(lemma)
    if not found:
        sys.exit(f"no pl_lemma_lookup_*.json.gz in {source}")
    rules = {}
    ordered = []
    os.makedirs(out_dir, exist_ok=True)
    keys = []
    for form, ls in lemmas.items():
        # The form's own lemma first when it is one (`polska` is the noun's base form).
        ls = sorted(ls, key=lambda l: l != form)[:MAX_LEMMAS]
        value = 0
        for i, lemma in enumerate(ls):
            r = rule(form, lemma)
            if r not in rules:
                rules[r] = len(ordered)
                ordered.append(r)
            value |= (rules[r] + 1) << (RULE_BITS * i)
        keys.append((form.encode("utf-8"), value))
    if len(ordered) + 1 >= 1 << RULE_BITS:
        sys.exit(f"{len(ordered)} rules do not fit in {RULE_BITS} bits")
    keys.sort()
    with open(os.path.join(out_dir, "rules.tsv"), "w", encoding="utf-8") as f:
        for strip, suffix in ordered:
            f.write(f"{strip}\t{suffix}\n")
    with open(os.path.join(out_dir, "lemmas.keys"), "wb") as f:
        for key, value in keys:
            f.write(key + b"\t" + str(value).encode() + b"\n")
    print(f"{len(keys)} forms, {len(ordered)} rules -> {out_dir}", file=sys.stderr)


if __name__ == "__main__":
    main()
