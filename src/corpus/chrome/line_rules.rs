//! What one line says it is: date lines, page numbers, view counts, print stamps,
//! photo credits, copyright, contact and in-charge lines, attachments, reading times,
//! advertisements, previous/next links, newsletter boxes, feedback questions.

use super::words::{ends_sentence, ends_with_full_stop, link_like, words};
use super::{Reason, Zone};
use crate::corpus::format::html;

/// `line` without a leading date and time stamp ("17/03/2025, 16:40 "), as a browser
/// prints at the top of each page: a run of digits and `/.:,-` with six digits or more
/// and a time, before text of twelve characters or more.
pub(crate) fn without_print_stamp(line: &str) -> &str {
    let stamp = line
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, '/' | '.' | ':' | ',' | '-' | ' ')))
        .unwrap_or(line.len());
    let digits = line[..stamp].bytes().filter(u8::is_ascii_digit).count();
    let rest = line[stamp..].trim();
    if digits >= 6 && line[..stamp].contains(':') && rest.chars().count() >= 12 {
        rest
    } else {
        line
    }
}

/// A copyright line: "© 2025 Agency. All rights reserved", "Copyright (c) …".
pub(super) fn is_copyright(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    lower.starts_with(['©', 'ⓒ'])
        || lower.starts_with("copyright")
        || lower.starts_with("(c) ")
        || RIGHTS.iter().any(|r| lower.contains(r))
}

/// What one line says it is, where the block rules found nothing: the words of web
/// chrome the HTML extractor reads too (site banners, page tools and buttons, photo
/// credits, comment counts, previous/next links), a line that only dates the page, a
/// view count, a page number, a copyright line; and after the text, a contact line.
pub(super) fn line_hint(line: &str, zone: Zone) -> Option<Reason> {
    let line = line.trim();
    let words = words(line);
    if words == 0 || words > 30 {
        return None;
    }
    // Cookies are the block rules' to judge: a sentence may mention them.
    let hint = crate::corpus::format::html::text_hint(line, false);
    if let Some(reason) = hint.filter(|&r| r != Reason::CookieNotice) {
        return Some(reason);
    }
    // A browser's print header: "17/03/2025, 16:40  Title | Site".
    if without_print_stamp(line).len() < line.len() {
        return Some(Reason::RunningHeader);
    }
    // A letterhead with its date line across the page: "Ministry    Warsaw, 5 May 2024";
    // a browser's print footer: "https://…/page    Page 1 of 2".
    if let Some((_, right)) = line.rsplit_once("    ") {
        // A letterhead's date opens with its place or its number; a table's cell "do 15
        // września 2025 r." (a deadline) opens in lower case.
        let right = right.trim();
        let opens = right
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        if opens && crate::corpus::format::html::is_dateline(right) {
            return Some(Reason::Dateline);
        }
        if is_page_number(right.trim()) {
            return Some(Reason::PageNumber);
        }
    }
    if is_page_number(line) {
        return Some(Reason::PageNumber);
    }
    if words == 1
        && ["http://", "https://", "www."]
            .iter()
            .any(|p| line.starts_with(p))
    {
        return Some(Reason::BareLink);
    }
    // A lone year is a table's cell or a heading more often than a date line.
    let lone_number = line.bytes().all(|b| b.is_ascii_digit());
    if !lone_number && crate::corpus::format::html::is_dateline(line) && is_dated_row(line) {
        return Some(Reason::Dateline);
    }
    if ends_with_credit(line) {
        return Some(Reason::PhotoCredit);
    }
    // "한겨레 자료사진", "연합뉴스 자료사진": an outlet's file photo, credited alone.
    if words <= 3 && (line.ends_with("자료사진") || line.ends_with("자료 사진")) {
        return Some(Reason::PhotoCredit);
    }
    let lower_line = line.to_lowercase();
    if words <= 15 && FEEDBACK.iter().any(|f| lower_line.contains(f)) {
        return Some(Reason::Form);
    }
    if is_view_count(line) || is_counters(&lower_line) {
        return Some(Reason::CommentCount);
    }
    if is_tool_line(&lower_line) {
        return Some(Reason::PageTools);
    }
    let lower = line.to_lowercase();
    if words <= 6 && !ends_sentence(line) && DOWNLOAD.iter().any(|d| lower.contains(d)) {
        return Some(Reason::Attachment);
    }
    if is_in_charge(&lower) || (zone != Zone::Body && is_korean_in_charge_cell(&lower)) {
        return Some(Reason::Footer);
    }
    if is_bracketed_release_time(line) {
        return Some(Reason::Dateline);
    }
    if words <= 8 && is_category_line(&lower) {
        return Some(Reason::Tags);
    }
    if words <= 12 && lower.starts_with(['©', 'ⓒ']) && !ends_with_full_stop(line) {
        return Some(Reason::Footer);
    }
    if words <= 4 && ACCESSIBILITY.iter().any(|a| lower.starts_with(a)) {
        return Some(Reason::FooterLinks);
    }
    if words <= 10 && is_standards_link(&lower) {
        return Some(Reason::FooterLinks);
    }
    if words <= 2 && POST_BUTTONS.contains(&lower.trim_start_matches(['+', ' '])) {
        return Some(Reason::Button);
    }
    if zone == Zone::Footer && words <= 20 && is_site_tagline(&lower) {
        return Some(Reason::SiteBanner);
    }
    if words <= 20 && AUTHOR.iter().any(|a| lower.starts_with(a)) {
        return Some(Reason::Byline);
    }
    if zone == Zone::Header && is_spaced_menu(line) {
        return Some(Reason::Navigation);
    }
    if RIGHTS.iter().any(|r| lower.contains(r)) || lower.starts_with("copyright") {
        return Some(Reason::Footer);
    }
    if zone == Zone::Footer && is_contact(line, &lower) {
        return Some(Reason::Footer);
    }
    // A line of nothing but phone numbers ("+32 2 281 54 17 / +32 470 88 21 06").
    if html::has_phone_number(line) && !lower.chars().any(char::is_alphabetic) {
        return Some(Reason::Footer);
    }
    // In the body, a contact line needs an address to reach: an e-mail or a phone number.
    if words <= 20
        && is_contact(line, &lower)
        && (html::has_email(&lower) || html::has_phone_number(line))
    {
        return Some(Reason::Footer);
    }
    if words <= 20 && is_attachment(&lower) {
        return Some(Reason::Attachment);
    }
    if words <= 16 && READING_TIME.iter().any(|r| lower.contains(r)) {
        return Some(Reason::ReadingTime);
    }
    // Advertisement labels and "continues below" notices are `text_hint`'s, above.
    let bare = lower.trim_matches(|c: char| !c.is_alphanumeric());
    // "< Poprzedni wpis: …", "« Previous post: …": the arrow before the link's words.
    // A board view's pager pastes as a table row, its label in the first cell: "Prev\t<a
    // headline>", "다음글\t<제목>".
    let unarrowed = lower.trim_start_matches(['<', '‹', '«', '←', ' ']);
    let first_cell = unarrowed
        .split_once('\t')
        .map(|(cell, _)| cell.trim().trim_end_matches(':').trim_end());
    if PREV_NEXT.contains(&bare)
        || (words <= 16
            && PREV_NEXT
                .iter()
                .any(|p| unarrowed.starts_with(&format!("{p}:"))))
        || (words <= 25 && first_cell.is_some_and(|cell| PREV_NEXT.contains(&cell)))
    {
        return Some(Reason::PrevNext);
    }
    if words <= 25 && (is_sign_up(&lower) || INBOX.iter().any(|p| lower.contains(p))) {
        return Some(Reason::Form);
    }
    if words <= 20 && is_player(&lower) {
        return Some(Reason::PageTools);
    }
    // "Download the brief (PDF, 1.8 MB) · Cite this publication": a line of parts
    // each a tool or a link, one of them surely chrome.
    if words <= 30 && (line.contains(" · ") || line.contains(" | ")) {
        let mut found = None;
        let all = line
            .split(['·', '|'])
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .all(|part| {
                let hint = if part.contains(['·', '|']) {
                    None
                } else {
                    line_hint(part, zone)
                };
                if let Some(r) = hint {
                    found.get_or_insert(r);
                    true
                } else {
                    link_like(part) && super::words::words(part) <= 6
                }
            });
        if all && found.is_some() {
            return found;
        }
    }
    if words <= 40 && is_self_description(&lower) {
        return Some(Reason::Form);
    }
    if words <= 25 && is_author_note(line, &lower) {
        return Some(Reason::Byline);
    }
    if zone == Zone::Footer && words <= 25 && is_beat_note(line) {
        return Some(Reason::Byline);
    }
    // "July 2, 2025 by Anna Nowak": a date line and its byline.
    if let Some((date, name)) = line.rsplit_once(" by ") {
        if crate::corpus::format::html::is_dateline(date.trim()) && is_name_words(name) {
            return Some(Reason::Dateline);
        }
    }
    // "Posted on 19 February 2024 by Jan Nowak in Technology".
    if words <= 16 && !ends_with_full_stop(line) && POSTED.iter().any(|p| lower.starts_with(p)) {
        return Some(Reason::Byline);
    }
    None
}

