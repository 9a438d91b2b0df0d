//! Layout rules on lines given by hand, and the whole extractor on the PDFs
//! `scripts/make-test-pdfs.py` makes.

use super::*;

fn line(text: &str, top: f32, height: f32) -> Line {
    Line {
        text: text.to_string(),
        top,
        height,
    }
}

/// A page of body lines at 11 pt, 16 pt apart, with `gap` marking a blank line.
fn page(header: Option<&str>, lines: &[&str], footer: Option<&str>) -> Vec<Line> {
    let mut out = Vec::new();
    if let Some(h) = header {
        out.push(line(h, 40.0, 8.0));
    }
    let mut top = 90.0;
    for l in lines {
        if l.is_empty() {
            top += 10.0;
            continue;
        }
        out.push(line(l, top, 11.0));
        top += 16.0;
    }
    if let Some(f) = footer {
        out.push(line(f, 800.0, 8.0));
    }
    out
}

fn content(blocks: &[Block]) -> Vec<&str> {
    blocks
        .iter()
        .filter(|b| b.set_aside.is_none())
        .map(|b| b.text.as_str())
        .collect()
}

#[test]
fn hyphenation_is_undone_but_real_hyphens_stay() {
    let vocabulary = Vocabulary::of(&[vec![line("cross-border flows", 0.0, 11.0)]]);
    let cases: &[(&str, &str, &str)] = &[
        (
            "o współ-",
            "pracy w dziedzinie",
            "o współpracy w dziedzinie",
        ),
        ("partnerstwa ROK-", "EU oraz", "partnerstwa ROK-EU oraz"),
        (
            "on digital identity, cross-",
            "border data",
            "on digital identity, cross-border data",
        ),
        ("infor-", "mation", "information"),
        ("Polsko-", "Koreańskie", "Polsko-Koreańskie"),
        ("the 2019-", "2021 plan", "the 2019-2021 plan"),
        ("한국과 폴란드는", "협력을", "한국과 폴란드는 협력을"),
        ("soft\u{ad}", "ware", "software"),
    ];
    for &(a, b, want) in cases {
        let mut text = a.to_string();
        join_line(&mut text, b, &vocabulary);
        assert_eq!(text, want);
    }
}

#[test]
fn running_headers_footers_and_page_numbers_are_set_aside() {
    let pages = vec![
        page(
            Some("Ministry of Digital Affairs — Press release"),
            &["First page text runs here."],
            Some("– 1 –"),
        ),
        page(
            Some("Ministry of Digital Affairs — Press release"),
            &["Second page text."],
            Some("– 2 –"),
        ),
        page(
            Some("Ministry of Digital Affairs — Press release"),
            &["Third page text."],
            Some("Page 3 of 3"),
        ),
    ];
    let blocks = layout(&pages);
    let reasons: Vec<(&str, Option<Reason>)> = blocks
        .iter()
        .map(|b| (b.text.as_str(), b.set_aside))
        .collect();
    assert_eq!(
        reasons,
        [
            (
                "Ministry of Digital Affairs — Press release",
                Some(Reason::RunningHeader)
            ),
            ("First page text runs here.", None),
            ("– 1 –", Some(Reason::PageNumber)),
            (
                "Ministry of Digital Affairs — Press release",
                Some(Reason::RunningHeader)
            ),
            ("Second page text.", None),
            ("– 2 –", Some(Reason::PageNumber)),
            (
                "Ministry of Digital Affairs — Press release",
                Some(Reason::RunningHeader)
            ),
            ("Third page text.", None),
            ("Page 3 of 3", Some(Reason::PageNumber)),
        ]
    );
    // Lines are counted within the page, the header being line 1.
    assert_eq!(
        (blocks[4].span.line_start, blocks[4].pages.unwrap().start),
        (2, 2)
    );
}

#[test]
fn a_line_on_one_page_only_is_not_a_running_line() {
    let pages = vec![
        page(Some("Joint statement"), &["Body one."], None),
        page(None, &["Body two."], None),
        page(None, &["Body three."], None),
    ];
    let blocks = layout(&pages);
    assert!(blocks.iter().all(|b| b.set_aside.is_none()), "{blocks:?}");
}

