//! The title among the lines of the page header: the manifest's, else the longest short
//! line that is no sentence, whole when wrapped (after a connector, in lower case, set in
//! capitals over a centred block); labels of a title's row; shapes of header lines.

use super::layout::Piece;
use super::line_rules::{is_in_charge, without_print_stamp};
use super::normalize::normalized;
use super::words::{ends_sentence, ends_with_full_stop, link_like, words};
use super::{Reason, Role, Zone};
use crate::corpus::format::html::has_phone_number;

/// Longest line, in words, that can be a title.
const MAX_TITLE_WORDS: usize = 25;

/// Labels of a title's row on a board's view page ("제목\tTitle", "Title: ...").
const TITLE_LABELS: &[&str] = &["제목", "title", "tytuł", "subject", "temat", "건명"];

/// Whether `label` (a table cell, a row's first words) labels a title: "제목", "Title".
pub(crate) fn is_title_label(label: &str) -> bool {
    TITLE_LABELS.contains(&label.to_lowercase().as_str())
}

/// The title in a title line: without a browser's print stamp before it
/// ([`without_print_stamp`]) or the label of its row ("제목\t한-미 ...").
pub(crate) fn title_of_line(line: &str) -> &str {
    let line = without_print_stamp(line.trim());
    for sep in ['\t', ':', ' '] {
        if let Some((label, rest)) = line.split_once(sep) {
            if is_title_label(label.trim()) && rest.trim().chars().count() >= 8 {
                return rest.trim();
            }
        }
    }
    line
}

/// Words a line of a headline cannot end with, but that a wrap leaves at a line's end:
/// articles, prepositions and conjunctions ("… Partner to Strengthen" is complete, "…
/// Partner to" is not; "… podpisały list" / "intencyjny …" is told by lower case).
const CONNECTORS: &[&str] = &[
    "a", "an", "the", "to", "of", "and", "or", "for", "with", "on", "in", "at", "from", "by", "as",
    "i", "w", "z", "ze", "na", "do", "o", "oraz", "dla", "po", "przez", "we",
];

/// Whether `line` ends with one of [`CONNECTORS`], or with a verb's infinitive after
/// "to" ("… Partner to Strengthen").
fn ends_with_connector(line: &str) -> bool {
    let mut tail = line.split_whitespace().rev();
    let last = tail.next().unwrap_or("").to_lowercase();
    let before = tail.next().unwrap_or("").to_lowercase();
    CONNECTORS.contains(&last.as_str()) || before == "to"
}

/// Whether `line` is a person's name alone: two or three capitalised words of letters
/// (and hyphens), not set in capitals.
pub(super) fn is_name(line: &str) -> bool {
    let names: Vec<&str> = line.split_whitespace().collect();
    (2..=3).contains(&names.len())
        && names.iter().all(|w| {
            let mut chars = w.chars();
            chars.next().is_some_and(char::is_uppercase)
                && chars.clone().all(|c| c.is_alphabetic() || c == '-')
                && chars.any(char::is_lowercase)
        })
}