/// Whether a line that reads as a date line is one by its cells, when it is a table's
/// row pasted with tabs: one of them, not a lone number, must be a date line ("등록일\t
/// 2025-07-15\t조회수\t1,482"). A row of figures led by its year ("2024\t1,9\t11,8")
/// is the text's table; a line without tabs is judged whole.
fn is_dated_row(line: &str) -> bool {
    !line.contains('\t')
        || line.split('\t').map(str::trim).any(|cell| {
            !cell.bytes().all(|b| b.is_ascii_digit())
                && crate::corpus::format::html::is_dateline(cell)
        })
}

/// Whether `name` is a person's name or two: capitalised words, up to six of them with
/// "and" ("Anna Nowak and Jan Lis").
fn is_name_words(name: &str) -> bool {
    let names: Vec<&str> = name
        .split_whitespace()
        .filter(|w| !matches!(*w, "and" | "&" | "i"))
        .collect();
    (1..=6).contains(&names.len())
        && names.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')
        })
}

/// What an outlet says of itself under its articles, asking for support: "We are an
/// independent, non-profit media outlet", "X is an independent, not-for-profit news
/// organisation" (`lower` in lower case).
pub(super) fn is_self_description(lower: &str) -> bool {
    let english = lower.contains("independent")
        && [
            "non-profit",
            "not-for-profit",
            "nonprofit",
            "reader-funded",
            "reader-supported",
        ]
        .iter()
        .any(|w| lower.contains(w));
    let polish = lower.contains("niezależn")
        && ["non-profit", "niekomercyjn", "wspierają nas", "wesprzyj"]
            .iter()
            .any(|w| lower.contains(w));
    let korean = lower.contains("독립") && lower.contains("후원");
    english || polish || korean
}

/// Whether `lower` (in lower case) is a consent dialog's text: it speaks to the reader of
/// *their* personal data and of the partners it is shared with, of a button to click or of
/// consent ("Before you click Accept, read how we and our partners process your personal
/// data", "przetwarzania Twoich danych osobowych przez ... i naszych zaufanych partnerów",
/// "귀하의 개인정보 ... 동의"). A statement on data protection speaks of citizens' data, not
/// of the reader's in the second person together with a site's partners or buttons.
pub(super) fn is_consent_dialog(lower: &str) -> bool {
    const YOUR_DATA: &[&str] = &[
        "your personal data",
        "your data",
        "twoich danych",
        "twoje dane",
        "pani/pana danych",
        "귀하의 개인정보",
        "회원님의 개인정보",
    ];
    const ASK: &[&str] = &[
        "partner",
        "click",
        "klikni",
        "kliknięci",
        "consent",
        "zgod",
        "클릭",
        "동의",
        "파트너",
    ];
    YOUR_DATA.iter().any(|w| lower.contains(w)) && ASK.iter().any(|w| lower.contains(w))
}

/// What an article's author is, in a note under the text or on a line of its own:
/// "Jan Lis is the Herald's energy correspondent, based in Gdańsk.", "dziennikarka
/// Gazety Portowej" (`lower` in lower case).
fn is_author_note(line: &str, lower: &str) -> bool {
    let role = |w: &str| AUTHOR_ROLES.iter().any(|r| w.starts_with(r));
    // The role alone, with the outlet's name: a line of its own.
    let first = lower.split_whitespace().next().unwrap_or("");
    if role(first) && words(line) <= 6 && !ends_sentence(line) {
        return true;
    }
    // A name, a comma, and the role with the outlet's name: "Jan Lis, Herald staff
    // writer", "Anna Nowak, korespondentka w Seulu".
    if let Some((name, rest)) = line.split_once(", ") {
        let rest_words = words(rest);
        if words(name) >= 2
            && is_name_words(name)
            && (1..=5).contains(&rest_words)
            && !ends_sentence(rest)
            && rest.split_whitespace().any(|w| role(&w.to_lowercase()))
        {
            return true;
        }
    }
    // A name, "is" or "jest", and the role.
    let tokens: Vec<&str> = line.split_whitespace().collect();
    let Some(verb) = tokens.iter().position(|w| matches!(*w, "is" | "jest")) else {
        return false;
    };
    (2..=3).contains(&verb)
        && is_name_words(&tokens[..verb].join(" "))
        && tokens[verb + 1..]
            .iter()
            .take(6)
            .any(|w| role(&w.to_lowercase()))
}

