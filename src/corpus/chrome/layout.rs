//! Classifying a text's paragraphs: prose found in one pass, the page header and footer
//! zones around it, the rules applied by zone, runs of links under a related heading,
//! the byline above a date line, breadcrumbs ending in the headline, running headers of
//! paged text, the title, footer link lists, and repeats kept once.

use super::block_rules::{
    ends_with_related_heading, is_bare_heading, lines_chrome, rule_with, Shape,
};
use super::line_rules::{is_beat_note, is_page_number, is_pager_label, line_hint};
use super::normalize::{
    hash_of, normalize_lines, normalized, normalized_keep_case, Facts, Seen, SeenLines,
};
use super::phrases::{IMAGE_NOUNS, WRITER_TRADES};
use super::title::{choose_title, is_name, without_type_label};
use super::words::{
    ends_sentence, is_prose, lines_end_sentence, link_like, non_blank_lines, words,
};
use super::{Block, Layout, Part, Reason, Role, Zone};
use rustc_hash::FxHashSet;

/// Classifies the paragraphs `paras` (byte ranges of `text`).
///
/// `known_title` is the manifest's title, if any: the header line that matches it is
/// the title.
pub fn classify(text: &str, paras: &[(usize, usize)], known_title: Option<&str>) -> Layout {
    classify_part(text, paras, known_title, Part::WHOLE)
}

/// A paragraph, or a line of one in the page header, with the hash of its normalized
/// text and its shape.
pub(super) struct Piece {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) zone: Zone,
    pub(super) hash: u64,
    pub(super) shape: Shape,
    /// The paragraph it is or is a line of.
    pub(super) para: usize,
}

