#!/usr/bin/env python3
"""Turns extracted Debian packages and the evaluation kit's external texts into a pool of
plain-text paragraphs, one file per (language, source): POOL/<lang>/<source>.txt, pages
separated by a blank line like paragraphs. Exact duplicate paragraphs within a
(language, source) pool are dropped (help pages repeat boilerplate), and so are Polish and
Korean paragraphs identical to an English one (pages left untranslated), so the pool is
unique text in its nominal language (give or take code samples and short labels). Used by make-corpus.sh; stdlib only.

usage: extract.py PKG_ROOT EXTERNAL_DIR POOL_DIR
"""
import glob, gzip, html, json, os, re, subprocess, sys
from html.parser import HTMLParser

BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
         "pre", "table", "tr", "td", "th", "br", "section", "article", "blockquote", "title",
         "header", "footer", "tbody", "thead", "caption", "figure", "hr",
         # Mallard (.page) block elements
         "page", "item", "list", "steps", "terms", "note", "example", "code", "screen",
         "tree", "synopsis", "subtitle", "desc", "figure", "media", "links", "tr"}
SKIP = {"script", "style", "head", "nav", "noscript", "info", "aside", "button", "select",
        "svg", "math"}


class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paras, self.cur, self.skip = [], [], 0

    def flush(self):
        t = re.sub(r"\s+", " ", "".join(self.cur)).strip()
        if t:
            self.paras.append(t)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        tag = tag.split(":")[-1]
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCK:
            self.flush()

    def handle_startendtag(self, tag, attrs):
        if tag.split(":")[-1] in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        tag = tag.split(":")[-1]
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.cur.append(data)


def markup_paras(path):
    p = Text()
    try:
        p.feed(open(path, encoding="utf-8", errors="replace").read())
        p.close()
    except Exception as e:  # noqa: BLE001 - a broken page is skipped, not fatal
        print(f"  skipped {path}: {e}", file=sys.stderr)
    p.flush()
    return p.paras


def man_paras(path):
    out = subprocess.run(f"zcat '{path}' | groff -k -Tutf8 -mandoc -P-cbou 2>/dev/null",
                         shell=True, capture_output=True, env={**os.environ, "LC_ALL": "C.UTF-8"})
    text = out.stdout.decode("utf-8", "replace")
    paras = []
    for block in re.split(r"\n\s*\n", text):
        t = re.sub(r"\s+", " ", block).strip()
        if t:
            paras.append(t)
    return paras


def jsonl_paras(path, keys):
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        for k in keys:
            t = re.sub(r"\s+", " ", d.get(k) or "").strip()
            if t:
                yield t


def main():
    root, ext, pool = sys.argv[1:4]
    lo = f"{root}/libreoffice-help-%s/usr/share/libreoffice/help/%s/**/*.html"
    dh = f"{root}/debian-handbook/usr/share/doc/debian-handbook/html/%s/**/*.html"
    gn = f"{root}/gnome-user-docs/usr/share/help/%s/**/*.page"
    # (lang, source, kind, pattern-or-generator)
    sources = [
        ("en", "libreoffice-help", "html", lo % ("en-us", "en-US")),
        ("pl", "libreoffice-help", "html", lo % ("pl", "pl")),
        ("ko", "libreoffice-help", "html", lo % ("ko", "ko")),
        ("en", "debian-handbook", "html", dh % "en-US"),
        ("pl", "debian-handbook", "html", dh % "pl-PL"),
        ("ko", "debian-handbook", "html", dh % "ko-KR"),
        ("en", "gnome-user-docs", "html", gn % "C"),
        ("pl", "gnome-user-docs", "html", gn % "pl"),
        ("ko", "gnome-user-docs", "html", gn % "ko"),
        ("pl", "manpages-pl", "man", f"{root}/manpages-pl/usr/share/man/pl/**/*.gz"),
        ("en", "python-doc", "html", f"{root}/python3.11-doc/usr/share/doc/python3.11/html/**/*.html"),
        ("en", "postgresql-doc", "html", f"{root}/postgresql-doc-15/usr/share/doc/postgresql-doc-15/html/**/*.html"),
        ("ko", "debian-faq-ko", "html", f"{root}/debian-faq-ko/usr/share/doc/debian/FAQ/ko/*.html"),
        ("ko", "konlpy-texts", "plain", f"{ext}/ko-konlpy/**/*.txt"),
        ("ko", "korquad", "jsonl", (f"{ext}/korquad1-dev/corpus.jsonl", ["title", "text"])),
        ("en", "scifact", "jsonl", (f"{ext}/scifact/corpus.jsonl", ["title", "text"])),
    ]
    english = set()  # every English paragraph: a pl/ko page left untranslated repeats them
    sources.sort(key=lambda s: s[0] != "en")
    for lang, name, kind, pat in sources:
        os.makedirs(f"{pool}/{lang}", exist_ok=True)
        seen, n_pages, n_paras, dup_bytes, kept_bytes, untr = set(), 0, 0, 0, 0, 0
        with open(f"{pool}/{lang}/{name}.txt", "w", encoding="utf-8") as out:
            if kind == "jsonl":
                pages = [list(jsonl_paras(*pat))]
            else:
                files = sorted(glob.glob(pat, recursive=True))
                if kind == "html":
                    pages = (markup_paras(f) for f in files)
                elif kind == "man":
                    pages = (man_paras(f) for f in files)
                else:
                    pages = ([re.sub(r"\s+", " ", b).strip() for b in
                              re.split(r"\n\s*\n", open(f, encoding="utf-8", errors="replace").read())
                              if b.strip()] for f in files)
            for paras in pages:
                n_pages += 1
                for t in paras:
                    if t in seen:
                        dup_bytes += len(t.encode())
                        continue
                    seen.add(t)
                    if lang == "en":
                        english.add(t)
                    elif t in english:
                        untr += len(t.encode())
                        continue
                    out.write(t + "\n\n")
                    n_paras += 1
                    kept_bytes += len(t.encode()) + 2
        print(f"  {lang}/{name}: {n_pages} pages, {n_paras} paragraphs, {kept_bytes/1e6:.1f} MB kept, "
              f"dropped: {dup_bytes/1e6:.1f} MB duplicate paragraphs, {untr/1e6:.1f} MB untranslated (English) "
              f"paragraphs", file=sys.stderr)


if __name__ == "__main__":
    main()
