//! What a statement's text says of its date (its publisher: [`super::publisher`]).
//!
//! Dates are read in the forms the three languages write them: ISO (`2024-05-14`,
//! `2024/05/14`, `2024.05.14`), Polish (`19 października 2018 r.`, `22.10.2024`),
//! English (`April 5, 2024`, `5 April 2024`, `Published : April 27, 2023 - 03:45`) and
//! Korean (`2024년 5월 14일`, `2024. 5. 14.`, `입력 2023-05-22`), and normalised to ISO.
//! The statement's date is the one stated near its top (a dateline, a "published"
//! line, the line under the title), or in a dateline closing it: not any date the body
//! mentions, and never a copyright year.

use std::sync::LazyLock;

use regex::Regex;

/// Blocks from the top of a document where its date is looked for.
const TOP_BLOCKS: usize = 12;
/// Blocks at its end where a closing dateline is looked for.
const END_BLOCKS: usize = 4;
/// A block at most this long is a line of its own (a dateline, a name), not prose.
const SHORT_BLOCK: usize = 160;

/// Month names as dates write them, with their month: English (full, short), Polish
/// (the genitive of dates, the nominative, short).
const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
    ("stycznia", 1),
    ("styczeń", 1),
    ("lutego", 2),
    ("luty", 2),
    ("marca", 3),
    ("marzec", 3),
    ("kwietnia", 4),
    ("kwiecień", 4),
    ("maja", 5),
    ("maj", 5),
    ("czerwca", 6),
    ("czerwiec", 6),
    ("lipca", 7),
    ("lipiec", 7),
    ("sierpnia", 8),
    ("sierpień", 8),
    ("września", 9),
    ("wrzesień", 9),
    ("października", 10),
    ("październik", 10),
    ("listopada", 11),
    ("listopad", 11),
    ("grudnia", 12),
    ("grudzień", 12),
    // Polish news sites shorten months to three letters: "pon., 9 cze 2025".
    ("sty", 1),
    ("lut", 2),
    ("kwi", 4),
    ("cze", 6),
    ("lip", 7),
    ("sie", 8),
    ("wrz", 9),
    ("paź", 10),
    ("lis", 11),
    ("gru", 12),
];

/// The month names of [`MONTHS`] as a regex alternation, longest first.
fn month_names() -> String {
    let mut names: Vec<&str> = MONTHS.iter().map(|(m, _)| *m).collect();
    names.sort_by_key(|m| std::cmp::Reverse(m.len()));
    names.join("|")
}

// The patterns avoid Unicode classes (`\p{L}`, Unicode `\b`): compiling those costs a
// second in a debug build and tens of milliseconds in a release one, on every run.
static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?:T|(?-u:\b))").expect("regex")
});
/// An ISO date glued to the word after it, as two `<span>`s of a page's info line
/// extract ("Date : 2025-06-11Hit : 1,204"): two-digit month and day only.
static ISO_GLUED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)((?:19|20)\d\d)-(\d\d)-(\d\d)[A-Za-z\xC0-\xFF가-힣]").expect("regex")
});
static KOREAN_YMD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"((?:19|20)\d\d) ?년 ?(\d{1,2}) ?월 ?(\d{1,2}) ?일").expect("regex")
});
static KOREAN_DOTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)((?:19|20)\d\d)\. +(\d{1,2})\. *(\d{1,2})(?-u:\b)\.?").expect("regex")
});
static DMY_DOTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(\d{1,2})([./])(\d{1,2})[./]((?:19|20)\d\d)(?-u:\b)").expect("regex")
});
/// A day-first date with dashes ("Dodano: 26-06-2025 10:41"), as Polish and other
/// European news sites print their posting lines.
static DMY_DASHES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(\d{1,2})-(\d{1,2})-((?:19|20)\d\d)(?-u:\b)").expect("regex")
});
/// A date in words; its year may be glued to the time after it, as a page's `<span>`s
/// extract ("June 3, 20258:14 AM"), or to the next capitalised word (a blog theme's
/// published and modified dates pasted together: "December 6, 2022January 11, 2023").
static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(
        r"(?-u:\b)(\d{{1,2}})\.? +(?i:({}))\.?,? +((?:19|20)\d\d)(?:(?-u:\b)|\d{{1,2}}:\d\d|[A-Z])",
        month_names()
    );
    Regex::new(&pattern).expect("regex")
});
static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(
        r"(?-u:\b)(?i:({}))(?:\. *| +)(\d{{1,2}})(?:st|nd|rd|th)?(?:, *| +)((?:19|20)\d\d)(?:(?-u:\b)|\d{{1,2}}:\d\d|[A-Z])",
        month_names()
    );
    Regex::new(&pattern).expect("regex")
});
static MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(r"^ *(?i:({})) +((?:19|20)\d\d) *$", month_names());
    Regex::new(&pattern).expect("regex")
});

