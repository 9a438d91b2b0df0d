//! Who published a statement, as its page, its title and its text name it.
//!
//! Best first: the issuer a page names as such (`From: Foreign Office`, `담당부서
//! 환경부 기후정책과`); the part of the page's title that names an organisation
//! (`Headline - Ministry of Digital Affairs - Portal Gov.pl` gives the ministry, not the
//! portal; `Press Releases | Ministry of X` the ministry, not the section; a sentence is
//! a headline, never a publisher); a news agency's dateline (`SEOUL, May 22 (Yonhap) --`,
//! `(서울=연합뉴스)`, but not a credit such as `(사진=외교부 제공)`); a copyright line
//! (`© 2024 The White House`, `Copyright (c) Ministry of Trade, Industry and Energy`); an
//! institution's name standing alone near the top (`Ministerstwo Spraw Zagranicznych`,
//! `외교부`, the first cell of a letterhead line); the organisation a footer asks to
//! contact (`Contact the European Commission`). Banners (`An official website of the
//! European Union`), section names (`보도자료`, `Aktualności`, `News`) and portal names
//! (`Portal Gov.pl`, `GOV.UK`) are no publisher while anything better is named; a
//! copyright holder that is a state (`© Commonwealth of Australia`, `Crown copyright`)
//! gives way to the body the page names.

use std::sync::LazyLock;

use regex::Regex;

/// Blocks from the top of a document where its publisher is looked for.
const TOP_BLOCKS: usize = 12;
/// Blocks at its end where a copyright line is looked for.
const END_BLOCKS: usize = 8;

/// Words that name an institution or a news outlet, in names such as "Ministry of
/// Foreign Affairs", "Kancelaria Prezesa Rady Ministrów", "The Korea Herald".
const INSTITUTION: &[&str] = &[
    "ministry",
    "ministerstwo",
    "department",
    "office",
    "white house",
    "government",
    "rząd",
    "kancelaria",
    "urząd",
    // A Polish county's office ("Starostwo Powiatowe w X") issues the county's news.
    "starostwo",
    "commission",
    "komisja",
    "council",
    "rada",
    "parliament",
    "sejm",
    "embassy",
    "ambasada",
    "agency",
    "agencja",
    "presidency",
    "prezydent",
    "cabinet",
    "news",
    "times",
    "herald",
    "post",
    "gazeta",
    "rzeczpospolita",
    "wiadomości",
    "daily",
    "press",
    "reuters",
    "yonhap",
    "institute",
    "instytut",
    "european union",
    "nato",
    "senat",
    "senate",
    "izba",
    "chamber",
    "organisation",
    "organization",
    "delegation",
    "delegacja",
    "representation",
    "przedstawicielstwo",
    "assembly",
    "authority",
    "bureau",
    "treasury",
    "directorate",
    "secretariat",
    "administration",
    "administracja",
    // Universities and public centres issue their own press releases under their
    // letterhead ("Akademia Górniczo-Hutnicza", "Krajowy Ośrodek Wsparcia Rolnictwa").
    "university",
    "uniwersytet",
    "politechnika",
    "akademia",
    "academy",
    "ośrodek",
    "foundation",
    "fundacja",
    // Central banks issue their own statements and releases under their letterhead
    // ("Narodowy Bank Polski", "Bank of Korea", "European Central Bank").
    "bank",
];
/// Endings of Korean names of institutions and outlets (외교부, 국무조정실, 연합뉴스...).
const KOREAN_INSTITUTION: &[&str] = &[
    "부",
    "처",
    "청",
    "실",
    "원",
    "위원회",
    "대사관",
    "대통령실",
    "청와대",
    "뉴스",
    "일보",
    "신문",
    "방송",
    "통신",
    "국회",
    "도청",
    "시청",
    "공사",
    "공단",
    "재단",
    "협회",
    "대학교",
    // Local governments: 서울특별시, 대전광역시, 세종특별자치시, 충청북도, 경상남도.
    "특별시",
    "광역시",
    "자치시",
    "자치도",
    "북도",
    "남도",
];

/// Whether `name` reads as the name of an institution or outlet.
pub fn is_institution(name: &str) -> bool {
    let name = name.trim();
    let words = name.split_whitespace().count();
    if name.is_empty()
        || words > 10
        || name.len() > 120
        || name.ends_with(['.', '!', '?'])
        || is_section_name(name)
        || is_banner(name)
    {
        return false;
    }
    let lower = name.to_lowercase();
    let latin = INSTITUTION.iter().any(|w| {
        lower.match_indices(w).any(|(i, _)| {
            i == 0
                || !lower[..i]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
        })
    });
    let korean = words <= 3
        && name.chars().count() >= 3
        && name.split_whitespace().any(|w| {
            w.chars().all(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
                && KOREAN_INSTITUTION.iter().any(|e| w.ends_with(e))
        });
    latin || korean
}

/// Words of a site section's name ("Press releases", "Aktualności", "보도·설명"): a name
/// made only of these is the page's section, not its publisher.
const SECTION_WORDS: &[&str] = &[
    // English
    "home",
    "news",
    "newsroom",
    "press",
    "release",
    "releases",
    "media",
    "centre",
    "center",
    "room",
    "corner",
    "statement",
    "statements",
    "speech",
    "speeches",
    "announcement",
    "announcements",
    "update",
    "updates",
    "latest",
    "article",
    "articles",
    "story",
    "stories",
    "blog",
    "event",
    "events",
    "notice",
    "notices",
    "publications",
    "briefing",
    "briefings",
    "readout",
    "readouts",
    "remarks",
    "features",
    "highlights",
    "archive",
    "detail",
    "details",
    "view",
    "section",
    "edition",
    "version",
    "english",
    // topics a news site's sections are named after
    "business",
    "economy",
    "politics",
    "world",
    "national",
    "international",
    "opinion",
    "sports",
    "culture",
    "technology",
    "tech",
    "science",
    "society",
    "life",
    "local",
    "and",
    "&",
    "the",
    "all",
    "our",
    // Polish
    "sekcja",
    "wersja",
    "aktualności",
    "aktualnosci",
    "wiadomości",
    "wiadomosci",
    "komunikaty",
    "komunikat",
    "prasowe",
    "prasowy",
    "prasowa",
    "informacje",
    "wydarzenia",
    "ogłoszenia",
    "strona",
    "główna",
    "archiwum",
    "szczegóły",
    "dla",
    "mediów",
    "gospodarka",
    "polityka",
    "świat",
    "kraj",
    "biznes",
    "nauka",
    "technologie",
    "opinie",
    "kultura",
    "sport",
    "i",
    // Korean
    "보도자료",
    "보도",
    "설명",
    "해명자료",
    "설명자료",
    "알림",
    "소식",
    "뉴스",
    "공지사항",
    "공지",
    "새소식",
    "홍보",
    "브리핑",
    "정책뉴스",
    "언론보도",
    "상세",
    "상세보기",
    "보기",
    "목록",
    "게시판",
    "자료실",
    "홈",
    "영문",
    "국문",
    "경제",
    "정치",
    "사회",
    "국제",
    "산업",
    "문화",
    "오피니언",
    "전국",
    "과학",
];

/// Lower-case words that may stand in a name ("Ministry of Trade, Industry and Energy",
/// "Kancelaria Prezesa Rady Ministrów", "sp. z o.o."): any other lower-case word of four
/// letters or more makes a phrase a sentence (a headline), not a name.
const NAME_SMALL_WORDS: &[&str] = &["with", "from", "into", "upon", "oraz", "przy", "wraz"];

/// Whether `name` is a site section's name, made only of section words ("Press and media",
/// "Aktualności", "보도·설명").
pub fn is_section_name(name: &str) -> bool {
    let words: Vec<String> = name
        .split(|c: char| c.is_whitespace() || matches!(c, '·' | '/' | ',' | '|' | '>'))
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '&')
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    !words.is_empty()
        && words
            .iter()
            .all(|w| SECTION_WORDS.contains(&w.as_str()) || is_korean_section_word(w))
}

/// Endings of Korean section words run together with what they are about (시정소식,
/// 도정소식, 구정소식, 보건소식, 공지사항, 입법예고): no institution or outlet is named
/// so (an outlet is a 뉴스, 일보 or 신문, and stays one: 연합뉴스).
const KOREAN_SECTION_ENDINGS: &[&str] = &["소식", "공지사항", "알림마당", "보도자료"];

/// Korean administrations' own words for their doings (시정 for a city's, 도정 for a
/// province's, 구정 and 군정 for a district's and a county's): "시정뉴스" and
/// "도정홍보" are their boards, not their names.
const KOREAN_ADMINISTRATIONS: &[&str] = &["시정", "도정", "구정", "군정"];

/// Whether `word` is a Korean board's or section's name written as one word: a section
/// word after what it is about ("시정소식", "도정뉴스"; Korean sites name their boards
/// so in menus, breadcrumbs and `<title>`).
fn is_korean_section_word(word: &str) -> bool {
    let hangul =
        |w: &str| !w.is_empty() && w.chars().all(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c));
    if !hangul(word) {
        return false;
    }
    let ends = KOREAN_SECTION_ENDINGS
        .iter()
        .any(|e| word.ends_with(e) && word.len() > e.len());
    let administration = KOREAN_ADMINISTRATIONS.iter().any(|a| {
        word.strip_prefix(a)
            .is_some_and(|rest| SECTION_WORDS.contains(&rest))
    });
    ends || administration
}

/// Whether `name` is a banner that says whose site this is rather than a name ("An
/// official website of the European Union", "이 누리집은 대한민국 공식 전자정부
/// 누리집입니다").
pub fn is_banner(name: &str) -> bool {
    let lower = name.trim().to_lowercase();
    ["a ", "an ", "this is ", "this site ", "이 누리집"]
        .iter()
        .any(|p| lower.starts_with(p))
        || ["official website", "official site", "누리집"]
            .iter()
            .any(|w| lower.contains(w))
}

/// Whether `name` is a portal's name that hosts many publishers' pages ("Portal Gov.pl",
/// "Gov.pl Portal", "GOV.UK", "Serwis Rzeczypospolitej Polskiej"): a publisher only when
/// nothing more specific is named.
pub fn is_portal(name: &str) -> bool {
    let lower = name.trim().to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let gov_domain = |w: &str| {
        let parts: Vec<&str> = w.split('.').collect();
        parts.len() >= 2
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.chars().all(char::is_alphanumeric))
            && parts.contains(&"gov")
    };
    words
        .iter()
        .any(|w| w.starts_with("portal") || w.starts_with("serwis") || *w == "포털")
        || (words.len() == 1 && gov_domain(words[0]))
}