/// Whether `line` is a reporter's note under an agency's article, naming the beat they
/// cover for the outlet, one sentence: "Lis covers energy and the Baltic states for the
/// Herald.", "Anna Nowak reports on climate policy for Radio Północ." A name (one to
/// three capitalised words), "covers", "reports on" or "writes about", and "for" with the
/// outlet's name, capitalised, to the full stop. Judged only after the text or under the
/// reporter's name, where a statement's short sentence ("Norway covers the fees for
/// Ukraine.") is not.
pub(super) fn is_beat_note(line: &str) -> bool {
    let Some(sentence) = line.strip_suffix('.') else {
        return false;
    };
    if sentence.contains(['.', '!', '?', ';', ':']) {
        return false;
    }
    let tokens: Vec<&str> = sentence.split_whitespace().collect();
    let Some(verb) = tokens
        .iter()
        .position(|w| matches!(*w, "covers" | "reports" | "writes"))
    else {
        return false;
    };
    let beat = &tokens[verb + 1..];
    let beat_ok =
        tokens[verb] == "covers" || beat.first().is_some_and(|w| matches!(*w, "on" | "about"));
    let Some(for_at) = beat.iter().rposition(|w| *w == "for") else {
        return false;
    };
    let outlet = &beat[for_at + 1..];
    let outlet = outlet.strip_prefix(&["the"]).unwrap_or(outlet);
    (1..=3).contains(&verb)
        && is_name_words(&tokens[..verb].join(" "))
        && beat_ok
        && for_at > 0
        && !outlet.is_empty()
        && outlet.len() <= 5
        && outlet
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// The jobs of an article's author ([`is_author_note`]).
const AUTHOR_ROLES: &[&str] = &[
    "correspondent",
    "reporter",
    "journalist",
    "columnist",
    "dziennikar",
    "korespondent",
    "reporter",
    "publicyst",
    "writer",
];

/// A download button's words: "PDF 원문 내려받기", "Download the report", "Pobierz".
const DOWNLOAD: &[&str] = &["내려받기", "다운로드", "download", "pobierz"];

/// The labels of the office and person in charge that a press release prints over or
/// under its text: "Division in charge: …", "담당부서 : …", "담당자\t…", "Contact: …".
const IN_CHARGE: &[&str] = &[
    "division in charge",
    "department in charge",
    "office in charge",
    "person in charge",
    "contact",
    "media contact",
    "담당부서",
    "담당 부서",
    "담당자",
    "담당과",
    "협조 부서",
    "협조부서",
    "문의",
    "komórka merytoryczna",
    "osoba do kontaktu",
    "kontakt dla mediów",
];

/// A line of the office or person in charge: one of [`IN_CHARGE`]'s labels then a
/// colon or a tab (`lower` in lower case): "담당부서 : 국제협력과", "Contact: Jan Kowalski";
/// or, where a press release's table of offices was converted to text (HWP, PDF), the
/// label then a run of spaces standing for the cell's border: "담당 부서     국제협력과".
pub(super) fn is_in_charge(lower: &str) -> bool {
    IN_CHARGE.iter().any(|label| {
        lower.strip_prefix(label).is_some_and(|rest| {
            rest.trim_start_matches(' ').starts_with([':', '\t'])
                || (rest.starts_with("   ") && !rest.trim().is_empty())
        })
    })
}

/// Whether `lower` is a Korean board view's label cell pasted with one space before its
/// value ("담당부서 국제협력팀", "담당자 김하늘"): a Korean label of [`IN_CHARGE`], then a
/// few words that end no sentence. Only at the page's edge: in the text, a heading may
/// open with the same word.
fn is_korean_in_charge_cell(lower: &str) -> bool {
    IN_CHARGE
        .iter()
        .filter(|label| label.chars().any(crate::script::is_hangul))
        .any(|label| {
            lower.strip_prefix(label).is_some_and(|rest| {
                rest.starts_with(' ') && (1..=4).contains(&words(rest)) && !ends_sentence(rest)
            })
        })
}

/// A press release's embargo or online release time, alone in brackets under its date
/// table: a label of a word or two, then a date line with its time: "(online 2 May
/// 2025, 12:00)", "(온라인 2025. 5. 2.(금) 12:00)", "(Embargo: 2.05.2025, 10:00)".
fn is_bracketed_release_time(line: &str) -> bool {
    let Some(inner) = line.strip_prefix('(').and_then(|l| l.strip_suffix(')')) else {
        return false;
    };
    let has_time = inner
        .as_bytes()
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit());
    let Some((label, date)) = inner.split_once([' ', ':']) else {
        return false;
    };
    has_time
        && words(label) == 1
        && !label.chars().any(|c| c.is_ascii_digit())
        && words(date) <= 8
        && crate::corpus::format::html::is_dateline(date.trim_start_matches([':', ' ']))
}

/// Labels of a page's line of categories or tags: "Kategoria: Współpraca", "Tags:
/// energy, Korea", "분류: 보도자료".
const CATEGORY: &[&str] = &[
    "category:",
    "categories:",
    "tags:",
    "kategoria:",
    "kategorie:",
    "tagi:",
    "카테고리:",
    "분류:",
    "태그:",
    "topics:",
    "keywords:",
    "słowa kluczowe:",
    "키워드:",
];

/// A line of categories or tags (`lower` in lower case): one of [`CATEGORY`]'s labels
/// (a space before the colon allowed), then a few words that are no sentence.
fn is_category_line(lower: &str) -> bool {
    CATEGORY.iter().any(|label| {
        let (word, _) = label.split_at(label.len() - 1);
        let rest = lower
            .strip_prefix(label)
            .or_else(|| lower.strip_prefix(word).and_then(|r| r.strip_prefix(" :")));
        rest.is_some_and(|r| !r.trim().is_empty() && !ends_with_full_stop(r))
    })
}

/// How a footer's link to the site's accessibility statement reads, alone on its line.
const ACCESSIBILITY: &[&str] = &[
    "accessibility statement",
    "deklaracja dostępności",
    "웹 접근성",
    "웹접근성",
];

/// How an outlet names the page of its editorial standards, linked under each article.
const STANDARDS: &[&str] = &[
    "our standards",
    "our editorial standards",
    "editorial standards",
    "editorial guidelines",
    "standardy redakcyjne",
    "zasady redakcyjne",
    "윤리강령",
    "편집 원칙",
];

/// A link to the outlet's editorial standards under its article ([`STANDARDS`]), alone
/// or with the name of the page after a colon: "Our Standards: The Agency Trust
/// Principles." (`lower` in lower case; a sentence about editorial standards goes on
/// without a colon).
fn is_standards_link(lower: &str) -> bool {
    STANDARDS.iter().any(|s| {
        lower
            .strip_prefix(s)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(':'))
    })
}

/// A blog's or channel's buttons pasted on lines of their own beside a post: to follow
/// its author ("이웃추가", "+ Follow", "Obserwuj") or to report the post ("신고하기",
/// "Zgłoś nadużycie"), between the paragraphs of a repost as well.
const POST_BUTTONS: &[&str] = &[
    "이웃추가",
    "서로이웃추가",
    "팔로우",
    "구독",
    "follow",
    "obserwuj",
    "신고하기",
    "report abuse",
    "zgłoś nadużycie",
];

/// Labels of an author's line: "Author: …", "Autorzy: …", "저자: …".
const AUTHOR: &[&str] = &[
    "author:", "authors:", "autor:", "autorzy:", "저자:", "저자 :",
];

/// A site menu pasted as one line, its items set apart by runs of spaces: "About us
/// For investors   Funds   News   Contact": three items or more of a few words each.
fn is_spaced_menu(line: &str) -> bool {
    let items: Vec<&str> = line
        .split("  ")
        .map(str::trim)
        .filter(|i| !i.is_empty())
        .collect();
    items.len() >= 3
        && items
            .iter()
            .all(|i| words(i) <= 3 && !ends_sentence(i) && !i.bytes().any(|b| b.is_ascii_digit()))
}

/// The buttons printed after an attachment's name: "보도자료.hwpx 바로보기".
const ATTACHMENT_BUTTONS: &[&str] = &[
    "바로보기",
    "미리보기",
    "다운로드",
    "내려받기",
    "download",
    "preview",
    "view",
    "pobierz",
];

