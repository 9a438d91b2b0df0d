//! Pages in the layouts of government and news sites, written for these tests.

use super::*;
use crate::corpus::format::Provenance;

/// A page and what must come out of it.
struct Case {
    name: &'static str,
    html: &'static str,
    title: &'static str,
    date: Option<&'static str>,
    publisher: Option<&'static str>,
    /// Text that must be in content blocks.
    content: &'static [&'static str],
    /// Text that must be set aside, with why.
    chrome: &'static [(&'static str, Reason)],
}

fn block_with<'a>(ex: &'a Extraction, needle: &str) -> Vec<&'a Block> {
    ex.blocks
        .iter()
        .filter(|b| b.text.contains(needle))
        .collect()
}

fn check(case: &Case) {
    let ex = extract(case.html.as_bytes()).unwrap_or_else(|e| panic!("{}: {e}", case.name));
    let dump = || {
        ex.blocks
            .iter()
            .map(|b| {
                format!(
                    "  {:?} {:?} {:?}",
                    b.set_aside.map(|r| r.label()),
                    b.kind,
                    b.text
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    let title = ex.meta.title.as_ref().map(|t| t.value.as_str());
    assert_eq!(title, Some(case.title), "{}: title\n{}", case.name, dump());
    let date = ex.meta.date.as_ref().map(|d| d.value.as_str());
    assert_eq!(date, case.date, "{}: date", case.name);
    let publisher = ex.meta.publisher.as_ref().map(|p| p.value.as_str());
    assert_eq!(publisher, case.publisher, "{}: publisher", case.name);
    for needle in case.content {
        let found = block_with(&ex, needle);
        assert!(
            found.iter().any(|b| b.set_aside.is_none()),
            "{}: {needle:?} is not content\n{}",
            case.name,
            dump()
        );
    }
    for &(needle, reason) in case.chrome {
        let found = block_with(&ex, needle);
        assert!(
            !found.is_empty() && found.iter().all(|b| b.set_aside == Some(reason)),
            "{}: {needle:?} is not set aside as {}\n{}",
            case.name,
            reason.label(),
            dump()
        );
    }
    // Every block's span is where its text is: its first word is on its first line.
    let lines: Vec<&str> = case.html.lines().collect();
    for b in &ex.blocks {
        let first: String = b.text.chars().take_while(|c| c.is_alphanumeric()).collect();
        if first.is_empty() || b.kind == BlockKind::Dateline {
            continue;
        }
        let at = &case.html[b.span.byte_start..b.span.byte_end];
        assert!(
            b.set_aside == Some(Reason::AltText) || at.contains(&first),
            "{}: span of {:?} holds {at:?}",
            case.name,
            b.text
        );
        let on_line = lines[b.span.line_start - 1..b.span.line_end].join("\n");
        assert!(
            on_line.contains(&first),
            "{}: {:?} not on its lines",
            case.name,
            b.text
        );
    }
}

const WHITE_HOUSE: &str = r##"<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>Joint Statement on Semiconductor Supply Chains | The White House</title>
<meta property="og:title" content="Joint Statement on Semiconductor Supply Chains">
<meta property="og:site_name" content="The White House">
<meta property="article:published_time" content="2024-04-05T14:00:00-04:00">
<script>window.dataLayer = [];</script>
</head>
<body>
<section class="usa-banner" aria-label="Official website of the United States government">
  <p>An official website of the United States government</p>
  <button>Here's how you know</button>
</section>
<a class="skip-link" href="#content">Skip to content</a>
<header class="header">
  <a href="/">The White House</a>
  <nav><ul><li><a href="/admin">Administration</a></li><li><a href="/briefing-room">Briefing Room</a></li></ul></nav>
</header>
<main id="content">
  <article>
    <header>
      <h1>Joint Statement on Semiconductor Supply Chains</h1>
      <time datetime="2024-04-05">April 5, 2024</time>
    </header>
    <p>The United States and the Republic of Korea reaffirmed their commitment to resilient
    semiconductor supply chains, including an early-warning system for disruptions.</p>
    <p>Both sides will exchange information on <a href="/x">export controls</a> and
    coordinate investment in advanced packaging, memory and <b>next</b>-generation chips.</p>
    <div class="share-tools"><a href="#">Share</a> <a href="#">Facebook</a> <a href="#">X</a></div>
  </article>
</main>
<footer class="footer"><p>The White House, 1600 Pennsylvania Ave NW, Washington, DC 20500</p>
<ul><li><a href="/privacy">Privacy Policy</a></li><li><a href="/copyright">Copyright Policy</a></li></ul></footer>
</body></html>
"##;

const KOREA_KR: &str = r##"<html lang="ko">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>한-폴란드, 반도체·원전 협력 강화 합의 | 뉴스 | 대한민국 정책브리핑</title>
<meta property="og:title" content="대한민국 정책브리핑">
</head>
<body>
<div id="gov_banner"><span>이 누리집은 대한민국 공식 전자정부 누리집입니다.</span></div>
<div id="header">
  <div class="util"><a href="#">화면크기</a> <a href="#">RSS</a> <a href="#">ENGLISH</a></div>
  <div class="gnb"><ul><li><a href="#">뉴스</a></li><li><a href="#">정책자료</a></li><li><a href="#">브리핑룸</a></li></ul></div>
</div>
<div class="location">홈 &gt; 뉴스 &gt; 정책뉴스</div>
<div class="article_head">
  <h1>한-폴란드, 반도체·원전 협력 강화 합의</h1>
  <span class="date">2023.05.22</span>
</div>
<div class="view_cont">
  <div class="photo"><img src="a.jpg" alt="한-폴란드 정상회담 사진"><p>사진=대통령실</p></div>
  한국과 폴란드는 22일 서울에서 정상회담을 열고 반도체와 원전, 방산 분야의 협력을 강화하기로 합의했다.<br><br>
  양국 정상은 공급망 안정과 첨단기술 협력을 위한 공동성명을 채택했다. <button class="btn_zoom">이미지 확대</button>
  이번 합의는 양국 경제 협력의 새로운 전기가 될 것으로 기대된다.<br><br>
  ※ 협력 분야: 반도체, 원자력, 방위산업, 인프라, 수소 에너지
</div>
<div class="related_news"><h3>관련기사</h3><ul><li><a href="#">한-폴 방산 협력 확대</a></li><li><a href="#">원전 수출 계약 체결</a></li></ul></div>
<div id="footer"><p>문화체육관광부 국민소통실 (30119) 세종특별자치시 갈매로 388</p></div>
</body></html>
"##;

const GOV_PL: &str = r##"<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="UTF-8">
<title>Polsko-koreańska współpraca cyfrowa - Ministerstwo Cyfryzacji - Portal Gov.pl</title>
<meta name="DC.date" content="2018-10-19">
</head>
<body>
<div id="cookies-info">Serwis wykorzystuje pliki cookies. Korzystając z serwisu wyrażasz zgodę na ich użycie. <button>Zamknij</button></div>
<header>
  <p>Serwis Rzeczypospolitej Polskiej</p>
  <a href="/web/cyfryzacja">Ministerstwo Cyfryzacji</a>
  <form role="search"><label>Szukaj</label><input type="text"><button>Szukaj</button></form>
</header>
<nav class="breadcrumbs"><ol><li><a href="/">Strona główna</a></li><li><a href="/a">Aktualności</a></li></ol></nav>
<main>
  <article class="article-area">
    <h2>Polsko-koreańska współpraca cyfrowa</h2>
    <p class="event-date">19.10.2018</p>
    <p class="intro">Minister Cyfryzacji podpisał w Seulu memorandum o współpracy w dziedzinie sztucznej inteligencji i cyberbezpieczeństwa.</p>
    <p>Strony zgodziły się na wymianę ekspertów, wspólne projekty badawcze oraz regularne konsultacje na szczeblu wiceministrów.</p>
    <figure><img src="x.jpg" alt="Minister podpisuje memorandum"><figcaption>fot. Ministerstwo Cyfryzacji</figcaption></figure>
    <p>Kolejne spotkanie zaplanowano na wiosnę przyszłego roku w Warszawie.</p>
  </article>
</main>
<footer><p>Ministerstwo Cyfryzacji, ul. Królewska 27, 00-060 Warszawa</p></footer>
</body></html>
"##;

/// A news site from before semantic tags: tables, an ASP.NET form around it all.
const KOREAN_NEWS: &str = r##"<html>
<head><title>韓·EU 정상 "디지털 파트너십 체결" - 한국일보신문</title>
<meta name="description" content="한국과 유럽연합">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"韓·EU 정상 \"디지털 파트너십 체결\"","datePublished":"2023-05-22T09:10:00+09:00","publisher":{"@type":"Organization","name":"한국일보신문"}}</script>
</head>
<body>
<form id="aspnetForm" method="post" action="./view.aspx">
<table width="100%"><tr><td class="top_menu"><a href="/">홈</a> | <a href="/politics">정치</a> | <a href="/economy">경제</a> | <a href="/world">국제</a></td></tr></table>
<table width="980"><tr>
<td width="680">
  <div class="news_title"><h2>韓·EU 정상 "디지털 파트너십 체결"</h2></div>
  <div class="news_date">입력 2023-05-22 09:10</div>
  <div id="articleText">
    <p>한국과 유럽연합(EU)은 22일 서울에서 정상회담을 열고 디지털 파트너십 협정에 서명했다.</p>
    <p>양측은 인공지능, 반도체, 6G 통신 분야에서 공동 연구를 확대하고, 데이터 이전 규칙을 조율하기로 했다.</p>
    <p>정상들은 또 공급망 교란에 대비한 조기경보 체계를 구축하기로 합의했다고 밝혔다.</p>
  </div>
  <div class="cmt_count">댓글 0</div>
</td>
<td width="300" class="right_area">
  <div class="most_read"><b>많이 본 뉴스</b><br><a href="/1">기사 하나</a><br><a href="/2">기사 둘</a></div>
</td>
</tr></table>
<div class="copyright">Copyright ⓒ 한국일보신문. All rights reserved.</div>
</form>
</body></html>
"##;

/// No semantic tags and no helpful names: the text-density score must find it.
const PLAIN_DIVS: &str = r##"<html><head><title>Council adopts conclusions on digital partnerships :: Council of the EU</title></head>
<body>
<div><a href="/">Home</a> <a href="/press">Press</a> <a href="/meetings">Meetings</a> <a href="/documents">Documents</a></div>
<div>
  <div><a href="/a">Council</a> <a href="/b">European Council</a></div>
  <div>
    <h1>Council adopts conclusions on digital partnerships</h1>
    <div>The Council today adopted conclusions on the EU's digital partnerships with Japan, Korea, Singapore and Canada, calling for closer cooperation on semiconductors, artificial intelligence and secure connectivity.</div>
    <div>Ministers stressed that the partnerships should deliver concrete results, including joint research projects, regulatory dialogues and common standards for trustworthy data flows.</div>
    <div>The conclusions will feed into the next round of partnership councils, planned for the second half of the year.</div>
  </div>
</div>
<div><a href="/x">Contact</a> <a href="/y">Legal notice</a> <a href="/z">Accessibility</a></div>
</body></html>
"##;

#[test]
fn pages_in_the_layouts_of_government_and_news_sites() {
    let cases = [
        Case {
            name: "white house",
            html: WHITE_HOUSE,
            title: "Joint Statement on Semiconductor Supply Chains",
            date: Some("2024-04-05"),
            publisher: Some("The White House"),
            content: &[
                "Joint Statement on Semiconductor Supply Chains",
                "reaffirmed their commitment",
                "next-generation chips",
                "information on export controls and",
            ],
            chrome: &[
                (
                    "An official website of the United States",
                    Reason::SiteBanner,
                ),
                ("Here's how you know", Reason::Button),
                ("Skip to content", Reason::SkipLink),
                ("Briefing Room", Reason::Navigation),
                ("Facebook", Reason::ShareLinks),
                ("1600 Pennsylvania", Reason::Footer),
            ],
        },
        Case {
            name: "korea.kr",
            html: KOREA_KR,
            title: "한-폴란드, 반도체·원전 협력 강화 합의",
            date: None,
            publisher: Some("대한민국 정책브리핑"),
            content: &[
                "한-폴란드, 반도체·원전 협력 강화 합의",
                "정상회담을 열고 반도체와 원전",
                "공동성명을 채택했다. 이번 합의는",
                "협력 분야: 반도체, 원자력",
            ],
            chrome: &[
                (
                    "이 누리집은 대한민국 공식 전자정부 누리집입니다",
                    Reason::SiteBanner,
                ),
                ("화면크기", Reason::PageTools),
                ("정책자료", Reason::Navigation),
                ("홈 > 뉴스", Reason::Breadcrumb),
                ("2023.05.22", Reason::Dateline),
                ("사진=대통령실", Reason::PhotoCredit),
                ("한-폴란드 정상회담 사진", Reason::AltText),
                ("이미지 확대", Reason::Button),
                ("관련기사", Reason::RelatedLinks),
                ("원전 수출 계약", Reason::RelatedLinks),
                ("갈매로 388", Reason::Footer),
            ],
        },
        Case {
            name: "gov.pl",
            html: GOV_PL,
            title: "Polsko-koreańska współpraca cyfrowa",
            date: Some("2018-10-19"),
            publisher: Some("Ministerstwo Cyfryzacji"),
            content: &[
                "Polsko-koreańska współpraca cyfrowa",
                "podpisał w Seulu memorandum",
                "wymianę ekspertów",
                "Kolejne spotkanie",
            ],
            chrome: &[
                ("wykorzystuje pliki cookies", Reason::CookieNotice),
                ("Serwis Rzeczypospolitej Polskiej", Reason::Header),
                ("Strona główna", Reason::Navigation),
                ("19.10.2018", Reason::Dateline),
                ("fot. Ministerstwo", Reason::PhotoCredit),
                ("Królewska 27", Reason::Footer),
            ],
        },
        Case {
            name: "korean news in tables",
            html: KOREAN_NEWS,
            title: "韓·EU 정상 \"디지털 파트너십 체결\"",
            date: Some("2023-05-22"),
            publisher: Some("한국일보신문"),
            content: &[
                "韓·EU 정상",
                "디지털 파트너십 협정에 서명했다",
                "데이터 이전 규칙",
                "조기경보 체계",
            ],
            chrome: &[
                ("정치", Reason::Navigation),
                ("입력 2023-05-22", Reason::Dateline),
                ("댓글 0", Reason::CommentCount),
                ("많이 본 뉴스", Reason::RelatedLinks),
                ("All rights reserved", Reason::Footer),
            ],
        },
        Case {
            name: "plain divs",
            html: PLAIN_DIVS,
            title: "Council adopts conclusions on digital partnerships",
            date: None,
            publisher: Some("Council of the EU"),
            content: &[
                "Council adopts conclusions on digital partnerships",
                "digital partnerships with Japan",
                "Ministers stressed",
                "next round of partnership councils",
            ],
            chrome: &[
                ("Meetings", Reason::Navigation),
                ("European Council", Reason::Navigation),
                ("Legal notice", Reason::FooterLinks),
            ],
        },
    ];
    for case in &cases {
        check(case);
    }
}

#[test]
fn metadata_says_where_it_came_from() {
    let ex = extract(WHITE_HOUSE.as_bytes()).unwrap();
    let m = &ex.meta;
    assert_eq!(
        m.title.as_ref().unwrap().from,
        Provenance::Metadata("og:title".into())
    );
    assert_eq!(
        m.date.as_ref().unwrap().from,
        Provenance::Metadata("article:published_time".into())
    );
    assert_eq!(m.lang.as_deref(), Some("en"));
    assert_eq!(
        ex.relation,
        TextRelation::Extracted {
            format: Format::Html
        }
    );
    let korea = extract(KOREA_KR.as_bytes()).unwrap();
    // og:title is only the site's name there: the headline wins.
    assert_eq!(
        korea.meta.title.unwrap().from,
        Provenance::Metadata("h1".into())
    );
}

#[test]
fn text_is_clean_and_blocks_are_in_reading_order() {
    let html = "<p>Zaż&oacute;łć <b>gęś</b>lą&nbsp;jaźń,\n   druga   linia<br>nowa linia</p>\
                <ul><li>pierwszy<li>drugi</ul><p>po &amp; liście";
    let ex = extract(html.as_bytes()).unwrap();
    let texts: Vec<&str> = ex.blocks.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Zażółć gęślą jaźń, druga linia\nnowa linia",
            "pierwszy",
            "drugi",
            "po & liście"
        ]
    );
    let kinds: Vec<BlockKind> = ex.blocks.iter().map(|b| b.kind).collect();
    assert_eq!(
        kinds,
        [
            BlockKind::Paragraph,
            BlockKind::ListItem,
            BlockKind::ListItem,
            BlockKind::Paragraph
        ]
    );
}

#[test]
fn spans_point_into_the_file_on_disk_in_its_encoding() {
    let page = "<html><head><meta charset=\"euc-kr\"><title>협력</title></head>\n<body>\n<p>한국과 폴란드는\n반도체 협력을 강화하기로 했다.</p>\n</body></html>\n";
    let (bytes, _, _) = encoding_rs::EUC_KR.encode(page);
    let ex = extract(&bytes).unwrap();
    let b = ex
        .blocks
        .iter()
        .find(|b| b.text.starts_with("한국과"))
        .unwrap();
    assert_eq!(b.text, "한국과 폴란드는 반도체 협력을 강화하기로 했다.");
    assert_eq!((b.span.line_start, b.span.line_end), (3, 4));
    let (want, _, _) =
        encoding_rs::EUC_KR.encode("한국과 폴란드는\n반도체 협력을 강화하기로 했다.");
    assert_eq!(&bytes[b.span.byte_start..b.span.byte_end], &want[..]);
}

#[test]
fn bad_input_is_refused_or_read_never_a_panic() {
    assert_eq!(extract(b"").unwrap_err(), Unreadable::Empty);
    assert_eq!(extract(b"   \n").unwrap_err(), Unreadable::Empty);
    assert_eq!(
        extract(b"<html><script>x()</script></html>").unwrap_err(),
        Unreadable::Empty
    );
    assert_eq!(extract(b"\x00\x01\x02<p>").unwrap_err(), Unreadable::Binary);
    let broken = "<p>one<div><table><td>cell</p></b></i><li>item</ul></table></div><p x='<'>two";
    let ex = extract(broken.as_bytes()).unwrap();
    for t in ["one", "cell", "item", "two"] {
        assert!(
            ex.blocks.iter().any(|b| b.text == t),
            "{t}: {:?}",
            ex.blocks
        );
    }
}

#[test]
fn a_frameset_page_says_where_its_text_is() {
    let page = "<html><head><title>Ministry of Ports</title></head>\n\
        <frameset cols=\"20%,80%\"><FRAME name=nav SRC=menu.html>\n\
        <frame src='news/main.html'></frameset></html>";
    assert_eq!(
        extract(page.as_bytes()).unwrap_err(),
        Unreadable::Frames(vec!["menu.html".into(), "news/main.html".into()])
    );
    let viewer = "<html><head><title>Komunikat</title></head><body>\
        <iframe class=viewer src=\"/files/komunikat.pdf\"></iframe></body></html>";
    assert_eq!(
        extract(viewer.as_bytes()).unwrap_err(),
        Unreadable::Frames(vec!["/files/komunikat.pdf".into()])
    );
    // A page with text of its own is read, whatever frames it embeds.
    let with_text = "<html><body><h1>Ports agree on data exchange</h1>\
        <p>The two port authorities agreed to exchange arrival data every day from June.</p>\
        <iframe src=\"https://video.example/embed/1\"></iframe></body></html>";
    assert!(extract(with_text.as_bytes()).is_ok());
}

#[test]
fn deep_nesting_many_elements_and_huge_attributes_stay_bounded() {
    let deep = format!(
        "{}<p>deep text here</p>{}",
        "<div>".repeat(100_000),
        "</div>".repeat(100_000)
    );
    let ex = extract(deep.as_bytes()).unwrap();
    assert!(ex.blocks.iter().any(|b| b.text == "deep text here"));
    let wide = "<span>x</span>".repeat(200_000);
    assert!(extract(wide.as_bytes()).is_ok());
    let huge = format!("<p class=\"{}\">body</p>", "a".repeat(5_000_000));
    assert_eq!(extract(huge.as_bytes()).unwrap().blocks[0].text, "body");
}

#[test]
fn a_page_wrapped_in_a_form_keeps_its_text() {
    let ex = extract(KOREAN_NEWS.as_bytes()).unwrap();
    assert!(ex
        .blocks
        .iter()
        .any(|b| b.set_aside.is_none() && b.text.contains("공동 연구")));
}

mod no_panic {
    use super::*;
    use proptest::prelude::*;

    /// Pieces of tag soup: open and close tags of every kind accord tells apart,
    /// entities, attributes that hint at chrome, text with and without punctuation.
    fn soup() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("<p>".to_string()),
            Just("</p>".to_string()),
            Just("<div class=\"share\">".to_string()),
            Just("</div>".to_string()),
            Just("<li>".to_string()),
            Just("<table><tr><td>".to_string()),
            Just("</td></tr>".to_string()),
            Just("<br>".to_string()),
            Just("<main>".to_string()),
            Just("<form>".to_string()),
            Just("<nav>".to_string()),
            Just("</nav>".to_string()),
            Just("<script>".to_string()),
            Just("</script>".to_string()),
            Just("<title>".to_string()),
            Just("<h1>".to_string()),
            Just("<img alt=\"x\">".to_string()),
            Just("<meta property=\"og:title\" content=\"T\">".to_string()),
            Just("&amp;&#x41;&nbsp;&bogus;".to_string()),
            Just("<!--".to_string()),
            Just("<".to_string()),
            Just("Współpraca gospodarcza, dalsze kroki. ".to_string()),
            Just("반도체 협력을 강화하기로 했다. ".to_string()),
            "[a-z<>/=\" \n]{0,12}",
        ];
        proptest::collection::vec(piece, 0..60).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn any_markup_is_read_or_refused(html in soup()) {
            if let Ok(ex) = extract(html.as_bytes()) {
                for b in &ex.blocks {
                    prop_assert!(b.span.byte_start <= b.span.byte_end && b.span.byte_end <= html.len());
                    prop_assert!(b.span.line_start <= b.span.line_end);
                    prop_assert!(!b.text.is_empty());
                }
            }
        }

        #[test]
        fn any_bytes_are_read_or_refused(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            let _ = extract(&bytes);
        }
    }
}