/// Whether `text` is written as a name: no lower-case word of four letters or more but
/// the small words names carry ("Komisja o wymianie studentów" and "Trade restrictions
/// have quadrupled" are sentences; "Embassy of the Republic of Poland in Seoul" is a
/// name; so is a site's address, "korea.net"). Text without case (Korean) passes.
fn is_name_cased(text: &str) -> bool {
    // One word is a brand however it is written ("koreatimes", "money.pl").
    if text.split_whitespace().nth(1).is_none() {
        return true;
    }
    text.split_whitespace().all(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        // A site's address is written in lower case ("polskieradio.pl").
        let address = w.contains('.') && !w.ends_with('.');
        !w.chars().next().is_some_and(char::is_lowercase)
            || w.chars().count() < 4
            || address
            || NAME_SMALL_WORDS.contains(&w)
    })
}

/// Whether `text` may be a publisher's name at all: not empty, not a sentence, a banner
/// or a section's name.
fn is_name(text: &str) -> bool {
    let text = text.trim();
    !text.is_empty()
        && text.chars().any(char::is_alphabetic)
        // A web clip's `source: https://...` is where the page was, not who wrote it.
        && !text.contains("://")
        && text.split_whitespace().count() <= 12
        && text.chars().count() <= 100
        && !text.ends_with(['.', '!', '?', ':'])
        && !is_banner(text)
        && !is_section_name(text)
}

/// Whether a name the page declares as its site's (`og:site_name`, a JSON-LD publisher)
/// may stand as the publisher: not a banner or a section's name.
pub fn is_declared_name(name: &str) -> bool {
    is_name(name)
}

/// A title without its site suffix, and the suffix when it names a publisher:
/// "Joint statement | Ministry of Foreign Affairs" gives ("Joint statement", "Ministry of
/// Foreign Affairs").
pub fn split_site_suffix(title: &str) -> (String, Option<String>) {
    for sep in [" | ", " – ", " — ", " - ", " :: ", " · "] {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            let (head, tail) = (head.trim(), tail.trim());
            if head.chars().count() >= 12
                && is_institution(tail)
                && is_name_cased(tail)
                && !is_portal(tail)
                && !is_institution_only(head)
            {
                return (head.to_string(), Some(tail.to_string()));
            }
        }
    }
    (title.to_string(), None)
}

/// Whether `name` is written as an institution's name: it names one ([`is_institution`])
/// and is cased as a name, not as a sentence ("Embassy of the Republic of Poland in
/// Seoul", not "Embassy staff visit the new office").
pub fn is_institution_name(name: &str) -> bool {
    is_institution(name) && is_name_cased(name)
}

fn is_institution_only(text: &str) -> bool {
    is_institution(text) && text.split_whitespace().count() <= 4
}

/// Separators between a title's headline and its site's parts.
const TITLE_SEPARATORS: &[&str] = &[
    " | ", " ｜ ", " :: ", " < ", " > ", " » ", " · ", " – ", " — ", " - ",
];

/// Letters and digits of `text`, lower-cased: what two spellings of a headline share.
fn key(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// `text` cut at every title separator, parts trimmed.
fn title_parts(text: &str) -> Vec<&str> {
    let mut parts = vec![text];
    for sep in TITLE_SEPARATORS {
        parts = parts.iter().flat_map(|p| p.split(sep)).collect();
    }
    parts
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

/// A page's publisher as its `<title>` names it, and whether that is only a portal's
/// name: of the title's parts other than the headline (one of `headlines`, the page's
/// headline and declared titles), the one nearest the headline that names an
/// organisation, else one that reads as a name; never a section's name ("보도자료 |
/// 환경부" gives 환경부), a banner or a sentence (in "OECD - Trade restrictions have
/// quadrupled" the sentence is the headline, whichever side it stands).
pub fn title_publisher(title: &str, headlines: &[&str]) -> Option<(String, bool)> {
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    let heads: Vec<String> = headlines
        .iter()
        .map(|h| key(h))
        .filter(|k| !k.is_empty())
        .collect();
    // The headline, give or take a word or a site part one spelling carries.
    let is_headline = |text: &str| {
        let k = key(text);
        !k.is_empty()
            && heads.iter().any(|h| {
                let (short, long) = if k.len() < h.len() { (&k, h) } else { (h, &k) };
                long.contains(short.as_str()) && short.len() * 5 >= long.len() * 3
            })
    };
    // The title with the headline cut off its start or its end; `Some(true)` when the
    // headline came first (the nearest site part is then the first).
    let mut rest: (&str, Option<bool>) = (&title, None);
    'cut: for sep in TITLE_SEPARATORS {
        for (at, _) in title.match_indices(sep) {
            let (a, b) = (&title[..at], &title[at + sep.len()..]);
            if is_headline(a) {
                rest = (b, Some(true));
                break 'cut;
            }
            if is_headline(b) {
                rest = (a, Some(false));
                break 'cut;
            }
        }
    }
    if rest.1.is_none() && is_headline(&title) {
        return None;
    }
    let mut parts = title_parts(rest.0);
    // A title of one part that is not the headline may still be a headline's variant:
    // it names the site only when it names an organisation.
    let lone = rest.1.is_none() && parts.len() < 2;
    if lone && heads.is_empty() {
        return None;
    }
    // Nearest the headline first; without one, the last part (the usual site suffix).
    if rest.1 != Some(true) {
        parts.reverse();
    }
    let rank = |p: &str| {
        if !is_name(p) || !is_name_cased(p) || is_headline(p) {
            return None;
        }
        Some(match (is_portal(p), is_institution(p)) {
            (true, _) => 0,
            (false, false) => 1,
            (false, true) => 2,
        })
    };
    // Of organisations the nearest (a unit beside its portal); of other names the
    // farthest from the headline (the site's brand after its section, "Headline |
    // Politics | Site"); without a known headline, the last.
    let known = rest.1.is_some();
    let mut best: Option<(u8, &str)> = None;
    for p in parts {
        if let Some(r) = rank(p) {
            if best.is_none_or(|(b, _)| r > b || (known && r == b && r == 1)) {
                best = Some((r, p));
            }
        }
    }
    let (r, name) = best?;
    (!lone || r == 2).then(|| (name.to_string(), r == 0))
}

/// Labels of a line that names the page's issuer ("From: Department for Transport",
/// "Published by: ...", "Wydawca: ..."), the name following on the line or on the next.
const ISSUER_LABELS: &[&str] = &[
    "from",
    "published by",
    "issued by",
    "organisation",
    "organization",
    "wydawca",
    "autor instytucjonalny",
    // gov.pl's footer of facts: "Podmiot udostępniający informację: Ministerstwo X".
    "podmiot udostępniający informację",
    "podmiot udostępniający",
    "발행처",
    "발행기관",
    // A board's view table: "Writer | Embassy of X" (a person's name there is no
    // institution, and is passed over).
    "writer",
];
/// Labels of a line that names the department in charge ("담당부서 환경부 기후정책과"):
/// the publisher is the organisation it starts with, when a unit follows it.
const UNIT_LABELS: &[&str] = &["담당부서", "담당 부서", "부서"];
/// Endings of the names of Korean ministries and agencies (환경부, 통계청, 국가보훈처,
/// 방송통신위원회), which a department-in-charge line may give without its unit; a
/// unit's name ends otherwise (기후정책과, 홍보담당관실).
const MINISTRY_ENDINGS: &[&str] = &["부", "처", "청", "위원회"];
/// Endings of units' names that end like a ministry's (유럽지역본부, 서울지부), with
/// the divisions of public corporations and agencies named for their work (해외사업처,
/// 시설관리처, 경영지원처): no ministry's name ends so.
const UNIT_ENDINGS: &[&str] = &[
    "본부",
    "지부",
    "분부",
    "사업처",
    "관리처",
    "지원처",
    "운영처",
    "홍보처",
    "영업처",
];

/// The issuer the page names as such ("From:", "Published by:", "담당부서"), in
/// its first `blocks`.
pub fn stated_issuer(blocks: &[&str]) -> Option<String> {
    let lines: Vec<&str> = blocks
        .iter()
        .take(ISSUER_BLOCKS)
        .flat_map(|b| b.lines())
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    for (i, line) in lines.iter().enumerate() {
        // "Label: value", "Label\tvalue", or "Label:" with the value on the next line.
        let (label, value) = match line.split_once([':', '\t']) {
            Some((l, v)) if !v.trim().is_empty() => (l.trim(), v.trim()),
            _ => (
                line.trim_end_matches(':').trim(),
                *lines.get(i + 1).unwrap_or(&""),
            ),
        };
        let label = label.to_lowercase();
        // A row of cells ("담당부서\t배터리과\t등록일\t2024-09-05"): the first cell only.
        let value = value.split('\t').next().unwrap_or("").trim();
        if ISSUER_LABELS.contains(&label.as_str()) {
            // Several issuers ("Prime Minister's Office, 10 Downing Street and The Rt Hon
            // ..."): the whole when it reads as a name, else the first.
            let first = value.split(" and ").next().unwrap_or(value).trim();
            if let Some(name) = [value, first].into_iter().find(|v| is_institution(v)) {
                return Some(name.to_string());
            }
        }
        // "담당부서 환경부 기후정책과", also without a colon.
        let (label, value) = match UNIT_LABELS.iter().find(|u| line.starts_with(*u)) {
            Some(u) if label != *u => (*u, line[u.len()..].trim_start_matches([' ', ':', '\t'])),
            _ => (label.as_str(), value),
        };
        let value = value.split('\t').next().unwrap_or("").trim();
        if UNIT_LABELS.contains(&label) {
            let mut words = value.split_whitespace();
            let body = words.next().unwrap_or("");
            // A ministry or agency, with or without its unit; a unit alone is none.
            let ministry = MINISTRY_ENDINGS.iter().any(|e| body.ends_with(e))
                && !UNIT_ENDINGS.iter().any(|e| body.ends_with(e));
            if is_institution(body) && ministry {
                return Some(body.to_string());
            }
        }
    }
    None
}

/// Blocks from the top where an issuer line is looked for: a page's menus come first.
const ISSUER_BLOCKS: usize = 40;

/// The issuer a page's "From:" line names without an institution's word ("From: Trade
/// Commission Scotland") when another block of the page (the trail, the date line, a
/// footer's heading) names it too: the page's own name, not a person's.
fn repeated_issuer(blocks: &[&str]) -> Option<String> {
    for (i, block) in blocks.iter().take(ISSUER_BLOCKS).enumerate() {
        let line = block.trim();
        let Some((label, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim();
        let words = value.split_whitespace().count();
        if !ISSUER_LABELS.contains(&label.trim().to_lowercase().as_str())
            || !(2..=6).contains(&words)
            || value.contains('\n')
            || value.chars().any(|c| c.is_ascii_digit())
            || !is_name(value)
            || !is_name_cased(value)
            || value
                .split_whitespace()
                .any(|w| w.chars().all(char::is_lowercase) && w.len() > 3)
        {
            continue;
        }
        let repeated = blocks
            .iter()
            .enumerate()
            .any(|(j, b)| j != i && b.lines().any(|l| l.contains(value)));
        if repeated {
            return Some(value.to_string());
        }
    }
    None
}

static AGENCY_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^ *[A-Z][A-Za-z .]{1,30},? +[A-Za-z]{3,9}\.? +\d{1,2} *\(([A-Za-z ]{2,30})\) *(?:--|—|–|-)")
        .expect("regex")
});
static KOREAN_AGENCY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[(\[] *([가-힣]{1,10}) *= *([가-힣A-Za-z0-9 ]{2,20}?) *[)\]]").expect("regex")
});
/// What a Korean credit in brackets labels ("(사진=외교부 제공)"): a photo, data, a
/// graphic or a video, which its source provided; a dateline has a place there.
const KOREAN_CREDITS: &[&str] = &[
    "사진",
    "자료",
    "그래픽",
    "영상",
    "출처",
    "도표",
    "표",
    "이미지",
    "일러스트",
    "제공",
];
/// A copyright mark and what may follow it before the holder's name: more marks, a
/// year or a span of years, "by".
static COPYRIGHT_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:©|ⓒ|\([cC]\)|[Cc]opyright|COPYRIGHT)(?: *(?:©|ⓒ|\([cC]\)|[Cc]opyright|COPYRIGHT))* *(?:(?:19|20)\d\d *(?:[-–] *(?:19|20)\d\d)? *)?(?:[Bb]y +)?")
        .expect("regex")
});
/// Where a copyright holder's name ends: a rights notice, a dash before more words
/// ("Grupa X SA - zakaz kopiowania"), a year after a comma.
static COPYRIGHT_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i) *(?:\||all rights reserved|wszelkie prawa|무단| [-–—] |,? *(?:19|20)\d\d(?-u:\b))",
    )
    .expect("regex")
});

