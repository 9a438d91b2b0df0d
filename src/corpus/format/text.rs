//! Plain text (`.txt`, `.text`): paragraphs of a page pasted as text, or of `pdftotext`
//! output.
//!
//! Plain text has no structure to say what is content: its blocks are paragraphs, and
//! `corpus::chrome`'s rules then tell the statement from the page around it. A passage
//! of a UTF-8 file is the file's bytes at its span, so its text is never changed here.
//!
//! A paragraph is a run of non-blank lines, except in two layouts:
//! - **one paragraph per line** (Korean sites pasted as text, with no blank lines): a
//!   run that is not hard-wrapped and has two lines ending a sentence, or one long
//!   line that does, gives one paragraph a line (its menus, headline and table rows are lines of their own,
//!   for the chrome rules to judge one by one);
//! - **hard-wrapped lines without blank lines** (`pdftotext` output): a run of lines of
//!   about one width is cut after each line markedly shorter than that width (the last
//!   line of a paragraph, a heading);
//! - **a page pasted whole** (menus, hard-wrapped paragraphs and the footer in one run):
//!   the width is that of the lines of prose, and a line also ends its paragraph when
//!   the next line's first word would have fitted on it, before a bullet or a label,
//!   and at a contact line or a row of links between bars.
//!
//! A form feed starts a page (`pdftotext` writes one per page): paragraphs carry their
//! page, and none runs across pages. Words a line break cuts in two are joined for the
//! index ([`joined_words`]), not in the text.

use super::{Block, BlockKind, Extraction, Metadata, Pages, TextRelation};
use crate::corpus::passage::{self, LineIndex};

/// A paragraph of a plain-text file: bytes `start..end` of its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paragraph {
    /// Byte offset of the start (inclusive).
    pub start: usize,
    /// Byte offset of the end (exclusive).
    pub end: usize,
    /// Its page, in a text with form feeds (1-based).
    pub page: Option<u32>,
}

/// Lines of a run this long or longer (in characters) are not hard-wrapped prose.
const WRAP_MAX: usize = 130;
/// A run needs this many lines before its layout is judged.
const MIN_LINES: usize = 3;

/// The paragraphs of `text`, in order.
pub fn paragraphs(text: &str) -> Vec<Paragraph> {
    let mut out = Vec::new();
    let paged = text.contains('\u{c}');
    let mut page_start = 0;
    let mut page = 1u32;
    loop {
        let page_end = if paged {
            text[page_start..]
                .find('\u{c}')
                .map_or(text.len(), |i| page_start + i)
        } else {
            text.len()
        };
        let body = &text[page_start..page_end];
        for (a, b) in passage::paragraphs(body) {
            let (a, b) = (page_start + a, page_start + b);
            let mut pieces = Vec::new();
            layout_run(text, a, b, &mut pieces);
            for (start, end) in pieces {
                out.push(Paragraph {
                    start,
                    end,
                    page: paged.then_some(page),
                });
            }
        }
        if page_end >= text.len() {
            break;
        }
        page_start = page_end + 1;
        page += 1;
    }
    out
}

fn chars(text: &str) -> usize {
    text.chars().count()
}

/// The width of `text` in a terminal's columns: Hangul, CJK and full-width forms take
/// two.
fn columns(text: &str) -> usize {
    text.chars()
        .map(|c| {
            let wide = matches!(c, '\u{1100}'..='\u{115F}' | '\u{2E80}'..='\u{A4CF}'
                | '\u{AC00}'..='\u{D7A3}' | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FF60}');
            1 + usize::from(wide)
        })
        .sum()
}

/// Whether a line ends a sentence.
fn ends_sentence(line: &str) -> bool {
    let line = line.trim_end_matches(['"', '\'', '”', '’', ')', '»', '」']);
    line.ends_with(['.', '!', '?', '。', '…', ':'])
}