/// A board view: the logo is the `h1`, the headline a table header with a class that
/// names it, the date a cell beside "등록일"; no `og:title` says which is which.
const BOARD_VIEW: &str = r##"<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8"><title>보도자료 - 해양수산청</title></head>
<body>
<div id="top"><h1><a href="/"><img src="/logo.png" alt="해양수산청"></a></h1>
<ul class="gnb"><li><a href="/a">알림마당</a></li><li><a href="/b">정보공개</a></li></ul></div>
<div class="sub_cont">
<table class="bbs_view">
<tr><th colspan="4" class="bbs_subject">항만 탄소중립 기술 공동연구 협약 체결</th></tr>
<tr><th>등록일</th><td>2025-03-12</td><th>조회수</th><td>311</td></tr>
<tr><td colspan="4"><p>해양수산청은 12일 유럽 항만 연구기관과 항만 탄소중립 기술 공동연구 협약을 체결했다고 밝혔다.</p>
<p>양 기관은 수소 하역 장비와 육상전원 공급 설비의 실증을 함께 추진한다.</p></td></tr>
</table>
</div>
</body></html>
"##;

/// A table-layout page whose headline is a cell named `newstitle` and whose `<title>`
/// names only the site and the section.
const TABLE_NEWS: &str = r##"<html><head><title>Izba Handlowa :: Aktualności</title></head>
<body><table><tr><td class="menu"><a href="/">Start</a> <a href="/n">Aktualności</a></td>
<td class="main"><table>
<tr><td class="path">Jesteś tutaj: <a href="/">Start</a> &raquo; Aktualności</td></tr>
<tr><td class="newstitle"><b>Izba otwiera biuro w Busan dla eksporterów żywności</b></td></tr>
<tr><td class="newsdate">Data dodania: 4 lutego 2025</td></tr>
<tr><td class="newstext"><p>Izba otworzyła w Busan biuro, które pomoże polskim eksporterom żywności w kontaktach z koreańskimi sieciami handlowymi.</p>
<p>Biuro będzie czynne od poniedziałku do piątku i przyjmie pierwsze wnioski w marcu.</p></td></tr>
</table></td></tr></table></body></html>
"##;