/// The holder a copyright line names, if `line` is one: the mark leads the line (a
/// mark after a sentence is a photo's credit, "... in Brussels. © European Union").
fn copyright_holder(line: &str) -> Option<String> {
    let m = COPYRIGHT_MARK.find(line)?;
    // A footer's row of cells ("Privacy policy | Legal notice | © X 2026", "address |
    // tel. | Copyright © X"): the mark leads its own cell.
    let before = line[..m.start()].rsplit('|').next().unwrap_or("").trim();
    let credit = {
        let lower = before.to_lowercase();
        CREDIT_LABELS.iter().any(|c| lower.starts_with(c))
    };
    if before.chars().count() > 20 || before.contains(['.', '!', '?']) || credit {
        return None;
    }
    let rest = &line[m.end()..];
    let mut end = COPYRIGHT_END.find(rest).map_or(rest.len(), |e| e.start());
    // A full stop ends the name where a new sentence starts ("Herald Corporation. All
    // rights reserved."), not inside it ("sp. z o.o.", "Korea.net").
    let bytes = rest.as_bytes();
    for (i, _) in rest[..end].match_indices('.') {
        let next = rest[i + 1..].chars().find(|c| !c.is_whitespace());
        let spaced = bytes.get(i + 1).is_none_or(u8::is_ascii_whitespace);
        if spaced && next.is_none_or(char::is_uppercase) {
            end = i;
            break;
        }
    }
    // A bracket of several words gives the name again in another language ("X
    // Foundation (Fundacja X)"), not a part of it ("Bonnier Business (Polska)").
    if let Some(open) = rest[..end].find(" (") {
        let inside = rest[open + 2..end].split(')').next().unwrap_or("");
        if inside.split_whitespace().count() >= 2 {
            end = open;
        }
    }
    let mut name = rest[..end].trim().trim_end_matches([',', ';']).trim();
    // An abbreviation keeps its full stop ("Polskie Radio S.A.", "Acme Inc.").
    let last = name.rsplit(' ').next().unwrap_or("");
    if rest[end..].starts_with('.') && (last.contains('.') || last.chars().count() <= 3) {
        name = rest[..=end].trim();
    }
    // "© European Union, 2025 — General Secretariat of the Council": the state holds
    // the rights, the body after the dash issued the page.
    if is_jurisdiction(name) {
        if let Some(body) = body_after_dash(&rest[end..]) {
            return Some(body.to_string());
        }
    }
    let words = name.split_whitespace().count();
    let plain = name.trim_start_matches("The ").trim();
    // "Copyright Policy", "Copyright notice": a footer's link, not a holder; also when
    // the footer's next links follow it on the line ("Copyright Policy Sitemap").
    let link_word = |w: &str, words: &[&str]| {
        let w = w.to_lowercase();
        words.contains(&w.trim_matches(|c: char| !c.is_alphanumeric()))
    };
    let link = name
        .split_whitespace()
        .all(|w| link_word(w, COPYRIGHT_LINK_WORDS))
        || name
            .split_whitespace()
            .next()
            .is_some_and(|w| link_word(w, COPYRIGHT_LINK_HEADS));
    (name.chars().count() >= 2
        && name.chars().any(char::is_alphabetic)
        && !link
        && (is_institution(plain) || words <= 5 || (words <= 8 && is_name_cased(name)))
        && words <= 10)
        .then(|| name.to_string())
}

/// The institution named after a dash in what follows a copyright holder (", 2025 —
/// General Secretariat of the Council"), up to a bar or the line's end.
fn body_after_dash(rest: &str) -> Option<&str> {
    let at = [" — ", " – ", " - "]
        .iter()
        .filter_map(|d| rest.find(d).map(|i| i + d.len()))
        .min()?;
    let body = rest[at..].split('|').next().unwrap_or("").trim();
    let body = body.trim_end_matches(['.', ',', ';']).trim();
    (body.split_whitespace().count() <= 10 && is_institution_name(body)).then_some(body)
}

/// Words of a footer's link that starts with "Copyright" ("Copyright Policy").
const COPYRIGHT_LINK_WORDS: &[&str] = &[
    "policy",
    "notice",
    "information",
    "info",
    "statement",
    "terms",
    "conditions",
    "and",
    "&",
    "privacy",
    "disclaimer",
    "legal",
    "licence",
    "license",
];

/// Words after "Copyright" that make it a footer's link whatever follows ("Copyright
/// Policy Viewer Download", a row of links): no holder's name starts with them.
const COPYRIGHT_LINK_HEADS: &[&str] = &["policy", "notice", "statement", "terms", "disclaimer"];

/// Words of a copyright notice's rights.
const RIGHTS: &[&str] = &["all rights reserved", "wszelkie prawa", "무단", "저작권"];

/// A year, as a copyright notice states it.
static YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)(?:19|20)\d\d(?-u:\b)").expect("regex"));

/// Whether a copyright holder is a state rather than the body that issued the page
/// ("Commonwealth of Australia", "Crown copyright", "European Union").
fn is_jurisdiction(holder: &str) -> bool {
    let lower = holder.to_lowercase();
    [
        "commonwealth of",
        "state of",
        "crown",
        "republic of",
        "kingdom of",
        "government of",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
        || lower == "european union"
}

/// How a photo's or a text's credit starts ("fot. Ministerstwo Cyfryzacji", "Photo: ...",
/// "사진 외교부"): the name in it is the credit's, not the page's publisher.
const CREDIT_LABELS: &[&str] = &[
    "fot.",
    "fot:",
    "foto",
    "zdjęcie",
    "źródło",
    "photo",
    "image",
    "credit",
    "source",
    "사진",
    "자료",
    "출처",
    "그래픽",
    "영상",
];

/// The name a line near the top stands for: the line itself, or its first cell that is
/// one (a letterhead "Ministry of Digital Affairs      Warsaw, 27 March 2024", or
/// "Ministry of Science – Department of Research").
fn name_line(line: &str) -> Option<&str> {
    let lower = line.to_lowercase();
    if line.len() > 160
        || line.contains(['|', '»', '>'])
        || CONTACT_LINK.is_match(line)
        || CREDIT_LABELS.iter().any(|c| lower.starts_with(c))
    {
        return None;
    }
    // A menu's row ("Home  About us  Policies  Press  Members"): short items two spaces
    // apart, four or more of them, some of several words. A justified line spaces its
    // words so too, but holds one word a cell.
    let items: Vec<&str> = line
        .split("  ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    let several_words = items
        .iter()
        .filter(|c| c.split_whitespace().count() >= 2)
        .count();
    if items.len() >= 4
        && items.iter().all(|c| c.split_whitespace().count() <= 3)
        && several_words >= 1
        && several_words < items.len()
    {
        return None;
    }
    // Cells of a letterhead stand three spaces apart or more.
    let cells = line
        .split("   ")
        .flat_map(|c| c.split('\t'))
        .flat_map(|c| c.split(" – "))
        .flat_map(|c| c.split(" — "))
        .flat_map(|c| c.split(" · "))
        .map(str::trim)
        .filter(|c| !c.is_empty());
    cells
        .take(2)
        // "Posted : 2025-06-02" is a date's line, whatever its label's first word.
        .find(|c| {
            c.len() <= 100
                && (is_institution(c) || is_company(c))
                && is_name_cased(c)
                && crate::corpus::statement::dates_in(c).is_empty()
        })
}

/// Legal forms that end a company's registered name ("PGE Polska Grupa Energetyczna
/// S.A.", "Acme sp. z o.o.", "Example Holdings Ltd", "Beispiel GmbH").
const LEGAL_FORMS: &[&str] = &[
    "s.a.",
    "sa",
    "sp. z o.o.",
    "sp.z o.o.",
    "sp. j.",
    "sp. k.",
    "s.k.a.",
    "inc.",
    "inc",
    "ltd",
    "ltd.",
    "limited",
    "llc",
    "plc",
    "corp.",
    "corporation",
    "co., ltd.",
    "gmbh",
    "ag",
    "se",
    "n.v.",
    "nv",
    "b.v.",
    "bv",
    "s.r.l.",
    "s.p.a.",
];
/// Korean marks of a company's legal form, before or after its name ("주식회사 예시",
/// "(주)예시", "㈜예시").
const KOREAN_LEGAL_FORMS: &[&str] = &["주식회사", "(주)", "㈜"];

/// Whether `name` is a company's registered name: a name that ends with its legal form
/// ("Media Group SA", "Example Polska sp. z o.o.") or carries the Korean one. A
/// company's letterhead names the issuer; a company in a news page's copyright line is
/// often the publishing house that owns the site.
pub fn is_company(name: &str) -> bool {
    let name = name.trim().trim_end_matches(',');
    let words = name.split_whitespace().count();
    if words > 10 || name.chars().count() > 100 || !name.chars().any(char::is_alphabetic) {
        return false;
    }
    // Compared without their closing full stops ("Example B.V." and "Example BV.").
    let lower = name.to_lowercase();
    let bare = lower.trim_end_matches('.');
    KOREAN_LEGAL_FORMS.iter().any(|f| name.contains(f))
        || LEGAL_FORMS.iter().any(|f| {
            bare.strip_suffix(f.trim_end_matches('.'))
                .is_some_and(|head| head.ends_with([' ', ',']) && head.trim().chars().count() >= 2)
        })
}

/// Separators of a breadcrumb trail ("Home > Delegation to Korea > Press").
const CRUMB_SEPARATORS: &[&str] = &[" > ", " › ", " » ", " / "];
/// Separators that only a breadcrumb trail writes (a menu's row may use slashes).
const TRAIL_SEPARATORS: &[&str] = &[" > ", " › ", " » "];
/// First crumbs of a trail: the site's home page.
const HOME_CRUMBS: &[&str] = &["home", "strona główna", "główna", "start", "홈", "처음"];

/// The organisation a breadcrumb trail names after its home crumb ("You are here: Home >
/// Delegation of the European Union to Japan > News" gives the delegation): the site's
/// part the page belongs to.
fn crumb_name(line: &str) -> Option<&str> {
    let trail = match line.split_once(':') {
        Some((label, rest)) if label.chars().count() <= 20 => rest,
        _ => line,
    };
    let sep = CRUMB_SEPARATORS.iter().find(|s| trail.contains(*s))?;
    let crumbs: Vec<&str> = trail.split(sep).map(str::trim).collect();
    let first = crumbs.first()?.to_lowercase();
    if crumbs.len() < 3 || !HOME_CRUMBS.iter().any(|h| first.starts_with(h)) {
        return None;
    }
    crumbs[1..crumbs.len() - 1]
        .iter()
        .copied()
        .find(|c| is_institution(c) && is_name_cased(c) && !is_portal(c))
}

static CONTACT_LINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:Contact|Follow) +(?:the +)?(.{3,80}?)(?: +on +.*)?$").expect("regex")
});