/// [`classify`] for one part of a document.
pub fn classify_part(
    text: &str,
    paras: &[(usize, usize)],
    known_title: Option<&str>,
    part: Part,
) -> Layout {
    // Prose that a rule recognises (a long breadcrumb, a cookie banner) does not count,
    // nor do lines a page repeats (a title printed again under a byline).
    //
    // One pass over each paragraph (`normalize_lines`) normalizes it line by line,
    // hashes each line and the whole, and counts what the rules and `is_prose` ask: of
    // the whole, its words and lines; of the lines not seen before, their words and
    // Hangul letters, which are those of these lines joined, read without joining them.
    let mut seen_lines = SeenLines::with_capacity(paras.len());
    let mut normal: Vec<u8> = Vec::new();
    let mut fresh: Vec<(usize, usize)> = Vec::new();
    let mut buffer = String::new();
    let mut para_hashes = Vec::with_capacity(paras.len());
    let mut shapes = Vec::with_capacity(paras.len());
    let prose: Vec<bool> = paras
        .iter()
        .map(|&(a, b)| {
            normal.clear();
            fresh.clear();
            let mut all = Facts::default();
            let mut new = Facts::default();
            let mut lines = 0;
            let mut last_hash = 0;
            normalize_lines(text, a, b, &mut normal, |line_normal, line| {
                lines += 1;
                all.add(line.facts);
                last_hash = hash_of(line_normal);
                if seen_lines.insert(last_hash) {
                    new.add(line.facts);
                    fresh.push((line.start, line.end));
                }
            });
            // A paragraph of one line normalizes to that line: its hash is taken.
            para_hashes.push(if lines == 1 {
                last_hash
            } else {
                hash_of(&normal)
            });
            let shape = Shape {
                words: all.words,
                lines,
                cased: all.cased,
            };
            shapes.push(shape);
            // A prose paragraph a rule leaves alone even at the page's edge is left
            // alone in the body too (the edge only adds rules).
            is_prose(new.words, new.hangul, fresh.len(), || {
                lines_end_sentence(text, &fresh)
            }) && rule_with(&text[a..b], true, &shape, &mut buffer).is_none()
                && (shape.lines < 2 || lines_chrome(&text[a..b], Zone::Body, &mut buffer).is_none())
        })
        .collect();
    let first_prose = prose.iter().position(|&p| p);
    let last_prose = prose.iter().rposition(|&p| p);
    let header_end = if part.first {
        first_prose.unwrap_or(0)
    } else {
        0
    };
    let last_prose = if part.last {
        last_prose
    } else {
        Some(paras.len())
    };

    // Header blocks are split into lines: a site name, a label and a title often sit
    // on consecutive lines. (Footer blocks are not: a statement's closing lines there
    // would be judged as links one by one.)
    let mut pieces: Vec<Piece> = Vec::with_capacity(paras.len());
    for (i, ((&(a, b), &hash), &shape)) in paras.iter().zip(&para_hashes).zip(&shapes).enumerate() {
        let zone = if i < header_end {
            Zone::Header
        } else if last_prose.is_some_and(|last| i > last) {
            Zone::Footer
        } else {
            Zone::Body
        };
        let split = (zone == Zone::Header && shape.lines > 1)
            || (zone == Zone::Body
                && prose.get(i + 1) == Some(&true)
                && teaser_over_subheading(&text[a..b], &shape, &mut buffer));
        if split {
            normal.clear();
            normalize_lines(text, a, b, &mut normal, |line_normal, line| {
                pieces.push(Piece {
                    start: line.start,
                    end: line.end,
                    zone,
                    hash: hash_of(line_normal),
                    shape: Shape {
                        words: line.facts.words,
                        lines: 1,
                        cased: line.facts.cased,
                    },
                    para: i,
                });
            });
        } else {
            pieces.push(Piece {
                start: a,
                end: b,
                zone,
                hash,
                shape,
                para: i,
            });
        }
    }

    let running = running_lines(text);
    let mut roles: Vec<Role> = pieces
        .iter()
        .zip(body_prose(&pieces, paras, &prose))
        .map(|(p, known_prose)| {
            if p.shape.lines == 1 && is_running_line(&text[p.start..p.end], &running) {
                return Role::Chrome(Reason::RunningHeader);
            }
            if p.shape.lines > 1
                && !running.is_empty()
                && is_running_block(&text[p.start..p.end], &running)
            {
                return Role::Chrome(Reason::RunningFooter);
            }
            if known_prose {
                return Role::Content;
            }
            let piece = &text[p.start..p.end];
            // "– 2 –" opens like a list item: a page number is told first.
            let by_rule = if p.shape.lines == 1 && is_page_number(piece.trim()) {
                Some(Reason::PageNumber)
            } else {
                rule_with(piece, p.zone != Zone::Body, &p.shape, &mut buffer)
            };
            let by_lines = || {
                if p.shape.lines == 1 {
                    line_hint(piece, p.zone)
                } else {
                    lines_chrome(piece, p.zone, &mut buffer)
                }
            };
            match by_rule.or_else(by_lines) {
                Some(reason) => Role::Chrome(reason),
                None => Role::Content,
            }
        })
        .collect();

    // Below a related-links heading standing alone ("Most viewed", "Czytaj także"),
    // the headlines that follow are its links, up to the next paragraph of prose.
    let mut under_heading = false;
    for (i, p) in pieces.iter().enumerate() {
        let piece = &text[p.start..p.end];
        match roles[i] {
            Role::Chrome(Reason::RelatedLinks | Reason::SeeAlso) => {
                under_heading = p.shape.lines == 1 && is_bare_heading(piece);
            }
            Role::Content
                if under_heading
                    && p.zone != Zone::Header
                    && non_blank_lines(piece).all(link_like) =>
            {
                roles[i] = Role::Chrome(Reason::RelatedLinks);
            }
            Role::Chrome(_)
                if p.shape.lines > 1 && ends_with_related_heading(piece, &mut buffer) =>
            {
                under_heading = true;
            }
            Role::Chrome(_) | Role::Duplicate => {}
            _ => under_heading = false,
        }
    }

    // A news page signs its article above the date line: a name alone on its line
    // ("Anna Kowalska" / "12.06.2024, 07:45") is the byline.
    for i in 0..pieces.len().saturating_sub(1) {
        if pieces[i].zone == Zone::Header
            && roles[i] == Role::Content
            && roles[i + 1] == Role::Chrome(Reason::Dateline)
            && is_name(&text[pieces[i].start..pieces[i].end])
        {
            roles[i] = Role::Chrome(Reason::Byline);
        }
    }

    // A news agency's author box after the text: the reporter's name alone on its line,
    // then the beat they cover for it ("MARTA WIDŁO" / "Widło covers shipping for the
    // Harbour Daily."). The note names the reporter of the line above it.
    for i in 1..pieces.len() {
        let note = text[pieces[i].start..pieces[i].end].trim();
        let name = text[pieces[i - 1].start..pieces[i - 1].end].trim();
        if pieces[i].zone != Zone::Header
            && roles[i] == Role::Content
            && pieces[i].shape.lines == 1
            && words(name) <= 4
            && is_beat_note(note)
            && note.split_whitespace().next().is_some_and(|surname| {
                name.to_lowercase()
                    .split_whitespace()
                    .any(|w| w == surname.to_lowercase())
            })
        {
            roles[i] = Role::Chrome(Reason::Byline);
            if roles[i - 1] == Role::Content {
                roles[i - 1] = Role::Chrome(Reason::Byline);
            }
        }
    }

    // A breadcrumb pasted without its separators ends with the headline's first words:
    // "Home Press Press releases EU-Korea: Council approves conclusions on".
    let header: Vec<usize> = (0..pieces.len())
        .filter(|&i| pieces[i].zone == Zone::Header && roles[i] == Role::Content)
        .collect();
    for (k, &i) in header.iter().enumerate() {
        let line = normalized(&text[pieces[i].start..pieces[i].end]);
        let trail = header[k + 1..].iter().any(|&j| {
            let later = normalized(&text[pieces[j].start..pieces[j].end]);
            let head: Vec<&str> = later.split(' ').take(5).collect();
            head.len() == 5 && {
                let head = head.join(" ");
                line.match_indices(&head).any(|(at, _)| {
                    let end = at + head.len();
                    line[..at].ends_with(' ')
                        && (end == line.len() || line[end..].starts_with(' '))
                        && words(&line[..at]) >= 2
                })
            }
        });
        if trail {
            roles[i] = Role::Chrome(Reason::Breadcrumb);
        }
    }

    let (title_at, widen) = choose_title(text, paras, &pieces, &mut roles, known_title);
    let piece_text = |i: usize| &text[pieces[i].start..pieces[i].end];

    // A document's running header may start on its second page, the first bearing the
    // letterhead: the page's first line, the title shortened beside the office's name
    // in a column of its own ("Report on the Joint Committee        Ministry"). Two
    // pages give no repeat to find it by.
    if let Some(t) = title_at.filter(|_| text.contains('\u{c}')) {
        let title = widen
            .as_ref()
            .map_or(piece_text(t), |&(_, a, b, _)| &text[a..b]);
        let title_words: FxHashSet<String> = normalized(title)
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        for i in t + 1..pieces.len() {
            if roles[i] == Role::Content
                && pieces[i].shape.lines == 1
                && text[..pieces[i].start]
                    .trim_end_matches([' ', '\t', '\n', '\r'])
                    .ends_with('\u{c}')
                && is_title_beside_name(piece_text(i), &title_words)
            {
                roles[i] = Role::Chrome(Reason::RunningHeader);
            }
        }
    }

    // A browser copies an image as its alternative text, on a line of its own just
    // above the caption: a few words without a full stop over a line set aside as a
    // photo's caption or credit are the image's. (Below the title: a headline may
    // stand over the photo's credit, its image not copied; without a title, none is. A
    // table's last row over its source is no image's.)
    let below = title_at.map_or(pieces.len(), |t| t + 1);
    for i in below..pieces.len().saturating_sub(1) {
        let line = &text[pieces[i].start..pieces[i].end];
        let gap = &text[pieces[i].end..pieces[i + 1].start];
        if roles[i] == Role::Content
            && roles[i + 1] == Role::Chrome(Reason::PhotoCredit)
            && pieces[i].shape.lines == 1
            && (2..=15).contains(&pieces[i].shape.words)
            && !ends_sentence(line)
            && table_row_cells(line).is_none()
            && gap.trim().is_empty()
            && gap.matches('\n').count() == 1
        {
            roles[i] = Role::Chrome(Reason::AltText);
        }
    }

    // A press release names its press contact under the headline, a line each: the
    // office or person ("Office of Public Affairs", "Biuro Prasowe", "대변인실") over a
    // telephone number or an e-mail address. The header's block was split to be judged
    // line by line, so the name over its contact lines is told here, and a label over
    // the name ("Media contact" / "Anna Lis" / "+48 …") with it.
    let mut named = vec![false; pieces.len()];
    for i in (below..pieces.len().saturating_sub(1)).rev() {
        let next = &text[pieces[i + 1].start..pieces[i + 1].end];
        if pieces[i].zone == Zone::Header
            && pieces[i + 1].para == pieces[i].para
            && roles[i] == Role::Content
            && roles[i + 1] == Role::Chrome(Reason::Footer)
            && (named[i + 1] || is_contact_address(next))
            && is_contact_name(&text[pieces[i].start..pieces[i].end])
        {
            roles[i] = Role::Chrome(Reason::Footer);
            named[i] = true;
        }
    }

    // A news page closes its article with the writer's box: the byline, a line of what
    // the writer covers ("산업부에서 통신 업계를 취재합니다.", "Anna Lee covers ports
    // for the Courier.") and a button to follow or subscribe.
    for i in 1..pieces.len().saturating_sub(1) {
        let byline_above = |buffer: &mut String| {
            let above = piece_text(i - 1).trim();
            let shape = Shape {
                words: words(above),
                lines: 1,
                cased: true,
            };
            pieces[i - 1].shape.lines == 1
                && rule_with(above, true, &shape, buffer) == Some(Reason::Byline)
        };
        if pieces[i].zone == Zone::Footer
            && roles[i] == Role::Content
            && pieces[i].shape.lines == 1
            && pieces[i].shape.words <= 25
            && matches!(roles[i + 1], Role::Chrome(Reason::Form | Reason::Button))
            && byline_above(&mut buffer)
        {
            roles[i] = Role::Chrome(Reason::Byline);
        }
    }

    // A writer's box may have no button: the writer's name closing the block above it
    // (after the tags or a follow link) and a line saying who the writer is, opening
    // with the trade ("Dziennikarka Gazety, pisze o portach", "Reporter at the Courier,
    // covering energy").
    for i in 1..pieces.len() {
        let named_above = non_blank_lines(piece_text(i - 1))
            .last()
            .is_some_and(|l| is_name(l.trim()));
        let trade = piece_text(i)
            .split_whitespace()
            .next()
            .map(|w| w.trim_end_matches(',').to_lowercase());
        if pieces[i].zone == Zone::Footer
            && roles[i] == Role::Content
            && pieces[i].shape.lines == 1
            && pieces[i].shape.words <= 25
            && matches!(roles[i - 1], Role::Chrome(_))
            && named_above
            && trade.is_some_and(|t| WRITER_TRADES.contains(&t.as_str()))
        {
            roles[i] = Role::Chrome(Reason::Byline);
        }
    }

    // A board view's pager pasted a line each: the label ("Prev", "다음글", "Następny")
    // over the neighbouring post's headline, which is a link.
    for i in 1..pieces.len() {
        let gap = &text[pieces[i - 1].end..pieces[i].start];
        if pieces[i].zone == Zone::Footer
            && roles[i] == Role::Content
            && roles[i - 1] == Role::Chrome(Reason::PrevNext)
            && pieces[i].shape.lines == 1
            && pieces[i].shape.words <= 30
            && gap.trim().is_empty()
            && gap.matches('\n').count() == 1
            && is_pager_label(piece_text(i - 1))
        {
            roles[i] = Role::Chrome(Reason::PrevNext);
        }
    }

    // A table of the text pasted a row a line, its cells split by tabs: a row dating an
    // event ("일시\t2025년 7월 8일(화) 10:00", "Termin\t12 maja 2025") beside rows of the
    // same cells kept as text is the table's, not the page's date line. (Above the
    // text, a board view's rows of facts are chrome together.)
    let rows: Vec<Option<usize>> = (0..pieces.len())
        .map(|i| table_row_cells(piece_text(i)))
        .collect();
    let beside_kept_row = |i: usize, roles: &[Role]| {
        [i.wrapping_sub(1), i + 1].into_iter().any(|j| {
            j < pieces.len() && rows[j].is_some() && rows[j] == rows[i] && roles[j] == Role::Content
        })
    };
    for i in 0..pieces.len() {
        if pieces[i].zone == Zone::Body
            && roles[i] == Role::Chrome(Reason::Dateline)
            && rows[i].is_some()
            && beside_kept_row(i, &roles)
        {
            roles[i] = Role::Content;
        }
    }

    // Between the headline and the text, alt text copied without a caption under it
    // says what kind of picture it is: "Plakat programu stypendialnego", "Poster of
    // the ferry festival".
    for i in below..pieces.len() {
        let line = piece_text(i).trim();
        if pieces[i].zone == Zone::Header
            && roles[i] == Role::Content
            && pieces[i].shape.lines == 1
            && (2..=12).contains(&pieces[i].shape.words)
            && !ends_sentence(line)
            && !line.contains(':')
            && {
                let lower = line.to_lowercase();
                IMAGE_NOUNS.iter().any(|n| lower.starts_with(n))
            }
        {
            roles[i] = Role::Chrome(Reason::AltText);
        }
    }

    // After the text: lists of short lines without sentences are links. A table's rows
    // are not: a table may follow the last paragraph. (A footer's links set in a table
    // are a word or two a cell; a table of the text says more in some cell.)
    for (i, p) in pieces.iter().enumerate() {
        let table = (rows[i].is_some()
            && [i.wrapping_sub(1), i + 1].into_iter().any(|j| {
                j < pieces.len()
                    && rows[j] == rows[i]
                    && (has_wordy_cell(piece_text(i)) || has_wordy_cell(piece_text(j)))
            }))
            || (is_table(piece_text(i)) && has_wordy_cell(piece_text(i)));
        if p.zone == Zone::Footer && roles[i] == Role::Content && !table {
            let link_like = non_blank_lines(piece_text(i)).all(|l| {
                let l = without_trailing_date(l);
                words(l) <= 8 && !ends_sentence(l)
            });
            if link_like {
                roles[i] = Role::Chrome(Reason::FooterLinks);
            }
        }
    }

    // The same block twice (a title repeated by the page) is kept once.
    let mut seen = Seen::with_capacity(pieces.len());
    for (i, p) in pieces.iter().enumerate() {
        if !seen.insert(piece_text(i), p.hash) {
            roles[i] = Role::Duplicate;
        }
    }

    // The title's other lines are in its block now.
    let mut dropped = vec![false; pieces.len()];
    if let Some((t, a, b, lines)) = widen {
        pieces[t].start = a;
        pieces[t].end = b;
        for i in lines.into_iter().filter(|&i| i != t) {
            dropped[i] = true;
        }
    }
    // Below the title, the header's lines were split only to be judged: lines of one
    // paragraph that all stay content (a standfirst hard-wrapped by the page, a caption's
    // two lines) are one block again.
    if let Some(t) = title_at {
        let mut i = t + 1;
        let kept =
            |k: usize| pieces[k].zone == Zone::Header && roles[k] == Role::Content && !dropped[k];
        let mut runs = Vec::new();
        while i < pieces.len() {
            let mut j = i;
            while kept(i)
                && j + 1 < pieces.len()
                && pieces[j + 1].para == pieces[i].para
                && kept(j + 1)
            {
                j += 1;
            }
            if j > i {
                runs.push((i, j));
            }
            i = j + 1;
        }
        for (i, j) in runs {
            pieces[i].end = pieces[j].end;
            dropped[i + 1..=j].iter_mut().for_each(|d| *d = true);
            // Whole again, a caption says what it is: "… Pocheon, March 12. REUTERS/" /
            // "Kim Soo-hyeon/File Photo".
            let joined = normalized_keep_case(&text[pieces[i].start..pieces[i].end]);
            if let Some(reason) = line_hint(&joined, Zone::Header) {
                roles[i] = Role::Chrome(reason);
            }
        }
    }
    let title = title_at
        .map(|t| normalized_keep_case(without_type_label(&text[pieces[t].start..pieces[t].end])));
    Layout {
        blocks: pieces
            .iter()
            .zip(roles)
            .zip(dropped)
            .filter(|&(_, dropped)| !dropped)
            .map(|((p, role), _)| Block {
                start: p.start,
                end: p.end,
                role,
            })
            .collect(),
        title,
    }
}