/// A file's name, with its size in brackets or not, and a button after it or not:
/// "(보도자료) 협력 MOU 체결.hwp", "Komunikat.pdf (245 KB)", "Annex I.docx [1.2 MB]",
/// "보도자료.hwpx [312KB] 바로보기", "보도자료.hwpx [미리보기]".
fn is_attachment(lower: &str) -> bool {
    let mut t = lower.trim_end();
    for button in ATTACHMENT_BUTTONS {
        // The button bare or in brackets: "… .hwpx 바로보기", "… .hwpx [미리보기]".
        let bracketed = t
            .strip_suffix([']', ')'])
            .and_then(|rest| rest.strip_suffix(button))
            .and_then(|rest| rest.strip_suffix(['[', '(']));
        if let Some(rest) = bracketed.or_else(|| t.strip_suffix(button)) {
            if rest.ends_with(' ') {
                t = rest.trim_end();
                break;
            }
        }
    }
    if let Some(stripped) = t.strip_suffix([')', ']']) {
        if let Some(at) = stripped.rfind(['(', '[']) {
            let size = &stripped[at + 1..];
            if ["kb", "mb", "bytes", "bajt"]
                .iter()
                .any(|u| size.contains(u))
            {
                // "Download the brief (PDF, 1.8 MB)": the bracket names the file's type.
                if size.split([',', ' ']).any(|w| ATTACHED.contains(&w)) {
                    return true;
                }
                t = stripped[..at].trim_end();
            }
        }
    }
    let Some((name, ext)) = t.rsplit_once('.') else {
        return false;
    };
    !name.trim().is_empty() && ATTACHED.contains(&ext)
}

/// The file types of attachments.
const ATTACHED: &[&str] = &[
    "hwp", "hwpx", "pdf", "doc", "docx", "odt", "xls", "xlsx", "ppt", "pptx", "zip",
];

/// Words of a reading-time line.
const READING_TIME: &[&str] = &[
    "min read",
    "min czytania",
    "min. czytania",
    "minute read",
    "minutes read",
    "reading time",
    "czas czytania",
    "przeczytasz w",
    "읽는 시간",
    "읽는 데 ",
];

/// A link to the previous or next article, alone on its line or before its headline.
const PREV_NEXT: &[&str] = &[
    "목록",
    "목록으로",
    "back to list",
    "powrót do listy",
    "next",
    "previous",
    "prev",
    "older",
    "newer",
    "next story",
    "previous story",
    "następny",
    "następna",
    "poprzedni",
    "poprzednia",
    "이전",
    "다음",
    "이전글",
    "다음글",
    "이전 글",
    "다음 글",
    "previous post",
    "next post",
    "previous article",
    "next article",
    "poprzedni wpis",
    "następny wpis",
    "poprzedni artykuł",
    "następny artykuł",
];

/// Whether `lower` (in lower case) is a site's tagline, printed over its footer: "The
/// official website of the Harbour Board", "The city's website for information about
/// services", "Oficjalny serwis Urzędu Miasta".
fn is_site_tagline(lower: &str) -> bool {
    const OPENS: &[&str] = &[
        "the official website of",
        "official website of",
        "oficjalna strona internetowa",
        "oficjalny serwis",
        "oficjalny portal",
    ];
    const SAYS: &[&str] = &[
        "website for information about",
        "website with information about",
        "website for information on",
        "serwis z informacjami o",
    ];
    OPENS.iter().any(|p| lower.starts_with(p)) || SAYS.iter().any(|p| lower.contains(p))
}

/// Whether `line` is a pager's label alone, "Next", "Prev", "이전글", "Poprzedni
/// artykuł" (not "List", "목록": those lead back to the board, not to a neighbour).
pub(super) fn is_pager_label(line: &str) -> bool {
    let lower = line.trim().trim_end_matches(':').trim_end().to_lowercase();
    PREV_NEXT.contains(&lower.as_str())
        && !["목록", "목록으로", "back to list", "powrót do listy"].contains(&lower.as_str())
}

/// Words of a line of page tools pasted with the text ("본문 듣기", "글자크기 조절",
/// "기사 프린트", "Share this article", "Drukuj artykuł"): what a tool acts on, and its
/// action.
const TOOL_LINE_WORDS: &[&str] = &[
    "본문",
    "기타",
    "기사",
    "글자",
    "글자크기",
    "글씨",
    "크기",
    "this",
    "article",
    "page",
    "story",
    "text",
    "font",
    "size",
    "artykuł",
    "tekst",
    "stronę",
    "rozmiar",
    "czcionki",
];
/// The action of a page tool, one of which a line of [`TOOL_LINE_WORDS`] needs.
const TOOL_ACTIONS: &[&str] = &[
    // "본문 기타 기능": a blog post's menu of its other tools.
    "기능",
    "듣기",
    "조절",
    "변경",
    "변경하기",
    "키우기",
    "줄이기",
    "프린트",
    "인쇄",
    "인쇄하기",
    "공유",
    "공유하기",
    "share",
    "print",
    "listen",
    "email",
    "drukuj",
    "udostępnij",
    "posłuchaj",
    "wyślij",
];

/// A line of nothing but a page tool's words: an action and what it acts on
/// ([`TOOL_LINE_WORDS`], [`TOOL_ACTIONS`]).
fn is_tool_line(lower: &str) -> bool {
    let words: Vec<&str> = lower.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().any(|w| TOOL_ACTIONS.contains(w))
        && words
            .iter()
            .all(|w| TOOL_ACTIONS.contains(w) || TOOL_LINE_WORDS.contains(w))
}

/// Labels of a news page's counters of readers' reactions: "공감 12 댓글 38", "Likes 4
/// Comments 2", "좋아요 13".
const COUNTER_LABELS: &[&str] = &[
    "댓글",
    "공감",
    "좋아요",
    "추천",
    "조회",
    "조회수",
    "comments",
    "likes",
    "views",
    "shares",
    "komentarze",
    "polubienia",
    "wyświetlenia",
];

/// A line of counters, each a label of [`COUNTER_LABELS`] and its number: "공감 12 댓글
/// 38".
fn is_counters(lower: &str) -> bool {
    let words: Vec<&str> = lower.split_whitespace().collect();
    words.len() >= 2
        && words.len().is_multiple_of(2)
        && words.chunks(2).all(|pair| {
            COUNTER_LABELS.contains(&pair[0]) && pair[1].bytes().all(|b| b.is_ascii_digit())
        })
}

/// Whether `line` opens a newsletter box's button or heading ([`SIGN_UP`]): "Sign up",
/// "Subscribe to our weekly newsletter".
pub(super) fn is_sign_up(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    SIGN_UP.iter().any(|p| {
        lower
            .strip_prefix(p)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', ':', '!']))
    })
}

/// An audio or video player pasted with the text: its button, the recording's title and
/// its length ("Posłuchaj ▶ Rozmowa o portach 4:21", "Listen: Morning briefing 12:05").
fn is_player(lower: &str) -> bool {
    // The button: a play sign, or the verb and a colon ("Listen: …").
    let opens = lower.starts_with('▶')
        || [
            "posłuchaj",
            "odsłuchaj",
            "listen",
            "듣기",
            "obejrzyj",
            "watch",
        ]
        .iter()
        .any(|p| {
            lower
                .strip_prefix(p)
                .is_some_and(|rest| rest.starts_with(':') || rest.trim_start().starts_with('▶'))
        });
    let last = lower.split_whitespace().next_back().unwrap_or("");
    let duration = last.split_once(':').is_some_and(|(m, s)| {
        !m.is_empty()
            && m.len() <= 2
            && s.len() == 2
            && m.bytes().chain(s.bytes()).all(|b| b.is_ascii_digit())
    });
    opens && duration
}

/// How a newsletter box opens.
const SIGN_UP: &[&str] = &[
    "receive email alerts",
    "receive e-mail alerts",
    "get email alerts",
    "sign up",
    "subscribe",
    "zapisz się",
    "zamów newsletter",
    "subskrybuj",
    "뉴스레터",
    "구독하기",
];

/// Words of a newsletter box anywhere in its line.
const INBOX: &[&str] = &[
    "your inbox",
    "twojej skrzynce",
    "twoją skrzynkę",
    "newsletter:",
    "뉴스레터 구독",
    "enter your email",
    "enter your e-mail",
    "podaj adres e-mail",
    "podaj swój adres e-mail",
    "이메일 주소를 입력",
];