/// Blocks at the end where a footer's "Contact the ..." link is looked for.
const FOOTER_BLOCKS: usize = 8;

/// The first `max` bytes of `text`, or fewer, cut at a character boundary.
fn head(text: &str, max: usize) -> &str {
    let mut end = text.len().min(max);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The news agency a paragraph's dateline names: "WARSAW (Reuters) - ...",
/// "(바르샤바=연합뉴스) ...", not a photo's credit ("(사진=연합뉴스 제공)").
pub fn agency_dateline(text: &str) -> Option<String> {
    if let Some(c) = AGENCY_DATELINE.captures(text) {
        return Some(c[1].trim().to_string());
    }
    let c = KOREAN_AGENCY.captures(head(text, 200))?;
    let credit = KOREAN_CREDITS.contains(&&c[1]) || c[2].trim().ends_with("제공");
    (!credit).then(|| c[2].trim().to_string())
}

/// Whether one of `blocks` is a copyright line that gives its rights to `agency`
/// ("Copyright © 뉴시스. 무단전재 금지", "<저작권자(c) 연합뉴스>"): a portal or a paper
/// that reposts a wire story prints the wire's rights under it, beside its own.
pub fn holds_rights(blocks: &[&str], agency: &str) -> bool {
    let agency = key(agency);
    !agency.is_empty()
        && blocks.iter().any(|b| {
            b.lines()
                .filter_map(copyright_holder)
                .any(|h| key(&h) == agency)
        })
}

/// The publisher a statement's blocks name (see the module documentation).
pub fn statement_publisher<'a>(blocks: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let blocks: Vec<&str> = blocks.into_iter().collect();
    statement_publisher_under(&blocks, None)
}

/// The publisher a statement's blocks name, with the index of its headline block when
/// known: the site's masthead is looked for above it.
pub fn statement_publisher_under(blocks: &[&str], headline: Option<usize>) -> Option<String> {
    let n = blocks.len();
    if let Some(issuer) = stated_issuer(blocks).or_else(|| reposted_source(blocks)) {
        return Some(issuer);
    }
    if let Some(agency) = blocks
        .iter()
        .take(TOP_BLOCKS)
        .find_map(|t| agency_dateline(t))
    {
        return Some(agency);
    }
    let mut state = None;
    // The page's copyright line closes it; at the top, only a notice with a year or
    // its rights counts (a bare "© Reuters" there is the lead photo's credit).
    let end = n.saturating_sub(END_BLOCKS);
    let notice = |l: &&str| {
        let lower = l.to_lowercase();
        YEAR.is_match(l) || RIGHTS.iter().any(|r| lower.contains(r))
    };
    let copyright_lines = blocks[end..].iter().flat_map(|b| b.lines()).chain(
        blocks[..end.min(TOP_BLOCKS)]
            .iter()
            .flat_map(|b| b.lines())
            .filter(notice),
    );
    for holder in copyright_lines.filter_map(copyright_holder) {
        // A company's registered name there is often the house that owns the site:
        // the masthead the page shows names the outlet.
        if is_company(&holder) {
            if let Some(name) = masthead(blocks, headline) {
                return Some(name);
            }
        }
        if !is_jurisdiction(&holder) {
            return Some(holder);
        }
        state.get_or_insert(holder);
    }
    // A preamble a layout cut into lines is read with the two blocks after it.
    let preamble = (0..n.min(TOP_BLOCKS)).find_map(|i| {
        let upto = (i + 3).min(n);
        joint_preamble(&blocks[i..upto].join("\n"))
    });
    if let Some(name) = preamble {
        return Some(name);
    }
    let top = blocks
        .iter()
        .take(6)
        .flat_map(|b| b.lines())
        .map(str::trim)
        .find_map(name_line);
    if let Some(name) = top {
        return Some(name.to_string());
    }
    let crumb = blocks
        .iter()
        .take(2 * TOP_BLOCKS)
        .flat_map(|b| b.lines())
        .find_map(|l| crumb_name(l.trim()));
    if let Some(name) = crumb {
        return Some(name.to_string());
    }
    let footer = blocks[n.saturating_sub(FOOTER_BLOCKS)..]
        .iter()
        .flat_map(|b| b.lines())
        .filter_map(|l| CONTACT_LINK.captures(l.trim()))
        .map(|c| c[1].trim().to_string())
        .find(|name| is_institution(name) && is_name_cased(name));
    footer
        .or_else(|| name_above_address(&blocks[n.saturating_sub(2 * FOOTER_BLOCKS)..]))
        .or_else(|| masthead(blocks, headline))
        .or(state)
}

/// Labels of a line that says where a reposted text comes from ("출처: 환경부
/// 보도자료", "Source: Ministry of Energy press release").
const SOURCE_LABELS: &[&str] = &["출처", "자료 출처", "원문 출처", "source", "źródło"];
/// Kinds of document a source line names after their issuer.
const RELEASE_KINDS: &[&str] = &[
    "보도자료",
    "보도 자료",
    "보도참고자료",
    "press release",
    "media release",
    "news release",
    "komunikat prasowy",
];

/// The issuer of the release a page reposts, as its source line names it: blogs,
/// portals and newsletters that copy a press release credit it as "출처: 정보통신부
/// 보도자료 (2025년 7월 8일)" or "Source: Ministry of Energy press release". Only with
/// the release's kind: "Source: Reuters" under a photo credits the photo.
fn reposted_source(blocks: &[&str]) -> Option<String> {
    blocks
        .iter()
        .take(ISSUER_BLOCKS)
        .flat_map(|b| b.lines())
        .find_map(|line| {
            let (label, value) = line.trim().split_once(':')?;
            if !SOURCE_LABELS.contains(&label.trim().to_lowercase().as_str()) {
                return None;
            }
            // Without the date in brackets after it.
            let value = value.split(['(', '[']).next()?.trim();
            let value = value.trim_end_matches([',', '.', ';']).trim_end();
            let name = RELEASE_KINDS.iter().find_map(|kind| {
                let at = value.len().checked_sub(kind.len())?;
                let tail = value.get(at..)?;
                (tail.to_lowercase() == *kind).then(|| value[..at].trim())
            })?;
            let name = ["'s", "’s"]
                .iter()
                .find_map(|s| name.strip_suffix(s))
                .unwrap_or(name)
                .trim();
            (is_institution(name) && is_name_cased(name)).then(|| name.to_string())
        })
}

/// Lines above the headline where a site's masthead is looked for.
const MASTHEAD_LINES: usize = 40;