/// Whether a block of two lines is a "read also" teaser carrying its own headline over
/// the next section's subheading, pasted without a blank line between them ("Czytaj
/// także: <headline>" / "Nowe miejsca pracy", "See also: <headline>" / "Next steps"):
/// news pages set the teaser just above a subheading, and the subheading is the
/// text's. (A bare "Czytaj także:" heads the links under it instead.)
fn teaser_over_subheading(block: &str, shape: &Shape, buffer: &mut String) -> bool {
    let mut lines = non_blank_lines(block).map(str::trim);
    let (Some(teaser), Some(subheading), None) = (lines.next(), lines.next(), lines.next()) else {
        return false;
    };
    let teaser_shape = Shape {
        words: words(teaser),
        lines: 1,
        cased: shape.cased,
    };
    !is_bare_heading(teaser)
        && rule_with(teaser, false, &teaser_shape, buffer) == Some(Reason::SeeAlso)
        && link_like(subheading)
        && rule_with(
            subheading,
            false,
            &Shape {
                words: words(subheading),
                ..teaser_shape
            },
            buffer,
        )
        .is_none()
}

/// The hashes of the lines that open or close most pages of a text with form feeds
/// (`pdftotext` output): running headers and footers. Page numbers differ from page to
/// page, and [`line_hint`] knows them.
fn running_lines(text: &str) -> FxHashSet<u64> {
    let mut out = FxHashSet::default();
    if !text.contains('\u{c}') {
        return out;
    }
    let mut counts: rustc_hash::FxHashMap<u64, usize> = Default::default();
    let mut pages = 0;
    for page in text.split('\u{c}') {
        // A running header or footer may take two lines (an office under its
        // organisation's name): the first two lines and the last two are counted.
        let lines: Vec<&str> = page
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        if lines.is_empty() {
            continue;
        }
        pages += 1;
        let n = lines.len();
        let mut hashes: Vec<u64> = [0, 1, n.saturating_sub(2), n - 1]
            .into_iter()
            .filter(|&i| i < n)
            .map(|i| hash_of(normalized_keep_case(lines[i]).as_bytes()))
            .collect();
        hashes.sort_unstable();
        hashes.dedup();
        for hash in hashes {
            *counts.entry(hash).or_default() += 1;
        }
    }
    if pages >= 2 {
        out.extend(
            counts
                .into_iter()
                .filter(|&(_, n)| n >= 2 && n * 2 >= pages)
                .map(|(hash, _)| hash),
        );
    }
    out
}