/// How a byline with its date opens.
const POSTED: &[&str] = &[
    "posted on ",
    "published on ",
    "posted by ",
    "opublikowano przez ",
];

/// A page's feedback question ("Was this page helpful?").
const FEEDBACK: &[&str] = &[
    "was this page useful",
    "is this page helpful",
    "만족하십니까",
    "만족하셨습니까",
    "만족하셨나요",
    "도움이 되었습니까",
    "도움이 되셨나요",
    "was this page helpful",
    "was this information helpful",
    "is this page useful",
    "did you find what you were looking for",
    "czy ta strona była pomocna",
    "czy informacje były przydatne",
    "czy ta informacja była pomocna",
    // A survey of satisfaction under the text, as Korean sites ask it in English too.
    "are you satisfied with the information",
    "are you satisfied with this page",
    "how satisfied are you with",
    "czy jesteś zadowolony z informacji",
    "czy informacje na tej stronie",
];

/// Words of a photo's credit in brackets.
const CREDIT_WORDS: &[&str] = &[
    "사진",
    "photo",
    "press corps",
    "pool",
    "fot.",
    "foto",
    "zdjęci",
    "getty",
    "shutterstock",
    "reuters",
    "afp",
    "epa",
];

/// A caption that ends with its photo's credit in brackets: "Ministers sign the pact
/// (사진=해양수산부 제공)", "[연합뉴스 자료사진]", "(Pool photo) (Agency)".
fn ends_with_credit(line: &str) -> bool {
    let t = line.trim_end();
    // "… sign the arrangement. Photo courtesy of the Ministry": a last sentence that
    // only credits the photo.
    let last = t
        .rsplit_once(". ")
        .map_or(t, |(_, last)| last)
        .to_lowercase();
    if words(&last) <= 8 && CREDIT_OPENING.iter().any(|c| last.starts_with(c)) {
        return true;
    }
    // "… in Pocheon, March 12, 2025. REUTERS/Kim Soo-hyeon/File Photo": a wire's
    // caption closed by its agency and photographer.
    if last.len() < t.len() && words(&last) <= 8 && !ends_with_full_stop(&last) {
        if let Some((agency, name)) = last.split_once('/') {
            if !name.trim().is_empty() && STOCK_AGENCIES.contains(&agency.trim()) {
                return true;
            }
        }
    }
    // "… 공장 전경. /사진=업체 제공", "… 모습. (자료사진) /뉴스1": a Korean daily closes a
    // caption with its credit after a slash: a credit's opening, or the outlet's name
    // alone after the caption's sentence or bracket.
    if let Some((caption, credit)) = t.rsplit_once(" /") {
        let credit = credit.trim().to_lowercase();
        let caption = caption.trim_end();
        let closed = caption.ends_with(['.', ')', ']']) && words(caption) >= 2;
        if !credit.is_empty()
            && !ends_sentence(&credit)
            && (CREDIT_OPENING.iter().any(|c| credit.starts_with(c))
                || (closed && credit.split_whitespace().count() == 1))
        {
            return true;
        }
    }
    // "Fot. Press Office": a credit whose own opening holds the ". " split on above.
    let lower = t.to_lowercase();
    if words(t) <= 8 && CREDIT_OPENING.iter().any(|c| lower.starts_with(c)) {
        return true;
    }
    // "… in Gdańsk. Fot. Press Office": such a credit after the caption's sentence.
    let after_sentence = CREDIT_OPENING.iter().any(|c| {
        lower
            .rfind(&format!(". {c}"))
            .is_some_and(|at| words(&lower[at + 2..]) <= 8)
    });
    if after_sentence {
        return true;
    }
    // "… w gminie Kąty Wrocławskie Źródło: Materiały prasowe": a caption without its
    // full stop, then a capitalised credit.
    let capital_credit = CREDIT_OPENING.iter().any(|c| {
        lower.rfind(&format!(" {c}")).is_some_and(|at| {
            let credit = &t[at + 1..];
            credit.chars().next().is_some_and(char::is_uppercase)
                && words(credit) <= 6
                && !ends_with_full_stop(credit)
        })
    });
    if capital_credit {
        return true;
    }
    // "… 2025.06.19. photo@agency.kr *재판매 및 DB 금지": a wire photo's caption closed
    // by its photographer's address and the agency's ban on resale.
    if RESALE_BAN.iter().any(|b| lower.ends_with(b)) {
        return true;
    }
    // "Autor:PAP/EPA", "Author: Reuters": a photo's author label naming only agencies.
    if let Some(rest) = lower
        .strip_prefix("autor:")
        .or_else(|| lower.strip_prefix("author:"))
    {
        let agencies: Vec<&str> = rest.split('/').map(str::trim).collect();
        if agencies.iter().all(|a| STOCK_AGENCIES.contains(a)) {
            return true;
        }
    }
    // "Shutterstock/Anna Lee", "Getty Images / John Doe": a stock agency and the
    // photographer, alone on the line.
    if words(t) <= 6 && !ends_with_full_stop(t) {
        if let Some((agency, name)) = lower.split_once('/') {
            let agency = agency.trim();
            if !name.trim().is_empty() && STOCK_AGENCIES.contains(&agency) {
                return true;
            }
        }
    }
    // "The co-chairs in Brussels. © European Union, 2024": a caption and its credit.
    if let Some(at) = t.rfind('©') {
        let tail = &t[at + '©'.len_utf8()..];
        if at > 0 && words(tail) <= 6 && !ends_with_full_stop(tail) {
            return true;
        }
    }
    let Some(close) = t.chars().next_back().filter(|c| matches!(c, ')' | ']')) else {
        return false;
    };
    let open = if close == ')' { '(' } else { '[' };
    // The bracketed groups at the end of the line, the last first.
    let mut rest = t;
    while let Some(stripped) = rest.strip_suffix([')', ']']) {
        let Some(at) = stripped.rfind([open, '(', '[']) else {
            return false;
        };
        let group = stripped[at + 1..].to_lowercase();
        if group.split_whitespace().count() <= 6 && CREDIT_WORDS.iter().any(|w| group.contains(w)) {
            return true;
        }
        // "(대통령실 제공)", "(KOTRA 제공)": a name or two, then "provided"; words
        // with a particle ("기준은 별도 제공") make it a clause instead.
        if let Some((name, "제공")) = group.rsplit_once(' ') {
            let particle =
                |w: &str| w.ends_with(['은', '는', '을', '를', '이', '가', '도', '의', '에', '로']);
            let names: Vec<&str> = name.split_whitespace().collect();
            if (1..=2).contains(&names.len()) && !names.iter().any(|w| particle(w)) {
                return true;
            }
        }
        rest = stripped[..at].trim_end();
    }
    false
}

/// How a Korean wire service closes a photo's caption: its ban on resale and on use in
/// databases ("*재판매 및 DB 금지").
const RESALE_BAN: &[&str] = &["재판매 및 db 금지", "재판매 금지", "db 금지"];

/// Photo agencies whose name, a slash and the photographer's make a credit line.
const STOCK_AGENCIES: &[&str] = &[
    "shutterstock",
    "getty images",
    "getty",
    "ap photo",
    "reuters",
    "afp",
    "epa",
    "pap",
    "east news",
    "adobe stock",
    "istock",
];