/// The outlet's name as its masthead shows it: a short name standing alone on a line
/// above the `headline` block (the logo's text, or the first crumb of the trail, "Example.pl ›
/// Gospodarka") that the page writes again inside a line of its own text ("dziennikarka
/// Example Insider", "told Example", "Źródło: Example.pl"). Not where a sentence
/// starts nor after an article ("the Korean Peninsula"): a menu's word ("Korean",
/// "World") is written so.
fn masthead(blocks: &[&str], headline: Option<usize>) -> Option<String> {
    let above: usize = blocks[..headline?.min(blocks.len())]
        .iter()
        .map(|b| b.lines().filter(|l| !l.trim().is_empty()).count())
        .sum();
    let lines: Vec<&str> = blocks
        .iter()
        .flat_map(|b| b.lines())
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let candidate = |line: &str| -> Option<String> {
        let name = CRUMB_SEPARATORS
            .iter()
            .find_map(|sep| line.split_once(sep).map(|(first, _)| first.trim()))
            .unwrap_or(line);
        let chars = name.chars().count();
        let words = name.split_whitespace().count();
        let lower = name.to_lowercase();
        let starts = name.chars().next().is_some_and(|c| c.is_uppercase())
            || (words == 1 && name.contains('.'));
        ((3..=40).contains(&chars)
            && (1..=4).contains(&words)
            && starts
            && is_name(name)
            && is_name_cased(name)
            && !is_portal(name)
            && !HOME_CRUMBS.iter().any(|h| lower == *h))
        .then(|| name.to_string())
    };
    // Whether `line` writes `name` inside its text, not at a sentence's start nor as
    // the end of a longer name ("newsletter Example Energy" of a menu's "Energy").
    let written_in = |line: &str, name: &str| {
        line.match_indices(name).any(|(at, _)| {
            let before = line[..at].trim_end();
            let after = line[at + name.len()..].chars().next();
            let word_before = before.rsplit(char::is_whitespace).next().unwrap_or("");
            let name_before = word_before.chars().next().is_some_and(char::is_uppercase)
                && word_before
                    .chars()
                    .last()
                    .is_some_and(char::is_alphanumeric);
            let word_before = word_before.to_lowercase();
            at > 0
                && !line[..at].ends_with(|c: char| c.is_alphanumeric())
                && !after.is_some_and(char::is_alphanumeric)
                && !before.ends_with(['.', '!', '?', '"', '„', '“', '«'])
                && !["the", "a", "an"].contains(&word_before.as_str())
                && !name_before
        })
    };
    let window = above.saturating_sub(MASTHEAD_LINES)..above;
    // A trail above the headline that starts from the site's brand, not from "Home"
    // ("Example24 › Region › News"): news sites name their home crumb so, and the brand
    // beats a menu's place or topic that the text happens to write.
    let trail = lines[window.clone()].iter().find_map(|line| {
        let sep = TRAIL_SEPARATORS.iter().find(|s| line.contains(*s))?;
        let crumbs: Vec<&str> = line.split(sep).map(str::trim).collect();
        let short = crumbs
            .iter()
            .all(|c| !c.is_empty() && c.split_whitespace().count() <= 6);
        (crumbs.len() >= 3 && short)
            .then(|| candidate(crumbs[0]))
            .flatten()
    });
    if trail.is_some() {
        return trail;
    }
    lines
        .iter()
        .enumerate()
        .take(window.end)
        .skip(window.start)
        .find_map(|(i, line)| {
            let name = candidate(line)?;
            lines
                .iter()
                .enumerate()
                .any(|(j, l)| j != i && written_in(l, &name))
                .then_some(name)
        })
}

/// A street address as a footer writes it: a number with a street's word ("ul.
/// Wawelska 52/54", "1000 Independence Ave. SW", "Rue de la Loi 175", "세종대로 209")
/// or a postal code ("00-922 Warszawa", "Washington DC 20585").
static ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\b(?:ul|al|pl|os)\. *\p{Lu}|\d+\w* +(?:[\p{L}.]+ +){0,3}(?:ave|avenue|street|st|road|rd|blvd|boulevard|lane|way|square)\b|\b(?:rue|avenue|via|calle|plac|aleja|aleje) +\p{L}|[가-힣]+(?:로|길) *\d|\b\d{2}-\d{3}\b|\b[A-Z]{2} +\d{5}\b)")
        .expect("regex")
});

/// Whether `line` is a street address (see [`ADDRESS`]).
fn is_address(line: &str) -> bool {
    line.chars().count() <= 160
        && line.chars().any(|c| c.is_ascii_digit())
        && ADDRESS.is_match(line)
}

/// The institution a footer names on the line above its street address ("Ministry of
/// Climate" over "ul. Wawelska 52/54, 00-922 Warszawa"): the site's owner, written
/// where a letter would be sent.
fn name_above_address(blocks: &[&str]) -> Option<String> {
    let lines: Vec<&str> = blocks
        .iter()
        .flat_map(|b| b.lines())
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    lines.windows(2).find_map(|w| {
        let name = w[0].trim_end_matches([',', ':']).trim();
        (is_address(w[1]) && name.len() <= 100 && !is_portal(name) && is_institution_name(name))
            .then(|| name.to_string())
    })
}

/// The first party a joint statement's preamble names ("The Ministry of X of the
/// Republic of Poland and the Ministry of Y of the Republic of Korea (hereinafter "the
/// Participants"),"; "Ministerstwo X oraz Ministerstwo Y"): a block that opens with two
/// institutions' names joined by "and". Either party issued it; the first is given.
fn joint_preamble(block: &str) -> Option<String> {
    // Lines a layout wrapped ("the Min-\nistry") joined again.
    let text = block
        .lines()
        .map(str::trim)
        .fold(String::new(), |mut acc, l| {
            if acc.ends_with('-') && l.starts_with(char::is_lowercase) {
                acc.pop();
            } else if !acc.is_empty() {
                acc.push(' ');
            }
            acc.push_str(l);
            acc
        });
    // "The X and the Y" (a name's own "and" is not followed by "the": "Ministry of
    // Economy and Finance"), Polish "X oraz Y", or Korean "X와 Y(이하 “양측”)는".
    let korean = text.split_once("(이하").and_then(|(parties, _)| {
        let at = parties.find("와 ").or_else(|| parties.find("과 "))?;
        Some((&parties[..at], &parties[at + "와 ".len()..]))
    });
    let (first, rest) = match (korean, text.strip_prefix("The ")) {
        (Some(parties), _) => parties,
        (None, Some(t)) => t.split_once(" and the ")?,
        (None, None) => text.split_once(" oraz ")?,
    };
    let second = rest.split([',', '(', ';']).next().unwrap_or("").trim();
    let party = |p: &str| p.split_whitespace().count() <= 12 && is_institution_name(p);
    (party(first) && party(second)).then(|| first.trim().to_string())
}

/// A page's publisher from what it declares (`declared`: its site's names, best first),
/// its `<title>` (told from its `headlines`) and its blocks, with where it came from: a
/// declared name unless it is a portal's, else the issuer the page names, else the
/// title's part that names an organisation, else what the text names, else a portal.
pub fn page_publisher<'a>(
    declared: &[&'a str],
    title: Option<&str>,
    headlines: &[&str],
    blocks: &[&str],
) -> Option<(String, PageSource)> {
    // A declared name of a unit and its portal ("Ministry of X - Portal Gov.pl"): the unit.
    let unit_of = |d: &'a str| -> &'a str {
        let parts = title_parts(d);
        if parts.len() > 1 && parts.iter().any(|p| is_portal(p)) {
            if let Some(unit) = parts.iter().find(|p| !is_portal(p) && is_institution(p)) {
                return unit;
            }
        }
        d
    };
    let declared: Vec<(usize, &str)> = declared
        .iter()
        .map(|d| unit_of(d.trim()))
        .enumerate()
        .filter(|(_, d)| is_declared_name(d))
        .collect();
    if let Some(&(i, d)) = declared.iter().find(|(_, d)| !is_portal(d)) {
        // A site name of one word that names no institution ("Poland" for a body's
        // office there) is a part of the site's name when the page also declares an
        // institution that does not spell it but as its place ("... in Poland"): that
        // institution publishes. A brand it spells otherwise ("Thomson Reuters") stays.
        let part = d.split_whitespace().count() == 1 && !is_institution(d);
        let place = |e: &str| {
            let words: Vec<String> = e.split_whitespace().map(key).collect();
            let at = words.iter().position(|w| *w == key(d));
            match at {
                None => !key(e).contains(key(d).as_str()),
                Some(i) => i > 0 && PLACE_WORDS.contains(&words[i - 1].as_str()),
            }
        };
        let institution = declared
            .iter()
            .find(|(_, e)| !is_portal(e) && is_institution(e) && place(e));
        if let (true, Some(&(j, e))) = (part, institution) {
            return Some((e.to_string(), PageSource::Declared(j)));
        }
        let shown = title.map(title_parts).unwrap_or_default();
        let shown = shown.iter().chain(blocks).copied();
        if let Some(full) = fuller_name(d, shown) {
            return Some((full, PageSource::Text));
        }
        return Some((d.to_string(), PageSource::Declared(i)));
    }
    if let Some(issuer) = stated_issuer(blocks).or_else(|| repeated_issuer(blocks)) {
        return Some((issuer, PageSource::Text));
    }
    let from_title = title.and_then(|t| title_publisher(t, headlines));
    if let Some((name, false)) = &from_title {
        return Some((name.clone(), PageSource::Title));
    }
    let headline = blocks.iter().position(|b| {
        let k = key(b);
        !k.is_empty() && headlines.iter().any(|h| key(h) == k)
    });
    if let Some(name) = statement_publisher_under(blocks, headline) {
        return Some((name, PageSource::Text));
    }
    from_title
        .map(|(name, _)| (name, PageSource::Title))
        .or_else(|| {
            declared
                .first()
                .map(|&(i, d)| (d.to_string(), PageSource::Declared(i)))
        })
}

/// The name a page spells out for the site name it declares in short, from its title's
/// parts and its blocks (`shown`, best first): an address or a brand run together
/// ("koreatimes", "www.example.com") as the page writes it in words ("The Korea
/// Times"); a unit's name without its kind ("Trade and Economic Security") as the
/// institution's whole name ("Directorate-General for Trade and Economic Security").
fn fuller_name<'a>(declared: &str, shown: impl Iterator<Item = &'a str>) -> Option<String> {
    let declared = declared.trim();
    if is_institution(declared) || is_portal(declared) {
        return None;
    }
    let one_word = !declared.contains(char::is_whitespace);
    let brand = one_word && (declared.contains('.') || !declared.chars().any(char::is_uppercase));
    // The brand without "www." and its domain's ending: "example" of "www.example.com".
    let bare = declared.trim_start_matches("www.");
    let bare = match bare.rsplit_once('.') {
        Some((name, tld)) if tld.chars().all(|c| c.is_ascii_lowercase()) => name,
        _ => bare,
    };
    let (brand_key, declared_key) = (key(bare), key(declared));
    let words = declared.split_whitespace().count();
    shown
        .map(str::trim)
        .filter(|t| t.chars().count() <= 100 && !t.contains('\n') && is_name(t) && is_name_cased(t))
        .find(|t| {
            let k = key(t.strip_prefix("The ").unwrap_or(t));
            let spelled = brand && t.contains(' ') && !brand_key.is_empty() && k == brand_key;
            // A unit's name of two words or more ending the institution's whole name.
            let whole = !one_word
                && words >= 2
                && t.split_whitespace().count() > words
                && k.ends_with(declared_key.as_str())
                && is_institution(t);
            spelled || whole
        })
        .map(str::to_string)
}