/// Words that say a line states when the text was published.
const DATE_CUES: &[&str] = &[
    "published",
    "posted",
    "updated",
    "date:",
    "release",
    "opublikowano",
    "data publikacji",
    "data wprowadzenia",
    "data dodania",
    "data:",
    "aktualizacja",
    "입력",
    "등록",
    "게시",
    "작성",
    "발행",
    "보도",
];
/// Words that mark a copyright line.
const COPYRIGHT: &[&str] = &[
    "©",
    "ⓒ",
    "(c)",
    "copyright",
    "all rights reserved",
    "prawa zastrzeżone",
];

/// The month (1-12) a month name names, in Polish (any case) or English.
fn month_of(name: &str) -> Option<u32> {
    let lower = name.to_lowercase();
    MONTHS.iter().find(|(m, _)| *m == lower).map(|&(_, n)| n)
}

fn days_in(year: u32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        _ => 31,
    }
}

fn iso(year: &str, month: u32, day: &str) -> Option<String> {
    let year: u32 = year.parse().ok()?;
    let day: u32 = day.parse().ok()?;
    ((1900..=2100).contains(&year)
        && (1..=12).contains(&month)
        && (1..=days_in(year, month)).contains(&day))
    .then(|| format!("{year:04}-{month:02}-{day:02}"))
}

/// A date found in a text: where, and what it is in ISO form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMatch {
    /// Byte offset of the match in the text.
    pub at: usize,
    /// ISO 8601 (`YYYY-MM-DD`).
    pub iso: String,
}

/// Every date stated in `text`, in order.
pub fn dates_in(text: &str) -> Vec<DateMatch> {
    let mut out: Vec<(usize, usize, String)> = Vec::new();
    let mut add = |a: usize, b: usize, iso: Option<String>| {
        if let Some(iso) = iso {
            if !out.iter().any(|&(x, y, _)| a < y && x < b) {
                out.push((a, b, iso));
            }
        }
    };
    for c in KOREAN_YMD.captures_iter(text) {
        let m = c.get(0).expect("match");
        add(
            m.start(),
            m.end(),
            iso(&c[1], c[2].parse().unwrap_or(0), &c[3]),
        );
    }
    for c in KOREAN_DOTS.captures_iter(text) {
        let m = c.get(0).expect("match");
        add(
            m.start(),
            m.end(),
            iso(&c[1], c[2].parse().unwrap_or(0), &c[3]),
        );
    }
    for c in ISO.captures_iter(text) {
        let m = c.get(0).expect("match");
        add(
            m.start(),
            m.end(),
            iso(&c[1], c[2].parse().unwrap_or(0), &c[3]),
        );
    }
    for c in ISO_GLUED.captures_iter(text) {
        let (m, day) = (c.get(0).expect("match"), c.get(3).expect("day"));
        add(
            m.start(),
            day.end(),
            iso(&c[1], c[2].parse().unwrap_or(0), &c[3]),
        );
    }
    for c in DMY_DOTS.captures_iter(text) {
        let m = c.get(0).expect("match");
        let (first, second): (u32, u32) = (c[1].parse().unwrap_or(0), c[3].parse().unwrap_or(0));
        // "26/08/2024"; with slashes a second field past 12 is the day ("08/26/2024").
        let (day, month) = if &c[2] == "/" && second > 12 && first <= 12 {
            (&c[3], first)
        } else {
            (&c[1], second)
        };
        add(m.start(), m.end(), iso(&c[4], month, day));
    }
    for c in DMY_DASHES.captures_iter(text) {
        let m = c.get(0).expect("match");
        add(
            m.start(),
            m.end(),
            iso(&c[3], c[2].parse().unwrap_or(0), &c[1]),
        );
    }
    for c in DAY_MONTH_YEAR.captures_iter(text) {
        let m = c.get(0).expect("match");
        let month = month_of(&c[2]);
        add(
            m.start(),
            m.end(),
            month.and_then(|mo| iso(&c[3], mo, &c[1])),
        );
    }
    for c in MONTH_DAY_YEAR.captures_iter(text) {
        let m = c.get(0).expect("match");
        let month = month_of(&c[1]);
        add(
            m.start(),
            m.end(),
            month.and_then(|mo| iso(&c[3], mo, &c[2])),
        );
    }
    out.sort();
    out.into_iter()
        .map(|(at, _, iso)| DateMatch { at, iso })
        .collect()
}