/// A board view whose headline is the cell after a "제목" label, with nothing naming it.
const LABELLED_BOARD: &str = r##"<html><head><meta charset="utf-8"><title>산림청 - 보도자료</title></head>
<body><div class="logo"><a href="/">산림청</a></div>
<table width="100%" border="1">
<tr><th>제목</th><td><b>산림청, 포르투갈과 산불 예방 기술 협력 양해각서 체결</b></td></tr>
<tr><th>담당부서</th><td>국제산림협력과</td></tr>
<tr><th>등록일</th><td>2025.06.02</td></tr>
<tr><td colspan="2"><p>산림청은 2일 리스본에서 포르투갈 산림보전청과 산불 예방 기술 협력 양해각서를 체결하고 위성 감시 자료를 공유하기로 했다고 밝혔다.</p></td></tr>
</table></body></html>
"##;

#[test]
fn a_headline_outside_the_headings_is_found_by_its_name_or_the_declared_title() {
    for (html, headline) in [
        (
            LABELLED_BOARD,
            "산림청, 포르투갈과 산불 예방 기술 협력 양해각서 체결",
        ),
        (BOARD_VIEW, "항만 탄소중립 기술 공동연구 협약 체결"),
        (
            TABLE_NEWS,
            "Izba otwiera biuro w Busan dla eksporterów żywności",
        ),
    ] {
        let ex = extract(html.as_bytes()).expect("extract");
        let title = ex.meta.title.as_ref().map(|t| t.value.as_str());
        assert_eq!(title, Some(headline));
        let block = block_with(&ex, headline);
        assert!(
            block
                .iter()
                .any(|b| b.kind == BlockKind::Title && b.set_aside.is_none()),
            "{headline}: {block:?}"
        );
    }
}

/// A side column's box heading named as a title (`box-title`) before the content
/// column's named headline: the headline is the one in the text's column.
#[test]
fn a_side_boxs_heading_is_not_the_headline_of_the_text_beside_it() {
    let html = r##"<html><head><title>Harbour Assembly</title></head><body>
<div id="top"><img src="logo.gif" alt="Harbour Assembly"></div>
<div id="left"><div class="box-title">Assembly committees</div>
<ul><li><a href="#">List of committees</a></li><li><a href="#">Sittings</a></li></ul></div>
<div id="main">
<div class="note-title">Committee heard the port authority on the new ferry terminal</div>
<div class="note-text">
<p>The Transport Committee heard the port authority on the plans for a ferry terminal, which the assembly will vote on in spring.</p>
<p>Members asked about the cost, the timetable and the noise for residents living near the quay.</p>
</div></div></body></html>"##;
    let ex = extract(html.as_bytes()).expect("extract");
    assert_eq!(
        ex.meta.title.as_ref().map(|t| t.value.as_str()),
        Some("Committee heard the port authority on the new ferry terminal")
    );
}

/// The section's name as an `h2` inside `<title>`, and a site that declares its own
/// name as `og:title` over a logo `h1`: neither is the headline.
#[test]
fn a_section_name_or_the_site_name_is_not_the_headline() {
    let section = r##"<html><head><title>보도자료 상세 | 청정에너지청</title></head><body>
<div class="sub-visual"><h2 class="sub-tit">보도자료</h2></div>
<div class="view"><h2 class="title">청정에너지청, 유럽 연구기관과 수소 저장 기술 공동연구</h2>
<p>청정에너지청은 유럽 연구기관과 수소 저장 기술 공동연구를 시작한다고 밝혔다.</p></div></body></html>"##;
    let site = r##"<html><head><title>통상본부</title><meta property="og:title" content="통상본부">
<meta property="og:site_name" content="통상본부"></head><body>
<div class="hd"><h1 class="logo"><a href="/">통상본부</a></h1></div>
<div class="tit_area"><strong class="tit">한-폴란드 통상장관 회담 결과…배터리 공급망 협력</strong></div>
<div class="txt"><p>양국 통상장관은 배터리 공급망 협력을 확대하기로 합의했다고 밝혔다.</p></div></body></html>"##;
    let english = r##"<html><head><title>Press releases | Harbour Authority</title></head><body>
<div class="top"><h1><a href="/">Harbour Authority</a></h1></div>
<h2>Press releases</h2>
<div class="x"><strong>Harbour Authority opens a liaison office in Incheon</strong></div>
<p>The Harbour Authority opened a liaison office in Incheon on Tuesday to help Polish and Korean shippers plan new container routes.</p>
</body></html>"##;
    // `docs` says how the headline was marked: its heading level, or `headline` for a
    // styled element.
    for (html, want, from) in [
        (
            section,
            "청정에너지청, 유럽 연구기관과 수소 저장 기술 공동연구",
            "h2",
        ),
        (
            site,
            "한-폴란드 통상장관 회담 결과…배터리 공급망 협력",
            "headline",
        ),
        (
            english,
            "Harbour Authority opens a liaison office in Incheon",
            "headline",
        ),
    ] {
        let ex = extract(html.as_bytes()).expect("extract");
        assert_eq!(ex.meta.title.as_ref().map(|t| t.value.as_str()), Some(want));
        assert_eq!(
            ex.meta.title.as_ref().unwrap().from,
            Provenance::Metadata(from.into()),
            "{want}"
        );
        assert!(block_with(&ex, want).iter().any(|b| b.set_aside.is_none()));
    }
}

/// Pages whose `<title>` is the site's name (or the site's name before the headline)
/// and whose headline is no `h1`: a bold line, an `h3` below the logo's `h1` and the
/// menu, a cell of a board's table. The headline nearest above the text is the title
/// and stays content, wherever the content container begins.
#[test]
fn the_headline_nearest_above_the_text_is_the_title_not_the_site_name() {
    let bold = r##"<html><head><title>Rada Miasta Gdyni</title></head><body>
<div id="gora">RADA MIASTA GDYNI · kadencja 2024-2029</div>
<div id="menu"><div>Radni</div><div>Sesje</div><div>Komisje</div></div>
<div id="glowna">
<div class="d">4 marca 2025 r.</div>
<div class="n"><b>Radni poparli partnerstwo Gdyni z koreańskim miastem Ulsan</b></div>
<div class="t">Rada Miasta przyjęła uchwałę o nawiązaniu współpracy partnerskiej z Ulsan. Porozumienie obejmie wymianę młodzieży, turystykę i gospodarkę morską.
<br><br>Pierwsza delegacja z Ulsan odwiedzi Gdynię w czerwcu, podczas dni morza.</div>
</div></body></html>"##;
    let site_first = r##"<html><head><meta charset="utf-8">
<title>Space Agency - Poland and Korea sign an agreement on satellite data sharing</title></head><body>
<div class="top"><a href="/">Space Agency</a></div>
<div class="kind">News</div>
<div class="big">Poland and Korea sign an agreement on satellite data sharing</div>
<div class="txt"><div>The two space agencies will exchange Earth observation data from their satellites, starting with imagery of coastal waters and farmland.</div>
<div>Experts from both countries will meet in Daejeon in the autumn to agree on the formats.</div></div></body></html>"##;
    let logo_h1 = r##"<html><head><meta charset="utf-8"><title>해양청 - 보도자료</title></head><body>
<div id="wrap"><h1>해양청</h1>
<ul class="gnb"><li><a href="#">기관소개</a></li><li><a href="#">알림마당</a></li></ul>
<h3>해양청, 폴란드 그단스크항과 친환경 선박 연료 협력 착수</h3>
<p class="day">2024.03.05</p>
<div class="con"><p>해양청은 5일 폴란드 그단스크항만청과 친환경 선박 연료 공급망 협력을 위한 실무 협의를 시작했다고 밝혔다. 협의에는 양국 선사와 연구기관이 함께 참여했다.</p>
<p>양측은 암모니아와 메탄올 연료의 항만 공급 기준을 함께 마련하기로 했다.</p></div></div></body></html>"##;
    let cell = r##"<html><head><meta charset="utf-8"><title>도의회 - 의회소식</title></head><body>
<table><tr><td class="x">도의회, 바르샤바 시의회와 청소년 교류 협약 추진</td></tr>
<tr><td>등록일 : 2024-10-02 조회 : 88</td></tr>
<tr><td><p>도의회는 2일 바르샤바 시의회 대표단과 만나 청소년 교류 협약을 추진하기로 했다고 밝혔다. 양측은 내년 여름부터 학생 교류를 시작한다.</p></td></tr></table>
</body></html>"##;
    let standfirst = r##"<html><head><meta charset="utf-8"><title>City News</title></head><body>
<h1>Warsaw and Seoul agree on a joint battery recycling pilot</h1>
<div class="sf">Pilot plant to open in the spring</div>
<div class="story"><p>The two capitals will build a pilot plant that recovers lithium and nickel from used bus batteries, with engineers from both cities.</p>
<p>The plant will be run by the municipal bus operator of Warsaw and a Seoul recycling firm.</p></div></body></html>"##;
    for (html, want) in [
        (
            standfirst,
            "Warsaw and Seoul agree on a joint battery recycling pilot",
        ),
        (
            bold,
            "Radni poparli partnerstwo Gdyni z koreańskim miastem Ulsan",
        ),
        (
            site_first,
            "Poland and Korea sign an agreement on satellite data sharing",
        ),
        (
            logo_h1,
            "해양청, 폴란드 그단스크항과 친환경 선박 연료 협력 착수",
        ),
        (cell, "도의회, 바르샤바 시의회와 청소년 교류 협약 추진"),
    ] {
        let ex = extract(html.as_bytes()).expect("extract");
        assert_eq!(
            ex.meta.title.as_ref().map(|t| t.value.as_str()),
            Some(want),
            "{:#?}",
            ex.blocks
                .iter()
                .map(|b| (b.kind, b.set_aside, &b.text))
                .collect::<Vec<_>>()
        );
        let block = block_with(&ex, want);
        assert!(
            block
                .iter()
                .any(|b| b.kind == BlockKind::Title && b.set_aside.is_none()),
            "{want}: {block:?}"
        );
    }
    // The site's name and the kind of page above the headline are its header.
    let ex = extract(site_first.as_bytes()).expect("extract");
    assert!(block_with(&ex, "News")
        .iter()
        .all(|b| b.set_aside == Some(Reason::PageHeader)));
}