#[test]
fn paragraphs_headings_and_the_title() {
    let mut first = vec![
        line("Polsko-koreańskie memorandum", 90.0, 18.0),
        line("o współpracy", 116.0, 18.0),
    ];
    let rest = page(
        None,
        &[
            "Minister podpisał memorandum o współ-",
            "pracy cyfrowej.",
            "",
            "Drugi akapit tekstu",
            "ciągnie się dalej",
        ],
        None,
    );
    first.extend(rest.into_iter().map(|mut l| {
        l.top += 60.0;
        l
    }));
    let second = page(None, &["na następnej stronie.", "", "Nowy akapit."], None);
    let blocks = layout(&[first, second]);
    assert_eq!(
        content(&blocks),
        [
            "Polsko-koreańskie memorandum o współpracy",
            "Minister podpisał memorandum o współpracy cyfrowej.",
            "Drugi akapit tekstu ciągnie się dalej na następnej stronie.",
            "Nowy akapit.",
        ]
    );
    assert_eq!(blocks[0].kind, BlockKind::Title);
    let across = &blocks[2];
    assert_eq!(across.pages, Some(Pages { start: 1, end: 2 }));
    assert_eq!((across.span.line_start, across.span.line_end), (5, 1));
}

#[test]
fn page_numbers_and_titles_by_their_words() {
    for n in [
        "3",
        "– 3 –",
        "- 3 -",
        "Page 3 of 9",
        "Strona 3 z 9",
        "3 / 9",
        "3쪽",
    ] {
        assert!(is_page_number(n), "{n}");
    }
    for n in [
        "2023",
        "Article 3 of the Treaty",
        "3. Next steps",
        "Section 3",
    ] {
        assert!(!is_page_number(n) || n == "2023", "{n}");
    }
    for t in [
        "Microsoft Word - komunikat.docx",
        "komunikat_final",
        "Untitled",
        "report.pdf",
        "제목 없음",
        "12",
    ] {
        assert!(!meaningful_title(t), "{t}");
    }
    for t in [
        "EU-Korea Digital Partnership Council",
        "한-폴란드 디지털 협력 공동성명",
    ] {
        assert!(meaningful_title(t), "{t}");
    }
    assert_eq!(
        pdf_date("D:20230630120000+02'00'").as_deref(),
        Some("2023-06-30")
    );
    assert_eq!(pdf_date("garbage"), None);
    assert_eq!(pdf_text_string(b"\xFE\xFF\x00A\xD5\x5C"), "A한");
}

#[test]
fn an_info_string_in_pdf_doc_encoding_keeps_its_dashes_and_polish_letters() {
    // A writer's title in PDFDocEncoding: the dash at 0x85, `Ł` at 0x95, `ł` at 0x9B,
    // `ó` where Latin-1 has it.
    assert_eq!(
        pdf_text_string(b"Polska\x85Korea: \x95\xF3dka i Bia\x9Bystok"),
        "Polska–Korea: Łódka i Białystok"
    );
    assert_eq!(pdf_text_string(b"Program \xA0 2026"), "Program € 2026");
}

fn testdata(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src/corpus/format/testdata")
        .join(name);
    std::fs::read(path).unwrap()
}

#[test]
fn a_polish_statement_with_hyphenation_and_a_running_header() {
    let ex = extract(&testdata("polish.pdf")).unwrap();
    let text = content(&ex.blocks).join("\n");
    for want in [
        "Polsko-koreańskie memorandum o współpracy cyfrowej",
        "memorandum o współpracy w dziedzinie sztucznej inteligencji, cyberbezpieczeństwa i sieci 5G.",
        "partnerstwa ROK-EU oraz",
        "na wiosnę przyszłego roku",
        "internetu dla rozwoju gospodarczego obu państw.",
    ] {
        assert!(text.contains(want), "{want:?} not in\n{text}");
    }
    let aside = |r: Reason| ex.blocks.iter().filter(|b| b.set_aside == Some(r)).count();
    assert_eq!(aside(Reason::RunningHeader), 3);
    assert_eq!(aside(Reason::PageNumber), 3);
    assert!(!text.contains("Komunikat prasowy"));
    // "Microsoft Word - ..." is no title: the heading lines are.
    let title = ex.meta.title.unwrap();
    assert_eq!(
        title.value,
        "Polsko-koreańskie memorandum o współpracy cyfrowej"
    );
    assert_eq!(title.from, super::super::Provenance::Text);
    // The date is in the text: left to the date line, not the file's creation date.
    assert!(ex.meta.date.is_none());
    assert!(ex
        .blocks
        .iter()
        .any(|b| b.kind == BlockKind::Dateline && b.text.contains("19 października 2018")));
    let p2 = ex
        .blocks
        .iter()
        .find(|b| b.text.starts_with("Kolejne spotkanie"))
        .unwrap();
    assert_eq!(p2.pages, Some(Pages { start: 2, end: 2 }));
    assert_eq!(p2.span.line_start, 2);
}