/// Cuts the run of non-blank lines `[a, b)` into paragraphs by its layout (see the
/// module documentation).
fn layout_run(text: &str, a: usize, b: usize, out: &mut Vec<(usize, usize)>) {
    let lines = passage::lines(text, a, b);
    // Two lines each a sentence, one too long to be hard-wrapped: two paragraphs pasted a
    // line each ("Czytaj także: …?" over the next paragraph). So is a first line too
    // wide to be hard-wrapped, whatever it ends with: a Korean news photo's caption and
    // credit over the lede ("… 기념촬영을 하고 있다. (사진=…) 2025.06.19. photo@… *재판매
    // 금지").
    if lines.len() == 2
        && ((lines.iter().all(|&(s, e)| ends_sentence(&text[s..e]))
            && lines.iter().any(|&(s, e)| chars(&text[s..e]) > WRAP_MAX))
            || columns(&text[lines[0].0..lines[0].1]) > WRAP_MAX)
    {
        out.extend(lines.iter().copied());
        return;
    }
    if lines.len() < MIN_LINES {
        out.push((a, b));
        return;
    }
    let lengths: Vec<usize> = lines.iter().map(|&(s, e)| chars(&text[s..e])).collect();
    let ends: Vec<bool> = lines
        .iter()
        .map(|&(s, e)| ends_sentence(&text[s..e]))
        .collect();
    let body = &lengths[..lengths.len() - 1];
    // The wrap width: what most lines reach (the 80th percentile, not the longest line).
    let percentile = |mut of: Vec<usize>| {
        of.sort_unstable();
        of[(of.len() * 4 / 5).min(of.len() - 1)]
    };
    let near_of = |width: usize| -> Vec<usize> {
        (0..body.len())
            .filter(|&i| body[i] * 100 >= width * 70)
            .collect()
    };
    // Hard wrapping breaks lines inside sentences: a line as long as most that ends a
    // sentence is a paragraph of its own, pasted as one line.
    let few_end = |near: &[usize]| near.iter().filter(|&&i| ends[i]).count() * 2 < near.len();
    let width = percentile(lengths.clone());
    let near = near_of(width);
    let mostly_near = width <= WRAP_MAX && near.len() * 10 >= body.len() * 6 && few_end(&near);
    // A page pasted whole (menus, the text, the footer, no blank line between): its
    // width is that of its lines of prose, and its paragraphs are lines wrapped inside
    // their sentences, near that width, ending none, one after another.
    let page_width = {
        let wordy: Vec<usize> = lines
            .iter()
            .zip(&lengths)
            .filter(|&(&(s, e), _)| text[s..e].split_whitespace().count() >= 5)
            .map(|(_, &n)| n)
            .collect();
        (wordy.len() >= 4).then(|| percentile(wordy))
    };
    let whole_page = !mostly_near
        && page_width.is_some_and(|w| {
            let near = near_of(w);
            let inside = (1..body.len())
                .filter(|&i| body[i] * 100 >= w * 70 && !ends[i] && body[i - 1] * 100 >= w * 70)
                .count();
            w <= WRAP_MAX && few_end(&near) && inside >= 4
        });
    let (wrapped, width) = if whole_page {
        (true, page_width.unwrap_or(width))
    } else {
        (mostly_near, width)
    };
    let sentences = ends.iter().filter(|&&e| e).count();
    // Most lines end a sentence: a paragraph a line (hard-wrapped prose ends few lines
    // at a sentence's end).
    if sentences * 10 >= lines.len() * 6 {
        out.extend(lines.iter().copied());
        return;
    }
    if wrapped {
        // A line well short of the width ends its paragraph. On a page pasted whole,
        // so does a line the next one's first word would have fitted on (the wrap
        // would have put it there), a line before a list's bullet, a sentence before
        // a label ("Contact: …"), a line with a telephone number or an e-mail address,
        // and a row of links between bars ("Privacy | Terms | Contact"): no prose
        // wraps so.
        let line = |i: usize| &text[lines[i].0..lines[i].1];
        let ends_here = |i: usize| {
            if lengths[i] * 100 < width * 65 {
                return true;
            }
            if !whole_page {
                return false;
            }
            let next = line(i + 1).trim_start();
            let first_word = next.split_whitespace().next().map_or(0, chars);
            let labelled = next
                .split_whitespace()
                .next()
                .is_some_and(|w| w.len() > 2 && w.ends_with(':'));
            lengths[i] + 1 + first_word <= width
                || starts_with_bullet(next)
                || (ends[i] && labelled)
                || super::html::has_phone_number(line(i))
                || super::html::has_email(line(i))
                || line(i).matches('|').count() >= 2
                || next.matches('|').count() >= 2
        };
        let mut start = lines[0].0;
        for (i, &(_, e)) in lines.iter().enumerate() {
            let last = i + 1 == lines.len();
            if last || ends_here(i) {
                out.push((start, e));
                if !last {
                    start = lines[i + 1].0;
                }
            }
        }
        return;
    }
    // A run that ends a long line with a sentence is prose among short lines (a menu
    // and headline pasted above the first paragraph), not one paragraph. Long is in
    // columns: a Hangul line says as much in half the characters.
    let long_sentence =
        (0..lines.len()).any(|i| ends[i] && columns(&text[lines[i].0..lines[i].1]) >= 80);
    // A page's menu pasted above its first sentence, a photo's caption or the text's
    // opening line: mostly lines of a few words, then one line of a sentence.
    let last = lines.len() - 1;
    let short = lines[..last]
        .iter()
        .filter(|&&(s, e)| text[s..e].split_whitespace().count() <= 4)
        .count();
    let menu_then_sentence = ends[last]
        && text[lines[last].0..lines[last].1]
            .split_whitespace()
            .count()
            >= 6
        && short * 2 >= last;
    if sentences >= 2 || long_sentence || menu_then_sentence {
        // A page pasted as text, a paragraph a line between its menus, headline and
        // tables: one paragraph per line, so that the chrome rules judge each line.
        out.extend(lines.iter().copied());
    } else {
        out.push((a, b));
    }
}

