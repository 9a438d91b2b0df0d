#!/usr/bin/env python3
"""Builds the format benchmark's corpora from one folder of plain-text prose.

Usage: make-corpora.py SOURCE_DIR OUT_DIR [PDF_COUNT]

SOURCE_DIR holds .txt files of blank-line paragraphs (bench/scale's corpus). OUT_DIR gets:

  text/     the prose cut into pages of about 40 paragraphs, as .txt
  html/     the same pages as .html: a site template around them (head with og: meta,
            JSON-LD and scripts, cookie banner, header menu, breadcrumbs, share bar, related
            links, footer); three templates in turn: semantic tags, div soup, table layout
  pdftext/  PDF_COUNT (default 240) texts of up to three consecutive pages, spread over
            every source, as .txt
  pdf/      the same pages as PDFs typeset by reportlab (DejaVu Sans; Nanum Gothic for Korean)
  manifest.json  bytes on disk and bytes of visible text of each corpus

Visible text is what a reader sees: the paragraphs, headings and the chrome's words; the
benchmark divides by it so HTML and plain text are compared per MB of the same text.
"""
import html
import json
import os
import re
import sys

SRC, OUT = sys.argv[1], sys.argv[2]
PDF_COUNT = int(sys.argv[3]) if len(sys.argv) > 3 else 240
PARAS_PER_PAGE = 40

CHROME = {
    "en": dict(menu=["Home", "About us", "News", "Policies", "Publications", "Contact"], cookie="This site uses cookies to offer you a better browsing experience. Find out more on how we use cookies.", accept="Accept all cookies", share="Share this page", related="Related news", footer=["Privacy policy", "Legal notice", "Accessibility", "Sitemap"]),
    "pl": dict(menu=["Strona główna", "O nas", "Aktualności", "Polityka", "Publikacje", "Kontakt"], cookie="Korzystamy z plików cookies, aby ułatwić Ci korzystanie z serwisu. Dowiedz się więcej.", accept="Akceptuję", share="Udostępnij", related="Zobacz także", footer=["Polityka prywatności", "Informacja prawna", "Deklaracja dostępności", "Mapa serwisu"]),
    "ko": dict(menu=["홈", "기관소개", "알림·소식", "정책정보", "정보공개", "국민참여"], cookie="이 누리집은 대한민국 공식 전자정부 누리집입니다.", accept="확인", share="공유하기", related="관련 기사", footer=["개인정보처리방침", "저작권 정책", "이용약관", "찾아오시는 길"]),
}


def pages_of(path):
    text = open(path, encoding="utf-8").read()
    paras = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    for i in range(0, len(paras), PARAS_PER_PAGE):
        yield paras[i:i + PARAS_PER_PAGE]


def lang_of(path):
    return os.path.basename(os.path.dirname(path)) if os.path.basename(os.path.dirname(path)) in CHROME else "en"


def esc(s):
    return html.escape(s, quote=False)


def block(p):
    # A short line without a final stop reads as a heading.
    if len(p) < 80 and not p.endswith((".", ":", "?", "!", "다")):
        return f"<h2>{esc(p)}</h2>"
    return "<p>" + esc(p).replace("\n", " ") + "</p>"


def render(paras, lang, n):
    c = CHROME[lang]
    title = paras[0].replace("\n", " ")[:120]
    body = "\n".join(block(p) for p in paras[1:])
    menu = "".join(f'<li><a href="/m/{i}">{esc(m)}</a></li>' for i, m in enumerate(c["menu"]))
    foot = "".join(f'<li><a href="/f/{i}">{esc(m)}</a></li>' for i, m in enumerate(c["footer"]))
    rel = "".join(f'<li><a href="/n/{n + i}">{esc(p[:70])}</a></li>' for i, p in enumerate(paras[1:4]))
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": "2024-05-14"}, ensure_ascii=False)
    head = (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n<title>{esc(title)} | Portal</title>\n'
            f'<meta property="og:title" content="{html.escape(title)}">\n<meta property="og:site_name" content="Portal">\n'
            f'<script type="application/ld+json">{ld}</script>\n'
            '<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag("js",new Date());</script>\n'
            '<link rel="stylesheet" href="/assets/site.css">\n</head>\n<body>\n')
    cookie = f'<div class="cookie-banner"><p>{esc(c["cookie"])}</p><button>{esc(c["accept"])}</button></div>\n'
    share = f'<div class="share"><span>{esc(c["share"])}</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a></div>\n'
    related = f'<h3>{esc(c["related"])}</h3><ul>{rel}</ul>'
    kind = n % 3
    if kind == 0:
        page = (head + cookie + f'<header><nav><ul>{menu}</ul></nav></header>\n<nav class="breadcrumb"><a href="/">{esc(c["menu"][0])}</a> &gt; {esc(c["menu"][2])}</nav>\n'
                f'<main><article><h1>{esc(title)}</h1>\n<time datetime="2024-05-14">2024-05-14</time>\n{body}\n{share}</article>\n<aside>{related}</aside></main>\n'
                f'<footer><ul>{foot}</ul></footer>\n<script src="/assets/app.js" defer></script>\n</body>\n</html>\n')
    elif kind == 1:
        body = body.replace("<p>", '<div class="txt">').replace("</p>", "</div>")
        page = (head + cookie + f'<div id="hd"><div class="gnb"><ul>{menu}</ul></div></div>\n<div id="wrap"><div class="cont"><div class="view">\n'
                f'<div class="tit">{esc(title)}</div><div class="date">2024.05.14</div>\n<div class="view_cont">\n{body}\n</div>\n{share}</div>\n'
                f'<div class="side">{related}</div></div></div>\n<div id="ft"><ul>{foot}</ul></div>\n</body>\n</html>\n')
    else:
        page = (head + cookie + f'<table width="100%"><tr><td><ul>{menu}</ul></td></tr></table>\n<table width="980"><tr><td width="200" valign="top">{related}</td>\n'
                f'<td valign="top"><table><tr><td class="title"><b>{esc(title)}</b></td></tr><tr><td>2024-05-14</td></tr><tr><td>\n{body}\n</td></tr></table>{share}</td></tr></table>\n'
                f'<table width="100%"><tr><td><ul>{foot}</ul></td></tr></table>\n</body>\n</html>\n')
    chrome_text = " ".join([c["cookie"], c["accept"], c["share"], c["related"], "Facebook X LinkedIn"] + c["menu"] + c["footer"] + [p[:70] for p in paras[1:4]])
    return page, len(chrome_text.encode())


