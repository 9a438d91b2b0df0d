#!/usr/bin/env python3
"""Makes the PDFs tests/formats.rs indexes (tests/data/pdf/): paragraphs over a page
break and a page of one-line paragraphs, set like the format benchmark's PDFs
(bench/formats/make-corpora.py: 10 pt type on 13 pt leading, 6 pt after a
paragraph, so 19 pt between paragraphs; a running header; page numbers).

Lines are drawn one by one so the tests know which line is on which page:

- english-across.pdf: a paragraph of page 1 that goes on for two lines of page 2;
- korean-across.pdf: the same in Korean (Hangul has no lower case to tell it goes on);
- one-line-paragraphs.pdf: a page of one-line paragraphs, 19 pt apart.

Needs reportlab and the fonts DejaVu Sans and Nanum Gothic (fonts-dejavu-core,
fonts-nanum). Usage: tests/data/make-pdfs.py [OUTDIR]
"""
import os
import sys

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "pdf")
pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("Nanum", "/usr/share/fonts/truetype/nanum/NanumGothic.ttf"))
W, H = A4
SIZE, LEADING, AFTER = 10, 13, 6


def document(path, font, header, pages, title):
    """`pages`: lists of paragraphs, each a list of lines; a (text,) tuple is a
    14 pt heading line."""
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(title)
    for number, paragraphs in enumerate(pages, 1):
        c.setFont(font, 8)
        c.drawString(56, H - 40, header)
        y = H - 80
        for para in paragraphs:
            for line in para:
                if isinstance(line, tuple):
                    c.setFont(font, 14)
                    c.drawString(56, y, line[0])
                    y -= 18 + 10
                    continue
                c.setFont(font, SIZE)
                c.drawString(56, y, line)
                y -= LEADING
            y -= AFTER
        c.setFont(font, 8)
        c.drawRightString(W - 56, 30, str(number))
        c.showPage()
    c.save()


def filler(words, n):
    return [f"{words} line {i} of the paragraph that fills the first page" for i in range(1, n + 1)]


def english(path):
    first = [[("Joint statement on digital cooperation",)]]
    first += [[f"Paragraph {p} says the ministers met and agreed on points {p}a and",
               f"{p}b of the plan, which the parties will review next year."] for p in range(1, 4)]
    first += [["The ministers agreed to extend the cooperation on semiconductor",
               "research and on the security of undersea cables, and to hold",
               "yearly consultations between the deputy ministers of both"]]
    second = [["countries, starting with a meeting in Warsaw in the spring.",
               "The first meeting will set the agenda for the working groups."],
              ["A separate paragraph closes the statement."]]
    document(path, "DejaVu", "Ministry of Digital Affairs - Press release", [first, second],
             "Joint statement on digital cooperation")


def korean(path):
    first = [[("디지털 협력에 관한 공동 성명",)]]
    first += [[f"양국 장관은 {p}번째 의제에 대해 논의하고 협력 계획의 세부 사항을",
               "내년에 함께 검토하기로 합의했다."] for p in range(1, 4)]
    first += [["양국은 반도체 연구와 해저 케이블 보안 분야의 협력을 확대하고",
               "차관급 정례 협의를 매년 개최하며 첫 회의는 내년 봄"]]
    second = [["바르샤바에서 열기로 했다. 첫 회의에서는 실무 그룹의",
               "의제를 정한다."],
              ["성명은 별도의 문단으로 끝난다."]]
    document(path, "Nanum", "과학기술정보통신부 보도자료", [first, second],
             "디지털 협력에 관한 공동 성명")


def one_line(path):
    paras = [[("Summary of the agreement",)]]
    paras += [[s] for s in [
        "The parties signed the memorandum on digital cooperation.",
        "Both sides will exchange experts on artificial intelligence.",
        "A working group on undersea cables will meet twice a year.",
        "The ministers welcomed the progress on semiconductor research.",
        "Joint funding for start-ups will open in the autumn.",
        "The next consultations are planned for Seoul.",
    ]]
    document(path, "DejaVu", "Ministry of Digital Affairs - Summary", [paras],
             "Summary of the agreement")


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    english(os.path.join(OUT, "english-across.pdf"))
    korean(os.path.join(OUT, "korean-across.pdf"))
    one_line(os.path.join(OUT, "one-line-paragraphs.pdf"))