/// Whether a line's letters are capitals, three or more of them (a title set in capitals).
fn all_capitals(line: &str) -> bool {
    let mut letters = 0;
    for c in line.chars().filter(|c| c.is_alphabetic()) {
        if c.is_lowercase() || !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 3
}

/// Whether `line` is set between dashes, as a Korean press release prints the
/// subheadings under its headline ("- 제4차 공동위원회 개최, 협력 합의 -"): a
/// subheading, not the headline.
fn is_dashed_subtitle(line: &str) -> bool {
    let t = line.trim();
    let dashes = ['-', '–', '—'];
    t.chars().count() > 4
        && t.starts_with(dashes)
        && t.ends_with(dashes)
        && t.chars().nth(1).is_some_and(char::is_whitespace)
        && t.chars().rev().nth(1).is_some_and(char::is_whitespace)
}

/// Whether `line` is a line of a deck: set between dashes ([`is_dashed_subtitle`]), or
/// opening with a hyphen alone, as a board's view of a Korean release lists its
/// subheadings ("- 6월부터 시범 운영"). No headline opens so (a headline wrapped before
/// its dash carries on with "– …", which a line of the deck does not).
fn is_deck_line(line: &str) -> bool {
    is_dashed_subtitle(line) || (line.trim().starts_with("- ") && words(line) >= 3)
}

/// Whether `line` is set in two columns, a run of four spaces or more between its words:
/// a letterhead's organisation and its event or office (`pdftotext -layout`).
fn in_columns(line: &str) -> bool {
    line.trim().contains("    ")
}

/// `title` without a last line that only labels the document's type in brackets
/// ("… 협력 현황과 과제" / "(요약보고서)", "(Summary)"): a title page's label, not the
/// title's words.
pub(crate) fn without_type_label(title: &str) -> &str {
    let title = title.trim_end();
    let Some((head, last)) = title.rsplit_once('\n') else {
        return title;
    };
    let last = last.trim();
    let bracketed = (last.starts_with('(') && last.ends_with(')'))
        || (last.starts_with('[') && last.ends_with(']'));
    if bracketed && words(last) <= 2 && !head.trim().is_empty() {
        head.trim_end()
    } else {
        title
    }
}

/// A title wrapped over several lines: the title's piece, where its block starts and
/// ends, and the pieces it takes in.
pub(super) type Widened = (usize, usize, usize, Vec<usize>);

/// The title among the header's pieces (`pieces`, with their `roles` so far), and the
/// lines it is widened over when it wraps: marks it [`Role::Title`] and the header's
/// lines above it [`Reason::PageHeader`].
pub(super) fn choose_title(
    text: &str,
    paras: &[(usize, usize)],
    pieces: &[Piece],
    roles: &mut [Role],
    known_title: Option<&str>,
) -> (Option<usize>, Option<Widened>) {
    // The title: the header line matching the manifest title, else the longest short line.
    let all_header: Vec<usize> = (0..pieces.len())
        .filter(|&i| pieces[i].zone == Zone::Header && roles[i] == Role::Content)
        .collect();
    let piece_text = |i: usize| &text[pieces[i].start..pieces[i].end];
    // A letterhead set in two columns ("COUNCIL OF THE EU        Summit") is no title,
    // while a line of one column is left.
    let one_column: Vec<usize> = all_header
        .iter()
        .copied()
        .filter(|&i| !in_columns(piece_text(i)))
        .collect();
    let header = if one_column.is_empty() {
        all_header.clone()
    } else {
        one_column
    };
    let wanted = known_title.map(normalized);
    let by_manifest = wanted.as_ref().and_then(|w| {
        all_header.iter().copied().find(|&i| {
            let line = normalized(piece_text(i));
            line == *w || (line.len() > 8 && (w.contains(&line) || line.contains(w.as_str())))
        })
    });
    // A headline has no full stop: a short first sentence in the header is not one,
    // while there is a line without.
    let open_line = |i: usize| !ends_with_full_stop(piece_text(i));
    let any_open = header.iter().any(|&i| open_line(i));
    // A headline stands above its byline or date line: what follows the last of them (a
    // caption, a standfirst) is not the headline, when a line just before it can be (a
    // date line may also stand above the headline, far below the menus). "Just
    // before" counts the header's lines not set aside (attachments and labels between
    // the headline and the date line are not). Of lines as many words long, the
    // longer is the headline (a menu's words are short).
    let credit = (0..pieces.len()).rfind(|&i| {
        pieces[i].zone == Zone::Header
            && matches!(roles[i], Role::Chrome(Reason::Byline | Reason::Dateline))
    });
    // Every line of the header above the title is the page's, whichever lines it was
    // chosen among.
    let whole_header = all_header.clone();
    // A press release's table of dates and offices in charge ("보도 일시 … / 담당 부서
    // …", "Date: … / Contact: …") stands above its headline, under a slogan or the
    // office's name: the headline is below the table's last line naming who is in charge.
    let table = (0..pieces.len()).rfind(|&i| {
        pieces[i].zone == Zone::Header
            && matches!(roles[i], Role::Chrome(_))
            && credit.is_some_and(|c| c < i)
            && is_in_charge(&piece_text(i).trim().to_lowercase())
    });
    // A board's view of a release sets the table under its headline instead, and only
    // the deck (lines opening with a dash) below it: no headline there.
    let below_table: Vec<usize> = table
        .map(|t| -> Vec<usize> { header.iter().copied().filter(|&i| i > t).collect() })
        .filter(|below| {
            below
                .iter()
                .any(|&i| !is_deck_line(piece_text(i)) && words(piece_text(i)) >= 3)
        })
        .unwrap_or_default();
    // A release's table of offices in charge, with their telephone numbers, between a
    // line and the date line below it: the line is the slogan or the office over the
    // table, not the headline standing above its date.
    let contact_between = |i: usize, c: usize| {
        (i..c).any(|j| {
            let line = piece_text(j);
            has_phone_number(line) || is_in_charge(&line.trim().to_lowercase())
        })
    };
    let header: Vec<usize> = match credit {
        _ if !below_table.is_empty() => below_table,
        Some(c)
            if header.iter().any(|&i| {
                i < c
                    && header.iter().filter(|&&j| i < j && j < c).count() < 4
                    && words(piece_text(i)) >= 4
                    && !contact_between(i, c)
            }) =>
        {
            header.into_iter().filter(|&i| i < c).collect()
        }
        _ => header,
    };
    let any_plain = header.iter().any(|&i| !is_deck_line(piece_text(i)));
    let title_at = by_manifest.or_else(|| {
        header
            .iter()
            .copied()
            .filter(|&i| words(piece_text(i)) <= MAX_TITLE_WORDS)
            // A line with a telephone number is a contact's ("과 장  최 민 정
            // 044-202-2641" in a release's table of offices in charge), never a headline.
            .filter(|&i| !has_phone_number(piece_text(i)))
            .filter(|&i| !any_open || open_line(i))
            .filter(|&i| !any_plain || !is_deck_line(piece_text(i)))
            .max_by_key(|&i| {
                let t = piece_text(i);
                (words(t), t.chars().count(), std::cmp::Reverse(i))
            })
    });
    // A headline wrapped onto two lines may be judged by its second, longer line: a
    // line opening in lower case carries on the line just above it.
    let title_at = title_at.map(|t| {
        let carries_on = piece_text(t)
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
        let above = t.checked_sub(1).filter(|&u| {
            let gap = &text[pieces[u].end..pieces[t].start];
            pieces[u].zone == Zone::Header
                && roles[u] == Role::Content
                && !ends_sentence(piece_text(u))
                && gap.trim().is_empty()
                && gap.matches('\n').count() == 1
        });
        match above {
            Some(u) if carries_on => u,
            _ => t,
        }
    });
    let mut widen = None;
    if let Some(t) = title_at {
        roles[t] = Role::Title;
        // Judged before the lines above the title are marked as the page's header.
        let kept_before = roles.to_vec();
        for &i in whole_header.iter().filter(|&&i| i < t) {
            roles[i] = Role::Chrome(Reason::PageHeader);
        }
        let roles = &kept_before;
        // A title wrapped onto the two or three lines of its paragraph, none ending a
        // sentence (`pdftotext`, pasted pages), is the whole paragraph: one passage.
        let at = pieces[t].start;
        if let Some(&(a, b)) = paras.iter().find(|&&(a, b)| a <= at && at < b) {
            // The deck set between dashes under a Korean headline, in the same
            // paragraph, is not the headline's ("… 협력" / "양해각서(MOU) 체결" /
            // "- 공동 연구 추진 -"): the title ends above it.
            let in_para: Vec<usize> = (0..pieces.len())
                .filter(|&i| pieces[i].start >= a && pieces[i].end <= b)
                .collect();
            let lines: Vec<usize> = in_para
                .iter()
                .copied()
                .take_while(|&i| i <= t || !is_dashed_subtitle(piece_text(i)))
                .collect();
            let b = match lines.last() {
                Some(&last) if lines.len() < in_para.len() => pieces[last].end,
                _ => b,
            };
            // A Korean headline may end with its verb ("… 20곳으로 늘린다"), which is no
            // full stop: its last line may.
            let last = lines.last().copied();
            let open = lines.iter().all(|&i| {
                let line = piece_text(i).trim_end();
                (!ends_sentence(line) || (Some(i) == last && line.ends_with('다')))
                    && roles[i] != Role::Chrome(Reason::Dateline)
            });
            if (2..=6).contains(&lines.len())
                && b - a <= 400
                && open
                && lines
                    .iter()
                    .all(|&i| matches!(roles[i], Role::Title | Role::Content))
                && (text[pieces[lines[0]].start..pieces[lines[0]].end]
                    .chars()
                    .count()
                    > 20
                    // "Informacja / o współpracy … / w zakresie …": lines that open in
                    // lower case carry on the one above; "KOMUNIKAT / po posiedzeniu
                    // Komitetu … / Gospodarczej": a document's type in capitals, carried
                    // on by the line below it, wrapped in turn.
                    || lines[1..].iter().all(|&i| {
                        piece_text(i).trim_start().chars().next().is_some_and(char::is_lowercase)
                    })
                    || (all_capitals(piece_text(lines[0]))
                        && words(piece_text(lines[0])) == 1
                        && piece_text(lines[1])
                            .trim_start()
                            .chars()
                            .next()
                            .is_some_and(char::is_lowercase)))
            {
                widen = Some((t, a, b, lines));
            }
        }
        // A title hard-wrapped inside a longer header block: its next line opens in
        // lower case ("… on a critical raw materials" / "partnership").
        let next = t + 1;
        if widen.is_none()
            && next < pieces.len()
            && pieces[next].zone == Zone::Header
            && roles[next] == Role::Content
            && !ends_sentence(piece_text(t))
            && text[pieces[t].end..pieces[next].start].trim().is_empty()
            && text[pieces[t].end..pieces[next].start]
                .matches('\n')
                .count()
                == 1
            && link_like(piece_text(next))
            && (piece_text(next)
                .trim_start()
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
                || ends_with_connector(piece_text(t)))
        {
            widen = Some((t, pieces[t].start, pieces[next].end, vec![t, next]));
        }
        // A title set in capitals over lines of a centred block (`pdftotext`): the
        // capital lines touching it, with no blank line between, are the title too.
        let (mut lines, mut a, mut b) = match &widen {
            Some((_, a, b, lines)) => (lines.clone(), *a, *b),
            None => (vec![t], pieces[t].start, pieces[t].end),
        };
        if all_capitals(piece_text(t)) {
            let touching = |x: usize, y: usize| {
                let gap = &text[pieces[x].end..pieces[y].start];
                gap.trim().is_empty() && gap.matches('\n').count() == 1
            };
            let joins = |i: usize| {
                pieces[i].zone == Zone::Header
                    && roles[i] == Role::Content
                    && all_capitals(piece_text(i))
                    && !ends_sentence(piece_text(i))
            };
            let mut first = *lines.iter().min().unwrap_or(&t);
            while first > 0 && joins(first - 1) && touching(first - 1, first) && lines.len() < 8 {
                first -= 1;
                lines.push(first);
                a = pieces[first].start;
            }
            let mut last = *lines.iter().max().unwrap_or(&t);
            while last + 1 < pieces.len()
                && joins(last + 1)
                && touching(last, last + 1)
                && lines.len() < 8
            {
                last += 1;
                lines.push(last);
                b = pieces[last].end;
            }
            if lines.len() > 1 && b - a <= 500 {
                widen = Some((t, a, b, lines));
            }
        }
    }
    (title_at, widen)
}

#[cfg(test)]
mod tests {
    use super::{is_dashed_subtitle, is_deck_line};
    use crate::corpus::chrome::test_pages::*;
    use crate::corpus::chrome::{classify, Reason, Role};

    #[test]
    fn a_document_type_in_capitals_and_its_wrapped_title_are_one_title() {
        let text = format!(
            "Urząd Morski w Gdyni\n\n\
             OŚWIADCZENIE\nw sprawie otwarcia drugiego terminalu promowego w Porcie\nGdynia\n\n\
             {PROSE}\n\n{PROSE} End."
        );
        let layout = classify(&text, &paragraphs(&text), None);
        assert_eq!(
            layout.title.as_deref(),
            Some("OŚWIADCZENIE w sprawie otwarcia drugiego terminalu promowego w Porcie Gdynia")
        );
    }

    #[test]
    fn a_release_header_with_contacts_and_a_slogan_gives_the_headline_under_it() {
        // An HWP release through `pdftotext -layout`: a slogan, the issuing office, a
        // table of the offices in charge with their telephone numbers, the embargo,
        // then the headline wrapped over two lines and its deck between dashes.
        let text = format!(
            "                                 보 도 자 료\n\
             \x20                                       함께 여는 내일, 바다의 나라\n\
             \x20 해양수산부\n\
             \x20 배포 일시    2024. 3. 5.(화) 09:00                   총 2매\n\
             \x20              과 장   김 하 늘   044-200-5111\n\
             \x20 담당 부서    해양정책실         담당자   주무관   이 바 다   044-200-5112\n\
             \x20              항만물류과\n\n\
             \x20        보 도 시 점      2024. 3. 5.(화) 09:00 이후 보도\n\n\n\
             \x20        한-노르웨이, 친환경 선박 연료 공급망\n\
             \x20                  공동 연구 착수\n\
             \x20    - 암모니아 추진선 시험 운항, 항만 벙커링 기준 마련 -\n\n\
             {PROSE}\n\n{PROSE} End."
        );
        let layout = classify(&text, &paragraphs(&text), None);
        assert_eq!(
            layout.title.as_deref(),
            Some("한-노르웨이, 친환경 선박 연료 공급망 공동 연구 착수")
        );
    }

    #[test]
    fn a_letterhead_in_two_columns_is_not_the_title() {
        let text = format!(
            "HARBOUR COUNCIL                              Baltic Ports Meeting\nPRESS\n\n\
             Gdynia, 4 May 2025\n\n\
             Joint Statement on the Second Ferry Terminal\n\n{PROSE}\n\n{PROSE} End."
        );
        let layout = classify(&text, &paragraphs(&text), None);
        assert_eq!(
            layout.title.as_deref(),
            Some("Joint Statement on the Second Ferry Terminal")
        );
    }

    #[test]
    fn a_bracketed_label_under_the_title_is_not_the_title() {
        assert_eq!(
            super::without_type_label("부산항 여객터미널 운영 현황과 과제\n(최종보고서)"),
            "부산항 여객터미널 운영 현황과 과제"
        );
        assert_eq!(
            super::without_type_label(
                "Ferry routes in the Baltic\n(2025 edition, revised and extended)"
            ),
            "Ferry routes in the Baltic\n(2025 edition, revised and extended)"
        );
    }

    #[test]
    fn a_title_wrapped_after_its_first_word_is_one_title() {
        let text = format!(
            "Rada Gminy Nowa Wieś\n\nSprawozdanie\nz realizacji umowy o współpracy z miastem Suwon\n\
             w latach 2021-2023\n\nNowa Wieś, 2 lutego 2024 r.\n\n{PROSE}\n\n{PROSE} End."
        );
        let layout = classify(&text, &paragraphs(&text), None);
        assert_eq!(
            layout.title.as_deref(),
            Some("Sprawozdanie z realizacji umowy o współpracy z miastem Suwon w latach 2021-2023")
        );
    }

    #[test]
    fn a_pasted_header_with_its_breadcrumb_and_a_wrapped_headline() {
        // Menus, a breadcrumb that ends in the headline's first words, a date line above
        // the headline, and the headline wrapped by the terminal at 80 columns.
        let text = format!(
            "Skip to main content\nNordic Council\nMeetings\nNews and press\n\
             Home News Press releases Nordic ministers agree on a joint plan for\nthe...\n\
             Press release\n4 June 2025 10:15\n\
             Nordic ministers agree on a joint plan for offshore wind grids in\nthe Baltic Sea\n\n\
             {PROSE}\n\n{PROSE} End."
        );
        let layout = classify(&text, &paragraphs(&text), None);
        assert_eq!(
            layout.title.as_deref(),
            Some(
                "Nordic ministers agree on a joint plan for offshore wind grids in the Baltic Sea"
            ),
            "{:#?}",
            roles(&text, None)
        );
    }

    #[test]
    fn a_title_in_capitals_over_a_centred_block_is_one_title() {
        let text = format!(
            "              MEMORANDUM OF UNDERSTANDING\n\n\
             \x20     MEMORANDUM OF UNDERSTANDING ON OFFSHORE WIND\n\
             \x20                 AND GRID INTERCONNECTION\n\
             \x20  BETWEEN THE GOVERNMENT OF NORWAY AND THE GOVERNMENT OF\n\
             \x20                          PORTUGAL\n\n\
             \x20                   Lisbon, 3 March 2025\n\n{PROSE}\n\n{PROSE} End."
        );
        let layout = classify(&text, &paragraphs(&text), None);
        assert_eq!(
            layout.title.as_deref(),
            Some(
                "MEMORANDUM OF UNDERSTANDING ON OFFSHORE WIND AND GRID INTERCONNECTION \
                 BETWEEN THE GOVERNMENT OF NORWAY AND THE GOVERNMENT OF PORTUGAL"
            ),
            "{:#?}",
            roles(&text, None)
        );
    }

    #[test]
    fn a_headline_below_its_date_line_and_a_menu_of_as_many_words() {
        let page = format!(
            "뉴스 정치 경제 사회 국제\n입력 2025.04.09 14:22\n한-헝가리, 배터리 재활용 공동연구센터 설립 합의\n김하늘 기자\n\n{PROSE}"
        );
        let layout = classify(&page, &paragraphs(&page), None);
        assert_eq!(
            layout.title.as_deref(),
            Some("한-헝가리, 배터리 재활용 공동연구센터 설립 합의")
        );
    }

    #[test]
    fn a_short_first_sentence_is_not_the_headline() {
        let page = format!(
            "Ministry of Energy\nWind pact signed in Lisbon\nThe ministers met on Monday.\n\n{PROSE}"
        );
        let layout = classify(&page, &paragraphs(&page), None);
        assert_eq!(layout.title.as_deref(), Some("Wind pact signed in Lisbon"));
    }

    #[test]
    fn repeated_title_is_kept_once_and_manifest_title_wins() {
        let page =
            format!("Short label\n\nThe actual title of it\n\nThe actual title of it\n\n{PROSE}");
        let all = roles(&page, Some("The actual title of it"));
        assert_eq!(all.iter().filter(|(_, r)| *r == Role::Title).count(), 1);
        assert_eq!(all.iter().filter(|(_, r)| *r == Role::Duplicate).count(), 1);
        assert_eq!(
            role_of(&all, "Short label"),
            Role::Chrome(Reason::PageHeader)
        );
    }

    #[test]
    fn a_headline_wrapped_after_a_connector_is_whole() {
        let text = format!(
            "Home\nNewsroom\nPress Release\nCanada and Korea Sign Memorandum to Expand\n\
             Clean Hydrogen Trade Corridors\nMarch 4, 2025\n\n{PROSE}\n"
        );
        let layout = text_layout(&text);
        assert_eq!(
            layout.title.as_deref(),
            Some("Canada and Korea Sign Memorandum to Expand Clean Hydrogen Trade Corridors")
        );
    }

    #[test]
    fn a_headline_found_by_its_second_line_takes_its_first() {
        let text = format!(
            "Biuro Prasowe\nGdańsk, 3 marca 2025 r.\nKOMUNIKAT\nMiasto Gdańsk i port Busan podpisały\n\
             porozumienie o współpracy w dziedzinie logistyki morskiej\n\n{PROSE}\n"
        );
        let layout = text_layout(&text);
        assert_eq!(
            layout.title.as_deref(),
            Some("Miasto Gdańsk i port Busan podpisały porozumienie o współpracy w dziedzinie logistyki morskiej")
        );
    }

    #[test]
    fn a_running_header_of_two_lines_is_not_the_title() {
        let page = |body: &str| format!("REGION NORTH\nRegional Office of Example\n{body}\n");
        let text = format!(
            "{}\u{c}{}\u{c}",
            page(&format!(
                "Harbour Towns Agree to Share Data on\nShipping Emissions\n\n{PROSE}"
            )),
            page(PROSE)
        );
        let layout = text_layout(&text);
        assert_eq!(
            layout.title.as_deref(),
            Some("Harbour Towns Agree to Share Data on Shipping Emissions")
        );
    }

    #[test]
    fn a_headline_below_a_press_release_table_under_a_slogan() {
        let text = format!(
            "보도자료\n\
             \x20  바다와 함께 여는 새로운 내일, 모두의 항구\n\n\
             \x20  보도 일시     2024. 3. 5.(화) 조간       배포 일시    2024. 3. 4.(월) 11:00\n\
             \x20  담당 부서     해양정책과        책임자   과  장  ○○○ (044-000-1100)\n\
             \x20                               담당자   사무관  ○○○ (044-000-1101)\n\n\
             \x20     부산항-그단스크항 물류 협력 강화…공동 물류센터\n\
             \x20                 2곳 새로 짓는다\n\n\
             \x20  - 제2차 항만협력회의 개최, 스마트항만 기술 교류 합의 -\n\n{PROSE}\n\n{PROSE} End."
        );
        let layout = text_layout(&text);
        assert_eq!(
            layout.title.as_deref(),
            Some("부산항-그단스크항 물류 협력 강화…공동 물류센터 2곳 새로 짓는다"),
            "{:#?}",
            roles(&text, None)
        );
        assert!(is_dashed_subtitle("- 제2차 회의 개최 -"));
        assert!(is_deck_line("- 6월부터 시범 운영"));
        assert!(!is_deck_line("– KOWR otwiera biuro"));
        assert!(!is_dashed_subtitle("-5 to -3"));
    }

    #[test]
    fn a_board_view_headline_above_its_table_of_offices_and_its_deck() {
        // A ministry's board view pasted: the headline, the table of the office in
        // charge with its date and telephone number, the attachments, then the deck
        // lines opening with a dash.
        let text = format!(
            "보도자료\n\
             한-칠레 해양과학 공동연구센터 문 연다\n\
             담당부서\t해양정책과\t등록일\t2024-09-03\n\
             담당자\t주무관 한바다 (044-200-5100)\t조회수\t512\n\
             첨부파일\n\
             240903 해양과학 공동연구센터.hwpx [120KB] 바로보기\n\
             - 발파라이소 항구 인근에 연구선 두 척과 실험실 갖춘 센터 운영 시작\n\
             - 양국 연구진 30명 상주하며 기후 관측 자료 공유\n\
             {PROSE}\n\n{PROSE} End."
        );
        let layout = text_layout(&text);
        assert_eq!(
            layout.title.as_deref(),
            Some("한-칠레 해양과학 공동연구센터 문 연다"),
            "{:#?}",
            roles(&text, None)
        );
    }
}