/// `value` (a date as metadata states it: ISO with or without a time, or any form
/// [`dates_in`] reads, or a month and year) as ISO 8601; None if it is not a date.
pub fn normalise_date(value: &str) -> Option<String> {
    let value = value.trim();
    let b = value.as_bytes();
    // Already ISO: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, perhaps with a time after.
    let digits = |r: std::ops::Range<usize>| {
        b.get(r.clone())
            .is_some_and(|s| s.iter().all(u8::is_ascii_digit))
    };
    if b.len() == 4 && digits(0..4) {
        return Some(value.to_string()).filter(|y| ("1900".."2101").contains(&y.as_str()));
    }
    if b.len() == 7 && digits(0..4) && b[4] == b'-' && digits(5..7) {
        let month: u32 = value[5..7].parse().ok()?;
        return (1..=12).contains(&month).then(|| value.to_string());
    }
    if let Some(found) = dates_in(value).into_iter().next() {
        return Some(found.iso);
    }
    let c = MONTH_YEAR.captures(value)?;
    let month = month_of(&c[1])?;
    Some(format!("{}-{month:02}", &c[2]))
}

/// Whether `text` is a copyright line.
fn is_copyright(text: &str) -> bool {
    let lower = text.to_lowercase();
    COPYRIGHT.iter().any(|c| lower.contains(c))
}

/// Blocks read for a date before the headline's own: a dateline often sits just above it.
const ABOVE_HEADLINE: usize = 4;

/// [`statement_date`] of a page whose headline is block `headline` of `blocks`: read from
/// just above the headline first (a dateline stands by it, however long the menus
/// before it), then over the whole page.
pub fn date_by_headline(blocks: &[&str], headline: Option<usize>) -> Option<String> {
    headline
        .and_then(|t| statement_date(blocks[t.saturating_sub(ABOVE_HEADLINE)..].iter().copied()))
        .or_else(|| statement_date(blocks.iter().copied()))
        .or_else(|| lead_date(&blocks[headline.map_or(0, |t| t + 1).min(blocks.len())..]))
}

/// A month and a day without a year: Korean `6월 3일`, English `June 3` and `3 June`,
/// Polish `3 czerwca`.
static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    let names = month_names();
    let pattern = format!(
        r"(?:^|[^\d.])(\d{{1,2}}) ?월 ?(\d{{1,2}}) ?일|(?-u:\b)(?i:({names})) +(\d{{1,2}})(?-u:\b)|(?-u:\b)(\d{{1,2}}) +(?i:({names}))(?-u:\b)"
    );
    Regex::new(&pattern).expect("regex")
});
/// A year as a sentence writes it.
static SENTENCE_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)((?:19|20)\d\d)(?-u:\b)").expect("regex"));

/// Blocks after the headline where the lead paragraph is looked for.
const LEAD_BLOCKS: usize = 4;

/// The date of a lead that dates its news by month and day only, the year written in
/// the same sentence ("한국전력은 6월 3일 바르샤바에서 열린 「2025 ... 포럼」에서 ...
/// 밝혔다", "On June 3 the ministry opened the 2025 round"): press releases print
/// their date in a header that print views and copies drop, and their lead names the
/// day. Only when the sentence writes one year and nothing on the page states a date.
fn lead_date(after_headline: &[&str]) -> Option<String> {
    let lead = after_headline
        .iter()
        .take(LEAD_BLOCKS)
        .find(|b| b.chars().count() >= 40)?;
    // The lead's first sentence that names a month and a day.
    lead.split_inclusive(['.', '!', '?', '。'])
        .take(2)
        .find_map(|sentence| {
            let c = MONTH_DAY.captures(sentence)?;
            let (month, day) = match (c.get(1), c.get(3), c.get(6)) {
                (Some(m), _, _) => (m.as_str().parse().ok()?, c.get(2)?.as_str()),
                (_, Some(name), _) => (month_of(name.as_str())?, c.get(4)?.as_str()),
                (_, _, Some(name)) => (month_of(name.as_str())?, c.get(5)?.as_str()),
                _ => return None,
            };
            let mut years: Vec<&str> = SENTENCE_YEAR
                .find_iter(sentence)
                .map(|m| m.as_str())
                .collect();
            years.dedup();
            match years.as_slice() {
                [year] => iso(year, month, day),
                _ => None,
            }
        })
}