#[test]
fn a_korean_statement_and_its_info_title() {
    let ex = extract(&testdata("korean.pdf")).unwrap();
    let text = content(&ex.blocks).join("\n");
    assert!(
        text.contains("인공지능과 반도체 분야의 협력을 강화하기로"),
        "{text}"
    );
    assert!(text.contains("제2차 공동위원회"), "{text}");
    assert_eq!(
        ex.meta.title.unwrap().value,
        "한-폴란드 디지털 협력 공동성명"
    );
    assert_eq!(
        ex.relation,
        TextRelation::Extracted {
            format: Format::Pdf
        }
    );
}

#[test]
fn an_english_statement_over_four_pages() {
    let ex = extract(&testdata("english.pdf")).unwrap();
    let text = content(&ex.blocks).join("\n");
    assert!(
        text.contains("Both sides agreed to deepen cooperation on semiconductors"),
        "{text}"
    );
    assert!(text.contains("in 2024."), "{text}");
    assert!(!text.contains("Press release"), "{text}");
    assert!(!text.contains("Page 2 of 4"), "{text}");
    let last = ex
        .blocks
        .iter()
        .find(|b| b.text.contains("Brussels in 2024"))
        .unwrap();
    assert_eq!(last.pages.unwrap().start, 4);
}

#[test]
fn encrypted_scanned_and_damaged_pdfs_are_refused_with_their_reason() {
    assert_eq!(
        extract(&testdata("encrypted.pdf")).unwrap_err(),
        Unreadable::Encrypted
    );
    assert_eq!(
        extract(&testdata("scanned.pdf")).unwrap_err(),
        Unreadable::NoTextLayer
    );
    assert!(matches!(
        extract(&testdata("damaged.pdf")).unwrap_err(),
        Unreadable::Damaged(_)
    ));
    assert!(matches!(
        extract(b"not a pdf at all").unwrap_err(),
        Unreadable::Damaged(_)
    ));
    assert!(extract(b"").is_err());
}

#[test]
fn deep_nesting_is_refused_before_the_parser_sees_it() {
    let deep = [
        b"%PDF-1.7\n1 0 obj\n<< /X ".as_slice(),
        &[b'['; 100_000],
        &[b']'; 100_000],
        b" >>\nendobj\n",
    ]
    .concat();
    let err = extract(&deep).unwrap_err();
    assert!(err.to_string().contains("nested more than"), "{err}");
    // Brackets inside strings, comments and stream data do not count.
    let shallow = [
        b"%PDF-1.7\n% [[[[[[\n1 0 obj\n<< /T (a(b)[[[[) /Length 5 >>\nstream\n".as_slice(),
        &[b'['; 1000],
        b"\nendstream\nendobj\n[ [ 1 ] ]",
    ]
    .concat();
    assert!(!nesting_over(&shallow, 3));
    assert!(nesting_over(b"[[[[", 3));
}

/// Found by the `pdf` fuzz target: a valid one-page PDF (`fuzz/make_pdf_seeds.py`) whose
/// object 2 header reads `2 \xd0 obj`. pdf_oxide slices that line, with the byte
/// replaced by U+FFFD, three bytes before "obj", inside the replacement character, and
/// panics. The panic is reported as damage, in one line, and the panic hook stays quiet.
#[test]
fn a_panic_in_the_parser_is_damage_told_in_one_line() {
    let bytes = testdata("parser-panic.pdf");
    let header = b"2 \xd0 obj\n";
    assert!(bytes.windows(header.len()).any(|w| w == header));
    let Err(Unreadable::Damaged(why)) = extract(&bytes) else {
        panic!("a damaged file");
    };
    assert!(why.starts_with("the PDF parser failed: "), "{why}");
    assert!(!why.contains('\n'), "{why}");
    // The thread that caught it is out of the parser again: its own panics are printed.
    assert!(!IN_PARSER.with(Cell::get));
}