/// Whether a line opens with a list's bullet: "* ", "- ", "• ", "○ ", "1. ", "2) ".
fn starts_with_bullet(line: &str) -> bool {
    let mut chars = line.chars();
    match chars.next() {
        Some('*' | '-' | '•' | '–' | '○' | '□' | '■' | '▲' | '·') => {
            chars.next().is_some_and(char::is_whitespace)
        }
        Some(c) if c.is_ascii_digit() => {
            let rest = line.trim_start_matches(|c: char| c.is_ascii_digit());
            rest.len() + 3 >= line.len() && (rest.starts_with(". ") || rest.starts_with(") "))
        }
        _ => false,
    }
}

/// Words a line break in `text` cut in two, joined, separated by spaces: `współ-\npracy`
/// gives `współpracy`, and Hangul broken without a hyphen (`안보협\n력으로`) gives
/// `안보협력으로`. The halves stay in the text as the file has them; indexing the joined
/// word as well makes the whole word found, while a break between two words (which
/// Korean text wrapped at a space shows the same way) costs only an extra term.
pub fn joined_words(text: &str) -> String {
    let mut out = String::new();
    if !text.contains('\n') {
        return out;
    }
    let mut lines = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .peekable();
    while let Some(line) = lines.next() {
        let Some(next) = lines.peek() else { break };
        let tail = line.rsplit(char::is_whitespace).next().unwrap_or("");
        let head = next.split(char::is_whitespace).next().unwrap_or("");
        let head = head.trim_end_matches(|c: char| !c.is_alphanumeric());
        let (Some(last), Some(first)) = (tail.chars().next_back(), head.chars().next()) else {
            continue;
        };
        let word = |s: &str| {
            s.trim_start_matches(|c: char| !c.is_alphanumeric())
                .to_string()
        };
        let joined = if last == '-' && first.is_lowercase() {
            let stem = &tail[..tail.len() - 1];
            stem.chars()
                .next_back()
                .filter(|c| c.is_alphabetic())
                .map(|_| word(stem) + head)
        } else if is_hangul(last) && is_hangul(first) {
            Some(word(tail) + head)
        } else {
            None
        };
        if let Some(joined) = joined.filter(|j| !j.is_empty()) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&joined);
        }
    }
    out
}

fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

