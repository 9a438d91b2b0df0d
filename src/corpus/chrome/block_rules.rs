//! Rules over a whole block: the phrase and pattern rules (skip links, related links,
//! comment forms, cookie banners, bylines, menus, breadcrumbs, disclaimers and licence
//! notices), and boxes of short lines judged line by line.

use super::line_rules::{
    is_consent_dialog, is_copyright, is_self_description, is_sign_up, line_hint,
};
use super::normalize::lower_for_rules;
#[cfg(test)]
use super::normalize::{normalize_counting, Facts};
use super::phrases::{
    PhraseHits, Phrases, NEGATION, NOTICE, OFFICIAL_VIEW, RELATED, RELATED_ALONE,
};
use super::words::{
    bullet_item, ends_sentence, link_like, non_blank_lines, starts_with_bullet, words, BULLETS,
};
use super::{Reason, Zone};

/// Is this line a menu entry: a bullet and a few words, no sentence?
fn is_menu_item(line: &str) -> bool {
    bullet_item(line).is_some_and(|item| words(item) <= 5 && !ends_sentence(item))
}

/// Is this block a menu: two lines or more, all menu entries?
fn is_menu(text: &str) -> bool {
    // Nearly every block is told by its first character.
    if !starts_with_bullet(text.trim_start()) {
        return false;
    }
    let mut lines = 0;
    for line in non_blank_lines(text) {
        if !is_menu_item(line) {
            return false;
        }
        lines += 1;
    }
    lines >= 2
}

/// A bit for each byte that the breadcrumb separators ` » `, ` › `, ` > `, ` | ` and
/// ` / ` have and text seldom has: `»` ends with 0xBB, `›` with 0xBA.
const SEPARATOR_MARKS: [u8; 256] = {
    let mut marks = [0; 256];
    marks[0xBB] = 1;
    marks[0xBA] = 2;
    marks[b'>' as usize] = 4;
    marks[b'|' as usize] = 8;
    marks[b'/' as usize] = 16;
    marks
};

/// Longest line, in words, that can be a breadcrumb (`Home » <an article's title>`).
const MAX_BREADCRUMB_WORDS: usize = 30;

/// Longest block, in words, that a phrase rule can fire on (the cookie-banner rule).
pub(super) const MAX_PHRASE_RULE_WORDS: usize = 80;

/// The phrase and pattern rules; `edge` is true in the page header and footer.
#[cfg(test)]
fn rule(text: &str, edge: bool) -> Option<Reason> {
    rule_with(text, edge, &Shape::of(text), &mut String::new())
}

/// What the rules ask of a block before they read it, learnt while it was normalized.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Shape {
    /// Its words.
    pub(super) words: usize,
    /// Its lines that are not blank.
    pub(super) lines: usize,
    /// Whether a character outside ASCII in it changes in lower case.
    pub(super) cased: bool,
}

impl Shape {
    /// The shape of `text`, read anew.
    #[cfg(test)]
    fn of(text: &str) -> Shape {
        let mut facts = Facts::default();
        let mut lines = 0;
        for line in non_blank_lines(text) {
            facts.add(normalize_counting(line, &mut Vec::new()));
            lines += 1;
        }
        Shape {
            words: facts.words,
            lines,
            cased: facts.cased,
        }
    }
}

