#!/usr/bin/env python3
"""Hostile inputs and faults against the release binary: what accord does with each.

    bench/reliability/hostile.py [--only SUBSTRING] [--keep]

Builds nothing itself: it runs `target/release/accord` (ACCORD=... to use another
binary; `cargo build --release` first). Every case makes its input in a temp folder,
runs the binary with a time limit and records: name, category, command, exit code,
seconds, peak RSS of the child (wait4), the first line of stderr that says something,
and a verdict. A case is "ok" when nothing panicked (exit 101 or "panicked" on stderr),
nothing hung (the time limit), the exit code is 0, 1 or 2, an error (exit 2) or a
refused file comes with a message, and the case's own check holds (for index faults:
the index built before the fault is still searchable afterwards). HTTP cases start
`accord serve` on a free port and talk to it over raw sockets.

Writes bench/reliability/results.jsonl (one object per case) and table.md (the table
RELIABILITY.md quotes). Exit status 1 if any case is not ok. Needs python3 only (the
stdlib); the disk-full cases mount a small tmpfs and are recorded as skipped when that
fails (they need root).
"""
import argparse
import json
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
ACCORD = os.environ.get("ACCORD", os.path.join(REPO, "target", "release", "accord"))
GEN = os.path.join(REPO, "bench", "crash", "gen-corpus.py")
LIMIT = 60  # seconds a command may take
PDF_LIMIT = 180  # a PDF may take up to 120 s by design (pdf.rs MAX_SECONDS)

CASES = []


def case(name, category):
    def register(fn):
        CASES.append((name, category, fn))
        return fn

    return register


# --- running the binary ------------------------------------------------------------


class Run:
    """One finished (or killed) run of the binary."""

    def __init__(self, args, rc, secs, rss_kb, stdout, stderr, timed_out):
        self.args = args
        self.rc = rc
        self.secs = secs
        self.rss_kb = rss_kb
        self.stdout = stdout
        self.stderr = stderr
        self.timed_out = timed_out

    def message(self):
        """The first line of stderr that says something (an error, else a warning,
        else the first line)."""
        lines = [l.strip() for l in self.stderr.splitlines() if l.strip()]
        for prefix in ("accord: error:", "error:", "accord: warning:", "warning:"):
            for l in lines:
                if l.startswith(prefix):
                    return l
        return lines[0] if lines else ""