/// Whether `line` is one of the lines running at the edge of most pages (`running`, see
/// [`running_lines`]), letter for letter: a title's line in capitals is not its running
/// header in small letters.
fn is_running_line(line: &str, running: &FxHashSet<u64>) -> bool {
    !running.is_empty() && running.contains(&hash_of(normalized_keep_case(line).as_bytes()))
}

/// Whether a block of a paged text is nothing but lines running at the edge of most
/// pages (`running`, see [`running_lines`]) and page numbers, one of them running at
/// least: a press release's footer note under its page number ("- 2 -" / "For more
/// information, contact the press office"), pasted as one paragraph.
fn is_running_block(text: &str, running: &FxHashSet<u64>) -> bool {
    let mut any = false;
    for line in non_blank_lines(text) {
        let line = line.trim();
        if is_running_line(line, running) {
            any = true;
        } else if !is_page_number(line) {
            return false;
        }
    }
    any
}

/// For each piece, whether it is a whole body paragraph already found to be prose
/// (no rule fires on it).
fn body_prose(pieces: &[Piece], paras: &[(usize, usize)], prose: &[bool]) -> Vec<bool> {
    let mut out = Vec::with_capacity(pieces.len());
    let mut p = 0;
    for piece in pieces {
        let (a, b) = (piece.start, piece.end);
        while p < paras.len() && paras[p].1 <= a && paras[p] != (a, b) {
            p += 1;
        }
        out.push(piece.zone == Zone::Body && p < paras.len() && paras[p] == (a, b) && prose[p]);
    }
    out
}

/// Whether `line` is a running header set in two columns, a run of spaces between
/// them: three words or more of the title (`title_words`, normalized) on one side, up
/// to three words (an office's name or abbreviation, a page number) on the other.
fn is_title_beside_name(line: &str, title_words: &FxHashSet<String>) -> bool {
    let Some((left, right)) = line.trim().split_once("    ") else {
        return false;
    };
    let (left, right) = (left.trim(), right.trim());
    let of_title = |side: &str| {
        let side = normalized(side);
        let words: Vec<&str> = side.split(' ').filter(|w| !w.is_empty()).collect();
        words.len() >= 3 && words.iter().all(|w| title_words.contains(*w))
    };
    let short = |side: &str| (1..=3).contains(&words(side)) && !side.contains("    ");
    (of_title(left) && short(right)) || (short(left) && of_title(right))
}

/// The number of cells of `line` if it is a table's row pasted with tabs: two cells or
/// more, not blank.
fn table_row_cells(line: &str) -> Option<usize> {
    if line.contains('\n') || !line.contains('\t') {
        return None;
    }
    let cells = line.split('\t').filter(|c| !c.trim().is_empty()).count();
    (cells >= 2).then_some(cells)
}

/// Whether a cell of the tab-separated rows of `text` has three words or more.
fn has_wordy_cell(text: &str) -> bool {
    text.split(['\t', '\n']).any(|cell| words(cell) >= 3)
}

/// Whether `text` is a table pasted as one block: two rows or more, each of the same
/// number of cells split by tabs.
fn is_table(text: &str) -> bool {
    let mut rows = non_blank_lines(text).map(|l| table_row_cells(l.trim_end_matches('\r')));
    let Some(Some(first)) = rows.next() else {
        return false;
    };
    let mut more = false;
    for row in rows {
        if row != Some(first) {
            return false;
        }
        more = true;
    }
    more
}

/// Whether `line` reaches someone: it holds an e-mail address or a telephone number.
fn is_contact_address(line: &str) -> bool {
    crate::corpus::format::html::has_email(line)
        || crate::corpus::format::html::has_phone_number(line)
}

/// Whether `line` can name a press contact over its telephone or e-mail line: a few
/// words without digits or a sentence's end ("Office of Public Affairs", "Anna Lis",
/// "Media contact:").
fn is_contact_name(line: &str) -> bool {
    let line = line.trim();
    (1..=6).contains(&words(line))
        && !ends_sentence(line)
        && !line.bytes().any(|b| b.is_ascii_digit())
}