/// The rule (see `rule`) of a block of shape `shape`, lower-casing into `buffer` when it must.
pub(super) fn rule_with(
    text: &str,
    edge: bool,
    shape: &Shape,
    buffer: &mut String,
) -> Option<Reason> {
    let trimmed = text.trim();
    let n = if starts_with_bullet(trimmed) {
        words(trimmed.trim_start_matches(BULLETS).trim())
    } else {
        shape.words
    };
    if n > MAX_PHRASE_RULE_WORDS {
        // Too long for any phrase rule: only a menu can be this long.
        return is_menu(text).then_some(Reason::Navigation);
    }
    let one_line = shape.lines == 1;
    let lower = if shape.cased {
        lower_for_rules(trimmed, buffer)
    } else {
        trimmed
    };
    // `lower` is trimmed already (no character has white space in its lower case).
    let lower = if starts_with_bullet(lower) {
        lower.trim_start_matches(BULLETS).trim()
    } else {
        lower
    };
    let hits = PhraseHits::of(lower);
    // The automaton matches ASCII without regard to case, which `lower` may still have.
    if n >= 5
        && (hits.contains(Phrases::Notice)
            || (hits.contains(Phrases::OfficialView) && hits.contains(Phrases::Negation)))
    {
        return Some(Reason::Disclaimer);
    }
    if n <= 6 && hits.starts_with(Phrases::Skip) {
        return Some(Reason::SkipLink);
    }
    if n <= 6 && hits.starts_with(Phrases::Related) {
        return Some(Reason::RelatedLinks);
    }
    // `lower` may keep ASCII capitals: these short lines are folded whole.
    let folded = || lower.to_ascii_lowercase();
    if one_line && n <= 2 && RELATED_ALONE.contains(&folded().trim_end_matches(':')) {
        return Some(Reason::RelatedLinks);
    }
    // The outlet's or section's name before the heading: "Reuters most read", "연합뉴스
    // 많이 본 뉴스".
    if one_line && n <= 6 && !ends_sentence(lower) && {
        let folded = folded();
        RELATED.iter().any(|p| {
            folded
                .strip_suffix(p)
                .is_some_and(|name| name.ends_with(' ') && words(name) <= 2)
        })
    } {
        return Some(Reason::RelatedLinks);
    }
    if one_line && n <= 40 && hits.starts_with(Phrases::SeeAlso) {
        return Some(Reason::SeeAlso);
    }
    // Written as prose, an outlet's appeal for support is no text of the statement.
    if n <= 40 && is_self_description(&folded()) {
        return Some(Reason::Form);
    }
    if n <= 40 && hits.contains(Phrases::Comment) {
        return Some(Reason::CommentForm);
    }
    // A cookie notice is a banner: it asks to accept or tells how cookies are used.
    // Prose that merely mentions cookies in a long argument is not one.
    if n <= 80 && hits.contains(Phrases::Cookie) && hits.contains(Phrases::Banner) {
        return Some(Reason::CookieNotice);
    }
    // A consent dialog over the page need not name cookies: it asks about the reader's
    // personal data (see `is_consent_dialog`).
    if n <= 80 && is_consent_dialog(&folded()) {
        return Some(Reason::CookieNotice);
    }
    if n <= 15 && hits.contains(Phrases::Privacy) {
        return Some(Reason::PrivacyNotice);
    }
    if hits.starts_with(Phrases::Share)
        && (n <= 8 || (one_line && n <= 24 && is_row_of_buttons(lower)))
    {
        return Some(Reason::ShareLinks);
    }
    if one_line
        && n <= 4
        && !ends_sentence(lower)
        && (hits.starts_with(Phrases::Byline) || (n <= 3 && lower.ends_with("기자")))
    {
        return Some(Reason::Byline);
    }
    if one_line && n <= 9 && is_joint_byline(trimmed) {
        return Some(Reason::Byline);
    }
    if is_menu(text) {
        return Some(Reason::Navigation);
    }
    // One line: it is the block, trimmed.
    if one_line && edge && is_menu_item(trimmed) {
        return Some(Reason::Navigation);
    }
    if one_line && n <= MAX_BREADCRUMB_WORDS {
        // Each separator is looked for only where a byte of it occurs: one pass tells
        // which occur.
        let marks = lower
            .bytes()
            .fold(0u8, |marks, b| marks | SEPARATOR_MARKS[usize::from(b)]);
        let has = |byte: u8| marks & SEPARATOR_MARKS[usize::from(byte)] != 0;
        // `>` is also a comparison in running text (`if x > 0`): as a separator it
        // takes two, `Home > News > Page`.
        for (sep, least, byte) in [(" » ", 1, 0xBB), (" › ", 1, 0xBA), (" > ", 2, b'>')] {
            if has(byte)
                && lower.matches(sep).count() >= least
                && lower.split(sep).any(|seg| words(seg) <= 3)
            {
                return Some(Reason::Breadcrumb);
            }
        }
        if edge {
            for (sep, byte) in [(" | ", b'|'), (" / ", b'/')] {
                if has(byte) && lower.contains(sep) && lower.split(sep).all(|seg| words(seg) <= 4) {
                    return Some(Reason::Breadcrumb);
                }
            }
        }
    }
    None
}