/// A headline in an element named a header (`entry-header`) makes it the article's
/// header: its date line is a date line, not the site's header; and a notice above the
/// site's header, outside the content, is set aside though it is a sentence.
#[test]
fn an_article_header_and_a_notice_above_the_site_header() {
    let html = r##"<html><head><meta charset="utf-8">
<title>Canada and Korea launch a clean hydrogen working group</title></head><body>
<div class="notice">This website is maintained by the provincial government of the region.</div>
<div class="site-header"><span>Government of the Region</span>
<ul class="main-menu"><li>Services</li><li>News</li></ul></div>
<div class="wrap"><div class="entry-header"><h1>Canada and Korea launch a clean hydrogen working group</h1>
<p>Published 14/02/2024</p></div>
<div class="body"><p>Canada and the Republic of Korea have launched a working group on clean hydrogen, which will meet every six months to compare certification schemes.</p>
<p>The first meeting will take place in Ottawa in the spring.</p></div></div></body></html>"##;
    let ex = extract(html.as_bytes()).expect("extract");
    let want = "Canada and Korea launch a clean hydrogen working group";
    assert!(block_with(&ex, want)
        .iter()
        .any(|b| b.kind == BlockKind::Title && b.set_aside.is_none()));
    let date = block_with(&ex, "Published 14/02/2024");
    assert!(date
        .iter()
        .all(|b| b.kind == BlockKind::Dateline && b.set_aside == Some(Reason::Dateline)));
    assert!(block_with(&ex, "maintained by the provincial government")
        .iter()
        .all(|b| b.set_aside == Some(Reason::OutsideContent)));
}

/// Contact blocks (and the heading over them), credits, agencies' signatures, source
/// and tag lines beside the text are set aside; dates in a data table's column are its
/// data.
#[test]
fn contact_blocks_credits_and_dates_in_a_data_table() {
    let html = r##"<html><head><meta charset="utf-8"><title>Port of Szczecin signs with Busan</title></head><body>
<main><h1>Port of Szczecin signs with Busan</h1>
<p>The ports of Szczecin and Busan signed a memorandum on green shipping corridors on Monday, covering shore power and low-carbon fuels.</p>
<table><tr><th>Measure</th><th>2025</th><th>2026</th></tr>
<tr><td>Shore power</td><td>15 maja 2025 r.</td><td>1 czerwca 2026 r.</td></tr>
<tr><td>Methanol bunkering</td><td>30 września 2025 r.</td><td>none</td></tr></table>
<p>Source: Eurostat</p>
<p>The next meeting will be held in Busan in the autumn, when both ports will report on the first shore power berths.</p>
<h3>Media contacts</h3>
<p>Media office, phone +48 91 430 82 00, media@port-example.pl</p>
<p>Zarząd Portu, ul. Bytomska 7, 70-603 Szczecin</p>
<p>카메라:김민수/편집:박지영</p>
<p>abc/ kos/</p>
<p>Source: PAP, Reuters</p>
<p>Tags: shipping, ports, Korea</p>
</main></body></html>"##;
    let ex = extract(html.as_bytes()).expect("extract");
    for cell in [
        "15 maja 2025 r.",
        "30 września 2025 r.",
        "2026",
        "Source: Eurostat",
    ] {
        assert!(
            block_with(&ex, cell).iter().any(|b| b.set_aside.is_none()),
            "{cell}: {:?}",
            block_with(&ex, cell)
        );
    }
    for (needle, reason) in [
        ("+48 91 430 82 00", Reason::Footer),
        ("Media contacts", Reason::Footer),
        ("ul. Bytomska 7", Reason::Footer),
        ("카메라:김민수", Reason::Byline),
        ("abc/ kos/", Reason::Byline),
        ("Source: PAP", Reason::Byline),
        ("Tags: shipping", Reason::RelatedLinks),
    ] {
        let found = block_with(&ex, needle);
        assert!(
            !found.is_empty() && found.iter().all(|b| b.set_aside == Some(reason)),
            "{needle}: {found:?}"
        );
    }
}

/// A `<title>` of "Section - Agency" whose second part is the holder the copyright line
/// names declares no headline: the heading above the text is the title. A line of the
/// article's facts (its date, author and view count) gives the date and is set aside.
#[test]
fn a_title_part_naming_the_copyright_holder_and_a_line_of_facts() {
    let html = r##"<html><head><title>News - Northern Ports Development Board</title></head><body>
<div class="bar"><h1>News</h1><div class="crumbs"><a href="/">Home</a> / <a href="/news">News</a></div></div>
<div class="wrap"><h3 class="entry-heading">Busan shipping line opens weekly service to Gdańsk container terminal</h3>
<div class="entry-info">03/11/2024 · Written by: Communications Unit · Views: 1 204</div>
<div class="entry-body"><p>A Korean shipping line opened a weekly service between Busan and the Gdańsk container terminal on Monday, the board said.</p>
<p>The first vessel carried electronics and battery components for plants in southern Poland.</p></div></div>
<footer><p><strong>Northern Ports Development Board</strong></p><p>© 2024 Northern Ports Development Board. All rights reserved.</p></footer>
</body></html>"##;
    let ex = extract(html.as_bytes()).expect("extract");
    let want = "Busan shipping line opens weekly service to Gdańsk container terminal";
    assert_eq!(ex.meta.title.as_ref().map(|t| t.value.as_str()), Some(want));
    let facts = block_with(&ex, "Written by");
    assert!(
        !facts.is_empty()
            && facts
                .iter()
                .all(|b| b.kind == BlockKind::Dateline && b.set_aside.is_some())
    );
}

/// A "Read also" box set inside the text is related links; the `Label: value` lines
/// beside the page's date and view count are its metadata.
#[test]
fn a_read_also_box_in_the_text_and_facts_beside_the_date() {
    let html = r##"<html><head><title>Wind farm contract signed</title></head><body><main><article>
<h1>Wind farm contract signed</h1>
<div class="story"><p>The port city signed a contract with a Korean cable maker for its offshore wind farm on Friday.</p>
<div class="readAlso"><div class="readAlso-head">Read also</div><div><a href="/a">Ferry fares to rise in spring</a></div></div>
<p>The cable maker will open a plant near the harbour and hire about three hundred people by 2027.</p></div>
<div class="stats"><p>Published by: City Hall of Rostock</p><p>Date: 14.06.2024</p><p>Views: 2 310</p></div>
</article></main></body></html>"##;
    let ex = extract(html.as_bytes()).expect("extract");
    for chrome in [
        "Ferry fares to rise in spring",
        "Read also",
        "Published by: City Hall of Rostock",
    ] {
        let found = block_with(&ex, chrome);
        assert!(
            !found.is_empty() && found.iter().all(|b| b.set_aside.is_some()),
            "{chrome}"
        );
    }
    assert!(block_with(&ex, "hire about three hundred")
        .iter()
        .all(|b| b.set_aside.is_none()));
}

/// Whether some blocks hold `needle` and all of them pass `f`.
fn every(ex: &Extraction, needle: &str, f: impl Fn(&Block) -> bool) -> bool {
    let found = block_with(ex, needle);
    !found.is_empty() && found.into_iter().all(f)
}

fn content_of<'a>(ex: &'a Extraction, needle: &str) -> Vec<&'a Block> {
    block_with(ex, needle)
        .into_iter()
        .filter(|b| b.set_aside.is_none())
        .collect()
}

/// A board page whose title bar repeats the side menu's current section over the
/// post's own headline: the label is the page's header, the headline below is content.
#[test]
fn a_section_label_in_the_title_bar_over_the_headline() {
    let html = r##"<html lang="ko"><head><meta charset="utf-8"><title>해양안전청</title></head><body>
<div class="gnb"><a href="#">안전정책</a> <a href="#">알림마당</a></div>
<div class="container">
 <div class="side_menu"><ul><li><a href="#">보도자료</a></li><li class="on"><a href="#">정례브리핑</a></li><li><a href="#">행사 사진</a></li></ul></div>
 <div class="content_area">
  <div class="location"><span>홈</span> <span>알림마당</span> <span>정례브리핑</span></div>
  <div class="area_tit">정례브리핑</div>
  <div class="board_view">
   <div class="view_subject">해양안전청, 여름철 연안 사고 예방 대책 발표</div>
   <div class="view_body">
    <p>해양안전청은 15일 여름철 연안 사고를 줄이기 위해 위험 구역 순찰을 늘리고, 구조 장비를 보강하는 대책을 발표했습니다.</p>
    <p>이번 대책에 따라 해수욕장과 갯바위 등 사고가 잦은 구역 120곳에 안전요원이 추가로 배치됩니다.</p>
   </div>
  </div>
 </div>
</div></body></html>"##;
    let ex = extract(html.as_bytes()).expect("extract");
    let title = ex.meta.title.as_ref().map(|t| t.value.as_str());
    assert_eq!(title, Some("해양안전청, 여름철 연안 사고 예방 대책 발표"));
    assert!(every(&ex, "정례브리핑", |b| b.set_aside.is_some()));
    assert!(!content_of(&ex, "여름철 연안 사고 예방 대책 발표").is_empty());
}