/// The date a statement states for itself, from its blocks in reading order (content
/// and set-aside alike: a dateline is often set aside as page furniture).
pub fn statement_date<'a>(blocks: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let blocks: Vec<&str> = blocks.into_iter().collect();
    let n = blocks.len();
    let dated = |i: usize| -> Option<(bool, String)> {
        let text = blocks[i];
        if is_copyright(text) {
            return None;
        }
        let found = dates_in(text);
        let first = found.first()?;
        let lower = text.to_lowercase();
        let cue = DATE_CUES.iter().any(|c| lower.contains(c));
        let short = text.len() <= SHORT_BLOCK;
        // A date in prose counts only as its dateline ("WARSAW, 19 October 2018 - ...",
        // or with the date in brackets, "MANILA, PHILIPPINES (14 May 2025) — ...").
        let before = text[..first.at].trim_end();
        let place = |p: &str| p.len() <= 40 && !p.contains('.');
        let leads = before.is_empty()
            || (before.ends_with(',') && place(before))
            || (before.ends_with('(') && place(before) && bracketed_dateline(&text[first.at..]));
        (short || cue || leads).then(|| (cue || short, first.iso.clone()))
    };
    let top = 0..n.min(TOP_BLOCKS);
    // A dateline or a "published" line near the top.
    if let Some((_, iso)) = top.clone().filter_map(dated).find(|(strong, _)| *strong) {
        return Some(iso);
    }
    // A closing dateline ("Warszawa, 19 października 2018 r.").
    let end = n.saturating_sub(END_BLOCKS).max(top.end)..n;
    if let Some((_, iso)) = end
        .clone()
        .rev()
        .filter_map(dated)
        .find(|(strong, _)| *strong)
    {
        return Some(iso);
    }
    // A "Posted 12 May 2025 in News" line anywhere: blog themes print it in the
    // article's footer, below the text and above the related links.
    if let Some(iso) = blocks.iter().find_map(|b| posted_line_date(b)) {
        return Some(iso);
    }
    top.filter_map(dated).map(|(_, iso)| iso).next()
}

/// Whether `rest`, the text from a date on, closes the bracket the date opened in and
/// goes on after a dash: a dateline's "(14 May 2025) — The bank ...", as international
/// organisations and agencies print it, not a date in a sentence's aside.
fn bracketed_dateline(rest: &str) -> bool {
    let Some(close) = rest.find(')') else {
        return false;
    };
    let after = rest[close + 1..].trim_start();
    rest[..close].chars().count() <= 30 && after.starts_with(['—', '–', '-', ':'])
}

