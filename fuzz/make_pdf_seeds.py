#!/usr/bin/env python3
"""Writes the small PDFs in seeds/pdf/ (a few hundred bytes each): the fuzzer starts from
files the PDF reader takes, each showing one feature, rather than from 50 KB documents
that it runs through at a few executions a second. Run from fuzz/: python3 make_pdf_seeds.py
"""
import hashlib
import os
import zlib

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "seeds", "pdf")


def content(lines, x=72, y=720, font="/F1", size=12):
    """A page's content stream drawing `lines` of text, one under another."""
    ops = [f"BT {font} {size} Tf {x} {y} Td {size + 2} TL"]
    for line in lines:
        esc = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"({esc}) Tj T*")
    ops.append("ET")
    return "\n".join(ops).encode("latin-1")


def pdf(objects, trailer_extra=b"", version=b"1.4", broken_xref=False, crypt=None):
    """A PDF of `objects` (numbered from 1, bytes each; a stream as (dict, data)) with an
    xref table; `crypt(num, data)` encrypts strings and streams of object `num`."""
    out = bytearray(b"%PDF-" + version + b"\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for num, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{num} 0 obj\n".encode()
        if isinstance(obj, tuple):
            head, data = obj
            if crypt:
                data = crypt(num, data)
            out += head + f" /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream"
        else:
            out += obj
        out += b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        if broken_xref:
            off += 7
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R ".encode() + trailer_extra + b">>\n"
    out += f"startxref\n{xref + (3 if broken_xref else 0)}\n%%EOF\n".encode()
    return bytes(out)


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def pages_doc(page_lines, compress=False, info=None, crypt=None, trailer_extra=b""):
    """Catalog, page tree, font, then per page: the page and its content."""
    n = len(page_lines)
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(n))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode(),
        FONT,
    ]
    for i, lines in enumerate(page_lines):
        objs.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>".encode()
        )
        data = content(lines)
        if compress:
            objs.append((b"<< /Filter /FlateDecode", zlib.compress(data)))
        else:
            objs.append((b"<<", data))
    extra = trailer_extra
    if info is not None:
        objs.append(info)
        extra += f"/Info {len(objs)} 0 R ".encode()
    return objs, extra


def rc4(key, data):
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    i = j = 0
    out = bytearray()
    for b in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(b ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def encrypted():
    """RC4 40-bit, standard security handler revision 2, empty user password."""
    file_id = hashlib.md5(b"accord fuzz seed").digest()
    owner = rc4(hashlib.md5(b"owner"[:32] + PAD[: 32 - 5]).digest()[:5], PAD)
    p = -44
    key = hashlib.md5(PAD + owner + p.to_bytes(4, "little", signed=True) + file_id).digest()[:5]
    user = rc4(key, PAD)

    def crypt(num, data):
        k = hashlib.md5(key + num.to_bytes(3, "little") + (0).to_bytes(2, "little")).digest()
        return rc4(k[:10], data)

    objs, extra = pages_doc([["An encrypted statement: the parties agreed."]])
    objs.append(
        b"<< /Filter /Standard /V 1 /R 2 /O <" + owner.hex().encode() + b"> /U <"
        + user.hex().encode() + b"> /P " + str(p).encode() + b" >>"
    )
    extra += f"/Encrypt {len(objs)} 0 R /ID [<{file_id.hex()}> <{file_id.hex()}>] ".encode()
    return pdf(objs, extra, crypt=crypt)


def xref_stream():
    """PDF 1.5: the cross-reference as a compressed stream."""
    objs, _ = pages_doc([["Cross-reference stream: ministers met in Seoul."]])
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for num, obj in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{num} 0 obj\n".encode()
        if isinstance(obj, tuple):
            head, data = obj
            out += head + f" /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream"
        else:
            out += obj
        out += b"\nendobj\n"
    xnum = len(objs) + 1
    offsets.append(len(out))
    rows = b"\x00\x00\x00\xff\xff" + b"".join(b"\x01" + o.to_bytes(3, "big") + b"\x00" for o in offsets)
    data = zlib.compress(rows)
    out += (
        f"{xnum} 0 obj\n<< /Type /XRef /Size {xnum + 1} /W [1 3 1] /Root 1 0 R "
        f"/Filter /FlateDecode /Length {len(data)} >>\nstream\n"
    ).encode() + data + b"\nendstream\nendobj\n"
    out += f"startxref\n{offsets[-1]}\n%%EOF\n".encode()
    return bytes(out)


def main():
    os.makedirs(OUT, exist_ok=True)
    info = b"<< /Title (Joint statement) /Author (Ministry) /CreationDate (D:20230630120000+09'00') >>"
    seeds = {
        "one-page.pdf": pdf(*pages_doc([["Joint statement", "The ministers agreed to cooperate."]], info=info)),
        "two-pages.pdf": pdf(*pages_doc([["Page one: the council met."], ["Page two: next steps-", "were agreed."]])),
        "compressed.pdf": pdf(*pages_doc([["A compressed stream: digital partnership."]], compress=True)),
        "xref-stream.pdf": xref_stream(),
        "encrypted.pdf": encrypted(),
        "broken-xref.pdf": pdf(*pages_doc([["The xref points a few bytes off."]]), broken_xref=True),
        "no-xref.pdf": pdf(*pages_doc([["No xref at all."]])).split(b"xref\n0 ")[0] + b"%%EOF\n",
    }
    for name, data in seeds.items():
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
        print(f"{name}: {len(data)} bytes")


if __name__ == "__main__":
    main()