/// A news page: the sub-headline under the `h1`, outside the body, is content; a byline
/// whose class also names the article, the `<time>` line, the reading time, a "read
/// more" link in the text, an AMP image's caption, a credit spelling the page's title,
/// the tag list and the editor's credit are not; the text behind the paywall class is.
#[test]
fn a_news_article_header_and_the_furniture_around_its_text() {
    let html = r##"<html lang="en"><head><meta charset="utf-8">
<title>Harbour Authority of Ruritania - Ferry line to Busan reopens after five years</title></head><body>
<header class="site"><a class="logo" href="/">Harbour Authority of Ruritania</a><nav><a href="/">News</a> <a href="/about">About</a></nav></header>
<div class="page">
 <h1 class="story-title">Ferry line to Busan reopens after five years</h1>
 <h2 class="story-standfirst">Two ships will sail weekly from the northern terminal from September</h2>
 <div class="story-meta">
  <p class="article-author content-meta">Maria Kowal</p>
  <p class="story-date"><time datetime="2025-08-04T09:00:00Z"><span>August 4, 2025</span><span>9:00 AM</span></time></p>
  <p class="story-meta__time">4 min read</p>
 </div>
 <div class="story-body">
  <figure><amp-img src="/ship.jpg" alt="A ferry at the quay"></amp-img><figcaption>A ferry moored at the northern terminal on Monday. [Harbour Press]</figcaption></figure>
  <p>The harbour authority said on Monday that the ferry line to Busan, closed since 2020, will reopen in September with two sailings a week.</p>
  <p class="story__read-more"><b>Read more</b> <a href="/other">Container traffic hits a record in July</a></p>
  <p>The operator expects about forty thousand passengers and twelve thousand trucks in the first year of service, officials said.</p>
  <div class="story-paywalled"><p>Tickets will go on sale in August, with discounts for students and residents of the port city.</p></div>
  <p class="photo-credit">Photo: Harbour Authority of Ruritania</p>
 </div>
 <div class="story-tags"><span class="story-tags__label">Related tags</span><ul><li><a href="/t/ferries">Ferries</a></li><li><a href="/t/korea">Korea</a></li></ul></div>
 <div class="story-editor">[Edited by Tom Reed]</div>
</div></body></html>"##;
    let ex = extract(html.as_bytes()).expect("extract");
    let title = ex.meta.title.as_ref().map(|t| t.value.as_str());
    assert_eq!(title, Some("Ferry line to Busan reopens after five years"));
    for content in [
        "Two ships will sail weekly",
        "closed since 2020",
        "Tickets will go on sale",
    ] {
        assert!(!content_of(&ex, content).is_empty(), "{content}");
    }
    for chrome in [
        "Maria Kowal",
        "August 4, 2025",
        "4 min read",
        "Container traffic hits a record",
        "A ferry moored at the northern terminal",
        "Photo: Harbour Authority",
        "Related tags",
        "Ferries",
        "Edited by Tom Reed",
    ] {
        let found = block_with(&ex, chrome);
        assert!(
            !found.is_empty() && found.iter().all(|b| b.set_aside.is_some()),
            "{chrome}"
        );
    }
    assert!(every(&ex, "August 4, 2025", |b| b.kind == BlockKind::Dateline));
}

/// Under a Korean notice: the point of a list in the text with a span of years stays
/// content, the date in the list of the post's facts is its date line, and the KOGL
/// licence notice after the text is set aside.
#[test]
fn a_list_of_points_with_years_and_a_licence_notice() {
    let html = r##"<html lang="ko"><head><meta charset="utf-8"><title>보도자료 | 산림연구소</title></head><body>
<div class="board_view">
 <h2 class="view_tit">한-핀란드 산림 협력 회의 개최…목재 이용 공동 연구 합의</h2>
 <ul class="view_info"><li>작성자 국제협력과</li><li>등록일 2025.04.11</li><li>조회수 532</li></ul>
 <div class="view_cont">
  <p>산림연구소는 11일 핀란드 산림청과 제5차 산림 협력 회의를 열고, 목재 이용과 산불 대응 분야의 공동 연구에 합의했다고 밝혔다.</p>
  <p>양측이 합의한 과제는 다음과 같다.</p>
  <ul>
   <li>목재 건축 자재 수명 평가 방법 공동 개발(2025~2027년)</li>
   <li>산불 확산 예측 모델 비교 연구와 자료 교환 체계 구축</li>
   <li>연구 인력 교류를 위한 단기 파견 프로그램 운영</li>
  </ul>
  <p>다음 회의는 2026년 헬싱키에서 열릴 예정이며, 그 전까지 실무 작업반이 분기마다 진행 상황을 점검한다.</p>
 </div>
 <div class="nuri"><img src="/kogl1.png" alt="공공누리 제1유형"> 산림연구소가 창작한 본 저작물은 공공누리 제1유형 조건에 따라 이용할 수 있습니다.</div>
</div></body></html>"##;
    let ex = extract(html.as_bytes()).expect("extract");
    assert!(!content_of(&ex, "수명 평가 방법 공동 개발(2025~2027년)").is_empty());
    assert!(every(&ex, "등록일 2025.04.11", |b| b.kind
        == BlockKind::Dateline));
    assert!(every(
        &ex,
        "조건에 따라 이용할 수 있습니다",
        |b| b.set_aside == Some(Reason::Disclaimer)
    ));
}

/// A board view whose headline cell, long and with a colon, reads as prose; the
/// "Writer" cell, whose value spells the page's `<title>`, is a field, not the headline.
#[test]
fn a_long_headline_cell_over_a_writer_field() {
    let html = r##"<html lang="en"><head><meta charset="utf-8"><title>Consulate of Ruritania in Busan</title></head><body>
<h1 class="logo"><a href="/"><img src="/logo.png" alt="Consulate of Ruritania in Busan"></a></h1>
<div id="contents"><table class="bbs_view">
 <thead><tr><th colspan="4" class="tit">2026 Summer School in Ruritanian Language: Call for Applicants from Busan and Ulsan</th></tr></thead>
 <tbody>
  <tr><th scope="row">Writer</th><td>Consulate of Ruritania in Busan</td><th scope="row">Date</th><td>2025-06-02</td></tr>
  <tr><td colspan="4" class="view_cont"><p>The Consulate is pleased to announce the call for applications for the summer school, open to students of all universities in the region.</p>
  <p>Applications are accepted until 30 June; the selected students will be informed by e-mail in July.</p></td></tr>
 </tbody></table></div></body></html>"##;
    let ex = extract(html.as_bytes()).expect("extract");
    let title = ex.meta.title.as_ref().map(|t| t.value.as_str());
    assert_eq!(
        title,
        Some("2026 Summer School in Ruritanian Language: Call for Applicants from Busan and Ulsan")
    );
}

/// A gallery's caption ending with its credit, after the image in a list item.
#[test]
fn a_gallery_caption_with_its_credit() {
    let html = r##"<html lang="pl"><head><meta charset="utf-8"><title>Wizyta w porcie</title></head><body><article>
<h1>Wizyta delegacji w porcie</h1>
<p>Delegacja z Republiki Korei odwiedziła we wtorek terminal kontenerowy i rozmawiała o nowych połączeniach.</p>
<p>Strony zapowiedziały podpisanie listu intencyjnego jesienią, po analizie potrzeb przewoźników.</p>
<section class="gallery"><ul><li><img src="/g1.jpg" alt="Delegacje"><span>Rozmowy w sali konferencyjnej. Fot. Jan Lis / Urząd Morski</span></li></ul></section>
</article></body></html>"##;
    let ex = extract(html.as_bytes()).expect("extract");
    assert!(every(&ex, "Rozmowy w sali konferencyjnej", |b| b.set_aside
        == Some(Reason::PhotoCredit)));
}

/// A box after the text with a heading, a pitch and a button is the site's appeal;
/// a section of the text with a heading and paragraphs is not.
#[test]
fn an_appeal_box_after_the_text() {
    let html = r##"<html lang="en"><head><meta charset="utf-8"><title>Port deal signed</title></head><body><main><article>
<h1>Port deal signed with a Korean operator</h1>
<div class="body"><p>The city signed a thirty-year concession with a Korean terminal operator on Tuesday, officials said.</p>
<div class="to-top"><a class="button" href="#">Top</a></div>
<h2>Next steps</h2><p>Dredging of the channel will begin next spring, and the first ships are expected in 2027.</p></div>
<div class="help-box"><h3>Keep the Harbour Gazette free</h3><p>We are a small team funded by readers. If you like our reporting, please chip in.</p><a class="button" href="/give">Give now</a></div>
</article></main></body></html>"##;
    let ex = extract(html.as_bytes()).expect("extract");
    assert!(every(&ex, "Keep the Harbour Gazette free", |b| b
        .set_aside
        .is_some()));
    assert!(every(&ex, "funded by readers", |b| b.set_aside.is_some()));
    assert!(!content_of(&ex, "Dredging of the channel").is_empty());
    assert!(!content_of(&ex, "Next steps").is_empty());
}

/// A press release saved from a word processor: the bold headline over dash-led deck
/// lines (not the headline), a numbered photo caption and paragraphs under `body`.
#[test]
fn a_saved_press_release_with_deck_lines() {
    check(&Case {
        name: "saved press release",
        html: r##"<html><head><meta charset="utf-8"><title>보도자료</title></head><body>
<div class=WordSection1>
<p class=MsoNormal align=center><b><span style='font-size:17pt'>해양연구원, 북유럽 연구선 2척과 극지 해빙 공동 관측 시작</span></b></p>
<p class=MsoNormal>- 그린란드 해역에 무인 관측 부표 40기 설치, 2026년까지 자료 공개</p>
<p class=MsoNormal>- 양측 합계 약 80억 원 들여 관측망 구축</p>
<p class=MsoNormal>해양연구원은 북유럽 두 나라의 연구선과 함께 그린란드 해역에서 해빙의 두께와 이동 속도를 재는 공동 관측을 시작한다고 밝혔다.</p>
<p class=MsoNormal>연구진은 관측 부표가 보내는 자료를 매일 모아 국제 기후 자료 센터에 올리고, 해빙 예측 모델을 함께 고쳐 나갈 계획이다.</p>
<p class=MsoNormal>[사진 2] 연구진이 관측 부표를 점검하고 있다.</p>
</div></body></html>"##,
        title: "해양연구원, 북유럽 연구선 2척과 극지 해빙 공동 관측 시작",
        date: None,
        publisher: None,
        content: &[
            "그린란드 해역에 무인 관측 부표 40기 설치",
            "양측 합계 약 80억 원 들여 관측망 구축",
            "국제 기후 자료 센터에 올리고",
        ],
        chrome: &[("연구진이 관측 부표를 점검하고 있다", Reason::PhotoCredit)],
    });
}

/// A print view: paragraphs and a data table straight under `body` are the text; the
/// "By" line and the print stamp with its copyright are not.
#[test]
fn a_print_view_with_its_text_under_body() {
    let html = r##"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Harbour cranes order split between two yards - Print - Port Weekly</title></head>
<body class="print">
<div class="masthead">PORT WEEKLY</div>
<h1>Harbour cranes order split between two yards</h1>
<div class="meta">By Ada Lindqvist</div>
<p>The port authority has split its order for twelve ship-to-shore cranes between two yards, it said on Monday, in a bid to shorten delivery times before the new terminal opens.</p>
<p>The first yard will build seven cranes and the second five, according to the schedule below:</p>
<table><tr><th>Yard</th><th>Cranes</th></tr><tr><td>Northern yard</td><td>seven units</td></tr><tr><td>Southern yard</td><td>five units</td></tr></table>
<p>Officials said the split adds little to the cost, because both yards already hold the designs from an earlier order for the same terminal operator.</p>
<div class="stamp">This article was printed from https://www.example.com/2025/05/harbour-cranes-order/<br>© 2025 Example Media Group</div>
</body></html>"##;
    let ex = extract(html.as_bytes()).expect("extract");
    for text in ["Southern yard", "seven units", "both yards already hold"] {
        assert!(!content_of(&ex, text).is_empty(), "{text}");
    }
    assert!(every(&ex, "By Ada Lindqvist", |b| b.set_aside
        == Some(Reason::Byline)));
    assert!(every(&ex, "was printed from", |b| b.set_aside
        == Some(Reason::Footer)));
}

