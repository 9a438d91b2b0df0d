#!/usr/bin/env python3
"""Makes the small PDFs the PDF extractor's tests read (src/corpus/format/testdata/).

Needs reportlab (pip install reportlab) and the Debian fonts fonts-dejavu-core and
fonts-nanum. Lines are laid out by hand so the tests know where each line breaks:
a Polish statement with end-of-line hyphenation, a real hyphen at a line end, a
running header and page numbers; a Korean statement; an English one over four pages;
an encrypted one, one with only an image (a scan without OCR), and a damaged one.

Usage: scripts/make-test-pdfs.py [OUTDIR]
"""
import os
import struct
import sys
import zlib

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.lib import pdfencrypt

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.path.dirname(__file__), "..", "src", "corpus", "format", "testdata")
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
NANUM = "/usr/share/fonts/truetype/nanum/NanumGothic.ttf"
NANUM_BOLD = "/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf"

pdfmetrics.registerFont(TTFont("DejaVu", DEJAVU))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", DEJAVU_BOLD))
pdfmetrics.registerFont(TTFont("Nanum", NANUM))
pdfmetrics.registerFont(TTFont("Nanum-Bold", NANUM_BOLD))

W, H = A4


def page(c, lines, header=None, footer=None, font="DejaVu", bold="DejaVu-Bold"):
    """Draws one page: `lines` are (text, size, bold?) or "" for a paragraph gap."""
    if header:
        c.setFont(font, 8)
        c.drawString(72, H - 40, header)
    y = H - 90
    for line in lines:
        if line == "":
            y -= 10
            continue
        text, size, is_bold = line
        c.setFont(bold if is_bold else font, size)
        c.drawString(72, y, text)
        y -= size * 1.45
    if footer:
        c.setFont(font, 8)
        c.drawString(W / 2 - 20, 30, footer)
    c.showPage()


def body(text_lines, size=11):
    return [(t, size, False) if t else "" for t in text_lines]


def polish(path):
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("Microsoft Word - komunikat_final.docx")
    c.setAuthor("MC")
    header = "Ministerstwo Cyfryzacji – Komunikat prasowy"
    pages = [
        [("Polsko-koreańskie memorandum", 18, True),
         ("o współpracy cyfrowej", 18, True),
         "",
         ("Warszawa, 19 października 2018 r.", 11, False),
         ""] + body([
            "Minister Cyfryzacji podpisał w Seulu memorandum o współ-",
            "pracy w dziedzinie sztucznej inteligencji, cyberbezpieczeń-",
            "stwa i sieci 5G. Porozumienie przewiduje wymianę ekspertów.",
            "",
            "Strony uzgodniły także program badań nad półprzewodnikami",
            "w ramach partnerstwa ROK-",
            "EU oraz regularne konsultacje na szczeblu wiceministrów.",
        ]),
        body([
            "Kolejne spotkanie grupy roboczej zaplanowano na wiosnę przy-",
            "szłego roku w Warszawie. Wtedy strony ocenią postępy prac",
            "i przyjmą plan działań na lata 2019–2021.",
            "",
            "Memorandum obejmuje również współpracę przy wdrażaniu",
            "usług e-administracji oraz wymianę doświadczeń w zakresie",
            "ochrony danych osobowych.",
        ]),
        body([
            "Obie strony podkreśliły znaczenie otwartego i bezpiecznego",
            "internetu dla rozwoju gospodarczego obu państw.",
        ]),
    ]
    for i, lines in enumerate(pages, 1):
        page(c, lines, header=header, footer=f"– {i} –")
    c.save()


def korean(path):
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("한-폴란드 디지털 협력 공동성명")
    c.setAuthor("과학기술정보통신부")
    pages = [
        [("한-폴란드 디지털 협력 공동성명", 16, True), ""] + body([
            "한국과 폴란드는 2023년 5월 22일 서울에서 디지털 협력 공동",
            "성명을 채택하고 인공지능과 반도체 분야의 협력을 강화하기로",
            "합의했다.",
            "",
            "양국은 공급망 안정을 위한 조기경보 체계를 구축하고 연구자",
            "교류를 확대하기로 했다.",
        ]),
        body([
            "양측은 내년 바르샤바에서 제2차 공동위원회를 개최하기로 했다.",
        ]),
    ]
    for i, lines in enumerate(pages, 1):
        page(c, lines, footer=f"{i}", font="Nanum", bold="Nanum-Bold")
    c.save()


def english(path, encrypt=None):
    c = canvas.Canvas(path, pagesize=A4, encrypt=encrypt)
    c.setTitle("EU-Korea Digital Partnership Council: joint statement")
    c.setAuthor("Council of the European Union")
    header = "Council of the European Union — Press release"
    texts = [
        [("EU-Korea Digital Partnership Council", 16, True), ""] + body([
            "Brussels, 30 June 2023",
            "",
            "The European Union and the Republic of Korea held the first",
            "Digital Partnership Council in Seoul. Both sides agreed to deepen",
            "cooperation on semiconductors, 5G and 6G, quantum technologies",
            "and trustworthy artificial intelligence.",
        ]),
        body([
            "The partners will launch joint research calls on next-generation",
            "semiconductors and exchange information on supply-chain risks.",
        ]),
        body([
            "They also agreed to work together on digital identity, cross-",
            "border data flows and online platforms.",
        ]),
        body([
            "The next Digital Partnership Council will take place in Brussels",
            "in 2024.",
        ]),
    ]
    for i, lines in enumerate(texts, 1):
        page(c, lines, header=header, footer=f"Page {i} of {len(texts)}")
    c.save()


def png(width, height):
    """A grey-noise PNG, as a scan would be, made without image libraries."""
    rows = b"".join(b"\x00" + bytes(((x * 7 + y * 13) % 256) for x in range(width))
                    for y in range(height))
    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def scanned(path):
    img = os.path.join(OUT, "_scan.png")
    with open(img, "wb") as f:
        f.write(png(200, 280))
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("Scanned statement")
    for _ in range(2):
        c.drawImage(img, 36, 36, W - 72, H - 72)
        c.showPage()
    c.save()
    os.remove(img)


def damaged(path, source):
    with open(source, "rb") as f:
        data = f.read()
    # The header and the first object, then noise: no page can be read.
    cut = data.index(b"endobj") + len(b"endobj")
    noise = bytes((i * 151 + 17) % 256 for i in range(600))
    with open(path, "wb") as f:
        f.write(data[:cut] + b"\n" + noise)


def main():
    os.makedirs(OUT, exist_ok=True)
    polish(os.path.join(OUT, "polish.pdf"))
    korean(os.path.join(OUT, "korean.pdf"))
    english(os.path.join(OUT, "english.pdf"))
    english(os.path.join(OUT, "encrypted.pdf"),
            encrypt=pdfencrypt.StandardEncryption("user-secret", "owner-secret"))
    scanned(os.path.join(OUT, "scanned.pdf"))
    damaged(os.path.join(OUT, "damaged.pdf"), os.path.join(OUT, "english.pdf"))


if __name__ == "__main__":
    main()