/// The date of a short line that starts by saying it is the publication date
/// ("Posted 12 May 2025 in Media releases", "Opublikowano: 3.06.2025", "게시일
/// 2025-06-03"): nothing but a date cue stands before the date, in the line or in one
/// of its cells (a footer's facts "Sitting: 14.10.2025 | Published: 14.10.2025").
fn posted_line_date(text: &str) -> Option<String> {
    if text.len() > SHORT_BLOCK || is_copyright(text) {
        return None;
    }
    let posted = |cell: &str| {
        let cell = cell.trim();
        let first = dates_in(cell).into_iter().next()?;
        let before = cell[..first.at].trim().to_lowercase();
        let cue = DATE_CUES.iter().any(|c| before.starts_with(c));
        let only_cue = before.split_whitespace().count() <= 3 && !before.contains(['.', '!', '?']);
        (cue && only_cue).then_some(first.iso)
    };
    posted(text).or_else(|| text.split(['|', '·']).skip(1).find_map(posted))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One table of date forms per language, read by the same code.
    #[test]
    fn dates_in_every_language_are_read_as_iso() {
        let cases: &[(&str, &str)] = &[
            // Polish
            ("Warszawa, 19 października 2018 r.", "2018-10-19"),
            ("22.10.2024", "2024-10-22"),
            ("Dodano: 03-11-2024 08:15", "2024-11-03"),
            ("Opublikowano 7/03/2022", "2022-03-07"),
            ("Released 11/23/2021", "2021-11-23"),
            ("Data publikacji: 3 maja 2021", "2021-05-03"),
            ("1 marca 2023 r.", "2023-03-01"),
            // English
            ("April 5, 2024", "2024-04-05"),
            ("5 April 2024", "2024-04-05"),
            ("Published : April 27, 2023 - 03:45", "2023-04-27"),
            ("Sept. 12, 2022", "2022-09-12"),
            ("May 21st, 2021", "2021-05-21"),
            ("Posted on : Jul.3,2024 16:41 KST", "2024-07-03"),
            (
                "18 Jul. 2024 - | Last updated: 19 Jul. 2024 10:14",
                "2024-07-18",
            ),
            // Korean
            ("2024년 5월 14일", "2024-05-14"),
            ("2024. 5. 14.", "2024-05-14"),
            ("입력 2023-05-22 10:31", "2023-05-22"),
            ("등록일 2023.05.22", "2023-05-22"),
            // ISO
            ("2023-11-07T09:00:00+09:00", "2023-11-07"),
            ("Date : 2025-06-11Hit : 1,204", "2025-06-11"),
            ("등록일2025-06-11조회수 87", "2025-06-11"),
        ];
        for (text, want) in cases {
            let found = dates_in(text);
            assert_eq!(found.first().map(|d| d.iso.as_str()), Some(*want), "{text}");
            assert_eq!(normalise_date(text).as_deref(), Some(*want), "{text}");
        }
    }

    #[test]
    fn what_is_not_a_date_is_not_read_as_one() {
        for text in [
            "the 2030 agenda",
            "31.02.2024",
            "5 marine 2024",
            "Article 12.3.1 of the treaty",
            "12 units in 2024",
            "2024. 13. 40.",
        ] {
            assert_eq!(dates_in(text), vec![], "{text}");
        }
        assert_eq!(normalise_date("2024").as_deref(), Some("2024"));
        assert_eq!(normalise_date("2024-05").as_deref(), Some("2024-05"));
        assert_eq!(normalise_date("May 2024").as_deref(), Some("2024-05"));
        assert_eq!(normalise_date("soon"), None);
    }

    #[test]
    fn the_statements_date_is_the_stated_one_not_one_in_the_body_or_a_copyright() {
        let body = "The leaders recalled the agreement of 12 March 2015 and the summit held on 22 May 2019 in Seoul, and agreed to meet again soon to review the progress made since then.";
        let blocks = [
            "Ministry of Foreign Affairs",
            "Joint statement on the digital partnership",
            "Published : April 27, 2023 - 03:45",
            body,
            "© 2024 Ministry of Foreign Affairs. All rights reserved.",
        ];
        assert_eq!(statement_date(blocks).as_deref(), Some("2023-04-27"));
        // No date at the top: the closing dateline.
        let closing = [
            "Wspólne oświadczenie",
            "Ministrowie uzgodnili dalszą współpracę w dziedzinie energetyki i półprzewodników, a także wymianę ekspertów.",
            "Warszawa, 19 października 2018 r.",
            "© 2020 Kancelaria Prezesa Rady Ministrów",
        ];
        assert_eq!(statement_date(closing).as_deref(), Some("2018-10-19"));
        // A dateline with the date in brackets after the place.
        let bracketed = [
            "Fund to back solar grids in island states",
            "SUVA, FIJI (3 March 2026) — The fund today approved its first grants to island utilities, which will build solar grids on five outer islands.",
            body,
        ];
        assert_eq!(statement_date(bracketed).as_deref(), Some("2026-03-03"));
        // A date in a sentence's brackets is none.
        let aside = [
            "Fund to back solar grids in island states",
            "The fund recalled its first grant (3 March 2016) and approved new grants to island utilities, which will build solar grids and battery stores on five outer islands.",
            body,
        ];
        assert_eq!(statement_date(aside), None);
        // Only the body and a copyright line have dates: none is the statement's.
        assert_eq!(
            statement_date([
                "Title of it",
                body,
                body,
                body,
                body,
                body,
                "© 2024 Someone"
            ]),
            None
        );
        // Korean news: the 입력 line.
        let ko = [
            "한미 정상 공동성명",
            "입력 2023-05-22 10:31 수정 2023-05-23 08:00",
            "양국 정상은 반도체 협력을 강화하기로 했다.",
        ];
        assert_eq!(statement_date(ko).as_deref(), Some("2023-05-22"));
    }

    #[test]
    fn a_posted_line_below_the_text_dates_the_statement() {
        assert_eq!(
            posted_line_date("Posted 9 February 2024 in Announcements").as_deref(),
            Some("2024-02-09")
        );
        assert_eq!(
            posted_line_date("Opublikowano: 14.03.2023").as_deref(),
            Some("2023-03-14")
        );
        assert_eq!(
            posted_line_date("The ferry was posted to Gdynia on 2 May 2022."),
            None
        );
        // A cell of a footer's facts after another dated cell.
        assert_eq!(
            posted_line_date("Sitting of the board: 3.02.2024 | Published: 4.02.2024 09:10")
                .as_deref(),
            Some("2024-02-04")
        );
        assert_eq!(
            posted_line_date("Sitting of the board: 3.02.2024 | Room 4"),
            None
        );
        let blocks = [
            "Harbour pilots begin joint training",
            "The two pilot services will exchange staff for a season of winter operations on the northern route, officials said.",
            "Instructors from both sides will share simulators and boats.",
            "Training ends in spring.",
            "Posted 9 February 2024 in Announcements",
            "Recent posts",
            "Open day at the pilot station",
            "Harbour fees for 2025",
            "Contact us",
        ];
        assert_eq!(statement_date(blocks).as_deref(), Some("2024-02-09"));
    }

    #[test]
    fn a_lead_dated_by_month_and_day_takes_the_year_its_sentence_writes() {
        let page = [
            "항만공사, 핀란드 항만과 친환경 선박 연료 협약",
            "부산항만공사는 4월 9일 헬싱키에서 열린 「2026 북유럽 항만 포럼」에서 현지 항만과 친환경 선박 연료 공급 협약을 맺었다고 밝혔다.",
            "두 항만은 2030년까지 공급망을 구축한다.",
        ];
        assert_eq!(
            date_by_headline(&page, Some(0)).as_deref(),
            Some("2026-04-09")
        );
        let page = [
            "Harbour signs a fuel deal",
            "The port authority said on April 9 that it signed the 2026 supply deal with two shipping lines in Helsinki.",
        ];
        assert_eq!(
            date_by_headline(&page, Some(0)).as_deref(),
            Some("2026-04-09")
        );
        // Two years in the sentence, or none: no date.
        let page = [
            "Harbour signs a fuel deal",
            "The port authority said on April 9 that volumes of 2025 will double by 2030 under the deal signed in Helsinki.",
        ];
        assert_eq!(date_by_headline(&page, Some(0)), None);
        let page = [
            "Harbour signs a fuel deal",
            "The port authority said on April 9 that it signed the supply deal with two shipping lines in Helsinki.",
        ];
        assert_eq!(date_by_headline(&page, Some(0)), None);
    }

    #[test]
    fn a_year_glued_to_the_time_after_it_is_still_read() {
        let found = dates_in("March 9, 20247:05 PM GMT+1");
        assert_eq!(found.first().map(|d| d.iso.as_str()), Some("2024-03-09"));
        let found = dates_in("9 March 202419:05 CET");
        assert_eq!(found.first().map(|d| d.iso.as_str()), Some("2024-03-09"));
        let found = dates_in("Jan Nowak, dziennikarz pon., 3 lis 2025, 07:45");
        assert_eq!(found.first().map(|d| d.iso.as_str()), Some("2025-11-03"));
        // Published and modified dates of a blog theme, pasted without a space.
        let found = dates_in("Posted on March 9, 2024April 2, 2024");
        assert_eq!(found.first().map(|d| d.iso.as_str()), Some("2024-03-09"));
        assert_eq!(
            statement_date(["Posted on 9 March 2024Updated"]).as_deref(),
            Some("2024-03-09")
        );
    }
}