/// Joomla declares the section as every article's `og:title`; a WordPress theme
/// prints the section as the `h1` over the article's `h2`: the article's heading is
/// the headline either way, and the section's strap line over it is the page's header.
#[test]
fn a_section_label_over_the_article_heading() {
    check(&Case {
        name: "section og:title",
        html: r##"<html lang="pl"><head><meta charset="utf-8">
<title>Spółka podpisała umowę na dostawę wagonów - Koleje Przykładowe</title>
<meta property="og:title" content="Komunikaty"></head><body>
<main><div class="item-page"><h1 itemprop="headline">Spółka podpisała umowę na dostawę wagonów</h1>
<p>Spółka podpisała w środę umowę na dostawę czterdziestu wagonów pasażerskich, które trafią na linie regionalne w przyszłym roku.</p>
<p>Pierwsze wagony mają wyjechać na tory wiosną, a ostatnie przed końcem roku, po próbach na torze doświadczalnym.</p></div></main>
</body></html>"##,
        title: "Spółka podpisała umowę na dostawę wagonów",
        date: None,
        publisher: Some("Koleje Przykładowe"),
        content: &["czterdziestu wagonów pasażerskich"],
        chrome: &[],
    });
    check(&Case {
        name: "section h1",
        html: r##"<html lang="pl"><head><meta charset="utf-8">
<title>Wiadomości | Stocznia Przykładowa</title>
<meta property="og:title" content="Stocznia Przykładowa – Wiadomości"></head><body>
<header><nav><a href="/">Start</a> <a href="/o-nas">O nas</a> <a href="/wiadomosci">Wiadomości</a></nav></header>
<main><section class="hero"><h1 class="hero__title">Wiadomości</h1><p class="hero__lead">Nowości i wydarzenia stoczni w jednym miejscu</p></section>
<section class="post"><h2 class="post__title">Stocznia zwodowała pierwszy prom z napędem hybrydowym dla przewoźnika z Bałtyku</h2>
<p>Stocznia zwodowała w piątek pierwszy z trzech promów z napędem hybrydowym, które zamówił przewoźnik obsługujący linie na Bałtyku.</p>
<p>Prom zabierze czterystu pasażerów i sto dwadzieścia samochodów, a w porcie będzie ładował baterie z lądowej sieci.</p></section></main>
</body></html>"##,
        title: "Stocznia zwodowała pierwszy prom z napędem hybrydowym dla przewoźnika z Bałtyku",
        date: None,
        publisher: Some("Stocznia Przykładowa"),
        content: &["pierwszy z trzech promów"],
        chrome: &[(
            "Nowości i wydarzenia stoczni w jednym miejscu",
            Reason::PageHeader,
        )],
    });
}

/// A Korean board skin (Gnuboard) names the subject's `span` inside the cell that
/// holds it and prints the writer line under it; its footer's policy links stand over
/// the address.
#[test]
fn a_board_subject_named_inside_its_cell() {
    check(&Case {
        name: "board subject span",
        html: r##"<html><head><meta charset="utf-8"><title>수산협회 > 알림 > 공지</title></head><body>
<table><tr><td>&nbsp;<strong><span id="writeSubject">수산협회, 북유럽 수입업체 9곳과 냉동 수산물 수출 상담회 열어</span></strong></td><td>작성일 : 2025.04.02 (수) 09:40</td></tr>
<tr><td>&nbsp;글쓴이 : <span class='member'>협회 홍보부</span></td></tr>
<tr><td><span id="writeContents"><div>수산협회는 1일 부산에서 북유럽 수입업체 9곳을 초청해 냉동 수산물 수출 상담회를 열었다고 2일 밝혔다.</div>
<div>상담회에는 지역 가공업체 21곳이 참가해 모두 54건의 상담을 진행했고, 현장에서 수출 계약 3건이 맺어졌다.</div></span></td></tr></table>
<table><tr><td><a href="/p">개인정보처리방침</a> | <a href="/e">이메일무단수집거부</a><br>(48000) 부산광역시 남구 예시로 10 수산협회 | TEL 051-000-0000</td></tr></table>
</body></html>"##,
        title: "수산협회, 북유럽 수입업체 9곳과 냉동 수산물 수출 상담회 열어",
        date: None,
        publisher: Some("수산협회"),
        content: &["냉동 수산물 수출 상담회를 열었다"],
        chrome: &[
            ("글쓴이 : 협회 홍보부", Reason::Byline),
            ("이메일무단수집거부", Reason::Footer),
        ],
    });
}

/// An e-mail newsletter in nested tables: the label row over the lead story's headline
/// is no field of it, and the web-copy link and the footer's "you are receiving" line
/// are the newsletter's.
#[test]
fn a_newsletter_lead_story_under_its_label() {
    let html = r##"<html><head><meta charset="utf-8"><title>Biuletyn 4/2025</title></head><body>
<table width="100%"><tr><td align="center">
<table width="600"><tr><td>Nie widzisz obrazków? <a href="https://example.org/web">Zobacz w przeglądarce</a></td></tr></table>
<table width="600">
<tr><td>Z kraju</td></tr>
<tr><td style="font-size:24px;font-weight:bold">Uczelnie techniczne otwierają wspólne laboratorium wodorowe</td></tr>
<tr><td><p>Cztery uczelnie techniczne otworzyły wspólne laboratorium badań nad magazynowaniem wodoru, finansowane z funduszy regionalnych na najbliższe trzy lata.</p>
<p>Laboratorium przyjmie w pierwszym roku dwudziestu doktorantów i udostępni aparaturę firmom z regionu na preferencyjnych warunkach.</p></td></tr>
</table>
<table width="600"><tr><td>Otrzymujesz tę wiadomość, ponieważ zapisałeś się na biuletyn Fundacji Przykładowej.</td></tr></table>
</td></tr></table></body></html>"##;
    let ex = extract(html.as_bytes()).expect("extract");
    assert_eq!(
        ex.meta.title.as_ref().map(|t| t.value.as_str()),
        Some("Uczelnie techniczne otwierają wspólne laboratorium wodorowe")
    );
    assert!(every(&ex, "Zobacz w przeglądarce", |b| b
        .set_aside
        .is_some()));
    assert!(every(&ex, "Otrzymujesz tę wiadomość", |b| b.set_aside
        == Some(Reason::Form)));
    assert!(every(&ex, "Z kraju", |b| b.set_aside.is_some()));
}

/// A Polish public-information bulletin's record table: the body that shares the
/// record is its publisher, and the record's making is its date (not its posting nor
/// its later edit, nor a date in the text's timetable).
#[test]
fn a_public_record_table_gives_publisher_and_date() {
    check(&Case {
        name: "record table",
        html: r##"<html lang="pl"><head><meta charset="utf-8">
<title>Ogłoszenie o naborze ekspertów - Biuletyn Informacji Publicznej Urzędu Przykładowego</title></head><body>
<div id="tresc"><h2 class="tytul">Ogłoszenie o naborze ekspertów do oceny wniosków</h2>
<p>Urząd ogłasza nabór ekspertów do oceny wniosków składanych w programie wsparcia małych firm w regionie, na zasadach określonych w regulaminie.</p>
<table><tr><th>Etap</th><th>Termin</th></tr><tr><td>Zgłoszenia</td><td>2 czerwca – 30 czerwca 2025 r.</td></tr></table>
<p>Zgłoszenia przyjmujemy wyłącznie drogą elektroniczną, a ich wyniki ogłosimy w tym biuletynie po zakończeniu naboru.</p></div>
<table class="metryka"><caption>Metryka</caption>
<tr><th>Podmiot udostępniający informację:</th><td>Urząd Przykładowy</td></tr>
<tr><th>Data wytworzenia:</th><td>2025-05-20</td></tr>
<tr><th>Data opublikowania:</th><td>2025-05-21 10:00</td></tr>
<tr><th>Data modyfikacji:</th><td>2025-05-26 12:30</td></tr></table>
</body></html>"##,
        title: "Ogłoszenie o naborze ekspertów do oceny wniosków",
        date: Some("2025-05-20"),
        publisher: Some("Urząd Przykładowy"),
        content: &["programie wsparcia małych firm"],
        chrome: &[],
    });
}

/// A portal's copy of an agency's story declares no site name and closes with the
/// portal's copyright: the agency its lead's dateline names is the publisher.
#[test]
fn a_portal_copy_of_an_agency_story() {
    let html = r##"<html lang="ko"><head><meta charset="utf-8"><title>항만 자동화 장비 수출 계약 체결 : 포털 뉴스</title></head><body>
<div class="head"><h2 class="end_headline">항만 자동화 장비 수출 계약 체결</h2></div>
<article id="dic_area">(부산=한빛통신) 이○○ 기자 = 부산의 한 항만 장비 업체가 북유럽 항만 운영사와 자동화 크레인 수출 계약을 맺었다고 3일 밝혔다.<br><br>
업체는 내년까지 크레인 6기를 납품하고, 현지 정비 인력 교육도 함께 맡는다.<br><br></article>
<footer><p>Copyright © Portal Example Corp. All Rights Reserved.</p></footer>
</body></html>"##;
    let ex = extract(html.as_bytes()).expect("extract");
    assert_eq!(
        ex.meta.publisher.as_ref().map(|p| p.value.as_str()),
        Some("한빛통신")
    );
}

/// A portal that declares its own site name over an agency's story it reposts prints
/// the agency's rights under the story: the agency its lead's dateline names, and the
/// copyright line gives its rights to, is the publisher, not the portal.
#[test]
fn a_portal_copy_that_names_itself_credits_the_agency() {
    let html = r##"<html lang="ko"><head><meta charset="utf-8"><title>항만 자동화 장비 수출 계약 체결 | 포털</title>
<meta property="og:site_name" content="포털누리 뉴스"></head><body>
<div class="head"><h2 class="tit_view">항만 자동화 장비 수출 계약 체결</h2></div>
<article><p>[부산=한빛통신] 이○○ 기자 = 부산의 한 항만 장비 업체가 북유럽 항만 운영사와 자동화 크레인 수출 계약을 맺었다고 3일 밝혔다.</p>
<p>업체는 내년까지 크레인 6기를 납품하고, 현지 정비 인력 교육도 함께 맡는다.</p>
<p class="copyright">Copyright © 한빛통신. 무단전재 및 재배포 금지</p></article>
<footer><p>© Portal Example Corp.</p></footer>
</body></html>"##;
    let ex = extract(html.as_bytes()).expect("extract");
    assert_eq!(
        ex.meta.publisher.as_ref().map(|p| p.value.as_str()),
        Some("한빛통신")
    );
    // Without the agency's rights on the page, the site's declared name stands.
    let own = html.replace("Copyright © 한빛통신. 무단전재 및 재배포 금지", "");
    let ex = extract(own.as_bytes()).expect("extract");
    assert_eq!(
        ex.meta.publisher.as_ref().map(|p| p.value.as_str()),
        Some("포털누리 뉴스")
    );
}