/// The publisher a document's author field names (front matter's `author: "Centre
/// for X, research fellow J. Doe"`): the longest run of its first words that the text
/// shows as a line or a cell of its own (a byline "Policy brief 7 | Centre for X"), the
/// institution the author writes for without the author's post and name; else the
/// author when it is an institution's name.
pub fn author_publisher(author: &str, blocks: &[&str]) -> Option<String> {
    let author = author.trim();
    let shown: Vec<String> = blocks
        .iter()
        .flat_map(|b| b.lines())
        .flat_map(|l| l.split(['|', '·', ',', ';']))
        .flat_map(|c| c.split(" — "))
        .map(|c| key(c.trim_matches(|ch: char| !ch.is_alphanumeric())))
        .filter(|k| !k.is_empty())
        .collect();
    let words: Vec<&str> = author.split_whitespace().collect();
    let named = (1..=words.len()).rev().find_map(|n| {
        let part = words[..n].join(" ");
        let part = part.trim_end_matches([',', ';', '-', '–']).trim();
        let k = key(part);
        (k.chars().count() >= 3 && is_name(part) && shown.contains(&k)).then(|| part.to_string())
    });
    // A post and a name end Korean authors' fields as institutions' names end
    // ("연구위원"): the whole field only as a last resort.
    named.or_else(|| {
        (author.split_whitespace().count() <= 10 && is_institution_name(author))
            .then(|| author.to_string())
    })
}

/// The site an address names (`https://www.example.co.kr/news/view?id=7` gives
/// "example.co.kr"): the host without "www." and a port, when `address` is a web
/// address with a dotted host. A web clip's only trace of its site, a last resort.
pub fn site_of_address(address: &str) -> Option<String> {
    let rest = address
        .trim()
        .split_once("://")
        .map(|(scheme, rest)| (scheme == "http" || scheme == "https").then_some(rest))??;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?.split(':').next()?;
    let host = host.strip_prefix("www.").unwrap_or(host).to_lowercase();
    let labels: Vec<&str> = host.split('.').collect();
    (labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_alphanumeric() || c == '-')))
    .then_some(host)
}

/// Words before a place in an institution's name ("Representation in Poland",
/// "Embassy of Korea", "Przedstawicielstwo w Polsce").
const PLACE_WORDS: &[&str] = &["in", "of", "to", "for", "w", "we", "przy", "na"];