def make_pdf(path, paras, lang):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    if "Body" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("Body", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("BodyKo", "/usr/share/fonts/truetype/nanum/NanumGothic.ttf"))
    font = "BodyKo" if lang == "ko" else "Body"
    body = ParagraphStyle("b", fontName=font, fontSize=10, leading=13, spaceAfter=6)
    head = ParagraphStyle("h", fontName=font, fontSize=14, leading=18, spaceAfter=10)
    title = paras[0].replace("\n", " ")[:120]

    def running(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.drawString(56, A4[1] - 40, title[:90])
        canvas.drawRightString(A4[0] - 56, 30, str(doc.page))
        canvas.restoreState()
    doc = SimpleDocTemplate(path, pagesize=A4, title=title, author="accord format benchmark")
    story = [Paragraph(esc(title), head)]
    for p in paras[1:]:
        story.append(Paragraph(esc(p).replace("\n", " "), body))
    story.append(Spacer(1, 6))
    doc.build(story, onFirstPage=running, onLaterPages=running)


def main():
    sources = sorted(os.path.join(d, f) for d, _, fs in os.walk(SRC) for f in fs if f.endswith(".txt"))
    for sub in ("text", "html", "pdftext", "pdf"):
        os.makedirs(os.path.join(OUT, sub), exist_ok=True)
    sizes = {k: {"files": 0, "bytes": 0, "visible": 0} for k in ("text", "html", "pdftext", "pdf")}
    pdf_pages = []
    n = 0
    for src in sources:
        lang = lang_of(src)
        for paras in pages_of(src):
            if len(paras) < 3:
                continue
            name = f"{lang}-{n:05d}"
            text = "\n\n".join(paras) + "\n"
            tb = text.encode()
            open(os.path.join(OUT, "text", name + ".txt"), "wb").write(tb)
            page, chrome_bytes = render(paras, lang, n)
            hb = page.encode()
            open(os.path.join(OUT, "html", name + ".html"), "wb").write(hb)
            for k, b, v in (("text", len(tb), len(tb)), ("html", len(hb), len(tb) + chrome_bytes)):
                sizes[k]["files"] += 1
                sizes[k]["bytes"] += b
                sizes[k]["visible"] += v
            pdf_pages.append((name, lang, paras))
            n += 1
    # PDFs from pages spread over every source (every k-th page), so all three languages are in.
    # Each PDF holds three consecutive pages of one source (a few printed pages).
    step = max(1, len(pdf_pages) // PDF_COUNT)
    chosen = []
    for i in range(0, len(pdf_pages), step):
        name, lang, paras = pdf_pages[i]
        for nm, lg, ps in pdf_pages[i + 1:i + min(step, 3)]:
            if lg == lang:
                paras = paras + ps
        chosen.append((name, lang, paras))
    for name, lang, paras in chosen[:PDF_COUNT]:
        text = "\n\n".join(paras) + "\n"
        tb = text.encode()
        open(os.path.join(OUT, "pdftext", name + ".txt"), "wb").write(tb)
        path = os.path.join(OUT, "pdf", name + ".pdf")
        make_pdf(path, paras, lang)
        sizes["pdftext"]["files"] += 1
        sizes["pdftext"]["bytes"] += len(tb)
        sizes["pdftext"]["visible"] += len(tb)
        sizes["pdf"]["files"] += 1
        sizes["pdf"]["bytes"] += os.path.getsize(path)
        sizes["pdf"]["visible"] += len(tb)
    json.dump(sizes, open(os.path.join(OUT, "manifest.json"), "w"), indent=1)
    for k, v in sizes.items():
        print(f"{k}: {v['files']} files, {v['bytes'] / 1e6:.1f} MB, visible text {v['visible'] / 1e6:.1f} MB", file=sys.stderr)


main()