/// A Google Docs export: the headline's footnote mark is not the title's, the
/// reviewers' comments after the text and the page number are not text, list items
/// under `body` are, and the closing dateline dates it.
#[test]
fn a_docs_export_with_comments_and_a_closing_dateline() {
    check(&Case {
        name: "docs export",
        html: r##"<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"></head><body class="doc-content">
<p class="c2"><span class="c3">Wspólna deklaracja w sprawie współpracy portów morskich</span><sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup></p>
<p class="c0"><span>Strony uznają, że współpraca portów morskich sprzyja rozwojowi handlu i bezpieczeństwu dostaw w regionie Morza Bałtyckiego.</span></p>
<p class="c0"><span>Strony będą współpracować w następujących obszarach:</span></p>
<ol><li class="c0"><span>wymiana danych o ruchu statków</span></li><li class="c0"><span>wspólne szkolenia służb portowych</span></li></ol>
<p class="c0"><span>Deklaracja nie tworzy zobowiązań prawnych i jest realizowana zgodnie z prawem każdej ze stron.</span><a href="#cmnt1" id="cmnt_ref1">[a]</a></p>
<p class="c4"><span>Gdynia, 14 marca 2024 r.</span></p>
<div><p><a href="#ftnt_ref1" id="ftnt1">[1]</a><span> Tekst uzgodniony przez obie strony.</span></p></div>
<div><p><a href="#cmnt_ref1" id="cmnt1">[a]</a><span>Sprawdzić z działem prawnym przed podpisem</span></p><p><span>Sprawdzone, bez uwag</span></p></div>
<div><p class="c4"><span>- 2 -</span></p></div>
</body></html>"##,
        title: "Wspólna deklaracja w sprawie współpracy portów morskich",
        date: Some("2024-03-14"),
        publisher: None,
        content: &[
            "wspólne szkolenia służb portowych",
            "Tekst uzgodniony przez obie strony",
        ],
        chrome: &[
            ("Sprawdzić z działem prawnym", Reason::CommentForm),
            ("Sprawdzone, bez uwag", Reason::CommentForm),
            ("- 2 -", Reason::PageNumber),
        ],
    });
}

/// A post's date line run on with its counts or its categories, as a row of inline
/// fields prints it, is a date line.
#[test]
fn date_lines_with_counts_and_categories() {
    let html = r##"<html lang="en"><head><meta charset="utf-8"><title>Observatory and partners sign data accord</title></head><body>
<main><div class="article"><h1>Observatory and partners sign data accord</h1>
<div class="info"><span class="date">14/03/2025</span> <span class="views">512 views</span> <span class="likes">9 likes</span></div>
<p>The observatory and three partner institutes signed an accord on Friday to share their telescope data within a month of each observation run.</p>
<div class="facts"><span>Data publikacji: 02.04.2025</span> <span>Kategoria: Nauka, Współpraca</span></div>
<p>The accord covers the next five years and may be extended by a further five if all partners agree to continue.</p>
</div></main></body></html>"##;
    let ex = extract(html.as_bytes()).expect("extract");
    assert!(every(&ex, "512 views", |b| b.kind == BlockKind::Dateline));
    assert!(every(&ex, "Kategoria: Nauka", |b| b.kind == BlockKind::Dateline));
}

/// A headline set after the section's label in one `div` (`<span class="cate">` then
/// `<strong class="tit">`) is a block of its own: the label is not the title's.
#[test]
fn a_named_headline_after_its_label_in_one_div() {
    let html = r##"<html lang="ko"><head><meta charset="utf-8"><title>시청</title><meta property="og:title" content="시청"></head><body>
<div class="hd"><h1 class="logo"><a href="/">시청</a></h1></div>
<div class="view"><div class="tit_area"><span class="cate">보도 해명</span><strong class="tit">시립도서관 야간 개관 시간 연장…주 3일 밤 10시까지</strong></div>
<p>시는 다음 달부터 시립도서관 세 곳의 야간 개관 시간을 주 3일 밤 10시까지 늘린다고 밝혔다. 직장인과 학생의 이용 요청이 많았기 때문이다.</p>
<p>시는 연장 운영 기간의 이용 실적을 살펴 내년에 다른 도서관으로 넓힐지 정할 계획이다.</p></div>
</body></html>"##;
    let ex = extract(html.as_bytes()).expect("extract");
    assert_eq!(
        ex.meta.title.as_ref().map(|t| t.value.as_str()),
        Some("시립도서관 야간 개관 시간 연장…주 3일 밤 10시까지")
    );
    assert!(block_with(&ex, "보도 해명시립").is_empty());
}

/// A news theme's line of facts: the reading time in its own `<span>` beside the
/// date is chrome when its class calls it so (`reading`, `reading-time`,
/// `czas-czytania`), and on a line of its own by its words.
#[test]
fn a_reading_time_span_in_the_line_of_facts() {
    for (tag, class, shown) in [
        ("span", "reading", "Czas czytania: 6 min"),
        ("span", "reading-time", "Ten artykuł przeczytasz w 2 minuty"),
        ("span", "czas-czytania", "about 7 min"),
        // A line of its own is known by its words.
        ("p", "meta-extra", "Przeczytasz w 5 minut"),
    ] {
        let html = format!(
            r#"<html lang="pl"><head><meta charset="utf-8"><title>Gdynia i Incheon otwierają linię promową</title></head><body>
<article><header><h1>Gdynia i Incheon otwierają linię promową</h1>
<div class="article-meta"><span class="date">3 marca 2025 r.</span> <{tag} class="{class}">{shown}</{tag}></div></header>
<p>Port w Gdyni i władze Incheon podpisały we wtorek porozumienie o uruchomieniu regularnego połączenia promowego dla ładunków tocznych od przyszłej wiosny.</p>
<p>Pierwszy statek ma wypłynąć w kwietniu, a armator zapowiada dwa rejsy tygodniowo i dodatkowe kursy w sezonie letnim.</p>
</article></body></html>"#
        );
        let ex = extract(html.as_bytes()).expect("extract");
        assert!(
            content_of(&ex, shown).is_empty(),
            "{class}: {shown} is kept"
        );
        assert!(!content_of(&ex, "Pierwszy statek ma wypłynąć").is_empty());
        assert!(!block_with(&ex, "3 marca 2025").is_empty());
    }
}

/// A portal whose theme prints the section's name as the `h1` and the article's own
/// headline, two sentences long as news headlines often are, as an `h2`; `og:title` is
/// the site's name and `<title>` names the section and the site.
#[test]
fn a_headline_of_two_sentences_under_a_section_h1() {
    let html = r##"<html lang="pl"><head><meta charset="utf-8">
<title>Komunikaty - Powiat Nadrzeczny - Serwis Powiatu Nadrzecznego</title>
<meta property="og:title" content="Serwis Powiatu Nadrzecznego"></head><body>
<ol class="breadcrumb"><li><a href="/">Start</a></li><li><a href="/k">Komunikaty</a></li></ol>
<main><div class="col">
 <h1 class="page-title">Komunikaty</h1>
 <div class="item">
  <h2 itemprop="name">Nowy most na Warcie otwarty. Objazdy znikną do końca miesiąca</h2>
  <div class="info">Kategoria: Drogi Wyświetleń: 311</div>
  <div itemprop="articleBody">
   <p>Starosta otworzył w piątek nowy most drogowy na Warcie, który zastąpił przeprawę promową działającą od lat sześćdziesiątych.</p>
   <p>Budowa trwała dwa lata i kosztowała 48 mln zł, z czego połowę pokryły środki z funduszy europejskich.</p>
  </div>
 </div>
</div></main></body></html>"##;
    let ex = extract(html.as_bytes()).expect("extract");
    let title = ex.meta.title.as_ref().map(|t| t.value.as_str());
    assert_eq!(
        title,
        Some("Nowy most na Warcie otwarty. Objazdy znikną do końca miesiąca")
    );
    assert!(!content_of(&ex, "Budowa trwała dwa lata").is_empty());
}

/// A Korean table-layout board sets a photo's caption, opened by "▲", in a `<font>`
/// right after the `<img>`; "▲" points in the text stay. Attachment rows name a file
/// with its size, an element named `disclaimer` holds the publisher's notice, and a
/// pager's rows (a label and the neighbour's headline as a link) follow the text.
#[test]
fn a_caption_after_an_image_attachment_rows_and_a_notice() {
    let html = r##"<html lang="ko"><head><meta charset="utf-8"><title>항만공사 보도자료</title></head><body>
<table width="700"><tr><td class="subject">항만공사, 그단스크항과 스마트 물류 협력</td></tr>
<tr><td class="cont">
<img src="/up/photo.jpg" width="400"><br>
<font color="#777777">▲ 지난 5일 그단스크에서 열린 협약식에서 두 기관장이 악수하고 있다.</font><br><br>
항만공사는 5일 폴란드 그단스크항만청과 스마트 물류 협력 양해각서를 체결했다고 6일 밝혔다. 두 기관은 자동화 부두 운영 경험을 나누기로 했다.<br><br>
▲ 공동 연구 ▲ 인력 교류 ▲ 정보 공유 등 세 분야에서 협력하며, 내년부터 해마다 실무 회의를 열 계획이다.<br><br>
<img src="/img/blt_arrow.gif" width="9"> ▲ 항만 자동화 전문 인력 양성<br><br>
</td></tr>
<tr><td class="file"><a href="/down/1">2025 항만 협력 결과(보도자료).hwpx</a> <span>(214.7KB)</span> <a href="/view/1">미리보기</a></td></tr>
<tr><td><div class="disclaimer">이 자료는 언론 보도를 위해 배포하는 것으로, 인용 시 출처를 밝혀 주시기 바랍니다. 자료에 관한 문의는 홍보실로 해 주십시오.</div></td></tr>
<tr><td><ul class="pn"><li>이전 <a href="/v/11">항만공사, 여름철 부두 안전 점검 실시</a></li>
<li>다음 <a href="/v/13">신규 크루즈 항로 유치 설명회 개최</a></li></ul></td></tr>
</table></body></html>"##;
    let ex = extract(html.as_bytes()).expect("extract");
    assert!(every(&ex, "두 기관장이 악수하고", |b| b.set_aside
        == Some(Reason::PhotoCredit)));
    assert!(!content_of(&ex, "공동 연구 ▲ 인력 교류").is_empty());
    assert!(!content_of(&ex, "전문 인력 양성").is_empty());
    assert!(!content_of(&ex, "스마트 물류 협력 양해각서를 체결했다").is_empty());
    assert!(every(&ex, "항만 협력 결과(보도자료)", |b| b
        .set_aside
        == Some(Reason::Attachment)));
    assert!(every(&ex, "언론 보도를 위해 배포", |b| b
        .set_aside
        == Some(Reason::Disclaimer)));
    for pager in ["여름철 부두 안전 점검", "크루즈 항로 유치"] {
        assert!(every(&ex, pager, |b| b.set_aside.is_some()), "{pager}");
    }
}

/// A side column's box is named as a title too (`box-title`), over its list of links;
/// the headline is the named block with no menu between it and the text.
#[test]
fn a_side_box_title_over_its_links_is_not_the_headline() {
    let html = r##"<html lang="en"><head><meta charset="utf-8"><title>City Council</title></head><body>
<div id="left"><div class="box-title">Council news</div>
<ul><li><a href="/a">All releases</a></li><li><a href="/b">Meetings</a></li><li><a href="/c">Archive</a></li></ul></div>
<div id="middle"><div class="release-title">Council backs a new tram line to the harbour district</div>
<div class="release-text"><p>The city council voted on Thursday to fund a new tram line to the harbour district, with construction to begin next spring.</p>
<p>The line will have nine stops and is expected to carry twelve thousand passengers a day by 2029.</p></div></div>
</body></html>"##;
    let ex = extract(html.as_bytes()).expect("extract");
    assert_eq!(
        ex.meta.title.as_ref().map(|t| t.value.as_str()),
        Some("Council backs a new tram line to the harbour district")
    );
    assert!(every(&ex, "Council news", |b| b.set_aside.is_some()));
    assert!(!content_of(&ex, "nine stops").is_empty());
}