/// The paragraphs of decoded `text` as an [`Extraction`] (none set aside: the chrome
/// rules decide that for plain text), with `relation` as the decoding found it.
pub fn extract(text: &str, relation: TextRelation) -> Extraction {
    let lines = LineIndex::new(text);
    let blocks = paragraphs(text)
        .into_iter()
        .map(|p| Block {
            text: text[p.start..p.end].replace('\r', ""),
            kind: BlockKind::Paragraph,
            span: lines.span(p.start, p.end),
            pages: p.page.map(|page| Pages {
                start: page,
                end: page,
            }),
            set_aside: None,
        })
        .collect();
    Extraction {
        blocks,
        meta: Metadata::default(),
        relation,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        paragraphs(text)
            .into_iter()
            .map(|p| &text[p.start..p.end])
            .collect()
    }

    #[test]
    fn a_hard_wrapped_paragraph_is_one_paragraph() {
        let text = "Obie strony zgodziły się na zacieśnienie współ-\n\
                    pracy w dziedzinie półprzewodników oraz na wymianę\n\
                    informacji o łańcuchach dostaw surowców krytycznych.\n\n\
                    Kolejne spotkanie odbędzie się w Seulu.\n";
        assert_eq!(texts(text).len(), 2);
        assert_eq!(joined_words(texts(text)[0]), "współpracy");
    }

    #[test]
    fn a_page_pasted_whole_without_blank_lines_keeps_its_wrapped_paragraphs() {
        // Menus, a wrapped headline, hard-wrapped paragraphs, a list, a contact line and
        // the footer, with no blank line anywhere.
        let menu = "Skip to content\nHarbour Board\nAbout us\nNews\nPress releases\nContact\n\
                    Home > News > Press releases\n";
        let body = "Harbour Board and Busan Port Authority agree on shared berth planning\n\
                    for container ships\n\
                    Date 2025-04-02 | Views 118\n\
                    The Harbour Board signed an agreement with the Busan Port Authority on\n\
                    Tuesday to plan container berths together and to exchange arrival\n\
                    forecasts for ships sailing between the two ports every six hours.\n\
                    Under the agreement, both sides will open their berth planning systems\n\
                    to each other by the end of the year and test a common data format for\n\
                    ship arrival times with three shipping lines on the Asia-Europe route.\n\
                    * Forecasts: arrival estimates shared every six hours through a common\n\
                    interface.\n\
                    * Training: two planners from each port trained at the other port.\n\
                    The next meeting of the working group will take place in Busan in June.\n\
                    Contact: Press Office, Harbour Board (+48 58 555 01 23)\n\
                    Privacy | Accessibility | Site map\n";
        let text = format!("{menu}{body}");
        let got = texts(&text);
        for want in [
            "Harbour Board and Busan Port Authority agree on shared berth planning\nfor container ships",
            "The Harbour Board signed an agreement with the Busan Port Authority on\nTuesday to plan container berths together and to exchange arrival\nforecasts for ships sailing between the two ports every six hours.",
            "* Forecasts: arrival estimates shared every six hours through a common\ninterface.",
            "Contact: Press Office, Harbour Board (+48 58 555 01 23)",
            "Privacy | Accessibility | Site map",
            "About us",
        ] {
            // Two paragraphs may share a passage where one ends on a full line; none is
            // cut inside, and the menu and footer lines stay lines.
            assert!(
                got.iter().any(|p| p.contains(want))
                    && got.iter().all(|p| !p.contains("Contact\nHome")),
                "{want:?} not in a paragraph of {got:#?}"
            );
        }
        for line in [
            "About us",
            "Contact: Press Office, Harbour Board (+48 58 555 01 23)",
        ] {
            assert!(got.contains(&line), "{line:?} not a paragraph of {got:#?}");
        }
    }

    #[test]
    fn one_paragraph_per_line_without_blank_lines_gives_a_paragraph_a_line() {
        let text = "한국과 유럽연합은 반도체 협력을 강화하기로 합의했다. 양측은 공급망 안정에 대해서도 논의했다.\n\
                    양국 정상은 디지털 파트너십의 이행 상황을 점검하고 인공지능 분야의 공동 연구를 확대하기로 했다.\n\
                    이번 회의는 서울에서 열렸으며 다음 회의는 브뤼셀에서 개최될 예정이다.\n\
                    외교부는 후속 조치를 마련할 계획이라고 밝혔다.\n";
        assert_eq!(texts(text).len(), 4, "{:?}", texts(text));
    }

    #[test]
    fn a_menu_pasted_above_the_first_sentence_gives_a_paragraph_a_line() {
        let text = "Go to main content\nHarbour Authority\nNews\nPorts\nAbout us\n\
                    Harbour Authority Opens a Ferry Terminal in Gdynia\n\
                    The new terminal was opened on Monday by the mayor of the city.\n";
        assert_eq!(texts(text).len(), 7, "{:?}", texts(text));
        let korean = "메뉴 바로가기\n항만공사\n뉴스\n항만공사, 부산에 새 여객터미널 개장\n\
                      (부산=항만공사) 항만공사는 5일 부산 북항에 새 국제여객터미널을 열고 운영에 들어갔다고 밝혔다.\n";
        assert_eq!(texts(korean).len(), 5, "{:?}", texts(korean));
    }

    #[test]
    fn two_sentences_a_line_each_are_two_paragraphs() {
        let long = "Przedstawiciele portów z Gdyni i Gdańska rozmawiali we wtorek o wspólnym \
                    systemie rezerwacji nabrzeży dla promów pasażerskich i statków towarowych.";
        let text = format!("Czytaj także: Nowy terminal w Gdyni. Co się zmieni?\n{long}\n");
        assert_eq!(texts(&text).len(), 2, "{:?}", texts(&text));
        let wrapped = "The ministers met in Gdynia.\nThey agreed on a plan.\n";
        assert_eq!(texts(wrapped).len(), 1);
    }

    #[test]
    fn a_line_too_wide_to_be_wrapped_over_another_is_a_paragraph_of_its_own() {
        // A photo's caption and credit pasted on one line over the lede.
        let caption = "[부산=항만일보] 부산항 신규 여객터미널 개장식 참석자들이 5일 부산 북항에서 \
                       테이프를 자르고 있다. (사진=항만공사 제공) 2025.03.05. photo@harbour.example *무단 전재 금지";
        let text = format!(
            "{caption}\n[부산=항만일보] 김○○ 기자 = 항만공사는 5일 부산 북항에 새 국제여객터미널을 열었다.\n"
        );
        assert_eq!(texts(&text).len(), 2, "{:?}", texts(&text));
        // Two hard-wrapped lines stay one paragraph.
        let wrapped = "The ministers met in Gdynia on Monday and agreed on a plan for\n\
                       the ferry terminal that the city will build next year.\n";
        assert_eq!(texts(wrapped).len(), 1);
    }

    #[test]
    fn a_menu_stays_one_block_for_the_chrome_rules() {
        let text = "Home\nNews\nPress releases\nContact\n";
        assert_eq!(texts(text), vec!["Home\nNews\nPress releases\nContact"]);
    }

    #[test]
    fn pdftotext_pages_and_paragraphs() {
        let page1 = "Joint Statement of the Republic of Korea and the European\n\
                     Union on the Digital Partnership\n\
                     The two sides reaffirmed their commitment to an open, fair and\n\
                     secure digital economy, and agreed to deepen cooperation on\n\
                     semiconductors, 6G and data flows.\n\
                     They welcomed the progress of the working groups set up in\n\
                     2022 and asked them to report on the results by next year.\n";
        let page2 = "The next meeting of the Digital Partnership Council will take\n\
                     place in Brussels, and will review the implementation of the\n\
                     commitments made in the joint statement adopted today.\n";
        let text = format!("{page1}\u{c}{page2}\u{c}");
        let paras = paragraphs(&text);
        let got: Vec<(Option<u32>, &str)> = paras
            .iter()
            .map(|p| (p.page, text[p.start..p.end].lines().next().unwrap()))
            .collect();
        assert_eq!(
            got,
            vec![
                (
                    Some(1),
                    "Joint Statement of the Republic of Korea and the European"
                ),
                (
                    Some(1),
                    "The two sides reaffirmed their commitment to an open, fair and"
                ),
                (
                    Some(1),
                    "They welcomed the progress of the working groups set up in"
                ),
                (
                    Some(2),
                    "The next meeting of the Digital Partnership Council will take"
                ),
            ]
        );
        // The title keeps both its lines.
        assert!(text[paras[0].start..paras[0].end].ends_with("Digital Partnership"));
    }

    #[test]
    fn words_broken_across_lines_are_joined_for_the_index() {
        let cases: &[(&str, &str)] = &[
            ("zacieśnienie współ-\npracy gospodarczej", "współpracy"),
            ("양국은 안보협\n력으로 나아가기로 했다", "안보협력으로"),
            ("the Polish-\nKorean talks", ""),
            ("two words\nhere", ""),
            ("ends with a dash -\nnext", ""),
            ("(współ-\npracy).", "współpracy"),
        ];
        for (text, want) in cases {
            assert_eq!(joined_words(text), *want, "{text:?}");
        }
    }
}