/// `line` without the date a list of other posts prints after each headline, glued on or
/// spaced ("Ministry opens a call2025. 7. 3.", "Port reopens 03.07.2025"): three groups
/// of digits, one of them a year, with their separators. The date's last full stop
/// ends no sentence of the headline.
fn without_trailing_date(line: &str) -> &str {
    let line = line.trim_end();
    let start = line
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_ascii_digit() || matches!(c, '.' | '-' | '/' | ' ')))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let tail = &line[start..];
    let groups: Vec<&str> = tail
        .split(|c: char| !c.is_ascii_digit())
        .filter(|g| !g.is_empty())
        .collect();
    if start > 0 && groups.len() == 3 && groups.iter().any(|g| g.len() == 4) {
        &line[..start]
    } else {
        line
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::chrome::phrases::{BYLINE, COOKIE, PRIVACY, RELATED, SKIP};
    use crate::corpus::chrome::test_pages::*;
    use proptest::prelude::*;

    /// Each block of `text`'s layout, with its role.
    fn block_roles(text: &str) -> Vec<(String, Role)> {
        text_layout(text)
            .blocks
            .iter()
            .map(|b| (text[b.start..b.end].to_string(), b.role))
            .collect()
    }

    #[test]
    fn header_lines_below_the_title_that_stay_content_are_one_block_again() {
        // A standfirst hard-wrapped by the page between the headline and the text, and a
        // wire caption whose credit is told only once its two lines are one.
        let text = format!(
            "Skip to content\nHarbour News\nPorts\n\n\
             Gdynia Opens a Second Ferry Terminal for Its New Baltic Routes to Scandinavia\n\n\
             - Terminal to serve three new routes to Sweden and\nFinland from next spring\n\n\
             Ferries wait at the quay in Gdynia. Photo by\nJan Lis\n\n\
             {PROSE}\n\n{PROSE} End."
        );
        let layout = text_layout(&text);
        let all: Vec<(&str, Role)> = layout
            .blocks
            .iter()
            .map(|b| (&text[b.start..b.end], b.role))
            .collect();
        assert!(
            all.contains(&(
                "- Terminal to serve three new routes to Sweden and\nFinland from next spring",
                Role::Content
            )),
            "{all:#?}"
        );
        assert!(
            all.iter()
                .any(|&(t, r)| t.ends_with("Jan Lis") && r == Role::Chrome(Reason::PhotoCredit)),
            "{all:#?}"
        );
    }

    #[test]
    fn alt_text_naming_its_picture_between_the_headline_and_the_text_is_chrome() {
        let text = format!(
            "Harbour News\n\nGdynia Opens Its Ferry Festival for the Summer Season\n\n\
             3 March 2025\n\nPoster of the ferry festival in the old harbour\n\n\
             Pictures from the quay, a summer on the Baltic\n\n\
             Photo exhibition opens at the ferry terminal\n\n{PROSE}\n\n{PROSE} End."
        );
        let all = block_roles(&text);
        assert_eq!(
            role_of(&all, "Poster of"),
            Role::Chrome(Reason::AltText),
            "{all:#?}"
        );
        // A standfirst is no picture's.
        assert_eq!(role_of(&all, "Pictures from"), Role::Content, "{all:#?}");
        assert_eq!(role_of(&all, "Photo exhibition"), Role::Content, "{all:#?}");
        assert_eq!(role_of(&all, "Gdynia Opens"), Role::Title);
    }

    #[test]
    fn a_blogs_tool_lines_around_a_repost_are_chrome() {
        // A blog post reposting a press release, pasted a paragraph a line: the follow
        // and tool buttons under the date, the reactions and report button between the
        // release's paragraphs.
        let lines = [
            "블로그",
            "항만 이야기",
            "부산항 신규 터미널 개장 소식",
            "2025. 3. 5. 10:20",
            "이웃추가",
            "본문 기타 기능",
            "항만공사는 5일 부산 북항에 새 국제여객터미널을 열고 크루즈선과 국제 여객선을 함께 받을 수 있게 됐다고 밝혔다.",
            "공감 5",
            "댓글 2",
            "공유하기",
            "신고하기",
            "공사는 올해 크루즈 120척을 유치하고 터미널 주변에 관광 안내소와 면세점을 차례로 열 계획이라고 덧붙였다.",
            "터미널 이용객은 지난해보다 크게 늘었으며 공사는 연말까지 주차장과 대중교통 연결도 개선할 예정이라고 전했다.",
        ];
        let page = lines.join("\n");
        let all = block_roles(&page);
        for start in [
            "이웃추가",
            "본문 기타",
            "공감 5",
            "댓글 2",
            "공유하기",
            "신고하기",
        ] {
            assert!(
                matches!(role_of(&all, start), Role::Chrome(_)),
                "{start}: {all:#?}"
            );
        }
        assert_eq!(role_of(&all, "부산항 신규"), Role::Title, "{all:#?}");
        for start in ["항만공사는", "공사는 올해", "터미널 이용객"] {
            assert_eq!(role_of(&all, start), Role::Content, "{start}: {all:#?}");
        }
    }

    #[test]
    fn the_writers_line_between_the_byline_and_the_follow_button_is_chrome() {
        let lines = [
            "항만일보",
            "부산항 신규 여객터미널 개장…크루즈 유치 본격화",
            "입력 2025.03.05 09:10",
            "항만공사는 5일 부산 북항에 새 국제여객터미널을 열고 크루즈선과 국제 여객선을 함께 받을 수 있게 됐다고 밝혔다.",
            "공사는 올해 크루즈 120척을 유치하고 터미널 주변에 관광 안내소와 면세점을 차례로 열 계획이라고 덧붙였다.",
            "이○○ 기자",
            "해양수산부와 항만 물류를 취재합니다.",
            "구독하기",
            "터미널 이용객은 전년보다 늘었다.",
        ];
        let page = lines.join("\n");
        let all = block_roles(&page);
        assert_eq!(
            role_of(&all, "해양수산부와"),
            Role::Chrome(Reason::Byline),
            "{all:#?}"
        );
        // Without the writer's byline above, a line after the text stays.
        assert_eq!(role_of(&all, "터미널 이용객"), Role::Content, "{all:#?}");
    }

    #[test]
    fn a_running_header_from_the_second_page_on_is_chrome() {
        // Two pages of `pdftotext` output: the letterhead on the first, the running
        // header (the title shortened, the office's abbreviation) only on the second.
        let text = format!(
            "Harbour Authority                              Gdynia, 3 March 2025\n\n\n\
             Report on the Second Meeting of the Baltic Ferry\n\
             Joint Committee on Port Services\n\n{PROSE}\n\n{PROSE} First.\n\n\
             1\n\x0cReport on the Second Meeting of the Joint Committee          HA\n\n\
             {PROSE} Second.\n\nReport on the Joint Committee          HA\n\n{PROSE} Third.\n\n2\n\x0c"
        );
        let all = block_roles(&text);
        assert_eq!(
            role_of(&all, "Report on the Second Meeting of the Joint"),
            Role::Chrome(Reason::RunningHeader),
            "{all:#?}"
        );
        assert_eq!(
            role_of(&all, "Report on the Second Meeting of the Baltic"),
            Role::Title
        );
        // Not at the top of a page: the text's own line.
        assert_eq!(role_of(&all, "Report on the Joint"), Role::Content);
    }

    #[test]
    fn rows_of_a_table_pasted_with_tabs_stay_text() {
        // A notice pasted a paragraph a line: the board's facts above the text, a table
        // of the event (its date in a row) and a table of figures led by years, the
        // last over its source, and a table after the last paragraph.
        let lines = [
            "공지사항",
            "항만 물류 설명회 참가기업 모집",
            "작성자\t물류정책팀\t등록일\t2025-03-04",
            "조회수\t88\t첨부파일\t신청서.hwp (20KB)",
            "항만공사는 부산 북항에서 국내 물류기업을 위한 항만 물류 설명회를 열고 참가기업을 아래와 같이 모집한다고 밝혔다.",
            "일시\t2025년 4월 2일(수) 14:00~17:00",
            "장소\t부산 북항 국제여객터미널 회의실",
            "연도\t물동량\t증가율",
            "2023\t2,310\t3,1",
            "2024\t2,450\t6,0",
            "자료: 항만공사",
            "항만공사는 설명회에서 내년 물류단지 조성 계획과 입주 기업 지원 제도를 소개하고 기업들의 의견을 듣는다고 덧붙였다.",
            "구분\t지원 내용",
            "입주\t임대료 감면 및 물류 컨설팅",
            "누리집 안내\t이용 안내\t사이트맵",
            "찾아오시는 길\t채용\t언론 보도",
        ];
        let page = lines.join("\n");
        let all = block_roles(&page);
        for start in ["일시", "장소", "연도", "2023", "2024", "구분", "입주"] {
            assert_eq!(role_of(&all, start), Role::Content, "{start}: {all:#?}");
        }
        assert_eq!(
            role_of(&all, "작성자"),
            Role::Chrome(Reason::Byline),
            "{all:#?}"
        );
        // The footer's links set in a table, a word or two a cell, are links.
        for start in ["누리집 안내", "찾아오시는 길"] {
            assert!(
                matches!(role_of(&all, start), Role::Chrome(_)),
                "{start}: {all:#?}"
            );
        }
    }

    #[test]
    fn a_line_of_words_above_a_photo_caption_is_the_photos_alt_text() {
        let text = format!(
            "Harbour News\nGdynia opens a second ferry terminal for its Baltic routes\n\n\
             Cranes over the new quay at dawn\nThe terminal opened on Monday (Photo: Port of Gdynia)\n\n\
             {PROSE}\n\nA new route\nThe first ferry leaves in May.\n\n{PROSE} End."
        );
        let all = block_roles(&text);
        assert_eq!(
            role_of(&all, "Cranes over"),
            Role::Chrome(Reason::AltText),
            "{all:#?}"
        );
        // A heading over a sentence is no alt text.
        assert!(
            all.iter()
                .any(|(t, r)| t.starts_with("A new route") && *r == Role::Content),
            "{all:#?}"
        );
    }

    #[test]
    fn a_press_contact_under_the_headline_is_chrome_with_its_name() {
        let text = format!(
            "Harbour Authority\nPress Releases\n\n\
             Harbour Authority and Port of Gdynia Sign a Ferry Pact\n\nMarch 3, 2025\n\n\
             Media contact\nPress Office\n+48 58 555 01 01\npress@harbour.example.org\n\n\
             Ferry routes for the Baltic\n\n{PROSE}\n\n{PROSE} End."
        );
        let all = block_roles(&text);
        for start in ["Media contact", "Press Office", "+48 58", "press@"] {
            assert_eq!(
                role_of(&all, start),
                Role::Chrome(Reason::Footer),
                "{start}: {all:#?}"
            );
        }
        assert_eq!(role_of(&all, "Harbour Authority and"), Role::Title);
        // A standfirst of its own paragraph is no contact's name.
        assert_eq!(role_of(&all, "Ferry routes"), Role::Content, "{all:#?}");
    }

    #[test]
    fn a_portal_footer_with_its_notes_and_most_read_list_is_chrome() {
        let text = format!(
            "{PROSE}\n\n{PROSE} End.\n\n\
             이 기사는 언론사에서 경제 섹션으로 분류했습니다.\n\n\
             부산일보 많이 본 뉴스\n\n\
             1 항만 물동량 역대 최대…수출 회복세\n2 여객선 운항 재개, 섬 주민 숨통\n\n\
             각 언론사가 제공하는 기사는 포털의 편집 방향과 무관합니다."
        );
        let all = roles(&text, None);
        for start in ["이 기사는", "부산일보", "1 항만", "각 언론사"] {
            assert!(matches!(role_of(&all, start), Role::Chrome(_)), "{all:#?}");
        }
    }

    #[test]
    fn a_box_of_link_lines_with_a_footer_line_is_chrome() {
        let text = format!(
            "Wind pact signed in Lisbon\n\n{PROSE}\n\n{PROSE} Second.\n\n\
             Most popular\nFerry strike ends after two weeks\nMarkets close higher on Friday\n\n\
             Opinion: why ports matter\nContact us: Rua do Ouro 12 | Tel. +351 21 000 0000\n\
             © Lisbon Courier 2025. All rights reserved.\n\n{PROSE} The last paragraph."
        );
        let all = roles(&text, None);
        // Both boxes stand between paragraphs of the body.
        assert_eq!(
            role_of(&all, "Most popular"),
            Role::Chrome(Reason::RelatedLinks),
            "{all:#?}"
        );
        assert!(
            matches!(role_of(&all, "Opinion: why"), Role::Chrome(_)),
            "{all:#?}"
        );
        assert_eq!(role_of(&all, PROSE), Role::Content);
        assert_eq!(role_of(&all, &format!("{PROSE} The last")), Role::Content);
    }

    #[test]
    fn a_table_or_a_wrapped_paragraph_is_not_a_box() {
        // Cells one to a line, a lone number among them, and a wrapped paragraph.
        let text = format!(
            "Wind pact signed in Lisbon\n\n{PROSE}\n\nProject\nCapacity\nOffshore wind\n120\nHydrogen\n45\n\n\
             The parties will report on progress every year\nto the joint committee, which meets in\nLisbon and Oslo in turn.\n\n{PROSE} End."
        );
        let all = roles(&text, None);
        assert_eq!(role_of(&all, "Project"), Role::Content, "{all:#?}");
        assert_eq!(role_of(&all, "The parties will"), Role::Content);
    }

    #[test]
    fn headlines_under_a_lone_related_heading_are_its_links() {
        let text = format!(
            "Wind pact signed in Lisbon\n\n{PROSE}\n\nMost viewed\n\nFerry strike ends after two weeks\n\n\
             Markets close higher on Friday\n\n{PROSE} The pact takes effect in 2026."
        );
        let all = roles(&text, None);
        assert_eq!(
            role_of(&all, "Ferry strike"),
            Role::Chrome(Reason::RelatedLinks),
            "{all:#?}"
        );
        assert_eq!(
            role_of(&all, "Markets close"),
            Role::Chrome(Reason::RelatedLinks)
        );
        // The run ends at the next paragraph of prose.
        assert_eq!(role_of(&all, &format!("{PROSE} The pact")), Role::Content);
    }

    #[test]
    fn long_headlines_under_a_related_or_latest_releases_heading_after_the_text_are_links() {
        // After the last paragraph, a press office lists its other releases under
        // "Related" or "Latest press releases": headlines too long for a footer's links.
        let text = format!(
            "Harbour Authority\n\nPorts of Two Seas Agree on Shared Ferry Timetables\n\n\
             {PROSE}\n\n{PROSE} The timetable starts in May.\n\n\
             Related\nHarbour Authority Approves New Funding for the Northern Breakwater Works\n\
             Podcast: Ferries after the winter storms\n\
             Sign up for our newsletter to receive the latest news from the port.\n\
             The authority runs every port of the region.\nJobs\n\n\
             Latest press releases\n\
             Shipping lanes: the authority publishes its plan for the dredging season\n\
             Harbour Authority welcomes the new ministers of transport to the port\n\
             Tariffs: fees stay level for local fishing boats in 2026"
        );
        let all = block_roles(&text);
        for start in [
            "Related",
            "Harbour Authority Approves",
            "Latest press releases",
            "Shipping lanes",
        ] {
            assert_eq!(
                role_of(&all, start),
                Role::Chrome(Reason::RelatedLinks),
                "{start}: {all:#?}"
            );
        }
        assert_eq!(role_of(&all, "Ports of Two Seas"), Role::Title);
        // A heading of the text that opens with the word is no list's heading.
        let text = format!(
            "Ports of Two Seas Agree on Shared Ferry Timetables\n\n{PROSE}\n\n\
             Related measures for the fishing fleet\n\n{PROSE} They start in May."
        );
        let all = roles(&text, None);
        assert_eq!(role_of(&all, "Related measures"), Role::Content, "{all:#?}");
    }

    #[test]
    fn a_page_pasted_a_paragraph_a_line() {
        // A Korean ministry page copied from a browser: no blank lines, menus and a view
        // count around the headline, a caption, share buttons and a footer.
        let lines = [
            "본문 바로가기",
            "이 누리집은 대한민국 공식 전자정부 누리집입니다.",
            "알림마당",
            "보도자료",
            "홈 > 알림마당 > 보도자료",
            "한-포르투갈, 해상풍력 공동연구 착수",
            "등록일 2025.02.11 조회수 1,204",
            "해양수산부는 11일 리스본에서 포르투갈 바다경제부와 해상풍력 공동연구 협약을 체결하고 부유식 풍력 발전 실증을 함께 추진하기로 했다고 밝혔다.",
            "사진=해양수산부 제공",
            "양국은 2027년까지 실증 단지 두 곳을 조성하고 연구 인력을 교류하며, 그 성과를 국제 표준화 논의에 함께 제안하기로 합의했다.",
            "공유하기",
            "페이스북",
            "목록",
            "(30110) 세종특별자치시 다솜2로 94 해양수산부",
            "Copyright(C) Ministry of Oceans. All rights reserved.",
        ];
        let page = lines.join("\n");
        let paras: Vec<(usize, usize)> = crate::corpus::format::text::paragraphs(&page)
            .into_iter()
            .map(|p| (p.start, p.end))
            .collect();
        assert_eq!(paras.len(), lines.len());
        let layout = classify(&page, &paras, None);
        let all: Vec<(String, Role)> = layout
            .blocks
            .iter()
            .map(|b| (page[b.start..b.end].to_string(), b.role))
            .collect();
        assert_eq!(
            layout.title.as_deref(),
            Some("한-포르투갈, 해상풍력 공동연구 착수")
        );
        assert_eq!(
            role_of(&all, "이 누리집은"),
            Role::Chrome(Reason::SiteBanner)
        );
        assert_eq!(role_of(&all, "등록일"), Role::Chrome(Reason::Dateline));
        assert_eq!(role_of(&all, "해양수산부는 11일"), Role::Content);
        assert_eq!(role_of(&all, "사진="), Role::Chrome(Reason::PhotoCredit));
        assert_eq!(role_of(&all, "양국은 2027년"), Role::Content);
        assert!(matches!(role_of(&all, "공유하기"), Role::Chrome(_)));
        assert!(matches!(role_of(&all, "(30110)"), Role::Chrome(_)));
        assert!(matches!(role_of(&all, "Copyright"), Role::Chrome(_)));
    }

    #[test]
    fn a_title_line_in_capitals_is_not_the_running_header_in_small_letters() {
        let header = "Baltic Ports Council";
        let page = |body: &str| format!("{header}\n\n{body}\n");
        let text = [
            page(&format!(
                "JOINT STATEMENT OF THE SECOND MEETING OF THE\nBALTIC PORTS COUNCIL\n\n{PROSE}"
            )),
            page(PROSE),
            page(PROSE),
        ]
        .join("\u{c}");
        let layout = text_layout(&text);
        assert_eq!(
            layout.title.as_deref(),
            Some("JOINT STATEMENT OF THE SECOND MEETING OF THE BALTIC PORTS COUNCIL")
        );
        assert!(layout.blocks.iter().any(|b| {
            b.role == Role::Title && text[b.start..b.end].ends_with("BALTIC PORTS COUNCIL")
        }));
    }

    #[test]
    fn running_headers_of_a_paged_text_are_set_aside() {
        let header = "Office of the Energy Regulator – Annual Review";
        let page = |n: usize, body: &str| format!("{header}\n\n{body}\n\n– {n} –\n");
        let text = [
            page(1, &format!("Offshore wind licences in 2024\n\n{PROSE}")),
            page(2, PROSE),
            page(3, PROSE),
        ]
        .join("\u{c}");
        let paras: Vec<(usize, usize)> = crate::corpus::format::text::paragraphs(&text)
            .into_iter()
            .map(|p| (p.start, p.end))
            .collect();
        let layout = classify(&text, &paras, None);
        let headers = layout
            .blocks
            .iter()
            .filter(|b| text[b.start..b.end].trim() == header)
            .map(|b| b.role)
            .collect::<Vec<_>>();
        // The first is set aside as a running header, its repeats are kept once.
        assert_eq!(
            headers,
            vec![
                Role::Chrome(Reason::RunningHeader),
                Role::Duplicate,
                Role::Duplicate
            ]
        );
        assert_eq!(
            layout.title.as_deref(),
            Some("Offshore wind licences in 2024")
        );
        let numbers = layout
            .blocks
            .iter()
            .filter(|b| text[b.start..b.end].starts_with('–'))
            .all(|b| b.role == Role::Chrome(Reason::PageNumber));
        assert!(numbers);
    }

    #[test]
    fn a_pager_label_over_a_long_headline_and_a_footer_address() {
        let page = format!(
            "Harbour Board\nHarbour Board opens a ferry terminal\n{PROSE}\n{PROSE} Second.\n\
             {PROSE} End.\n\
             Previous\n\
             Harbour Board publishes its annual report on passenger traffic and the new timetable\n\
             Next\n\
             Ferry operators invited to a consultation on night crossings between the two ports\n\
             Are you satisfied with the information on this page?\n\
             The official website of the Harbour Board\n\
             7 Quay Street, Jung-gu, Incheon, 22314, Republic of Korea"
        );
        // Pasted text: a paragraph a line.
        let layout = text_layout(&page);
        let all: Vec<(String, Role)> = layout
            .blocks
            .iter()
            .map(|b| (page[b.start..b.end].to_string(), b.role))
            .collect();
        for start in ["Harbour Board publishes", "Ferry operators"] {
            assert_eq!(role_of(&all, start), Role::Chrome(Reason::PrevNext));
        }
        assert_eq!(role_of(&all, "Are you"), Role::Chrome(Reason::Form));
        assert_eq!(
            role_of(&all, "The official"),
            Role::Chrome(Reason::SiteBanner)
        );
        assert_eq!(role_of(&all, "7 Quay"), Role::Chrome(Reason::Footer));
    }

    #[test]
    fn a_writers_box_without_a_button_under_the_tags() {
        let page = format!(
            "Gazeta Portowa\n\nPromy z Gdyni popłyną do Karlskrony częściej\n\n{PROSE}\n\n{PROSE} End.\n\n\
             Tagi: promy gdynia szwecja\nTomasz Nowicki\n\n\
             Reporter Gazety Portowej, pisze o transporcie morskim i portach.\n\n\
             Regulamin Polityka prywatności"
        );
        let all = roles(&page, None);
        assert_eq!(
            role_of(&all, "Reporter Gazety"),
            Role::Chrome(Reason::Byline)
        );
    }

    #[test]
    fn a_teaser_pasted_over_a_subheading_leaves_the_subheading() {
        let page = format!(
            "Gazeta Portowa\n\nPromy z Gdyni popłyną do Karlskrony częściej\n\n{PROSE}\n\n\
             Zobacz też: Nowy dworzec morski w Świnoujściu. Kiedy otwarcie?\n\
             Rozkład na sezon letni\n\n{PROSE} Second paragraph.\n\n{PROSE} End."
        );
        let all = roles(&page, None);
        assert_eq!(role_of(&all, "Zobacz też"), Role::Chrome(Reason::SeeAlso));
        assert_eq!(role_of(&all, "Rozkład na sezon"), Role::Content);
    }

    #[test]
    fn a_blog_page_around_a_statement() {
        let page = format!(
            "Jump to content\nThe Daily Courier\n\nWorld › Europe\n\nPortugal and Norway sign energy pact\n\nPosted by editor\n\n{PROSE}\n\nRead also  Floods close roads in the north — Courier\n\n{PROSE} Second paragraph.\n\nRelated Posts\n\nAdd a comment\n\nWe use cookies to give you the best experience. Accept\n\nPrivacy and Cookies"
        );
        let all = roles(&page, None);
        assert_eq!(role_of(&all, "Jump to"), Role::Chrome(Reason::SkipLink));
        assert_eq!(role_of(&all, "The Daily"), Role::Chrome(Reason::PageHeader));
        assert_eq!(role_of(&all, "World ›"), Role::Chrome(Reason::Breadcrumb));
        assert_eq!(role_of(&all, "Portugal and Norway"), Role::Title);
        assert_eq!(role_of(&all, "Posted by"), Role::Chrome(Reason::Byline));
        assert_eq!(role_of(&all, "Read also"), Role::Chrome(Reason::SeeAlso));
        assert_eq!(
            role_of(&all, "Related Posts"),
            Role::Chrome(Reason::RelatedLinks)
        );
        assert_eq!(
            role_of(&all, "Add a comment"),
            Role::Chrome(Reason::CommentForm)
        );
        assert_eq!(
            role_of(&all, "We use cookies"),
            Role::Chrome(Reason::CookieNotice)
        );
        assert_eq!(
            role_of(&all, "Privacy and"),
            Role::Chrome(Reason::PrivacyNotice)
        );
        assert_eq!(role_of(&all, "The ministers"), Role::Content);
    }

    #[test]
    fn other_posts_with_their_dates_after_the_text_are_links() {
        let page = format!(
            "Harbour notes\n\nPort board opens a ferry terminal\n\n{PROSE}\n\n{PROSE} They will meet again in spring.\n\nMore in this category\n\nCity council votes on tram fares2025. 6. 3.\n\nWinter schedule of the ferries 12.01.2025"
        );
        let all = roles(&page, None);
        assert_eq!(
            role_of(&all, "City council votes"),
            Role::Chrome(Reason::FooterLinks)
        );
        assert_eq!(
            role_of(&all, "Winter schedule"),
            Role::Chrome(Reason::FooterLinks)
        );
        assert_eq!(
            without_trailing_date("Talks end in 2024."),
            "Talks end in 2024."
        );
        assert_eq!(without_trailing_date("Call opens2025. 7. 3."), "Call opens");
    }

    #[test]
    fn a_ministry_page_with_a_menu_and_link_list() {
        let page = format!(
            "Newsroom\n\n  - Start\n  - Newsroom\n  - Statements\n\nStatements\n\nJoint communiqué of the energy council\n\n{PROSE}\n\nNext steps\n\n{PROSE} They will meet again in spring.\n\nFurther reading\n\nEnergy union factsheet\n\nCouncil conclusions"
        );
        let all = roles(&page, None);
        assert_eq!(role_of(&all, "- Start"), Role::Chrome(Reason::Navigation));
        assert_eq!(role_of(&all, "Newsroom"), Role::Chrome(Reason::PageHeader));
        assert_eq!(role_of(&all, "Joint communiqué"), Role::Title);
        assert_eq!(
            role_of(&all, "Next steps"),
            Role::Content,
            "a heading inside the text stays"
        );
        assert_eq!(
            role_of(&all, "Further reading"),
            Role::Chrome(Reason::FooterLinks)
        );
        assert_eq!(
            role_of(&all, "Council conclusions"),
            Role::Chrome(Reason::FooterLinks)
        );
        let statements: Vec<_> = all.iter().filter(|(t, _)| t == "Statements").collect();
        assert_eq!(statements.len(), 1, "{all:#?}");
    }

    #[test]
    fn plain_text_without_chrome_is_all_content() {
        let text = format!("{PROSE}\n\n{PROSE} Again.\n\nA closing remark that is short.");
        assert!(roles(&text, None).iter().all(|(_, r)| *r == Role::Content));
    }

    #[test]
    fn prose_about_cookies_is_not_a_banner() {
        let text = format!("{PROSE}\n\nThe bakery sector exported cookies and bread worth two billion euro to Asian markets last year, the ministers noted.\n\n{PROSE} End.");
        assert!(roles(&text, None).iter().all(|(_, r)| *r == Role::Content));
    }

    #[test]
    fn a_pasted_footer_closed_by_its_copyright_line_is_the_footer() {
        let text = format!(
            "{PROSE}\n\nPrices are indicative and may be delayed. See our terms for the\n\
             full list of sources.\n© 2024 Example Wire. All rights reserved\n"
        );
        let all = roles(&text, None);
        assert_eq!(role_of(&all, "Prices are"), Role::Chrome(Reason::Footer));
        assert_eq!(role_of(&all, "The ministers"), Role::Content);
    }

    #[test]
    fn a_name_above_the_date_line_is_the_byline() {
        let text = format!(
            "Gospodarka\nPorty Bałtyku szukają partnerów w Azji Wschodniej\nTomasz Lis-Nowak\n\
             04.02.2025, 10:15\n\n{PROSE}\n"
        );
        let all = roles(&text, None);
        assert_eq!(role_of(&all, "Tomasz"), Role::Chrome(Reason::Byline));
        assert!(!is_name("PRESS RELEASE"));
        assert!(!is_name("Biuro 2025"));
    }

    proptest! {
        #![proptest_config(ProptestConfig {
            failure_persistence: None,
            ..ProptestConfig::default()
        })]

        /// Blocks are the paragraphs, or the lines of the first ones (the page header),
        /// in order; one title at most.
        #[test]
        fn blocks_cover_the_paragraphs_in_order(
            paras in prop::collection::vec(
                prop::collection::vec(
                    prop_oneof![
                        messy_text(),
                        Just(PROSE.to_string()),
                        prop::sample::select(
                            [SKIP, RELATED, COOKIE, PRIVACY, BYLINE].concat()
                        ).prop_map(str::to_string),
                        Just("• Start".to_string()),
                        Just("Home » News".to_string()),
                    ],
                    1..4,
                ).prop_map(|lines| lines.join("\n")),
                0..10,
            ),
            first in any::<bool>(),
            last in any::<bool>(),
        ) {
            let text = paras.join("\n\n");
            let paras = paragraphs(&text);
            let layout = classify_part(&text, &paras, None, Part { first, last });
            let mut blocks = layout.blocks.iter().peekable();
            for &(a, b) in &paras {
                let block = blocks.next().expect("a block for every paragraph");
                if (block.start, block.end) == (a, b) {
                    continue;
                }
                // Split into its lines, a run of them kept together where a title
                // wraps over them.
                let lines = crate::corpus::passage::lines(&text, a, b);
                let mut k = 0;
                let mut block = block;
                loop {
                    prop_assert_eq!(block.start, lines[k].0);
                    let run = lines[k..].iter().position(|l| l.1 == block.end);
                    prop_assert!(run.is_some(), "a block ends at a line's end");
                    k += run.unwrap_or(0) + 1;
                    if k == lines.len() {
                        break;
                    }
                    block = blocks.next().expect("a block for every line");
                }
            }
            prop_assert!(blocks.next().is_none());
            let titles = layout.blocks.iter().filter(|b| b.role == Role::Title).count();
            prop_assert!(titles <= 1);
            prop_assert!(titles == 0 || layout.title.is_some());
        }
    }

    #[test]
    fn links_under_a_related_heading_closing_the_share_box() {
        let text = format!(
            "Wind pact signed in Lisbon\n\n{PROSE}\n\n{PROSE} Second.\n\n\
             Share: Facebook X\nRead also\n\n\
             Port fees to fall from 2026 r.\nFerry line to Busan reopens\n\n{PROSE} Last."
        );
        let all = roles(&text, None);
        assert_eq!(
            role_of(&all, "Port fees"),
            Role::Chrome(Reason::RelatedLinks),
            "{all:#?}"
        );
    }

    #[test]
    fn a_footer_note_under_each_page_number_is_a_running_footer() {
        let note = "For more on this release, contact the press office of the ministry.";
        let page = |n: usize, body: &str| {
            format!("Harbour Ministry    News\n\n{body}\n\n- {n} -\n{note}\n")
        };
        let text = [
            page(1, &format!("Ports agree on shared data\n\n{PROSE}")),
            page(2, PROSE),
            page(3, &format!("{PROSE} End.")),
        ]
        .join("\u{c}");
        let layout = text_layout(&text);
        let footers: Vec<Role> = layout
            .blocks
            .iter()
            .filter(|b| text[b.start..b.end].contains(note))
            .map(|b| b.role)
            .collect();
        assert_eq!(
            footers[0],
            Role::Chrome(Reason::RunningFooter),
            "{footers:?}"
        );
        assert!(footers[1..]
            .iter()
            .all(|r| matches!(r, Role::Chrome(_) | Role::Duplicate)));
    }

    #[test]
    fn an_agency_author_box_after_the_text_is_a_byline() {
        // A pasted wire story: the text, the reporter's name in capitals and their beat,
        // then more reading and the agency's closing notes, one block.
        let text = format!(
            "Ports agree on shared data\n\n{PROSE}\n\n{PROSE} End.\n\n\
             MARTA WIDŁO\n\
             Widło covers shipping and the Baltic ports for the Harbour Daily.\n\
             Most read\n\
             Ferry strike ends after two weeks\n\
             The Harbour Daily is a regional news organisation that has told the stories of \
             the coast for a century, its reporters based in every port from the border to the \
             river mouth and its paper printed every morning of the week.\n\
             About\nContact Us\nCareers\nTerms of Use\n\
             Copyright 2025 The Harbour Daily. All Rights Reserved.\n"
        );
        let role = |text: &str, start: &str| {
            text_layout(text)
                .blocks
                .iter()
                .find(|b| text[b.start..b.end].trim_start().starts_with(start))
                .map(|b| b.role)
        };
        assert_eq!(
            role(&text, "Widło covers"),
            Some(Role::Chrome(Reason::Byline))
        );
        assert_eq!(
            role(&text, "MARTA WIDŁO"),
            Some(Role::Chrome(Reason::Byline))
        );
        // The same words as a paragraph of the text, under no name, are the text's.
        let body = format!(
            "Ports agree on shared data\n\n{PROSE}\n\n\
             Norway covers the fees for Ukraine.\n\n{PROSE} End."
        );
        assert_eq!(role(&body, "Norway"), Some(Role::Content));
    }
}