/// A box's label goes with its box: "Dokumenty" over the attached files is set aside
/// with them, "Najważniejsze ustalenia" over points of the text stays.
#[test]
fn a_label_over_a_box_of_chrome_goes_with_it() {
    let html = r##"<html lang="pl"><head><meta charset="utf-8"><title>Porozumienie portów</title></head><body><article>
<h1>Porty w Gdyni i Pusan podpisały porozumienie</h1>
<p>Zarządy portów w Gdyni i Pusan podpisały we wtorek porozumienie o wymianie danych o ruchu statków i wspólnych szkoleniach.</p>
<div class="points"><strong>Najważniejsze ustalenia</strong><ul><li>wymiana danych o zawinięciach statków</li><li>wspólne szkolenia dla pilotów</li></ul></div>
<p>Porozumienie obowiązuje przez pięć lat i może zostać przedłużone za zgodą obu stron.</p>
<div class="files"><strong>Dokumenty</strong><ul><li><a href="/f/1">Porozumienie portów.pdf</a> (1,2 MB)</li><li><a href="/f/2">Harmonogram szkoleń.docx</a> (88 KB)</li></ul></div>
</article></body></html>"##;
    let ex = extract(html.as_bytes()).expect("extract");
    assert!(every(&ex, "Dokumenty", |b| b.set_aside
        == Some(Reason::Attachment)));
    assert!(!content_of(&ex, "Najważniejsze ustalenia").is_empty());
    assert!(!content_of(&ex, "wspólne szkolenia dla pilotów").is_empty());
    // A table layout's files: the label in a row of its own over the link and its size.
    let html = r##"<html lang="pl"><head><meta charset="utf-8"><title>Porozumienie portów</title></head><body><table><tr><td>
<b>Porty w Gdyni i Pusan podpisały porozumienie</b>
<p>Zarządy portów w Gdyni i Pusan podpisały we wtorek porozumienie o wymianie danych o ruchu statków i wspólnych szkoleniach.</p>
<p>Porozumienie obowiązuje przez pięć lat i może zostać przedłużone za zgodą obu stron.</p>
<table class="pl"><tr><td colspan="2"><b>Pliki:</b></td></tr>
<tr><td><a href="/f/1">Tekst porozumienia</a></td><td>PDF, 1,2 MB</td></tr></table>
</td></tr></table></body></html>"##;
    let ex = extract(html.as_bytes()).expect("extract");
    assert!(every(&ex, "Pliki:", |b| b.set_aside.is_some()));
    assert!(!content_of(&ex, "przedłużone za zgodą").is_empty());
    // Teasers of other news after the text: each one's line of facts over its linked
    // headline, under the list's heading.
    let html = r##"<html lang="en"><head><meta charset="utf-8"><title>Ports sign a data deal</title></head><body><main>
<h1>Gdynia and Busan ports sign a data deal</h1>
<p>The port authorities of Gdynia and Busan signed an agreement on Tuesday to share data on ship calls and to train pilots together.</p>
<p>The agreement runs for five years and may be extended by both sides.</p>
<section><h2>Latest news</h2>
<article class="teaser"><div class="teaser-meta">News article | 3 March 2025</div><h3><a href="/n/1">Ferry line to open in spring</a></h3></article>
<article class="teaser"><div class="teaser-meta">Press release | 28 February 2025</div><h3><a href="/n/2">New rail siding at the container terminal</a></h3></article>
</section></main></body></html>"##;
    let ex = extract(html.as_bytes()).expect("extract");
    for chrome in [
        "Latest news",
        "News article | 3 March",
        "Ferry line to open",
    ] {
        assert!(every(&ex, chrome, |b| b.set_aside.is_some()), "{chrome}");
    }
    assert!(!content_of(&ex, "extended by both sides").is_empty());
    // A heading over a figure is the text's.
    let html = r##"<html lang="en"><head><meta charset="utf-8"><title>Ports sign a data deal</title></head><body><main>
<h1>Gdynia and Busan ports sign a data deal</h1>
<p>The port authorities of Gdynia and Busan signed an agreement on Tuesday to share data on ship calls and to train pilots together.</p>
<div class="part"><strong>The new quay</strong><figure><img src="/q.jpg" alt="Quay"><figcaption>The quay at dawn. Photo: Port of Gdynia</figcaption></figure></div>
<p>The agreement runs for five years and may be extended by both sides.</p>
</main></body></html>"##;
    let ex = extract(html.as_bytes()).expect("extract");
    assert!(!content_of(&ex, "The new quay").is_empty());
}

/// A `dl` of the page's facts (writer, date, views) is the page's metadata; a `dl` of
/// the text (a call's stages and their dates) stays.
#[test]
fn a_description_list_of_the_page_facts_is_set_aside() {
    let html = r##"<html lang="ko"><head><meta charset="utf-8"><title>항만공사 소식</title></head><body><div class="view">
<h2 class="subject">항만공사, 그단스크항과 친환경 연료 협력 착수</h2>
<dl class="meta"><dt>글쓴이</dt><dd>대외협력실</dd><dt>등록일</dt><dd>2025-04-02</dd><dt>조회수</dt><dd>311</dd></dl>
<p>항만공사는 폴란드 그단스크항과 친환경 선박 연료 공급망을 함께 만들기로 하고 첫 실무 회의를 열었다고 2일 밝혔다.</p>
<dl class="plan"><dt>공동 연구 착수</dt><dd>2025년 5월</dd><dt>시범 공급</dt><dd>2026년 하반기</dd></dl>
<p>두 항만은 내년 하반기부터 암모니아 연료 시범 공급에 나설 계획이며, 결과에 따라 공급 물량을 늘리기로 했다.</p>
</div></body></html>"##;
    let ex = extract(html.as_bytes()).expect("extract");
    for chrome in ["글쓴이", "대외협력실", "조회수"] {
        assert!(every(&ex, chrome, |b| b.set_aside.is_some()), "{chrome}");
    }
    assert!(every(&ex, "2025-04-02", |b| b.set_aside == Some(Reason::Dateline)));
    assert!(!content_of(&ex, "공동 연구 착수").is_empty());
    assert!(!content_of(&ex, "시범 공급").is_empty());
    // An info list of labels and values without colons, beside the date and the count.
    let html = r##"<html lang="ko"><head><meta charset="utf-8"><title>항만공사 소식</title></head><body><div class="view">
<h2 class="subject">항만공사, 그단스크항과 친환경 연료 협력 착수</h2>
<ul class="info"><li><span>담당부서</span> 대외협력실</li><li><span>등록일</span> 2025.04.02</li><li><span>조회</span> 311</li></ul>
<p>항만공사는 폴란드 그단스크항과 친환경 선박 연료 공급망을 함께 만들기로 하고 첫 실무 회의를 열었다고 2일 밝혔다.</p>
</div></body></html>"##;
    let ex = extract(html.as_bytes()).expect("extract");
    assert!(every(&ex, "대외협력실", |b| b.set_aside
        == Some(Reason::Byline)));
}

/// A news template's deck under the headline in a `p` named as a subtitle, its two
/// lines split by a `<br>`, stands in the article's header outside the body: it is the
/// text's, not chrome outside the content.
#[test]
fn a_named_deck_under_the_headline_is_kept() {
    for class in ["tit_sub", "article-subtitle"] {
        let html = format!(
            r#"<html lang="ko"><head><meta charset="utf-8"><title>부산항, 북유럽 항로 확대 | 바다일보</title></head><body>
<header class="hd"><a href="/" class="logo">바다일보</a></header>
<div class="view_hd">
 <h2 class="tit_view">부산항, 북유럽 항로 확대…"물동량 20% 늘린다"</h2>
 <p class="{class}">항만공사·선사 공동 협의<br>신규 항로 3개 연내 개설</p>
 <div class="byline"><span class="writer">부산=이아무개 기자</span> <span>입력 2025.03.04 10:00</span></div>
</div>
<div id="article_content" class="cont_art">
 부산항만공사는 4일 북유럽 선사들과 신규 항로 개설을 위한 공동 협의회를 열고 올해 안에 세 개 항로를 새로 열기로 했다고 밝혔다.<br><br>
 공사는 환적 화물 유치를 위해 항만 사용료 감면 기간을 늘리고, 선사들의 부두 배정도 우선 검토할 계획이다.<br><br>
</div></body></html>"#
        );
        let ex = extract(html.as_bytes()).expect("extract");
        assert!(
            !content_of(&ex, "신규 항로 3개 연내 개설").is_empty(),
            "{class}: the deck is set aside"
        );
        assert!(!content_of(&ex, "사용료 감면 기간").is_empty());
    }
}

/// Who posted a page, as a record's field: a Polish public record's facts table
/// ("Opublikował:" beside the office) and a board view's `dl` ("Department" over the
/// division). The value is chrome; a data table with the same word in its header row
/// keeps its cells.
#[test]
fn a_writer_field_in_a_facts_table_or_a_dl_is_chrome() {
    let html = r#"<html lang="en"><head><meta charset="utf-8"><title>Ferry link to Ystad agreed</title></head><body>
<main><article>
<h1>Ferry link to Ystad agreed</h1>
<dl class="info"><dt>Department</dt><dd>Port Affairs Office</dd><dt>Date</dt><dd>March 3, 2025</dd></dl>
<p>The port authority and the city of Ystad agreed on Monday to open a daily ferry link for freight from next spring.</p>
<table><tr><th>Department</th><th>Budget</th></tr><tr><td>Harbour Works Unit</td><td>4.2 million</td></tr></table>
<p>The first sailing is planned for April, and the operator expects two return trips a day in the summer season.</p>
<table class="record"><tr><th>Opublikował:</th><td>Referat Prasowy Portu</td></tr></table>
</article></main></body></html>"#;
    let ex = extract(html.as_bytes()).expect("extract");
    for chrome in ["Port Affairs Office", "Referat Prasowy Portu"] {
        assert!(content_of(&ex, chrome).is_empty(), "{chrome} is kept");
    }
    for kept in ["Harbour Works Unit", "Budget", "The first sailing"] {
        assert!(!content_of(&ex, kept).is_empty(), "{kept} is set aside");
    }
}

/// A wire story's template sets a "Related Stories" box between the body's paragraphs,
/// in a `div` whose class names no related list: its heading's words mark the box, and
/// the headlines of other stories under it are set aside while the text around it stays.
#[test]
fn a_related_stories_box_inside_the_body_is_set_aside() {
    let html = r##"<html><head><title>Ferry line to Tallinn reopens</title></head><body><main>
<h1>Ferry line to Tallinn reopens</h1>
<div class="StoryBodyText">
 <p>The harbour authority said on Tuesday that the ferry line to Tallinn will reopen in June with three sailings a week after a two-year pause.</p>
 <div class="ListModuleB" data-module="box">
  <div class="ListModule-header"><h2 class="ListModule-title">Related Stories</h2></div>
  <ul><li><a href="/story/1">Port workers end a week-long strike over pay</a></li>
  <li><a href="/story/2">Record grain exports lift the northern harbour</a></li></ul>
 </div>
 <p>The operator expects about sixty thousand passengers in the first year, and tickets will be sold online from May, officials said.</p>
</div></main></body></html>"##;
    let ex = extract(html.as_bytes()).expect("extract");
    for content in ["three sailings a week", "tickets will be sold online"] {
        assert!(!content_of(&ex, content).is_empty(), "{content}");
    }
    for chrome in [
        "Related Stories",
        "Port workers end a week-long strike",
        "Record grain exports lift",
    ] {
        let found = block_with(&ex, chrome);
        assert!(
            !found.is_empty() && found.iter().all(|b| b.set_aside.is_some()),
            "{chrome}"
        );
    }
}