/// Whether `lower` is a row of buttons pasted on one line, each opening with the same
/// two words and naming a service in a few: "share via x share via linkedin share via
/// email", "udostępnij na facebooku udostępnij na x".
fn is_row_of_buttons(lower: &str) -> bool {
    let mut first = lower.split_whitespace();
    let (Some(a), Some(b)) = (first.next(), first.next()) else {
        return false;
    };
    let opening = format!("{a} {b} ");
    let buttons: Vec<&str> = lower.split(&opening).skip(1).collect();
    lower.starts_with(&opening)
        && buttons.len() >= 2
        && buttons.iter().all(|b| (1..=3).contains(&words(b)))
}

/// A disclaimer or licence notice (`lower` in lower case): one of [`NOTICE`]'s phrases,
/// or an official view with a negation ("본 자료는 … 공식 견해가 아닙니다").
pub(super) fn is_notice(lower: &str) -> bool {
    NOTICE.iter().any(|p| lower.contains(p))
        || (OFFICIAL_VIEW.iter().any(|p| lower.contains(p))
            && NEGATION.iter().any(|p| lower.contains(p)))
}

/// A byline naming two or more authors: "By Anna Nowak and John Smith", each name's
/// words capitalised, joined by "and", "&" or commas (a sentence opening with "By"
/// has words in lower case).
fn is_joint_byline(line: &str) -> bool {
    let Some(rest) = line.strip_prefix("By ") else {
        return false;
    };
    let names: Vec<&str> = rest
        .split([' ', ','])
        .filter(|w| !w.is_empty() && !matches!(*w, "and" | "&"))
        .collect();
    (2..=8).contains(&names.len())
        && rest.contains(" and ")
        && !ends_sentence(rest)
        && names
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// A heading that is nothing but its phrase ("Most viewed", "Czytaj także:"), not a
/// teaser with its headline after the colon.
pub(super) fn is_bare_heading(line: &str) -> bool {
    let t = line
        .trim()
        .trim_end_matches([':', '›', '»', '>'])
        .trim_end();
    words(t) <= 4 && !t.contains(':')
}

/// A block of several lines pasted together, each a link's text or heading or a line
/// the line rules set aside, with at least one of those that is surely chrome (a
/// related-links heading, a copyright or contact line, share buttons, a credit): a
/// footer or link box, whose lines the paragraph rules would not read one by one.
///
/// Lines that only date or sign the page, page numbers and lone numbers do not make a
/// block chrome: a table's cells and a dated heading have those.
pub(super) fn lines_chrome(text: &str, zone: Zone, buffer: &mut String) -> Option<Reason> {
    let mut lines = 0;
    for line in non_blank_lines(text) {
        lines += 1;
        // After the text, a page's whole footer may come as one block: share buttons,
        // related links, a newsletter box, the address and the legal links.
        if lines > if zone == Zone::Footer { 40 } else { 15 } || words(line) > 30 {
            return None;
        }
    }
    if lines < 2 {
        return None;
    }
    // A site's closing notes pasted as one block, the copyright line last: "All quotes
    // delayed … / © 2025 Agency. All rights reserved".
    if let Some(last) = non_blank_lines(text).last() {
        if words(text) <= 60 && is_copyright(last) {
            return Some(Reason::Footer);
        }
    }
    let mut found = None;
    let all: Vec<&str> = non_blank_lines(text).map(str::trim).collect();
    for (i, &line) in all.iter().enumerate() {
        // A line opening in lower case carries on a sentence, unless a rule knows it
        // ("fot. Ministerstwo" under its caption).
        let carries_on = i > 0 && line.chars().next().is_some_and(char::is_lowercase);
        let shape = Shape {
            words: words(line),
            lines: 1,
            cased: true,
        };
        let verdict = match rule_with(line, zone != Zone::Body, &shape, buffer) {
            // "Autor:PAP/EPA" under a caption: the photo's author, not the text's.
            Some(Reason::Byline) => line_hint(line, Zone::Footer)
                .filter(|&r| r == Reason::PhotoCredit)
                .or(Some(Reason::Byline)),
            verdict => verdict.or_else(|| line_hint(line, Zone::Footer)),
        };
        let bare_number = line
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.');
        match verdict {
            Some(Reason::Dateline | Reason::Byline | Reason::PageNumber) => {}
            Some(_) if bare_number => {}
            Some(reason) => {
                found.get_or_insert(reason);
            }
            None if link_like(line) && !carries_on => {}
            // A newsletter box's pitch over its button: "Your weekly update on ports,
            // every Friday." / "Sign up".
            None if all.get(i + 1).is_some_and(|next| is_sign_up(next)) => {}
            None => return None,
        }
    }
    found
}

/// Whether the last line of a block of several is a related-links heading standing
/// alone ("Zobacz także", "Related articles") under share buttons or tags: the blocks
/// that follow are its links.
pub(super) fn ends_with_related_heading(text: &str, buffer: &mut String) -> bool {
    let Some(last) = non_blank_lines(text).last().map(str::trim) else {
        return false;
    };
    let shape = Shape {
        words: words(last),
        lines: 1,
        cased: true,
    };
    last.len() < text.trim().len()
        && is_bare_heading(last)
        && matches!(
            rule_with(last, false, &shape, buffer),
            Some(Reason::RelatedLinks | Reason::SeeAlso)
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::chrome::extracted::extracted_chrome;
    use crate::corpus::chrome::test_pages::*;
    use crate::corpus::format::BlockKind;

    #[test]
    fn a_caption_over_its_agencies_as_author_is_chrome() {
        let mut buffer = String::new();
        assert_eq!(
            lines_chrome(
                "Kolejka przed punktem szczepień\nAutor:PAP/Reuters",
                Zone::Body,
                &mut buffer
            ),
            Some(Reason::PhotoCredit)
        );
    }

    #[test]
    fn list_headings_after_an_outlets_name_or_alone_and_appeals() {
        assert_eq!(rule("Latest", false), Some(Reason::RelatedLinks));
        assert_eq!(rule("Latest figures from the port", false), None);
        assert_eq!(
            rule("Harbour Daily Most Read", false),
            Some(Reason::RelatedLinks)
        );
        assert_eq!(
            rule("부산일보 많이 본 뉴스", false),
            Some(Reason::RelatedLinks)
        );
        assert_eq!(
            rule(
                "The Harbour Daily is an independent, Non-Profit newsroom funded by its readers.",
                false
            ),
            Some(Reason::Form)
        );
    }

    #[test]
    fn a_comparison_in_running_text_is_not_a_breadcrumb() {
        assert_eq!(
            rule("Returns the value if x > 0 and y is set.", false),
            None
        );
        assert_eq!(
            rule("Home > News > Energy", false),
            Some(Reason::Breadcrumb)
        );
        let long = format!("Home » {}", "word ".repeat(40));
        assert_eq!(rule(&long, false), None);
    }

    #[test]
    fn disclaimers_and_licence_notices_are_set_aside() {
        let cases: &[(&str, Option<Reason>)] = &[
            (
                "이 보고서의 내용은 집필진의 개인 의견이며 본 연구원의 공식 견해가 아닙니다.",
                Some(Reason::Disclaimer),
            ),
            (
                "The opinions expressed in this paper do not necessarily reflect those of the institute.",
                Some(Reason::Disclaimer),
            ),
            (
                "본 누리집의 게시물은 \"공공누리 제3유형 : 출처표시+변경금지\" 조건에 따라 이용할 수 있습니다.",
                Some(Reason::Disclaimer),
            ),
            (
                "The ministry set out its official position on the tariff in a letter to the council.",
                None,
            ),
        ];
        for &(text, want) in cases {
            assert_eq!(rule(text, false), want, "{text:?}");
        }
        // Markdown's prose blocks too.
        let blocks = [
            (PROSE, BlockKind::Paragraph),
            (
                "Niniejsza analiza nie odzwierciedla oficjalnego stanowiska ministerstwa, a jedynie poglądy jej autorów i autorek.",
                BlockKind::Paragraph,
            ),
        ];
        assert_eq!(
            extracted_chrome(&blocks),
            vec![None, Some(Reason::Disclaimer)]
        );
    }

    #[test]
    fn a_consent_dialog_about_the_readers_data_is_a_banner() {
        let cases: &[(&str, Option<Reason>)] = &[
            (
                "Before you press Continue, please read how the Lighthouse Media Group and its trusted partners process your personal data.",
                Some(Reason::CookieNotice),
            ),
            (
                "Klikając „Dalej”, wyrażasz zgodę na przetwarzanie Twoich danych przez wydawcę serwisu.",
                Some(Reason::CookieNotice),
            ),
            (
                "서비스 이용을 위해 귀하의 개인정보 처리에 동의해 주십시오.",
                Some(Reason::CookieNotice),
            ),
            // Prose on data protection speaks of citizens' data, not the reader's.
            (
                "The regulator asked partners in both countries to protect citizens' personal data in cross-border transfers.",
                None,
            ),
        ];
        for &(text, expected) in cases {
            assert_eq!(rule(text, true), expected, "{text}");
        }
    }

    #[test]
    fn notes_on_external_links_and_a_senders_responsibility_are_disclaimers() {
        assert_eq!(
            rule(
                "This is the official website of the Harbour Board. Links to other sites should not be construed as an endorsement of their content.",
                true
            ),
            Some(Reason::Disclaimer)
        );
        assert_eq!(
            rule(
                "Komunikat nadesłany. Za jego treść odpowiada wyłącznie firma, która go przysłała.",
                true
            ),
            Some(Reason::Disclaimer)
        );
        assert_eq!(
            rule(
                "Za realizację inwestycji odpowiada wyłącznie strona polska, dodał minister w Gdyni.",
                false
            ),
            None
        );
    }

    #[test]
    fn a_read_next_link_is_a_see_also_link() {
        assert_eq!(
            rule("Read Next: Harbour board opens a ferry terminal", false),
            Some(Reason::SeeAlso)
        );
    }

    #[test]
    fn a_row_of_share_buttons_on_one_line_is_share_links() {
        assert_eq!(
            rule(
                "Share via Mastodon Share via Facebook Share via WhatsApp Share via SMS",
                false
            ),
            Some(Reason::ShareLinks)
        );
        assert_eq!(
            rule(
                "Share via the new portal the results of the harbour survey with residents",
                false
            ),
            None
        );
    }

    #[test]
    fn a_note_that_a_release_is_no_legal_advice_is_a_disclaimer() {
        assert_eq!(
            rule(
                "This bulletin does not constitute legal advice on port tariffs.",
                false
            ),
            Some(Reason::Disclaimer)
        );
        assert_eq!(
            rule(
                "Powyższa informacja nie stanowi wykładni przepisów o cłach.",
                false
            ),
            Some(Reason::Disclaimer)
        );
    }

    #[test]
    fn a_byline_of_two_authors() {
        assert_eq!(
            rule("By Anna Lee and Piotr Zieliński", false),
            Some(Reason::Byline)
        );
        assert_eq!(
            rule("By Maria Nowak, Tom Hart and Lee Min-ho", false),
            Some(Reason::Byline)
        );
        assert_eq!(rule("By the end of the year and beyond", false), None);
    }

    #[test]
    fn a_licence_notice_in_capitals_is_set_aside_and_a_related_heading_ends_a_block() {
        assert_eq!(
            rule(
                "Texts on this site are published under the Creative Commons Attribution 4.0 licence.",
                false
            ),
            Some(Reason::Disclaimer)
        );
        assert_eq!(
            rule("Comments are closed.", false),
            Some(Reason::CommentForm)
        );
        let mut buffer = String::new();
        assert!(ends_with_related_heading(
            "Share: Facebook X\nTags: ports, Korea\nRead also",
            &mut buffer
        ));
        assert!(!ends_with_related_heading("Read also", &mut buffer));
        assert!(!ends_with_related_heading(
            "Share: Facebook X\nThe ports agreed.",
            &mut buffer
        ));
        // A page's whole footer after the text, in one block of many lines.
        let footer = "Share\nFacebook\nX\nRead also\nPort fees to fall in spring\n\
            Ferry line to Busan reopens\nNew grants for shipyards\nSubscribe to our newsletter\n\
            Enter your email to get our weekly digest\nSubscribe\nHarbour Authority\n\
            ul. Portowa 1, 80-001 Gdańsk\ntel. 58 000 00 00\nAccessibility statement\n\
            Privacy policy\n© Harbour Authority";
        assert!(lines_chrome(footer, Zone::Footer, &mut buffer).is_some());
        assert_eq!(lines_chrome(footer, Zone::Body, &mut buffer), None);
    }
}