/// Where [`page_publisher`] found a page's publisher.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageSource {
    /// The declared name of this index.
    Declared(usize),
    /// The page's `<title>`.
    Title,
    /// The page's text.
    Text,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_holder_ends_at_a_dash_and_a_footer_labels_the_issuer() {
        assert_eq!(
            copyright_holder("Copyright 2001-2025 Media Group SA - zakaz kopiowania tekstów.")
                .as_deref(),
            Some("Media Group SA")
        );
        let blocks = [
            "Text of the statement.",
            "Podmiot udostępniający informację: Ministerstwo Testów",
        ];
        assert_eq!(
            stated_issuer(&blocks).as_deref(),
            Some("Ministerstwo Testów")
        );
    }

    #[test]
    fn a_one_word_site_name_beside_a_declared_institution_is_a_part_of_the_site_name() {
        let p = |declared: &[&str]| page_publisher(declared, None, &[], &[]).map(|(n, _)| n);
        assert_eq!(
            p(&["Lithuania", "Representation in Lithuania"]).as_deref(),
            Some("Representation in Lithuania")
        );
        // A brand that the institution spells, or with no institution beside it, stays.
        assert_eq!(
            p(&["Reuters", "Thomson Reuters Agency"]).as_deref(),
            Some("Reuters")
        );
        assert_eq!(p(&["Koreatimes"]).as_deref(), Some("Koreatimes"));
    }

    #[test]
    fn a_from_line_names_the_issuer_when_the_page_names_it_again() {
        let page = [
            "Home",
            "Innovation Fund Denmark",
            "Danish and Korean start-ups win grants for offshore wind sensors",
            "From: Innovation Fund Denmark",
            "Twelve companies will share the grants, the fund said on Monday.",
        ];
        assert_eq!(
            page_publisher(
                &[],
                Some("Grants for sensors - example.dk"),
                &[page[2]],
                &page
            )
            .map(|(n, _)| n)
            .as_deref(),
            Some("Innovation Fund Denmark")
        );
        // Named once only, or a sentence: not the issuer.
        assert_eq!(repeated_issuer(&page[2..]), None);
        assert_eq!(
            repeated_issuer(&["From: the ministers of trade", "the ministers of trade"]),
            None
        );
    }

    #[test]
    fn publishers_from_suffixes_datelines_copyright_and_names() {
        assert_eq!(
            split_site_suffix("Joint statement on hydrogen | Ministry of Foreign Affairs"),
            (
                "Joint statement on hydrogen".to_string(),
                Some("Ministry of Foreign Affairs".to_string())
            )
        );
        assert_eq!(
            split_site_suffix("Korea - EU summit agrees on chips"),
            ("Korea - EU summit agrees on chips".to_string(), None)
        );
        assert_eq!(
            split_site_suffix("Readout of the President's call - The White House")
                .1
                .as_deref(),
            Some("The White House")
        );
        let p = |blocks: &[&str]| statement_publisher(blocks.iter().copied());
        assert_eq!(
            p(&["SEOUL, May 22 (Yonhap) -- South Korea and the EU agreed..."]).as_deref(),
            Some("Yonhap")
        );
        assert_eq!(
            p(&["(서울=연합뉴스) 홍길동 기자 = 한국과 유럽연합은 ..."]).as_deref(),
            Some("연합뉴스")
        );
        assert_eq!(
            p(&[
                "Title",
                "Some prose of the statement that goes on and on.",
                "© 2024 The White House"
            ])
            .as_deref(),
            Some("The White House")
        );
        assert_eq!(
            p(&["Ministerstwo Spraw Zagranicznych", "Wspólne oświadczenie"]).as_deref(),
            Some("Ministerstwo Spraw Zagranicznych")
        );
        assert_eq!(p(&["외교부", "한-EU 공동성명"]).as_deref(), Some("외교부"));
        assert_eq!(p(&["Joint statement", "The ministers agreed."]), None);
    }
    #[test]
    fn a_copyright_mark_leads_its_cell_in_a_footers_row() {
        let p = |blocks: &[&str]| statement_publisher(blocks.iter().copied());
        let page = [
            "Ferries to run every hour from May",
            "The council said the new timetable doubles the service.",
            "Terms of use | Accessibility | © Lakeside Transit Board 2027",
        ];
        assert_eq!(p(&page).as_deref(), Some("Lakeside Transit Board"));
        let page = [
            "Ferries to run every hour from May",
            "The council said the new timetable doubles the service.",
            "(12345) 9 Harbour Road | Tel 555-0100 | Copyright © Lakeside Clinic",
        ];
        assert_eq!(p(&page).as_deref(), Some("Lakeside Clinic"));
        // A mark after a sentence is still a photo's credit.
        assert_eq!(
            copyright_holder("The ferry leaves the pier at dawn. © Jan Kowal"),
            None
        );
    }

    #[test]
    fn a_menus_row_is_no_name_and_a_companys_letterhead_is() {
        let p = |blocks: &[&str]| statement_publisher(blocks.iter().copied());
        // Menu items two spaces apart, one of them an institution's word.
        assert_eq!(
            p(&[
                "Start  Who we are  Press  Members  Contact",
                "Ferries to run hourly"
            ]),
            None
        );
        // A justified letterhead spaces its words so, a name all the same.
        assert_eq!(
            p(&["Ministry  of  Harbour  Affairs", "Ferries to run hourly"]).as_deref(),
            Some("Ministry  of  Harbour  Affairs")
        );
        assert_eq!(
            p(&[
                "Nordwind Energia S.A.                          Informacja prasowa",
                "Nordwind buduje magazyn energii",
            ])
            .as_deref(),
            Some("Nordwind Energia S.A.")
        );
        for company in [
            "Nordwind Energia S.A.",
            "Przykład Media sp. z o.o.",
            "Example Holdings Ltd",
            "Beispiel Verlag GmbH",
            "EXAMPLE MEDIA NETWORK BV.",
            "주식회사 예시에너지",
        ] {
            assert!(is_company(company), "{company}");
        }
        for other in ["Nordwind Energia", "Ministry of Energy", "Visa", "Sa"] {
            assert!(!is_company(other), "{other}");
        }
    }

    #[test]
    fn the_masthead_beats_the_house_that_owns_the_site() {
        // The headline is the line that starts with "Ferries" or "Promy".
        let p = |blocks: &[&str]| {
            let headline = blocks
                .iter()
                .position(|b| b.starts_with("Ferries") || b.starts_with("Promy"));
            statement_publisher_under(blocks, headline)
        };
        let page = [
            "Log in",
            "Harbour Courier",
            "Politics",
            "World",
            "Ferries to run every hour from May",
            "By Anna Nowak, reporter at Harbour Courier",
            "The council told Harbour Courier the timetable doubles the service.",
            "© 2027 Example Media Holdings Ltd. All rights reserved.",
        ];
        assert_eq!(p(&page).as_deref(), Some("Harbour Courier"));
        // The first crumb of the trail names the site too.
        let page = [
            "Zaloguj",
            "Kurier.example › Gospodarka › Handel",
            "Promy będą kursować co godzinę",
            "Rada miasta podwoi liczbę kursów.",
            "Źródło: Kurier.example",
            "© 2027 Przykład Media S.A. Wszelkie prawa zastrzeżone.",
        ];
        assert_eq!(p(&page).as_deref(), Some("Kurier.example"));
        // A trail from the brand beats a menu's town the text writes, even when the
        // text writes the brand only inflected ("dziennikarz Gońca24").
        let page = [
            "Zaloguj",
            "Nowa Huta",
            "Sport",
            "Goniec24 › Nowa Huta › Wiadomości",
            "Promy będą kursować co godzinę",
            "Rada miasta uznała, że Nowa Huta potrzebuje nowych kursów.",
            "Autor jest dziennikarzem Gońca24.",
            "© 2027 Przykład Media Sp. z o.o. Wszelkie prawa zastrzeżone.",
        ];
        assert_eq!(p(&page).as_deref(), Some("Goniec24"));
        // With nothing else named, the masthead the text repeats; a menu's word the
        // text writes after "the" or at a sentence's start is none.
        let page = [
            "Portside",
            "Korean",
            "Ferries to run every hour from May",
            "Boats will cross the Korean strait hourly, Portside learned.",
        ];
        assert_eq!(p(&page).as_deref(), Some("Portside"));
        let page = [
            "Korean",
            "Ferries to run every hour from May",
            "Boats will cross the Korean strait hourly. Korean boats too.",
            "© 2027 Example Media Holdings Ltd.",
        ];
        assert_eq!(p(&page).as_deref(), Some("Example Media Holdings Ltd."));
        // A menu's word that ends a longer name ("newsletter Harbour Energy").
        let page = [
            "Energy",
            "Ferries to run every hour from May",
            "Sign up for the newsletter Harbour Energy today.",
            "© 2027 Example Media Holdings Ltd.",
        ];
        assert_eq!(p(&page).as_deref(), Some("Example Media Holdings Ltd."));
        // Only above the headline: a table's cell below it is none.
        let page = [
            "Ferries to run every hour from May",
            "Portside",
            "Boats will cross the strait hourly, said Portside officials.",
            "© 2027 Example Media Holdings Ltd.",
        ];
        assert_eq!(p(&page).as_deref(), Some("Example Media Holdings Ltd."));
    }

    #[test]
    fn a_labelled_date_is_no_name_and_an_address_names_its_site() {
        // "Post" starts an outlet's name, "Posted" a date's line.
        assert_eq!(
            name_line("Posted : 2027-03-02 10:40 · Updated : 2027-03-02 11:00"),
            None
        );
        assert_eq!(
            site_of_address("https://www.harbour-news.example/story?id=9").as_deref(),
            Some("harbour-news.example")
        );
        assert_eq!(
            site_of_address("http://user@portal.example.org:8080/a").as_deref(),
            Some("portal.example.org")
        );
        assert_eq!(site_of_address("Harbour News"), None);
        assert_eq!(site_of_address("file:///home/a.html"), None);
    }

    #[test]
    fn a_reposted_releases_source_line_names_its_issuer() {
        let p = |blocks: &[&str]| statement_publisher(blocks.iter().copied());
        let page = [
            "여행하는 고양이의 노트",
            "항만공사, 여객선 증편 계획 발표",
            "출처: 부산항만공사 보도자료 (2027년 3월 2일)",
            "부산항만공사는 2일 여객선 운항을 늘린다고 밝혔다.",
        ];
        assert_eq!(p(&page).as_deref(), Some("부산항만공사"));
        assert_eq!(
            p(&[
                "Ferries",
                "Source: Harbour Authority's press release",
                "Text."
            ])
            .as_deref(),
            Some("Harbour Authority")
        );
        // A source without a release's kind credits a photo.
        assert_eq!(reposted_source(&["Source: Harbour Authority"]), None);
    }

    #[test]
    fn section_names_banners_and_portals_are_told_from_names() {
        for section in [
            "Komunikaty",
            "News",
            "공지사항",
            "Press and media",
            "알림·소식",
            "Wiadomości",
            // Korean boards named for what they are about, run together.
            "구정소식",
            "군정뉴스",
            "복지소식",
        ] {
            assert!(is_section_name(section), "{section}");
            assert!(!is_institution(section), "{section}");
        }
        for name in [
            "Sky News",
            "KBS 뉴스",
            "Ministry of Transport",
            "국토교통부",
            "한빛뉴스",
            "시정일보",
        ] {
            assert!(!is_section_name(name), "{name}");
        }
        for name in ["부산광역시", "경상북도", "세종특별자치시"] {
            assert!(is_institution(name), "{name}");
        }
        assert!(is_banner(
            "An official website of the United States government"
        ));
        assert!(is_banner(
            "이 누리집은 대한민국 공식 전자정부 누리집입니다."
        ));
        assert!(!is_institution("An official website of the European Union"));
        assert!(!is_banner("Department of State"));
        for portal in [
            "GOV.UK",
            "Gov.pl",
            "Portal Gov.pl",
            "Serwis Rzeczypospolitej Polskiej",
        ] {
            assert!(is_portal(portal), "{portal}");
        }
        for name in ["Korea.net", "Ministry of Transport", "polskieradio.pl"] {
            assert!(!is_portal(name), "{name}");
        }
    }

    #[test]
    fn a_titles_publisher_is_the_organisation_beside_the_headline() {
        let t = |title: &str, heads: &[&str]| title_publisher(title, heads);
        let some = |name: &str, portal: bool| Some((name.to_string(), portal));
        // A county office's site names only itself in `<title>`: the office.
        assert_eq!(
            t(
                "Starostwo Powiatowe w Przykładowie",
                &["Uczniowie pojadą na praktyki do portu"]
            ),
            some("Starostwo Powiatowe w Przykładowie", false)
        );
        // Headline - unit - portal: the unit.
        assert_eq!(
            t(
                "Nowe zasady dla eksporterów zbóż - Ministerstwo Rolnictwa i Rozwoju Wsi - Serwis Rzeczypospolitej Polskiej",
                &["Nowe zasady dla eksporterów zbóż"]
            ),
            some("Ministerstwo Rolnictwa i Rozwoju Wsi", false)
        );
        // Only a portal beside the headline: the portal, said to be one.
        assert_eq!(
            t(
                "Rail fares frozen for a year - GOV.UK",
                &["Rail fares frozen for a year"]
            ),
            some("GOV.UK", true)
        );
        // A section's name on either side is not the publisher.
        assert_eq!(
            t("News | Department for Transport", &["Rail fares frozen"]),
            some("Department for Transport", false)
        );
        assert_eq!(t("국토교통부 - 공지사항", &[]), some("국토교통부", false));
        // A news site's section and its brand: the brand, however it is written.
        assert_eq!(
            t(
                "Port strike ends after talks | Politics | harbourtimes",
                &["Port strike ends after talks"]
            ),
            some("harbourtimes", false)
        );
        assert_eq!(
            t("Komunikaty :: Urząd Miasta Gdańska", &[]),
            some("Urząd Miasta Gdańska", false)
        );
        // Without a known headline, the sentence is the headline, whichever side it is.
        assert_eq!(
            t(
                "IEA - Global demand for copper is set to double by 2040, study finds",
                &[]
            ),
            some("IEA", false)
        );
        assert_eq!(
            t(
                "Sejmik Województwa Opolskiego - Radni przyjęli strategię rozwoju regionu",
                &[]
            ),
            some("Sejmik Województwa Opolskiego", false)
        );
        // A title that is only the headline names no publisher.
        assert_eq!(
            t(
                "Rail fares frozen for a year",
                &["Rail fares frozen for a year"]
            ),
            None
        );
        assert_eq!(t("Rail fares frozen for a year", &[]), None);
        // A headline spelt a little differently from the title's.
        assert_eq!(
            t(
                "Rail fares frozen for a year | Office of Rail and Road",
                &["Rail fares frozen for a year, minister says"]
            ),
            some("Office of Rail and Road", false)
        );
        // A title that is only the site's name, beside a headline.
        assert_eq!(
            t("Office of Rail and Road", &["Rail fares frozen for a year"]),
            some("Office of Rail and Road", false)
        );
    }

    #[test]
    fn a_universitys_or_centres_letterhead_names_the_publisher() {
        assert_eq!(
            statement_publisher([
                "Uniwersytet Morski w Gdyni\nKOMUNIKAT",
                "Gdynia, 2 lutego 2024 r.",
                "Studenci zbudowali łódź.\n\nŁódź pływa szybko i cicho po zatoce."
            ])
            .as_deref(),
            Some("Uniwersytet Morski w Gdyni")
        );
        assert_eq!(
            statement_publisher([
                "PODLASKI OŚRODEK DORADZTWA ROLNICZEGO        Informacja nr 4/2024",
                "Rolnicy otrzymają nowe szkolenia w całym regionie od marca."
            ])
            .as_deref(),
            Some("PODLASKI OŚRODEK DORADZTWA ROLNICZEGO")
        );
        assert!(is_institution("Northern Lakes University"));
        assert!(is_institution("한빛대학교"));
    }

    #[test]
    fn a_central_banks_letterhead_names_the_publisher() {
        assert_eq!(
            statement_publisher([
                "                 BANK CENTRALNY REPUBLIKI ISLANDII\n\
                 \x20                 Biuro Rzecznika Prasowego",
                "Reykjavik, 4 marca 2025 r.",
                "Rada banku utrzymała stopy procentowe na niezmienionym poziomie."
            ])
            .as_deref(),
            Some("BANK CENTRALNY REPUBLIKI ISLANDII")
        );
        assert!(is_institution("Reserve Bank of Ruritania"));
        assert!(!is_institution("Riverbank walk"));
    }

    #[test]
    fn the_issuer_a_page_names_as_such() {
        let i = |lines: &[&str]| stated_issuer(lines);
        assert_eq!(
            i(&[
                "Cookies on this site",
                "From:",
                "Department for Business and Trade",
                "Published",
                "3 May 2023"
            ])
            .as_deref(),
            Some("Department for Business and Trade")
        );
        assert_eq!(
            i(&["Published by: Ministry of Economy and Finance"]).as_deref(),
            Some("Ministry of Economy and Finance")
        );
        // The department in charge: the ministry it starts with, not a unit alone.
        assert_eq!(
            i(&["담당부서", "국토교통부 철도정책과"]).as_deref(),
            Some("국토교통부")
        );
        assert_eq!(i(&["담당부서\t철도정책과\t등록일\t2023-03-02"]), None);
        // A public corporation's division named for its work is no ministry.
        assert_eq!(i(&["담당부서\t항만사업처\t연락처\t02-123-4567"]), None);
        assert_eq!(i(&["담당부서 : 설비관리처"]), None);
        assert_eq!(
            i(&["담당 부서 통계청 고용통계과"]).as_deref(),
            Some("통계청")
        );
        assert_eq!(i(&["담당부서 : 해양수산부"]).as_deref(), Some("해양수산부"));
        assert_eq!(
            i(&[
                "From:",
                "Prime Minister's Office, 10 Downing Street and The Rt Hon Jane Doe MP"
            ])
            .as_deref(),
            Some("Prime Minister's Office, 10 Downing Street")
        );
        // "From" before something that is no organisation.
        assert_eq!(i(&["From:", "12 to 14 June"]), None);
    }

    #[test]
    fn copyright_holders_whole_and_only_from_copyright_lines() {
        let h = copyright_holder;
        assert_eq!(
            h("© Ministry of Agriculture, Food and Rural Affairs. All rights reserved.").as_deref(),
            Some("Ministry of Agriculture, Food and Rural Affairs")
        );
        assert_eq!(
            h("Copyright © Department of Industry, Science and Resources, 2023").as_deref(),
            Some("Department of Industry, Science and Resources")
        );
        assert_eq!(
            h("© Copyright by Radio Gdańsk S.A.").as_deref(),
            Some("Radio Gdańsk S.A.")
        );
        assert_eq!(
            h("© 2021 Media Północ sp. z o.o. Wszelkie prawa zastrzeżone.").as_deref(),
            Some("Media Północ sp. z o.o.")
        );
        // A credit after a caption's sentence or a label, and a footer's link, are no
        // copyright line.
        assert_eq!(h("Photo: © Anna Nowak"), None);
        assert_eq!(
            h("Ministers at the signing in Oslo. © Council of the EU"),
            None
        );
        assert_eq!(h("Copyright Notice"), None);
        assert_eq!(h("Copyright and disclaimer"), None);
        assert_eq!(h("Accessibility Copyright Policy Site Map"), None);
        assert_eq!(h("Copyright Notice Contact Us Careers"), None);
    }

    #[test]
    fn the_body_a_page_names_beats_a_state_a_banner_and_a_credit() {
        let p = |blocks: &[&str]| statement_publisher(blocks.iter().copied());
        let body = "The department announced a new grant scheme for hydrogen producers in the region, open from next month.";
        // A state's copyright gives way to the department in the header.
        assert_eq!(
            p(&[
                "Victoria State Government",
                "Department of Energy and Climate Action",
                "New grants for hydrogen",
                body,
                "© State of Victoria"
            ])
            .as_deref(),
            Some("Victoria State Government")
        );
        assert_eq!(
            p(&[
                "Skip to content",
                "New grants for hydrogen",
                body,
                "© Crown copyright"
            ])
            .as_deref(),
            Some("Crown copyright")
        );
        // A banner is no publisher; the footer's contact link names the body.
        assert_eq!(
            p(&[
                "An official website of the United States government",
                "Here's how you know",
                "New grants for hydrogen",
                body,
                "Contact the Department of Energy",
                "Privacy"
            ])
            .as_deref(),
            Some("Department of Energy")
        );
        // Korean credits give no publisher; an agency's dateline does.
        assert_eq!(
            p(&["(사진=국토교통부 제공) 철도 개통식", "본문입니다."]),
            None
        );
        assert_eq!(p(&["(자료=통계청)", "본문입니다."]), None);
        assert_eq!(
            p(&["(세종=뉴스1) 김철수 기자 = 정부는 ..."]).as_deref(),
            Some("뉴스1")
        );
        assert_eq!(
            p(&["[부산=뉴시스]이영희 기자 = 시는 ..."]).as_deref(),
            Some("뉴시스")
        );
        assert_eq!(p(&["fot. Ministerstwo Rolnictwa", "Notatka"]), None);
        // A bare credit under the lead photo is not the page's copyright line.
        assert_eq!(
            p(&[
                "Port strike ends",
                "© Harbour Wire",
                body,
                body,
                body,
                body,
                body,
                body,
                body,
                body,
                body,
                body,
                "Contact us"
            ]),
            None
        );
        assert_eq!(
            p(&["Port strike ends", "© 2024 Harbour Wire", body]).as_deref(),
            Some("Harbour Wire")
        );
        // A letterhead line: its first cell; a name with its unit: the name.
        assert_eq!(
            p(&[
                "Ministerstwo Finansów                         Warszawa, 3 lutego 2025 r.",
                "Notatka"
            ])
            .as_deref(),
            Some("Ministerstwo Finansów")
        );
        assert_eq!(
            p(&[
                "Ministry of Economy – Trade Policy Department",
                "Note on the talks"
            ])
            .as_deref(),
            Some("Ministry of Economy")
        );
        // A breadcrumb's organisation after the home crumb.
        assert_eq!(
            p(&[
                "Menu",
                "Jesteś tutaj: Strona główna > Ambasada RP w Oslo > Aktualności",
                "Spotkanie ministrów",
                body
            ])
            .as_deref(),
            Some("Ambasada RP w Oslo")
        );
    }

    #[test]
    fn a_pages_declared_name_unless_a_portal_then_the_issuer_and_the_title() {
        let blocks = [
            "GOV.UK",
            "From:",
            "Department for Transport",
            "Rail fares frozen",
        ];
        let heads = ["Rail fares frozen"];
        let pp = |declared: &[&str], title: &str, blocks: &[&str]| {
            page_publisher(declared, Some(title), &heads, blocks)
        };
        assert_eq!(
            pp(&["GOV.UK"], "Rail fares frozen - GOV.UK", &blocks),
            Some(("Department for Transport".to_string(), PageSource::Text))
        );
        assert_eq!(
            pp(
                &["Office of Rail and Road"],
                "Rail fares frozen - GOV.UK",
                &blocks
            ),
            Some((
                "Office of Rail and Road".to_string(),
                PageSource::Declared(0)
            ))
        );
        assert_eq!(
            pp(
                &["GOV.UK"],
                "Rail fares frozen - Office of Rail and Road - GOV.UK",
                &["Rail fares frozen"]
            ),
            Some(("Office of Rail and Road".to_string(), PageSource::Title))
        );
        assert_eq!(
            pp(
                &["Office of Rail and Road | GOV.UK"],
                "Rail fares frozen",
                &["Rail fares frozen"]
            ),
            Some((
                "Office of Rail and Road".to_string(),
                PageSource::Declared(0)
            ))
        );
        // Nothing better than the portal: the portal.
        assert_eq!(
            pp(&["GOV.UK"], "Rail fares frozen", &["Rail fares frozen"]),
            Some(("GOV.UK".to_string(), PageSource::Declared(0)))
        );
    }

    #[test]
    fn a_state_holding_the_rights_gives_way_to_the_body_after_the_dash() {
        assert_eq!(
            copyright_holder("© Kingdom of Norway, 2023 — Directorate of Fisheries").as_deref(),
            Some("Directorate of Fisheries")
        );
        assert_eq!(
            copyright_holder(
                "© 2024 Baltic Ferry Foundation (Fundacja Promów Bałtyckich), ul. Portowa 3"
            )
            .as_deref(),
            Some("Baltic Ferry Foundation")
        );
        assert_eq!(
            copyright_holder("© Nordwind Media (Polska) sp. z o.o.").as_deref(),
            Some("Nordwind Media (Polska) sp. z o.o.")
        );
    }

    #[test]
    fn the_institution_above_a_footers_street_address() {
        let footer = [
            "Accessibility statement",
            "Ministry of Inland Waterways\nul. Rzeczna 12, 00-950 Warszawa",
        ];
        assert_eq!(
            name_above_address(&footer).as_deref(),
            Some("Ministry of Inland Waterways")
        );
        let footer = [
            "Office of Coastal Research",
            "400 Harbor Street, Portland ME 04101",
        ];
        assert_eq!(
            name_above_address(&footer).as_deref(),
            Some("Office of Coastal Research")
        );
        assert_eq!(
            statement_publisher([
                "Lock repairs finish early",
                "Text of the notice.",
                "Office of Coastal Research",
                "400 Harbor Street, Portland ME 04101"
            ])
            .as_deref(),
            Some("Office of Coastal Research")
        );
        let footer = [
            "Inland Waterways Administration",
            "200 Canal Avenue NW, Springfield, IL 62701",
        ];
        assert_eq!(
            name_above_address(&footer).as_deref(),
            Some("Inland Waterways Administration")
        );
        // A sentence above an address names nobody.
        assert_eq!(
            name_above_address(&["Visit our office at", "ul. Rzeczna 12"]),
            None
        );
    }

    #[test]
    fn a_joint_statements_preamble_names_its_parties() {
        let preamble = "The Ministry of Fisheries of the Kingdom of Norway and the Min-\nistry of Maritime Affairs of the Republic of Chile (hereinafter \"the Sides\"),";
        assert_eq!(
            joint_preamble(preamble).as_deref(),
            Some("Ministry of Fisheries of the Kingdom of Norway")
        );
        assert_eq!(
            joint_preamble("Ministerstwo Rybołówstwa oraz Ministerstwo Gospodarki Morskiej, zwane dalej Stronami,").as_deref(),
            Some("Ministerstwo Rybołówstwa")
        );
        // One ministry whose name holds "and" is no pair.
        assert_eq!(
            joint_preamble("Ministry of Ports and Shipping      Press Release"),
            None
        );
        assert_eq!(
            joint_preamble("The Ministry of Ports and the harbour workers agreed on wages."),
            None
        );
        assert_eq!(
            joint_preamble(
                "대한민국 해양수산부와 노르웨이왕국 수산부(이하 \"양측\")는 협력하기로 하였다."
            )
            .as_deref(),
            Some("대한민국 해양수산부")
        );
        assert_eq!(
            joint_preamble("시민과 기업(이하 \"참여자\")은 신청할 수 있다."),
            None
        );
    }

    #[test]
    fn a_short_site_name_is_spelled_out_as_the_page_writes_it() {
        let shown = ["Ferry strike ends", "The Harbour Gazette", "Sections"];
        assert_eq!(
            fuller_name("harbourgazette", shown.into_iter()).as_deref(),
            Some("The Harbour Gazette")
        );
        assert_eq!(
            fuller_name("www.harbourgazette.com", shown.into_iter()).as_deref(),
            Some("The Harbour Gazette")
        );
        let shown = [
            "Fisheries and Ocean Policy",
            "Directorate-General for Fisheries and Ocean Policy",
        ];
        assert_eq!(
            fuller_name("Fisheries and Ocean Policy", shown.into_iter()).as_deref(),
            Some("Directorate-General for Fisheries and Ocean Policy")
        );
        // A name that already names an institution, or a brand nobody spells out, stays.
        assert_eq!(
            fuller_name("Harbour Times", ["The Harbour Times Group"].into_iter()),
            None
        );
        assert_eq!(
            fuller_name("seanews", ["Ferry strike ends"].into_iter()),
            None
        );
    }

    #[test]
    fn an_authors_field_names_the_institution_the_author_writes_for() {
        let blocks = ["Policy brief 4/2024 | Centre for Arctic Studies", "Text."];
        assert_eq!(
            author_publisher("Centre for Arctic Studies research fellow Ann Lee", &blocks)
                .as_deref(),
            Some("Centre for Arctic Studies")
        );
        assert_eq!(
            author_publisher("Institute of Polar Law", &[]).as_deref(),
            Some("Institute of Polar Law")
        );
        assert_eq!(author_publisher("Ann Lee", &blocks), None);
        assert!(is_institution_name("Embassy of Chile in Oslo"));
        assert!(!is_institution_name("Embassy staff visit the new office"));
    }
}