def run(args, env=None, timeout=LIMIT, cwd=None, stdin=None):
    """Runs ACCORD with `args` (a list of str or bytes), at most `timeout` seconds."""
    full = [ACCORD] + list(args)
    e = {k: v for k, v in os.environ.items() if not k.startswith("ACCORD")}
    e["NO_COLOR"] = "1"
    e.update(env or {})
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        p = subprocess.Popen(full, stdout=out, stderr=err, stdin=stdin or subprocess.DEVNULL,
                             env=e, cwd=cwd)
        timed_out = False
        while True:
            pid, status, usage = os.wait4(p.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - start > timeout:
                timed_out = True
                p.kill()
                pid, status, usage = os.wait4(p.pid, 0)
                break
            time.sleep(0.02)
        secs = time.monotonic() - start
        p.returncode = 0  # reaped by wait4; keep Popen from waiting again
        rc = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Run(full, rc, secs, usage.ru_maxrss, out.read().decode("utf-8", "replace"),
                   err.read().decode("utf-8", "replace"), timed_out)


def shown(args, limit=160):
    """A command line for the table, long arguments cut."""
    parts = []
    for a in args:
        a = a.decode("utf-8", "backslashreplace") if isinstance(a, bytes) else str(a)
        if a == ACCORD:
            a = "accord"
        if len(a) > 40:
            a = a[:30] + f"...({len(a)} chars)"
        parts.append(a)
    text = " ".join(parts)
    return text if len(text) <= limit else text[:limit] + "..."


def verdict(r, check=None, expect_message=True):
    """ok, or what is wrong."""
    if isinstance(r, HttpRun):
        return (check(r) if check else None) or "ok"
    if getattr(r, "killed", False):
        return (check(r) if check else None) or "ok"
    if r.rc == 101 or "panicked" in r.stderr:
        return "PANIC"
    if r.timed_out:
        return f"HANG (killed after {r.secs:.0f} s)"
    if r.rc < 0:
        return f"CRASH (signal {-r.rc})"
    if r.rc not in (0, 1, 2):
        return f"BAD EXIT {r.rc}"
    if r.rc == 2 and expect_message and "error" not in r.stderr:
        return "NO MESSAGE"
    if check:
        why = check(r)
        if why:
            return why
    return "ok"


# --- the workspace -------------------------------------------------------------------


class Ctx:
    def __init__(self, root):
        self.root = root
        self.corpus = os.path.join(root, "corpus")
        self.index = os.path.join(root, "index")
        shutil.copytree(os.path.join(REPO, "corpus"), self.corpus)
        r = run(["--corpus", self.corpus, "--index", self.index, "index", "--quiet"], timeout=300)
        if r.rc != 0:
            sys.exit(f"cannot build the base index: {r.stderr}")
        self.n = 0

    def dir(self, name):
        self.n += 1
        d = os.path.join(self.root, f"{self.n:02d}-{name}")
        os.makedirs(d)
        return d

    def search(self, *args, **kw):
        return run(["--corpus", self.corpus, "--index", self.index, "search", *args], **kw)


def searchable(corpus, index, word="cells"):
    """None if a search on `index` exits 0 or 1, else what happened."""
    r = run(["--corpus", corpus, "--index", index, "search", word, "--json", "-n", "3"])
    if r.rc in (0, 1):
        return None
    return f"search afterwards exited {r.rc}: {r.message()}"


def doc_count(corpus, index):
    r = run(["--corpus", corpus, "--index", index, "docs", "--json"])
    if r.rc != 0:
        return None, r
    lines = [l for l in r.stdout.splitlines() if l.strip()]
    paths = {json.loads(l)["path"] for l in lines}
    return (len(lines), len(paths)), r


def index_one(ctx, name, filename, content, timeout=LIMIT, check=None):
    """Indexes a corpus of one hostile file (plus a normal one); ok when the run ends
    with 0 and either indexes the file or names it in a warning."""
    d = ctx.dir(name)
    c = os.path.join(d, "corpus")
    os.makedirs(c)
    shutil.copy(os.path.join(REPO, "corpus", sorted(
        f for f in os.listdir(os.path.join(REPO, "corpus")) if f.endswith(".txt"))[0]), c)
    with open(os.path.join(c, filename), "wb") as f:
        if callable(content):
            content(f)
        else:
            f.write(content)
    size = os.path.getsize(os.path.join(c, filename))
    idx = os.path.join(d, "index")
    r = run(["--corpus", c, "--index", idx, "index"], timeout=timeout)
    listed = None
    if r.rc == 0:
        docs = run(["--corpus", c, "--index", idx, "docs", "--json"])
        for l in docs.stdout.splitlines():
            if l.strip() and json.loads(l).get("path") == filename:
                listed = json.loads(l)
    warned = None
    for l in r.stderr.splitlines():
        if filename in l and "warning" in l:
            warned = l.strip()

    def checked(r):
        if r.rc != 0:
            return f"exit {r.rc}"
        if listed is None and warned is None:
            return "the file is neither indexed nor named in a warning"
        why = searchable(c, idx)
        if why:
            return why
        return check(r) if check else None

    r.note = f"{size:,} bytes"
    if warned:
        r.message_override = warned
    elif listed is not None:
        r.message_override = (f"indexed: {listed.get('passages')} passages, "
                              f"title {str(listed.get('title'))[:60]!r}")
    return r, checked


# --- queries -------------------------------------------------------------------------


@case("query of 100,000 characters", "query")
def _(ctx):
    return ctx.search(("cells " * 17000)[:100000])


@case("query of 20,000 distinct words OR-ed", "query")
def _(ctx):
    words = " OR ".join(f"w{i}x" for i in range(20000))
    return ctx.search(words[:120000])


@case("query nested 10,000 parentheses deep", "query")
def _(ctx):
    return ctx.search("(" * 10000 + "cells" + ")" * 10000)


@case("query of 30,000 unbalanced '('", "query")
def _(ctx):
    return ctx.search("(" * 30000)


@case("query of 5,000 phrases AND-ed", "query")
def _(ctx):
    return ctx.search(" AND ".join('"data cells"' for _ in range(5000)))


@case("query: one word of 60,000 letters", "query")
def _(ctx):
    return ctx.search("a" * 60000)


@case("query: 3,000 typo-tolerant words", "query")
def _(ctx):
    rng = random.Random(7)
    words = ["".join(rng.choice("abcdefghijklmnoprstuwyz") for _ in range(8)) for _ in range(3000)]
    return ctx.search(" ".join(words))


@case("query: invalid UTF-8 bytes", "query")
def _(ctx):
    return ctx.search(b"cells \xff\xfe\xc3")


@case("query: control characters and ESC", "query")
def _(ctx):
    return ctx.search("cel\x01ls \x1b[31m \u202e\u0007")


@case("query: only operators", "query")
def _(ctx):
    return ctx.search("AND OR NOT - + \" ( ) * ~ ^ : AND")


# --- extreme options -----------------------------------------------------------------


@case("-n 18446744073709551616", "option")
def _(ctx):
    return ctx.search("cells", "-n", "18446744073709551616")


@case("-n -1", "option")
def _(ctx):
    return ctx.search("cells", "-n", "-1")


@case("--offset 100000 -n 10000 (the largest page)", "option")
def _(ctx):
    return ctx.search("cells", "--offset", "100000", "-n", "10000", "--json")


@case("--offset 100001", "option")
def _(ctx):
    return ctx.search("cells", "--offset", "100001")


@case("--since 99999-99-99", "option")
def _(ctx):
    return ctx.search("cells", "--since", "99999-99-99")


@case("--lang with 1,000 codes", "option")
def _(ctx):
    return ctx.search("cells", "--lang", ",".join(["xx"] * 1000))


@case("--doc with 10,000 unknown ids", "option")
def _(ctx):
    return ctx.search("cells", "--doc", ",".join(f"d{i}" for i in range(10000)))


@case("timeline --min-coverage NaN", "option")
def _(ctx):
    return run(["--corpus", ctx.corpus, "--index", ctx.index, "timeline", "cells",
                "--min-coverage", "NaN"])


@case("compare -n 101", "option")
def _(ctx):
    return run(["--corpus", ctx.corpus, "--index", ctx.index, "compare", "cells", "-n", "101"])


@case("--index is a regular file", "option")
def _(ctx):
    d = ctx.dir("index-file")
    f = os.path.join(d, "not-a-folder")
    open(f, "w").write("x")
    return run(["--corpus", ctx.corpus, "--index", f, "search", "cells"])


@case("--corpus does not exist", "option")
def _(ctx):
    d = ctx.dir("no-corpus")
    return run(["--corpus", os.path.join(d, "nope"), "--index", os.path.join(d, "i"), "index"])


# --- HTML bombs ----------------------------------------------------------------------


@case("HTML nested 100,000 <div> deep", "html")
def _(ctx):
    body = b"<div>" * 100000 + b"cells deep inside" + b"</div>" * 100000
    return index_one(ctx, "html-deep", "deep.html",
                     b"<html><head><title>Deep</title></head><body>" + body + b"</body></html>")


@case("HTML with 1,000,000 elements", "html")
def _(ctx):
    return index_one(ctx, "html-million", "million.html",
                     b"<html><body>" + b"<p>cells and more</p>" * 1000000 + b"</body></html>")


@case("HTML attribute of 32 MB", "html")
def _(ctx):
    def write(f):
        f.write(b'<html><body><p title="')
        for _ in range(32):
            f.write(b"x" * (1 << 20))
        f.write(b'">cells in a paragraph</p></body></html>')

    return index_one(ctx, "html-attr", "attr.html", write)


@case("HTML of 70 MB (over the 64 MB limit)", "html")
def _(ctx):
    def write(f):
        f.write(b"<html><body>")
        chunk = b"<p>cells " + b"word " * 200 + b"</p>\n"
        for _ in range(70 * (1 << 20) // len(chunk) + 1):
            f.write(chunk)
        f.write(b"</body></html>")

    return index_one(ctx, "html-huge", "huge.html", write)


@case("HTML: unclosed comment and 10 MB <script>", "html")
def _(ctx):
    return index_one(ctx, "html-unclosed", "unclosed.html",
                     b"<html><body><p>cells</p><script>" + b"var a=1;" * (10 << 17)
                     + b"<!-- never closed " + b"x" * 100000)


@case("HTML: 2,000,000 entities, invalid code points", "html")
def _(ctx):
    return index_one(ctx, "html-entities", "entities.html",
                     b"<html><body><p>cells " + b"&amp;&#xD800;&#x110000;&#0;&bogus;" * 400000
                     + b"</p></body></html>")


# --- PDF bombs -----------------------------------------------------------------------


def pdf(objects, trailer_extra=b"", broken_xref=False, root=1):
    """A PDF of `objects` (bytes bodies numbered from 1) with a correct xref table
    (or one pointing at the wrong places)."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % ((off * 7 + 13) if broken_xref else off)
    out += b"trailer\n<< /Size %d /Root %d 0 R " % (len(objects) + 1, root) + trailer_extra
    out += b">>\nstartxref\n%d\n%%%%EOF\n" % ((xref + 5) if broken_xref else xref)
    return bytes(out)


def page_objects(content):
    stream = b"BT /F1 12 Tf 72 720 Td (" + content + b") Tj ET"
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]


@case("PDF: a page tree that contains itself", "pdf")
def _(ctx):
    objs = page_objects(b"cells in a loop")
    objs[1] = b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>"
    objs[2] = objs[2].replace(b"/Parent 2 0 R", b"/Parent 3 0 R")
    return index_one(ctx, "pdf-loop", "loop.pdf", pdf(objs), timeout=PDF_LIMIT)


@case("PDF: objects referring to each other in a ring", "pdf")
def _(ctx):
    objs = page_objects(b"cells ring")
    objs += [b"7 0 R", b"8 0 R", b"6 0 R"]
    objs[3] = b"<< /Length 6 0 R >>\nstream\nBT ET\nendstream"
    return index_one(ctx, "pdf-ring", "ring.pdf", pdf(objs), timeout=PDF_LIMIT)


@case("PDF: Flate stream inflating to 1 GB", "pdf")
def _(ctx):
    z = zlib.compressobj(9)
    parts = [z.compress(b"BT (cells) Tj ET " + b" " * (1 << 20))]
    zero = b" " * (1 << 20)
    for _ in range(1023):
        parts.append(z.compress(zero))
    parts.append(z.flush())
    data = b"".join(parts)
    objs = page_objects(b"x")
    objs[3] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
    return index_one(ctx, "pdf-zip", "inflate.pdf", pdf(objs), timeout=PDF_LIMIT)


@case("PDF: stream /Length 10^15 over 20 bytes", "pdf")
def _(ctx):
    objs = page_objects(b"x")
    objs[3] = b"<< /Length 1000000000000000 >>\nstream\nBT (cells) Tj ET\nendstream"
    return index_one(ctx, "pdf-length", "length.pdf", pdf(objs), timeout=PDF_LIMIT)


@case("PDF: broken xref (every offset wrong)", "pdf")
def _(ctx):
    return index_one(ctx, "pdf-xref", "xref.pdf", pdf(page_objects(b"cells xref"), broken_xref=True),
                     timeout=PDF_LIMIT)


@case("PDF: encrypted (unknown password)", "pdf")
def _(ctx):
    enc = (b"<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 "
           b"/O <" + b"3a" * 32 + b"> /U <" + b"5c" * 32 + b"> >>")
    objs = page_objects(b"cells secret") + [enc]
    return index_one(ctx, "pdf-enc", "encrypted.pdf",
                     pdf(objs, trailer_extra=b"/Encrypt 6 0 R /ID [<00112233445566778899aabbccddeeff> "
                                              b"<00112233445566778899aabbccddeeff>] "),
                     timeout=PDF_LIMIT)


@case("PDF: /Count 100,000,000 pages claimed", "pdf")
def _(ctx):
    objs = page_objects(b"cells count")
    objs[1] = b"<< /Type /Pages /Kids [3 0 R] /Count 100000000 >>"
    return index_one(ctx, "pdf-count", "count.pdf", pdf(objs), timeout=PDF_LIMIT)


@case("PDF: arrays nested 100,000 deep", "pdf")
def _(ctx):
    objs = page_objects(b"cells nested")
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /X " + b"[" * 100000 + b"]" * 100000 + b" >>"
    return index_one(ctx, "pdf-nest", "nested.pdf", pdf(objs), timeout=PDF_LIMIT)


@case("PDF: header only, then 1 MB of garbage", "pdf")
def _(ctx):
    return index_one(ctx, "pdf-garbage", "garbage.pdf",
                     b"%PDF-1.7\n" + random.Random(3).randbytes(1 << 20), timeout=PDF_LIMIT)


# --- Markdown ------------------------------------------------------------------------


@case("Markdown: 100,000 nested block quotes", "markdown")
def _(ctx):
    return index_one(ctx, "md-quote", "quote.md", b"# T\n\n" + b">" * 100000 + b" cells\n")


@case("Markdown: list nested 10,000 deep", "markdown")
def _(ctx):
    lines = b"".join(b"  " * i + b"- cells item\n" for i in range(10000))
    return index_one(ctx, "md-list", "list.md", b"# T\n\n" + lines)


@case("Markdown: 100,000 '[' and '*' unbalanced", "markdown")
def _(ctx):
    return index_one(ctx, "md-brackets", "brackets.md",
                     b"# T\n\ncells " + b"[*_`" * 100000 + b"\n")


@case("Markdown: YAML front matter alias bomb", "markdown")
def _(ctx):
    fm = [b"---", b'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    prev = b"a"
    for name in b"bcdefghij":
        n = bytes([name])
        fm.append(n + b": &" + n + b" [" + b",".join([b"*" + prev] * 9) + b"]")
        prev = n
    fm += [b"title: bomb", b"---", b"", b"cells after the front matter", b""]
    return index_one(ctx, "md-yaml", "yaml.md", b"\n".join(fm))


@case("Text: one 50 MB line without a newline", "markdown")
def _(ctx):
    def write(f):
        for _ in range(50):
            f.write(b"cells word " * ((1 << 20) // 11) + b"x")

    return index_one(ctx, "txt-line", "oneline.txt", write, timeout=120)


# --- index faults --------------------------------------------------------------------


class Tmpfs:
    """A small tmpfs mounted for the case, unmounted after."""

    def __init__(self, path, size):
        os.makedirs(path, exist_ok=True)
        self.path = path
        r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", path],
                           capture_output=True, text=True)
        self.ok = r.returncode == 0
        self.why = r.stderr.strip()

    def close(self):
        if self.ok:
            subprocess.run(["umount", "-l", self.path])


class Skipped(Exception):
    pass


def gen_corpus(path, files, seed=1):
    subprocess.run([sys.executable, GEN, path, str(files), str(seed)], check=True,
                   stdout=subprocess.DEVNULL)


def disk_full_check(r, folder, before_docs, corpus, index):
    if r.rc != 2:
        return f"exit {r.rc}, expected 2"
    m = r.message()
    if "disk full" not in m or folder not in m:
        return "message does not say disk full and name the folder"
    why = searchable(corpus, index)
    if why:
        return why
    if before_docs is not None:
        got, _ = doc_count(corpus, index)
        if got is None or got[0] < before_docs:
            return f"the index lost documents: {got} after, {before_docs} before"
    return None


@case("disk full: first index into a 2 MB tmpfs", "fault")
def _(ctx):
    d = ctx.dir("full-fresh")
    c = os.path.join(d, "corpus")
    gen_corpus(c, 800)
    fs = Tmpfs(os.path.join(d, "mnt"), "2m")
    if not fs.ok:
        raise Skipped(f"skipped: needs root ({fs.why})")
    try:
        idx = os.path.join(fs.path, "index")
        r = run(["--corpus", c, "--index", idx, "index"], timeout=120)

        def check(r):
            if r.rc != 2:
                return f"exit {r.rc}, expected 2"
            m = r.message()
            if "disk full" not in m or idx not in m:
                return "message does not say disk full and name the folder"
            return None

        r.note = "800 files, 6 MB corpus"
        return r, check
    finally:
        fs.close()


@case("disk full: adding files to an index in a 2 MB tmpfs", "fault")
def _(ctx):
    d = ctx.dir("full-add")
    c = os.path.join(d, "corpus")
    os.makedirs(c)
    for f in os.listdir(ctx.corpus):
        shutil.copy(os.path.join(ctx.corpus, f), c)
    fs = Tmpfs(os.path.join(d, "mnt"), "2m")
    if not fs.ok:
        raise Skipped(f"skipped: needs root ({fs.why})")
    try:
        idx = os.path.join(fs.path, "index")
        b = run(["--corpus", c, "--index", idx, "index", "--quiet"])
        if b.rc != 0:
            return b, lambda r: f"the small index did not fit: {b.message()}"
        before, _ = doc_count(c, idx)
        gen_corpus(os.path.join(c, "more"), 800)
        r = run(["--corpus", c, "--index", idx, "index"], timeout=120)
        r.note = f"{before[0]} documents before, 800 files added"
        return r, lambda r: disk_full_check(r, idx, before[0], c, idx)
    finally:
        fs.close()


def wait_line(path, text, timeout):
    """Waits until the file at `path` holds `text`."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            if text in open(path, errors="replace").read():
                return True
        except FileNotFoundError:
            pass
        time.sleep(0.05)
    return False


def start(args, env, err_path):
    e = {k: v for k, v in os.environ.items() if not k.startswith("ACCORD")}
    e.update(env)
    return subprocess.Popen([ACCORD] + args, stdout=subprocess.DEVNULL,
                            stderr=open(err_path, "w"), env=e)


def finished(p, args, started, err_path, timeout):
    try:
        p.wait(timeout=timeout)
        timed_out = False
    except subprocess.TimeoutExpired:
        p.kill()
        p.wait()
        timed_out = True
    return Run([ACCORD] + args, p.returncode, time.monotonic() - started, 0, "",
               open(err_path, errors="replace").read(), timed_out)


@case("disk full during the merge (tmpfs filled at the merge)", "fault")
def _(ctx):
    d = ctx.dir("full-merge")
    c = os.path.join(d, "corpus")
    os.makedirs(c)
    for f in os.listdir(ctx.corpus):
        shutil.copy(os.path.join(ctx.corpus, f), c)
    fs = Tmpfs(os.path.join(d, "mnt"), "64m")
    if not fs.ok:
        raise Skipped(f"skipped: needs root ({fs.why})")
    try:
        idx = os.path.join(fs.path, "index")
        b = run(["--corpus", c, "--index", idx, "index", "--quiet"])
        before, _ = doc_count(c, idx)
        gen_corpus(os.path.join(c, "more"), 1500)
        args = ["--corpus", c, "--index", idx, "index"]
        err = os.path.join(d, "index.err")
        t0 = time.monotonic()
        p = start(args, {"ACCORD_TEST_PAUSE_BEFORE_MERGE": "3"}, err)
        if not wait_line(err, "test hook: merging in", 120):
            r = finished(p, args, t0, err, 120)
            return r, lambda r: "the run never reached the merge (no test hook line)"
        # Fill what is left of the disk, so the merge meets a full disk.
        with open(os.path.join(fs.path, "filler"), "wb") as f:
            try:
                while True:
                    f.write(b"\0" * 65536)
                    f.flush()
            except OSError:
                pass
        r = finished(p, args, t0, err, 120)
        os.remove(os.path.join(fs.path, "filler"))
        r.note = f"{before[0]} documents before, 1,500 added and committed; merge on a full disk"

        def check(r):
            m = r.message()
            if r.rc != 2 or "disk full" not in m or idx not in m:
                return f"exit {r.rc}: {m}"
            why = searchable(c, idx)
            if why:
                return why
            again = run(args, timeout=120)
            if again.rc != 0:
                return f"re-run after freeing space exited {again.rc}: {again.message()}"
            got, _ = doc_count(c, idx)
            if got != (before[0] + 1500, before[0] + 1500):
                return f"docs lists {got}, want {before[0] + 1500} once each"
            return None

        return r, check
    finally:
        fs.close()


@case("kill -9 during the final merge", "fault")
def _(ctx):
    d = ctx.dir("kill-merge")
    c = os.path.join(d, "corpus")
    gen_corpus(c, 1500)
    idx = os.path.join(d, "index")
    args = ["--corpus", c, "--index", idx, "index"]
    err = os.path.join(d, "index.err")
    t0 = time.monotonic()
    p = start(args, {"ACCORD_TEST_PAUSE_BEFORE_MERGE": "0.5"}, err)
    if not wait_line(err, "test hook: merging now", 120):
        r = finished(p, args, t0, err, 120)
        return r, lambda r: "the run never reached the merge (no test hook line)"
    time.sleep(0.1)
    p.send_signal(signal.SIGKILL)
    r = finished(p, args, t0, err, 30)
    r.killed = True
    r.note = "SIGKILL 0.1 s into the merge of a 1,500-file build"

    def check(r):
        if r.rc != -9:
            return f"the indexer was not killed in the merge (exit {r.rc})"
        why = searchable(c, idx)
        if why:
            return why
        again = run(args, timeout=120)
        if again.rc != 0:
            return f"re-run exited {again.rc}: {again.message()}"
        got, _ = doc_count(c, idx)
        if got != (1500, 1500):
            return f"docs lists {got}, want 1500 once each"
        return None

    return r, check


@case("corpus changed during indexing (rewrites, deletes, adds)", "fault")
def _(ctx):
    d = ctx.dir("changing")
    c = os.path.join(d, "corpus")
    gen_corpus(c, 1500)
    idx = os.path.join(d, "index")
    files = sorted(os.path.join(c, f) for f in os.listdir(c) if f.endswith(".txt"))
    stop = threading.Event()

    def churn():
        rng = random.Random(5)
        n = 0
        while not stop.is_set():
            f = rng.choice(files)
            try:
                if n % 3 == 0:
                    os.remove(f)
                elif n % 3 == 1:
                    open(f, "w").write("Changed\n\nA new paragraph about cells.\n" * rng.randint(1, 50))
                else:
                    open(os.path.join(c, f"new-{n}.txt"), "w").write("New\n\nAdded cells.\n")
            except OSError:
                pass
            n += 1
            time.sleep(0.002)

    t = threading.Thread(target=churn)
    t.start()
    r = run(["--corpus", c, "--index", idx, "index"], timeout=120)
    stop.set()
    t.join()

    def check(r):
        if r.rc != 0:
            return f"exit {r.rc}"
        again = run(["--corpus", c, "--index", idx, "index", "--quiet"], timeout=120)
        if again.rc != 0:
            return f"the next run exited {again.rc}: {again.message()}"
        want = len([f for f in os.listdir(c) if f.endswith(".txt")])
        got, _ = doc_count(c, idx)
        if got != (want, want):
            return f"after the next run docs lists {got}, the corpus has {want} files"
        return None

    r.note = "a thread rewrote, deleted and added files every 2 ms during the run"
    return r, check


@case("a 100 MB file truncated while it is streamed", "fault")
def _(ctx):
    d = ctx.dir("truncate")
    c = os.path.join(d, "corpus")
    os.makedirs(c)
    big = os.path.join(c, "big.txt")
    para = b"Cells and more cells in a long statement about semiconductors.\n\n"
    with open(big, "wb") as f:
        f.write(b"Big\n\n")
        for _ in range(100 * (1 << 20) // len(para)):
            f.write(para)
    idx = os.path.join(d, "index")
    args = ["--corpus", c, "--index", idx, "index"]
    err = os.path.join(d, "index.err")
    t0 = time.monotonic()
    p = start(args, {}, err)
    time.sleep(1.0)
    with open(big, "r+b") as f:
        f.truncate(3 << 20)
    r = finished(p, args, t0, err, 120)
    r.note = "truncated from 100 MB to 3 MB 1 s into the run"

    def check(r):
        why = searchable(c, idx)
        if why:
            return why
        again = run(args + ["--quiet"], timeout=120)
        if again.rc != 0:
            return f"the next run exited {again.rc}: {again.message()}"
        got, _ = doc_count(c, idx)
        if got != (1, 1):
            return f"docs lists {got}, want the one file once"
        return None

    return r, check


@case("the corpus folder removed during indexing", "fault")
def _(ctx):
    d = ctx.dir("vanish")
    c = os.path.join(d, "corpus")
    gen_corpus(c, 1500)
    idx = os.path.join(d, "index")
    args = ["--corpus", c, "--index", idx, "index"]
    err = os.path.join(d, "index.err")
    t0 = time.monotonic()
    p = start(args, {}, err)
    time.sleep(0.4)
    shutil.rmtree(c)
    r = finished(p, args, t0, err, 120)
    r.note = "rm -rf of the corpus 0.4 s into the run"

    def check(r):
        os.makedirs(c)
        why = searchable(c, idx)
        return why

    return r, check


# --- HTTP ----------------------------------------------------------------------------


class Server:
    def __init__(self, ctx, *extra):
        self.log = os.path.join(ctx.root, f"serve-{len(extra)}-{time.monotonic_ns()}.log")
        e = {k: v for k, v in os.environ.items() if not k.startswith("ACCORD")}
        self.p = subprocess.Popen([ACCORD, "--corpus", ctx.corpus, "--index", ctx.index, "serve",
                                   "--port", "0", *extra], stdout=subprocess.PIPE,
                                  stderr=open(self.log, "w"), env=e, text=True)
        line = self.p.stdout.readline().strip()
        if not line.startswith("http://127.0.0.1:"):
            raise RuntimeError(f"accord serve printed {line!r}: {open(self.log).read()}")
        self.port = int(line.rstrip("/").rsplit(":", 1)[1])
        self.args = ["serve", "--port", "0", *extra]

    def alive(self):
        return self.p.poll() is None

    def stop(self):
        self.p.send_signal(signal.SIGTERM)
        try:
            self.p.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.p.kill()
            self.p.wait()
        return self.p.returncode

    def stderr(self):
        return open(self.log, errors="replace").read()


def exchange(port, data, timeout=15, read_all=True):
    """Sends `data` and reads the answer until the server closes or the answer (by its
    Content-Length) is complete."""
    s = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    try:
        s.sendall(data)
        return read_answer(s, timeout, read_all)
    finally:
        s.close()


def read_answer(s, timeout=15, read_all=True):
    s.settimeout(timeout)
    buf = b""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            chunk = s.recv(65536)
        except socket.timeout:
            break
        except ConnectionResetError:
            break
        if not chunk:
            break
        buf += chunk
        if not read_all and complete(buf):
            break
    return buf


def complete(buf):
    head, sep, body = buf.partition(b"\r\n\r\n")
    if not sep:
        return False
    for line in head.split(b"\r\n")[1:]:
        k, _, v = line.partition(b":")
        if k.strip().lower() == b"content-length":
            return len(body) >= int(v.strip())
    return False


def status(buf):
    try:
        return int(buf.split(b" ", 2)[1])
    except (IndexError, ValueError):
        return None


def body_error(buf):
    body = buf.partition(b"\r\n\r\n")[2]
    try:
        return json.loads(body.decode("utf-8", "replace")).get("error", "")
    except (ValueError, AttributeError):
        return body[:200].decode("utf-8", "replace")


def get(port, target, extra=b"", version=b"HTTP/1.1"):
    return exchange(port, b"GET " + target + b" " + version + b"\r\nHost: x\r\n" + extra
                    + b"Connection: close\r\n\r\n")


class HttpRun(Run):
    def __init__(self, request, code, secs, message, server):
        super().__init__(["(raw socket)", request], code, secs, 0, "", message, False)
        self.server = server


def http_case(ctx, server, request, expect, send=None, body=True):
    """One raw request: ok when the status is in `expect`, the answer says why (a JSON
    error for 4xx/5xx; with `body` false, for a request hyper refuses before any route
    sees it, the status line alone) and the server still answers a normal request
    after."""
    t0 = time.monotonic()
    buf = send() if send else exchange(server.port, request)
    secs = time.monotonic() - t0
    code = status(buf)
    msg = body_error(buf) if code and code >= 400 else ""
    if code == 200 and b'"query"' in buf:
        try:
            q = json.loads(buf.partition(b"\r\n\r\n")[2]).get("query", "")
            msg = f"searched {q!r}"
        except ValueError:
            pass
    r = HttpRun(shown([request]), code, secs, msg, server)
    r.message_override = f"{code} {msg}".strip() if code else "connection closed without an answer"

    def check(_):
        if code not in expect:
            return f"status {code}, expected {expect}"
        if code and code >= 400 and body and not msg:
            return "no message in the answer"
        after = status(get(server.port, b"/api/health"))
        if after != 200:
            return f"a normal request afterwards got {after}"
        if not server.alive():
            return "the server died"
        if "panicked" in server.stderr():
            return "PANIC"
        return None

    return r, check


@case("HTTP: malformed request line", "http")
def _(ctx):
    return http_case(ctx, ctx.server, b"GARBAGE\r\n\r\n", (400,), body=False)


@case("HTTP: 100 KB header", "http")
def _(ctx):
    return http_case(ctx, ctx.server, b"GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: "
                     + b"a" * 100000 + b"\r\n\r\n", (431,), body=False)


@case("HTTP: 100 KB URL", "http")
def _(ctx):
    return http_case(ctx, ctx.server, b"GET /api/search?q=" + b"a" * 100000
                     + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", (431, 414), body=False)


@case("HTTP: 20 KB URL", "http")
def _(ctx):
    return http_case(ctx, ctx.server, b"GET /api/search?q=" + b"a" * 20000
                     + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", (414,))


@case("HTTP: bad percent-encoding (q=%ZZ%)", "http")
def _(ctx):
    return http_case(ctx, ctx.server, b"GET /api/search?q=%ZZ% HTTP/1.1\r\nHost: x\r\n"
                     b"Connection: close\r\n\r\n", (400,))


@case("HTTP: invalid UTF-8 in the query (q=%FF%FE)", "http")
def _(ctx):
    return http_case(ctx, ctx.server, b"GET /api/search?q=%FF%FEcells HTTP/1.1\r\nHost: x\r\n"
                     b"Connection: close\r\n\r\n", (400,))


@case("HTTP: limit=18446744073709551616", "http")
def _(ctx):
    return http_case(ctx, ctx.server, b"GET /api/search?q=cells&limit=18446744073709551616 "
                     b"HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", (400,))


@case("HTTP: limit=-1", "http")
def _(ctx):
    return http_case(ctx, ctx.server, b"GET /api/search?q=cells&limit=-1 HTTP/1.1\r\nHost: x\r\n"
                     b"Connection: close\r\n\r\n", (400,))


@case("HTTP: unknown route", "http")
def _(ctx):
    return http_case(ctx, ctx.server, b"GET /etc/passwd HTTP/1.1\r\nHost: x\r\n"
                     b"Connection: close\r\n\r\n", (404,))


@case("HTTP: wrong method (DELETE /api/search)", "http")
def _(ctx):
    return http_case(ctx, ctx.server, b"DELETE /api/search?q=cells HTTP/1.1\r\nHost: x\r\n"
                     b"Connection: close\r\n\r\n", (405,))


@case("HTTP: body on GET (Content-Length 1 GB)", "http")
def _(ctx):
    return http_case(ctx, ctx.server, b"GET /api/search?q=cells HTTP/1.1\r\nHost: x\r\n"
                     b"Content-Length: 1000000000\r\nConnection: close\r\n\r\n" + b"x" * 1000,
                     (413,))


@case("HTTP: Content-Length and Transfer-Encoding both", "http")
def _(ctx):
    return http_case(ctx, ctx.server, b"GET /api/health HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n"
                     b"Transfer-Encoding: chunked\r\n\r\nzz\r\n", (200, 400), body=False)


@case("HTTP: HTTP/2 preface on an HTTP/1 server", "http")
def _(ctx):
    return http_case(ctx, ctx.server, b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n" + b"\0" * 64, (400, 505, None), body=False)


@case("HTTP/1.0 request", "http")
def _(ctx):
    return http_case(ctx, ctx.server, b"GET /api/search?q=cells HTTP/1.0\r\n\r\n", (200,))


@case("HTTP: 3 pipelined requests in one write", "http")
def _(ctx):
    req = (b"GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n"
           b"GET /api/search?q=cells&limit=1 HTTP/1.1\r\nHost: x\r\n\r\n"
           b"GET /nope HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")

    def send():
        buf = exchange(ctx.server.port, req)
        codes = [int(m) for m in re.findall(rb"HTTP/1\.1 (\d{3}) ", buf)]
        send.codes = codes
        return buf

    r, check = http_case(ctx, ctx.server, req, (200,), send=send)
    r.message_override = f"answers {send.codes} in order"
    return r, lambda x: check(x) or (None if send.codes == [200, 200, 404]
                                     else f"answers {send.codes}, want [200, 200, 404]")


@case("HTTP: a client that never reads a 10,000-hit answer", "http")
def _(ctx):
    def send():
        s = socket.create_connection(("127.0.0.1", ctx.server.port))
        s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        s.sendall(b"GET /api/search?q=cells&limit=100 HTTP/1.1\r\nHost: x\r\n\r\n" * 50)
        time.sleep(2)
        buf = get(ctx.server.port, b"/api/search?q=cells&limit=1")
        s.close()
        return buf

    return http_case(ctx, ctx.server, b"50 pipelined 100-hit searches, never read; then a search",
                     (200,), send=send)


@case("HTTP: slowloris (headers at 1 byte/s)", "http")
def _(ctx):
    server = ctx.server

    def send():
        s = socket.create_connection(("127.0.0.1", server.port))
        s.settimeout(1)
        req = b"GET /api/health HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 100
        t0 = time.monotonic()
        closed_after = None
        answered = None
        for i, byte in enumerate(req):
            try:
                s.send(bytes([byte]))
                data = s.recv(4096)
                if data == b"" or data:
                    closed_after = time.monotonic() - t0
                    send.first = data
                    break
            except socket.timeout:
                pass
            except (BrokenPipeError, ConnectionResetError):
                closed_after = time.monotonic() - t0
                break
            if i == 3:
                answered = status(get(server.port, b"/api/health"))
            if time.monotonic() - t0 > 40:
                break
        s.close()
        send.closed_after = closed_after
        send.answered = answered
        return b""

    send.first = b""
    r, check = http_case(ctx, server, b"1 byte/s, headers never finished", (None,), send=send)
    r.secs = send.closed_after or 40
    r.message_override = (f"dropped after {send.closed_after:.1f} s; a normal request meanwhile "
                          f"got {send.answered}" if send.closed_after else "never dropped")

    def check2(x):
        if send.closed_after is None or send.closed_after > 15:
            return "the slow connection was not dropped within 15 s"
        if send.answered != 200:
            return f"a normal request during it got {send.answered}"
        return check(x)

    return r, check2


@case("HTTP: 1,000 idle connections, then a request", "http")
def _(ctx):
    server = ctx.server

    def send():
        conns = []
        for _ in range(1000):
            conns.append(socket.create_connection(("127.0.0.1", server.port)))
        time.sleep(0.5)
        t0 = time.monotonic()
        buf = get(server.port, b"/api/search?q=cells&limit=1")
        send.secs = time.monotonic() - t0
        for s in conns:
            s.close()
        return buf

    r, check = http_case(ctx, server, b"1,000 connections opened and left idle, then a search",
                         (200, 503), send=send)
    r.message_override = f"{r.message_override or ''} answered in {send.secs * 1000:.0f} ms".strip()
    return r, check


@case("HTTP: over the connection cap (--max-connections 50)", "http")
def _(ctx):
    server = Server(ctx, "--max-connections", "50")
    try:
        def send():
            conns = [socket.create_connection(("127.0.0.1", server.port)) for _ in range(50)]
            time.sleep(0.5)
            buf = get(server.port, b"/api/health")
            for s in conns:
                s.close()
            time.sleep(0.5)
            send.after = status(get(server.port, b"/api/health"))
            return buf

        r, check = http_case(ctx, server, b"50 idle connections, then a 51st request", (503,),
                             send=send)
        r.args = [ACCORD] + server.args + ["(raw socket: 51 connections)"]
        r.message_override += f"; once they closed: {send.after}"
        result = check(r)
        return r, lambda x: result or (None if send.after == 200 else f"after: {send.after}")
    finally:
        server.stop()


@case("HTTP: SIGTERM with a request under way", "http")
def _(ctx):
    server = Server(ctx)
    status(get(server.port, b"/api/health"))
    s = socket.create_connection(("127.0.0.1", server.port))
    s.sendall(b"GET /api/search?q=cells&limit=100 HTTP/1.1\r\nHost: x\r\n\r\n")
    t0 = time.monotonic()
    rc = server.stop()
    secs = time.monotonic() - t0
    buf = read_answer(s, 5, read_all=False)
    s.close()
    r = Run([ACCORD] + server.args + ["(SIGTERM)"], rc, secs, 0, "", server.stderr(), False)
    r.message_override = f"exit {rc} in {secs:.1f} s; the request under way got {status(buf)}"
    return r, lambda r: None if rc == 0 and status(buf) == 200 else "not a clean stop"


# --- main ----------------------------------------------------------------------------


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", help="run only cases whose name contains this")
    ap.add_argument("--keep", action="store_true", help="keep the temp folder")
    a = ap.parse_args()
    if not os.access(ACCORD, os.X_OK):
        sys.exit(f"{ACCORD} is missing; run `cargo build --release` first")
    root = tempfile.mkdtemp(prefix="accord-hostile-")
    ctx = Ctx(root)
    ctx.server = Server(ctx)
    results = []
    try:
        for name, category, fn in CASES:
            if a.only and a.only.lower() not in name.lower():
                continue
            t0 = time.monotonic()
            try:
                got = fn(ctx)
                r, check = got if isinstance(got, tuple) else (got, None)
                v = verdict(r, check)
                row = {
                    "name": name, "category": category, "command": shown(r.args),
                    "exit": r.rc, "seconds": round(r.secs, 2),
                    "peak_rss_mb": round(r.rss_kb / 1024, 1) if r.rss_kb else None,
                    "message": (getattr(r, "message_override", None) or r.message())
                    .replace(root, "TMP")[:300],
                    "note": getattr(r, "note", ""), "verdict": v,
                }
            except Skipped as s:
                row = {"name": name, "category": category, "command": "", "exit": None,
                       "seconds": round(time.monotonic() - t0, 2), "peak_rss_mb": None,
                       "message": str(s), "note": "", "verdict": "skipped"}
            except Exception as e:  # the harness failed, not accord: say so
                row = {"name": name, "category": category, "command": "", "exit": None,
                       "seconds": round(time.monotonic() - t0, 2), "peak_rss_mb": None,
                       "message": f"harness error: {type(e).__name__}: {e}", "note": "",
                       "verdict": "HARNESS ERROR"}
            results.append(row)
            print(f"{row['verdict']:>8}  {row['seconds']:7.2f}s  {category:8} {name}: "
                  f"{row['message'][:120]}", flush=True)
    finally:
        ctx.server.stop()
        if a.keep:
            print(f"kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    if not a.only:
        write(results)
    ok = sum(r["verdict"] == "ok" for r in results)
    skipped = sum(r["verdict"] == "skipped" for r in results)
    print(f"\n{ok} ok, {skipped} skipped, {len(results) - ok - skipped} not ok, of {len(results)}")
    return 0 if ok + skipped == len(results) else 1


def write(results):
    with open(os.path.join(HERE, "results.jsonl"), "w") as f:
        for r in results:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    esc = lambda s: str(s).replace("|", "\\|").replace("\n", " ")
    ok = sum(r["verdict"] == "ok" for r in results)
    lines = [
        f"{ok} of {len(results)} cases ok ({time.strftime('%Y-%m-%d')}; "
        "`python3 bench/reliability/hostile.py`).",
        "",
        "| case | outcome | message |",
        "|---|---|---|",
    ]
    for r in results:
        note = f" ({r['note']})" if r["note"] else ""
        facts = []
        if r["exit"] is not None:
            facts.append(f"HTTP {r['exit']}" if r["category"] == "http" and r["exit"] > 2
                         else f"exit {r['exit']}")
        facts.append(f"{r['seconds']} s")
        if r["peak_rss_mb"]:
            facts.append(f"{r['peak_rss_mb']:.0f} MB peak")
        lines.append(f"| {esc(r['category'])}: {esc(r['name'])}{esc(note)} | "
                     f"{esc(r['verdict'])}: {', '.join(facts)} | {esc(r['message'])} |")
    with open(os.path.join(HERE, "table.md"), "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    sys.exit(main())