/// How a photo's credit opens: "Photo courtesy of …", "Photo by …", "Fot. …".
const CREDIT_OPENING: &[&str] = &[
    "foto: ",
    "fot.: ",
    "photo courtesy of",
    "photo by ",
    "photo: ",
    "photograph by ",
    "image courtesy of",
    "fot. ",
    "zdjęcie: ",
    "사진=",
    "사진 제공",
    "źródło: ",
    "source: ",
];

/// Words of a copyright line.
pub(crate) const RIGHTS: &[&str] = &[
    "all rights reserved",
    "wszelkie prawa zastrzeżone",
    "무단전재",
    "무단 전재",
    "재배포 금지",
    "재배포금지",
];

/// Words of a contact line: a telephone, a fax, an address block's post code label.
const CONTACT: &[&str] = &[
    "tel.",
    "tel:",
    "tel ",
    "fax",
    "phone:",
    "telephone",
    "대표전화",
    "전화번호",
    "팩스",
    "문의처",
    "e-mail:",
    "email:",
    "by phone",
    "by email",
    "by e-mail",
    "inquiries:",
    "enquiries:",
    "kontakt:",
    "telefon:",
    "문의:",
    "연락처",
];

/// A line of an address or contact block (`line`, and `lower` its lower case): one of
/// [`CONTACT`]'s words, an e-mail address, a post code opening it ("(30121)
/// 세종특별자치시 ...") or before a place ("00-902 Warszawa").
fn is_contact(line: &str, lower: &str) -> bool {
    if CONTACT.iter().any(|w| lower.contains(w)) {
        return true;
    }
    let post_code = lower
        .strip_prefix('(')
        .and_then(|rest| rest.split_once(')'))
        .is_some_and(|(code, _)| code.len() == 5 && code.bytes().all(|b| b.is_ascii_digit()));
    html::has_email(lower) || post_code || html::has_post_code(line) || is_postal_address(line)
}

/// An address written out on one line, its parts between commas, one of them (not the
/// first) a post code alone: "12 Harbour Road, Seo-gu, Busan, 48943, Republic of Korea",
/// "Aleje Niepodległe 9, 00-950, Warszawa". A sentence has no part of digits alone but
/// a year, which the four-digit codes are not told from: those need five or more.
fn is_postal_address(line: &str) -> bool {
    let parts: Vec<&str> = line.split(',').map(str::trim).collect();
    parts.len() >= 3
        && !ends_with_full_stop(line)
        && parts[1..].iter().any(|p| {
            let digits = p.bytes().filter(u8::is_ascii_digit).count();
            let code = p.bytes().all(|b| b.is_ascii_digit() || b == b'-');
            code && (5..=6).contains(&digits) && !p.starts_with('-') && !p.ends_with('-')
        })
}

/// "– 2 –", "- 12 -", "Page 1 of 2", "Strona 3 z 5", "2 / 5", or a lone number of up
/// to three digits.
pub(super) fn is_page_number(line: &str) -> bool {
    let lower = line.to_lowercase();
    let bare = lower.trim_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—'));
    let dashed = bare.len() < lower.trim().len();
    let bare = ["page ", "strona ", "str. ", "페이지 "]
        .iter()
        .find_map(|p| bare.strip_prefix(p))
        .unwrap_or(bare);
    let number = |s: &str, max: usize| {
        let s = s.trim();
        !s.is_empty() && s.len() <= max && s.bytes().all(|b| b.is_ascii_digit())
    };
    for sep in [" of ", " z ", "/"] {
        if let Some((a, b)) = bare.split_once(sep) {
            return number(a, 4) && number(b, 4);
        }
    }
    number(bare, if dashed { 4 } else { 3 })
}

/// "조회수 1,284", "Views: 2 418", "Wyświetleń: 310", or a lone count written with
/// thousands separators ("2,418").
pub(crate) fn is_view_count(line: &str) -> bool {
    let lower = line.to_lowercase();
    let rest = VIEWS
        .iter()
        .find_map(|w| lower.strip_prefix(w))
        .map(|r| r.trim_start_matches([':', ' ', '\t']));
    let digits = rest.unwrap_or(&lower).trim();
    let groups: Vec<&str> = digits.split([',', ' ']).collect();
    let thousands = groups.len() >= 2
        && (1..=3).contains(&groups[0].len())
        && groups[1..].iter().all(|g| g.len() == 3)
        && groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit()));
    let plain =
        !digits.is_empty() && digits.len() <= 9 && digits.bytes().all(|b| b.is_ascii_digit());
    thousands || (rest.is_some() && plain)
}

