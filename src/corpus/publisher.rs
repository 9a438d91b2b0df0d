//! Who published a statement, as its text and title name it.
//!
//! The publisher is what a title's site suffix names (`... | Ministry of Foreign
//! Affairs`), a news agency's dateline (`SEOUL, May 22 (Yonhap) --`, `(서울=연합뉴스)`),
//! a copyright line (`© 2024 The White House`), or an institution's name standing alone
//! near the top (`Ministerstwo Spraw Zagranicznych`, `외교부`).

use std::sync::LazyLock;

use regex::Regex;

/// Blocks from the top of a document where its publisher is looked for.
const TOP_BLOCKS: usize = 12;
/// Blocks at its end where a copyright line is looked for.
const END_BLOCKS: usize = 4;

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
];

/// Whether `name` reads as the name of an institution or outlet.
pub fn is_institution(name: &str) -> bool {
    let name = name.trim();
    let words = name.split_whitespace().count();
    if name.is_empty() || words > 10 || name.len() > 120 || name.ends_with(['.', '!', '?']) {
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

/// A title without its site suffix, and the suffix when it names a publisher:
/// "Joint statement | Ministry of Foreign Affairs" gives ("Joint statement", "Ministry of
/// Foreign Affairs").
pub fn split_site_suffix(title: &str) -> (String, Option<String>) {
    for sep in [" | ", " – ", " — ", " - ", " :: ", " · "] {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            let (head, tail) = (head.trim(), tail.trim());
            if head.chars().count() >= 12 && is_institution(tail) && !is_institution_only(head) {
                return (head.to_string(), Some(tail.to_string()));
            }
        }
    }
    (title.to_string(), None)
}

fn is_institution_only(text: &str) -> bool {
    is_institution(text) && text.split_whitespace().count() <= 4
}

static AGENCY_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^ *[A-Z][A-Za-z .]{1,30},? +[A-Za-z]{3,9}\.? +\d{1,2} *\(([A-Za-z ]{2,30})\) *(?:--|—|–|-)")
        .expect("regex")
});
static KOREAN_AGENCY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\( *[가-힣]{1,10} *= *([가-힣A-Za-z0-9 ]{2,20}?) *\)").expect("regex")
});
static COPYRIGHT_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:©|ⓒ|\([cC]\)|[Cc]opyright|COPYRIGHT) *(?:(?:©|ⓒ|\([cC]\)) *)?(?:(?:19|20)\d\d *(?:[-–] *(?:19|20)\d\d)? *)?(?:by +)?([^.|,\n]{2,80}?) *(?:\.|,|\||(?i:all rights reserved)|(?i:wszelkie prawa)|무단|$)")
        .expect("regex")
});

/// The first `max` bytes of `text`, or fewer, cut at a character boundary.
fn head(text: &str, max: usize) -> &str {
    let mut end = text.len().min(max);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The publisher a statement's blocks name (see the module documentation).
pub fn statement_publisher<'a>(blocks: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let blocks: Vec<&str> = blocks.into_iter().collect();
    let n = blocks.len();
    for text in blocks.iter().take(TOP_BLOCKS) {
        if let Some(c) = AGENCY_DATELINE.captures(text) {
            return Some(c[1].trim().to_string());
        }
        if let Some(c) = KOREAN_AGENCY.captures(head(text, 200)) {
            return Some(c[1].trim().to_string());
        }
    }
    for text in blocks[n.saturating_sub(END_BLOCKS)..]
        .iter()
        .chain(blocks.iter().take(TOP_BLOCKS))
    {
        if let Some(c) = COPYRIGHT_NAME.captures(text) {
            let name = c[1].trim().trim_start_matches("The ").trim();
            if is_institution(name) || name.split_whitespace().count() <= 5 {
                let name = c[1].trim();
                if !name.is_empty()
                    && !name
                        .chars()
                        .all(|c| c.is_ascii_digit() || c.is_whitespace())
                {
                    return Some(name.to_string());
                }
            }
        }
    }
    blocks
        .iter()
        .take(6)
        .flat_map(|b| b.lines())
        .map(str::trim)
        .find(|line| line.len() <= 100 && is_institution(line) && !line.contains(['|', '»', '>']))
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