/// Lines at 10 pt from `top`, `leading` apart within a paragraph and `between` apart
/// from one paragraph to the next.
fn spaced(paragraphs: &[&[&str]], leading: f32, between: f32) -> Vec<Line> {
    let mut out = Vec::new();
    let mut top = 90.0;
    for para in paragraphs {
        for l in *para {
            out.push(line(l, top, 10.0));
            top += leading;
        }
        top += between - leading;
    }
    out
}

#[test]
fn one_line_paragraphs_are_told_apart_by_their_gaps() {
    // Most paragraphs one line long: most gaps are between paragraphs (19 pt), only
    // the two-line paragraphs show the line spacing (13 pt).
    let mostly: &[&[&str]] = &[
        &["The parties signed the memorandum."],
        &["Both sides will exchange experts."],
        &[
            "A working group will meet twice",
            "a year in Seoul and in Warsaw.",
        ],
        &["The ministers welcomed the progress."],
        &["Joint funding will open in autumn."],
        &["The next talks are planned", "for the spring of next year."],
        &["The statement ends here."],
    ];
    let blocks = layout(&[spaced(mostly, 13.0, 19.0)]);
    assert_eq!(content(&blocks).len(), 7, "{:?}", content(&blocks));
    assert_eq!(
        content(&blocks)[2],
        "A working group will meet twice a year in Seoul and in Warsaw."
    );
    // Every paragraph one line: every gap alike, every line a sentence.
    let all: &[&[&str]] = &[
        &["The parties signed the memorandum."],
        &["Both sides will exchange experts."],
        &["A working group will meet twice a year."],
        &["The ministers welcomed the progress."],
        &["Joint funding will open in autumn."],
        &["The next talks are planned for spring."],
        &["The statement ends here."],
    ];
    let blocks = layout(&[spaced(all, 13.0, 19.0)]);
    assert_eq!(content(&blocks).len(), 7, "{:?}", content(&blocks));
    // Names in a list, no sentences: 19 pt is too far apart for lines of 10 pt type.
    let names: Vec<Vec<&str>> = ["symlink()", "sync()", "truncate()", "unlink()", "walk()"]
        .iter()
        .map(|n| vec![*n])
        .collect();
    let names: Vec<&[&str]> = names.iter().map(Vec::as_slice).collect();
    let blocks = layout(&[spaced(&names, 13.0, 19.0)]);
    assert_eq!(content(&blocks).len(), 5, "{:?}", content(&blocks));
    // One paragraph set at 160% (Korean government documents) stays one.
    let spaced_out: &[&[&str]] = &[&[
        "A paragraph set at 160 per cent",
        "runs over several lines, each of",
        "them sixteen points below the one",
        "before, and is still one paragraph.",
    ]];
    let blocks = layout(&[spaced(spaced_out, 16.0, 16.0)]);
    assert_eq!(content(&blocks).len(), 1, "{:?}", content(&blocks));
}

#[test]
fn a_korean_paragraph_goes_on_over_a_page_break_unless_its_sentence_ended() {
    let first = page(
        Some("보도자료"),
        &[
            "양국은 반도체 연구와 해저 케이블 보안 분야의 협력을 확대하고",
            "차관급 정례 협의를 매년 개최하며 첫 회의는 내년 봄",
        ],
        Some("1"),
    );
    let second = page(
        Some("보도자료"),
        &[
            "바르샤바에서 열기로 했다.",
            "",
            "성명은 별도의 문단으로 끝난다.",
        ],
        Some("2"),
    );
    let blocks = layout(&[first.clone(), second.clone()]);
    assert_eq!(
        content(&blocks),
        [
            "양국은 반도체 연구와 해저 케이블 보안 분야의 협력을 확대하고 차관급 정례 협의를 \
             매년 개최하며 첫 회의는 내년 봄 바르샤바에서 열기로 했다.",
            "성명은 별도의 문단으로 끝난다.",
        ]
    );
    let across = blocks
        .iter()
        .find(|b| b.text.starts_with("양국은"))
        .unwrap();
    assert_eq!(across.pages, Some(Pages { start: 1, end: 2 }));
    // From line 2 of page 1 (under the header) to line 2 of page 2.
    assert_eq!((across.span.line_start, across.span.line_end), (2, 2));

    // A page that ends its sentence ends its paragraph.
    let mut ended = first;
    ended[2].text = "차관급 정례 협의를 매년 개최하기로 했다.".into();
    let blocks = layout(&[ended, second]);
    assert_eq!(content(&blocks).len(), 3, "{:?}", content(&blocks));
}