/// Labels of a page's view count.
const VIEWS: &[&str] = &[
    "liczba wyświetleń",
    "liczba odsłon",
    "조회수",
    "조회",
    "다운로드",
    "downloads",
    "pobrań",
    "views",
    "hits",
    "hit",
    "wyświetleń",
    "wyświetlenia",
    "odsłon",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_that_say_what_they_are() {
        let cases: &[(&str, Zone, Option<Reason>)] = &[
            ("– 3 –", Zone::Body, Some(Reason::PageNumber)),
            ("Page 2 of 7", Zone::Body, Some(Reason::PageNumber)),
            ("Strona 1 z 4", Zone::Body, Some(Reason::PageNumber)),
            ("12", Zone::Body, Some(Reason::CommentCount)),
            ("2030", Zone::Body, None),
            ("조회수 3,902", Zone::Header, Some(Reason::CommentCount)),
            ("Views: 88", Zone::Header, Some(Reason::CommentCount)),
            ("7,215", Zone::Header, Some(Reason::CommentCount)),
            ("3.5", Zone::Body, None),
            (
                "Posted: 3 March 2025, 09:12",
                Zone::Header,
                Some(Reason::Dateline),
            ),
            (
                "입력 2025-03-03 09:12",
                Zone::Header,
                Some(Reason::Dateline),
            ),
            (
                "Photo: Ministry of Energy",
                Zone::Body,
                Some(Reason::PhotoCredit),
            ),
            (
                "(c) Agencja Informacyjna 2025",
                Zone::Footer,
                Some(Reason::PhotoCredit),
            ),
            (
                "Copyright Daily Courier Ltd",
                Zone::Footer,
                Some(Reason::Footer),
            ),
            (
                "ⓒ 한국일보, 무단전재 및 재배포 금지",
                Zone::Body,
                Some(Reason::Footer),
            ),
            (
                "(04520) 서울특별시 중구 세종대로 110",
                Zone::Footer,
                Some(Reason::Footer),
            ),
            (
                "Tel. +48 22 555 01 01, press@example.gov.pl",
                Zone::Footer,
                Some(Reason::Footer),
            ),
            ("Tel. +48 22 555 01 01", Zone::Body, Some(Reason::Footer)),
            (
                "hwang@ministry.example.kr",
                Zone::Body,
                Some(Reason::Footer),
            ),
            ("Tel. przedstawiciela w Seulu", Zone::Body, None),
            (
                "The fund gave EUR 1 000 000 000 to 120 firms",
                Zone::Body,
                None,
            ),
            (
                "Ten tekst przeczytasz w 5 minut",
                Zone::Header,
                Some(Reason::ReadingTime),
            ),
            ("6 min read", Zone::Header, Some(Reason::ReadingTime)),
            ("REKLAMA", Zone::Body, Some(Reason::Advertisement)),
            (
                "Report No. 7 · 2 June 2025 · 12 min read",
                Zone::Header,
                Some(Reason::ReadingTime),
            ),
            (
                "Get the report (PDF, 2 MB) · Cite this page",
                Zone::Footer,
                Some(Reason::Attachment),
            ),
            ("Offshore wind · Hydrogen · Grids", Zone::Body, None),
            (
                "+48 22 523 90 00 / +48 600 100 200",
                Zone::Body,
                Some(Reason::Footer),
            ),
            (
                "Liczba wyświetleń: 2 047",
                Zone::Footer,
                Some(Reason::CommentCount),
            ),
            (
                "Get the full report (PDF, 2.4 MB)",
                Zone::Footer,
                Some(Reason::Attachment),
            ),
            (
                "붙임 1. 한-스페인 협력 결과.hwpx",
                Zone::Footer,
                Some(Reason::Attachment),
            ),
            (
                "첨부파일\t240611(석간) 한-칠레 수산협력 회의.hwpx [미리보기]",
                Zone::Header,
                Some(Reason::Attachment),
            ),
            (
                "Annex II.odt (preview)",
                Zone::Body,
                Some(Reason::Attachment),
            ),
            (
                "Seoul, Busan, Incheon and Ulsan signed, 2025",
                Zone::Footer,
                None,
            ),
            (
                "The official website of the Port Authority",
                Zone::Body,
                None,
            ),
            (
                "Komunikat końcowy.pdf (312 KB)",
                Zone::Body,
                Some(Reason::Attachment),
            ),
            ("The annex lists 12 projects.", Zone::Body, None),
            ("광고", Zone::Body, Some(Reason::Advertisement)),
            ("Previous", Zone::Footer, Some(Reason::PrevNext)),
            (
                "Następny: Umowa o drogach wodnych",
                Zone::Footer,
                Some(Reason::PrevNext),
            ),
            ("Next steps", Zone::Body, None),
            (
                "Sign up for our weekly briefing on Asian markets",
                Zone::Footer,
                Some(Reason::Form),
            ),
            (
                "Subscribers to the new network rose by a third",
                Zone::Body,
                None,
            ),
            (
                "Cotygodniowy przegląd rynku w Twojej skrzynce",
                Zone::Footer,
                Some(Reason::Form),
            ),
            (
                "Posted by Mark Dell in Energy and Climate",
                Zone::Header,
                Some(Reason::Byline),
            ),
            ("Portugal and Norway sign energy pact", Zone::Header, None),
            ("The pact takes effect in 2026.", Zone::Body, None),
            (
                "장관이 협약서에 서명하고 있다 (사진=해양수산부 제공)",
                Zone::Body,
                Some(Reason::PhotoCredit),
            ),
            ("[한국일보 자료사진]", Zone::Body, Some(Reason::PhotoCredit)),
            (
                "두 도시 시장이 협약서를 교환하고 있다 (부산시청 제공)",
                Zone::Body,
                Some(Reason::PhotoCredit),
            ),
            (
                "지원 대상은 중소기업이다 (세부 기준은 별도 제공)",
                Zone::Body,
                None,
            ),
            (
                "Ministers at the signing in Oslo. © Nordic Council, 2025",
                Zone::Body,
                Some(Reason::PhotoCredit),
            ),
            (
                "https://courier.example/news/wind-pact    Page 2 of 3",
                Zone::Footer,
                Some(Reason::PageNumber),
            ),
            (
                "The ministers in Lisbon. (Pool photo) (Courier)",
                Zone::Body,
                Some(Reason::PhotoCredit),
            ),
            (
                "The pact (signed in 2024) takes effect in 2026 (see annex)",
                Zone::Body,
                None,
            ),
            (
                "Czy ta strona była pomocna?",
                Zone::Footer,
                Some(Reason::Form),
            ),
            (
                "02/04/2025, 10:05    Wind pact signed | Courier",
                Zone::Header,
                Some(Reason::RunningHeader),
            ),
            (
                "Ministry of Energy        Lisbon, 3 March 2025",
                Zone::Header,
                Some(Reason::Dateline),
            ),
        ];
        for &(line, zone, want) in cases {
            assert_eq!(line_hint(line, zone), want, "{line}");
        }
    }

    #[test]
    fn notes_of_the_office_and_the_page_that_lines_say() {
        let cases: &[(&str, Zone, Option<Reason>)] = &[
            ("담당부서 : 국제통상과", Zone::Header, Some(Reason::Footer)),
            ("담당부서 국제협력팀", Zone::Header, Some(Reason::Footer)),
            ("담당자 역할 강화 방안", Zone::Body, None),
            (
                "담당자\t주무관 박서연 (044-123-4567)",
                Zone::Header,
                Some(Reason::Footer),
            ),
            (
                "Department in charge: Trade Policy Bureau",
                Zone::Header,
                Some(Reason::Footer),
            ),
            (
                "Contact: Press Officer Jane Doe",
                Zone::Body,
                Some(Reason::Footer),
            ),
            ("담당자는 매주 회의를 연다", Zone::Body, None),
            ("Contact between the two teams", Zone::Body, None),
            (
                "첨부 보고서 원문 다운로드",
                Zone::Footer,
                Some(Reason::Attachment),
            ),
            (
                "Download the full study",
                Zone::Footer,
                Some(Reason::Attachment),
            ),
            ("다운로드 1,042", Zone::Header, Some(Reason::CommentCount)),
            ("Downloads: 57", Zone::Header, Some(Reason::CommentCount)),
            (
                "회의 결과.hwpx [85KB] 미리보기",
                Zone::Header,
                Some(Reason::Attachment),
            ),
            (
                "Agenda.pdf (120 KB) Download",
                Zone::Footer,
                Some(Reason::Attachment),
            ),
            ("목록으로", Zone::Footer, Some(Reason::PrevNext)),
            (
                "Author: Jan Kowal, Policy Unit",
                Zone::Footer,
                Some(Reason::Byline),
            ),
            ("Autor: Maria Nowak", Zone::Footer, Some(Reason::Byline)),
            (
                "Delegates at the signing in Oslo. Photo courtesy of the Ministry",
                Zone::Body,
                Some(Reason::PhotoCredit),
            ),
            (
                "Home   About   Offices   Newsroom",
                Zone::Header,
                Some(Reason::Navigation),
            ),
            ("Home   About   Offices   Newsroom", Zone::Body, None),
            (
                "Units   Growth in the first quarter of the year   Share",
                Zone::Header,
                None,
            ),
        ];
        for &(line, zone, want) in cases {
            assert_eq!(line_hint(line, zone), want, "{line:?}");
        }
    }

    #[test]
    fn press_release_tables_credits_and_footer_lines() {
        let cases: &[(&str, Zone, Option<Reason>)] = &[
            (
                "담당 부서     해양정책과        책임자   과  장  ○○○ (044-000-1100)",
                Zone::Header,
                Some(Reason::Footer),
            ),
            (
                "협조 부서     국제협력과",
                Zone::Header,
                Some(Reason::Footer),
            ),
            ("담당자가 직접 설명했다", Zone::Body, None),
            (
                "(온라인 2024. 3. 4.(월) 06:00)",
                Zone::Header,
                Some(Reason::Dateline),
            ),
            (
                "(embargo 4 March 2024, 06:00)",
                Zone::Header,
                Some(Reason::Dateline),
            ),
            ("(see the annex for 2024)", Zone::Body, None),
            (
                "Category: Trade and investment",
                Zone::Body,
                Some(Reason::Tags),
            ),
            ("Kategorie : Energia, Morze", Zone::Body, Some(Reason::Tags)),
            ("Category: the ministry explained why.", Zone::Body, None),
            (
                "Accessibility statement",
                Zone::Body,
                Some(Reason::FooterLinks),
            ),
            (
                "Our standards: The Harbour Wire Newsroom Principles.",
                Zone::Footer,
                Some(Reason::FooterLinks),
            ),
            ("Zasady redakcyjne", Zone::Footer, Some(Reason::FooterLinks)),
            (
                "Editorial standards in the port's press office were reviewed.",
                Zone::Body,
                None,
            ),
            ("+ 이웃추가", Zone::Header, Some(Reason::Button)),
            ("Obserwuj", Zone::Header, Some(Reason::Button)),
            ("신고하기", Zone::Body, Some(Reason::Button)),
            ("Report abuse", Zone::Body, Some(Reason::Button)),
            ("Follow the ferry routes", Zone::Header, None),
            ("본문 기타 기능", Zone::Header, Some(Reason::PageTools)),
            ("기타 기능 개선", Zone::Body, None),
            ("2024\t3,1\t12,5\t15,6", Zone::Body, None),
            ("2019\t2024", Zone::Body, None),
            (
                "게시일\t2025-03-04\t조회\t210",
                Zone::Header,
                Some(Reason::Dateline),
            ),
            (
                "항만에서 협약식이 열리고 있다. 2024.03.04. press@wire.example *재판매 및 DB 금지",
                Zone::Body,
                Some(Reason::PhotoCredit),
            ),
            (
                "Fot. Biuro Prasowe Urzędu",
                Zone::Body,
                Some(Reason::PhotoCredit),
            ),
            (
                "Foto: Jan K. Nowak / Agencja",
                Zone::Body,
                Some(Reason::PhotoCredit),
            ),
            (
                "Getty Images/Mira Holm",
                Zone::Body,
                Some(Reason::PhotoCredit),
            ),
            (
                "Delegaci po podpisaniu umowy w Gdyni. Fot. Biuro Prasowe Portu",
                Zone::Body,
                Some(Reason::PhotoCredit),
            ),
            (
                "Ports want one standard. [Shutterstock/Anna Lee]",
                Zone::Body,
                Some(Reason::PhotoCredit),
            ),
            ("Exports/imports rose", Zone::Body, None),
            (
                "Posłuchaj ▶ Rozmowa o portach Bałtyku 12:05",
                Zone::Body,
                Some(Reason::PageTools),
            ),
            ("Listen to the harbour master at 10:30", Zone::Body, None),
            (
                "Dalszy ciąg artykułu pod reklamą",
                Zone::Body,
                Some(Reason::Advertisement),
            ),
            (
                "Story continues below advertisement",
                Zone::Body,
                Some(Reason::Advertisement),
            ),
            (
                "« Previous post: Harbour open day",
                Zone::Footer,
                Some(Reason::PrevNext),
            ),
            (
                "Topics: Ports, Energy, Trade",
                Zone::Body,
                Some(Reason::Tags),
            ),
            (
                "Nabrzeże w porcie w Gdyni Źródło: Urząd Morski",
                Zone::Body,
                Some(Reason::PhotoCredit),
            ),
            (
                "Źródło: Harbour Daily, PAP",
                Zone::Body,
                Some(Reason::PhotoCredit),
            ),
            (
                "The Harbour Daily is an independent, reader-funded newsroom. Join us",
                Zone::Body,
                Some(Reason::Form),
            ),
            (
                "Jan Lis is the Herald's shipping correspondent, based in Gdańsk.",
                Zone::Footer,
                Some(Reason::Byline),
            ),
            (
                "dziennikarz Gazety Portowej",
                Zone::Header,
                Some(Reason::Byline),
            ),
            (
                "Jan Lis is the ministry's chief negotiator.",
                Zone::Body,
                None,
            ),
            (
                "MARTA WIDŁO, Harbour Daily staff writer",
                Zone::Header,
                Some(Reason::Byline),
            ),
            (
                "Anna Nowak, korespondentka w Seulu",
                Zone::Body,
                Some(Reason::Byline),
            ),
            (
                "Piotr Lis, the port's director, said the quay would open in May.",
                Zone::Body,
                None,
            ),
            (
                "March 4, 2025 by Jan Lis",
                Zone::Header,
                Some(Reason::Dateline),
            ),
            (
                "The ministry is an independent regulator of ports.",
                Zone::Body,
                None,
            ),
            (
                "Lis covers shipping and the Baltic ports for the Harbour Daily.",
                Zone::Footer,
                Some(Reason::Byline),
            ),
            (
                "Marta Widło reports on energy policy for Radio Północ.",
                Zone::Footer,
                Some(Reason::Byline),
            ),
            ("Norway covers the fees for Ukraine.", Zone::Body, None),
            (
                "The fund covers the costs for small firms.",
                Zone::Footer,
                None,
            ),
            ("기사 듣기", Zone::Header, Some(Reason::PageTools)),
            ("글씨 크기 변경", Zone::Header, Some(Reason::PageTools)),
            ("Print this story", Zone::Header, Some(Reason::PageTools)),
            ("Udostępnij artykuł", Zone::Header, Some(Reason::PageTools)),
            ("기사 본문", Zone::Header, None),
            ("Autor:PAP/Reuters", Zone::Body, Some(Reason::PhotoCredit)),
            ("Autor: Jan Lis", Zone::Body, Some(Reason::Byline)),
            (
                "Harbour Office                    Gdynia, 5 May 2025",
                Zone::Header,
                Some(Reason::Dateline),
            ),
            (
                "   Składanie ofert                    do 30 czerwca 2025 r.",
                Zone::Body,
                None,
            ),
            ("글씨 키우기", Zone::Header, Some(Reason::PageTools)),
            ("좋아요 4", Zone::Footer, Some(Reason::CommentCount)),
            ("부산일보 자료사진", Zone::Body, Some(Reason::PhotoCredit)),
            (
                "제공된 정보에 만족하셨습니까?",
                Zone::Footer,
                Some(Reason::Form),
            ),
            ("추천 4 댓글 0", Zone::Header, Some(Reason::CommentCount)),
            (
                "Likes 3 Comments 12",
                Zone::Header,
                Some(Reason::CommentCount),
            ),
            ("조회 결과 12건", Zone::Body, None),
            (
                "Poprzedni wpis: Dzień otwarty w porcie",
                Zone::Footer,
                Some(Reason::PrevNext),
            ),
            // A board view's pager as a pasted table row.
            (
                "Next\tHarbour board opens a new ferry terminal",
                Zone::Footer,
                Some(Reason::PrevNext),
            ),
            (
                "이전글\t항만공사, 신규 여객터미널 개장",
                Zone::Footer,
                Some(Reason::PrevNext),
            ),
            ("Region\tNext year\tTotal", Zone::Body, None),
            (
                "Ferries leave the port of Gdynia, May 2, 2025. AFP/Jan Lis/File Photo",
                Zone::Body,
                Some(Reason::PhotoCredit),
            ),
            (
                "항구에 정박한 여객선 모습. /사진=항만공사 제공",
                Zone::Body,
                Some(Reason::PhotoCredit),
            ),
            (
                "개장식에서 인사말을 하는 시장. (자료사진) /부산일보",
                Zone::Body,
                Some(Reason::PhotoCredit),
            ),
            ("운임은 편도 기준 /1인", Zone::Body, None),
            ("7 min czytania", Zone::Header, Some(Reason::ReadingTime)),
            (
                "Enter your email to get our weekly digest",
                Zone::Footer,
                Some(Reason::Form),
            ),
        ];
        for &(line, zone, want) in cases {
            assert_eq!(line_hint(line, zone), want, "{line:?}");
        }
        // A copyright line opening with its sign, whichever rule knows it first.
        assert!(line_hint("© Regionalne Biuro Prasowe", Zone::Body).is_some());
    }
}
