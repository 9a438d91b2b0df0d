//! Turning what a format gave into a [`Document`]: passages cut, chrome set aside,
//! languages detected, metadata filled.
//!
//! Plain text arrives as decoded text and its paragraphs; the chrome rules judge them
//! ([`from_text`]). Formats with structure arrive as blocks that structure already
//! judged ([`from_extraction`]). Both end the same way: every passage's language is
//! decided in the light of the document's, and the metadata is the manifest's, else
//! what the file states, else what its text shows.

use super::chrome::{self, Role};
use super::format::{self, Extraction, Format, Found, Metadata, Provenance, TextRelation};
use super::manifest::Entry;
use super::{
    passage, publisher, slug, statement, truncate_words, DocMeta, Document, Passage, Sources,
};
use crate::lang::{Evidence, Lang, LangDetector};

/// What the manifest says of the language.
struct Declared {
    forced: Option<Lang>,
    declared: Option<Lang>,
}

impl Declared {
    fn of(entry: Option<&Entry>, stated: Option<&str>) -> Declared {
        let forced = entry
            .filter(|e| e.force_lang)
            .and_then(|e| e.lang.as_deref())
            .and_then(|l| l.parse().ok());
        let declared = entry
            .and_then(|e| e.lang.as_deref())
            .or(stated)
            .and_then(|l| l.parse().ok());
        Declared { forced, declared }
    }
}

/// Passages as they are cut, each with what detection saw of its language.
struct Cut<'d> {
    detector: &'d LangDetector,
    forced: bool,
    passages: Vec<Passage>,
    seen: Vec<Evidence>,
    set_aside: Vec<Passage>,
    seen_aside: Vec<Evidence>,
    duplicates: usize,
}

impl<'d> Cut<'d> {
    fn new(detector: &'d LangDetector, forced: bool, capacity: usize) -> Cut<'d> {
        Cut {
            detector,
            forced,
            passages: Vec::with_capacity(capacity),
            seen: Vec::with_capacity(capacity),
            set_aside: Vec::new(),
            seen_aside: Vec::new(),
            duplicates: 0,
        }
    }

    fn push(&mut self, mut p: Passage) {
        let evidence = if self.forced {
            Evidence::TooShort
        } else {
            self.detector.evidence(&p.text)
        };
        if matches!(p.role, Role::Chrome(_)) {
            self.set_aside.push(p);
            self.seen_aside.push(evidence);
        } else {
            p.position = self.passages.len() + 1;
            self.passages.push(p);
            self.seen.push(evidence);
        }
    }
}

/// Cuts plain `text` (the decoded content of `rel`, or one window of it: `part`) into
/// a document; spans are relative to `text`.
pub fn from_text(
    rel: &str,
    text: &str,
    entry: Option<&Entry>,
    detector: &LangDetector,
    part: chrome::Part,
    relation: TextRelation,
) -> Document {
    let lines = passage::LineIndex::new(text);
    let found_paras = format::text::paragraphs(text);
    let paras: Vec<(usize, usize)> = found_paras.iter().map(|p| (p.start, p.end)).collect();
    // The page of the paragraph a block starts in (chrome may cut a paragraph in lines).
    let page_of = |at: usize| -> Option<format::Pages> {
        let i = found_paras
            .partition_point(|p| p.start <= at)
            .checked_sub(1)?;
        let page = found_paras[i].page?;
        Some(format::Pages {
            start: page,
            end: page,
        })
    };
    let layout = chrome::classify_part(text, &paras, entry.map(|e| e.title.as_str()), part);
    let declared = Declared::of(entry, None);
    let title = layout
        .title
        .as_deref()
        .map(|t| whole_title(text, &paras, t));
    // A browser's print stamp ("17/03/2025, 16:40 Title") or a row's label ("제목") is
    // not the title.
    let title = title.map(|t| chrome::title_of_line(&t).to_string());
    let mut found = Metadata {
        title: title.map(Found::text),
        ..Metadata::default()
    };
    if part.first {
        let kept: Vec<&chrome::Block> = layout
            .blocks
            .iter()
            .filter(|b| b.role != Role::Duplicate)
            .collect();
        let texts: Vec<&str> = kept.iter().map(|b| &text[b.start..b.end]).collect();
        let headline = kept.iter().position(|b| b.role == Role::Title);
        found.date = statement::date_by_headline(&texts, headline).map(Found::text);
        found.publisher = publisher::statement_publisher_under(&texts, headline).map(Found::text);
    }
    let mut cut = Cut::new(detector, declared.forced.is_some(), layout.blocks.len());
    // Most files have no `\r`: then no passage needs looking at for one.
    let has_cr = text.as_bytes().contains(&b'\r');
    let mut pieces = Vec::new();
    let mut spans = lines.cursor();
    for block in &layout.blocks {
        if block.role == Role::Duplicate {
            cut.duplicates += 1;
            continue;
        }
        pieces.clear();
        if block.role == Role::Content {
            passage::split_long_into(text, block.start, block.end, &mut pieces);
        } else {
            pieces.push((block.start, block.end));
        }
        for &(a, b) in &pieces {
            let raw = &text[a..b];
            let piece = if has_cr && raw.contains('\r') {
                raw.replace('\r', "")
            } else {
                raw.to_string()
            };
            cut.push(Passage {
                joined: if matches!(block.role, Role::Chrome(_)) {
                    String::new()
                } else {
                    format::text::joined_words(&piece)
                },
                text: piece,
                span: spans.span(a, b),
                pages: page_of(a),
                // Set once the document's language is known.
                lang: Lang::En,
                position: 0,
                role: block.role,
            });
        }
    }
    finish(rel, cut, entry, &declared, found, relation)
}

/// The title line `title` with the lines it was wrapped onto: a title that fills its
/// paragraph's two or three lines, none of them ending a sentence, is their whole
/// (`pdftotext` and pasted pages wrap long titles).
fn whole_title(text: &str, paras: &[(usize, usize)], title: &str) -> String {
    for &(a, b) in paras {
        let para = &text[a..b];
        let lines: Vec<&str> = para
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        if !(2..=3).contains(&lines.len()) || !lines.contains(&title) || para.len() > 300 {
            continue;
        }
        let open = |l: &&str| !l.ends_with(['.', '!', '?', ':', '。']);
        if lines.iter().all(open) && lines[0].chars().count() > 20 {
            // Without a last line labelling the document's type ("(요약보고서)").
            return chrome::without_type_label(&lines.join("\n")).replace('\n', " ");
        }
    }
    title.to_string()
}

/// Makes a document of the blocks a structured format extracted from `rel`.
pub fn from_extraction(
    rel: &str,
    extraction: Extraction,
    entry: Option<&Entry>,
    detector: &LangDetector,
) -> Document {
    let Extraction {
        blocks,
        mut meta,
        relation,
    } = extraction;
    let ordered = || blocks.iter().map(|b| b.text.as_str());
    if meta.date.is_none() {
        let texts: Vec<&str> = ordered().collect();
        let headline = blocks
            .iter()
            .position(|b| b.kind == format::BlockKind::Title && b.set_aside.is_none());
        meta.date = statement::date_by_headline(&texts, headline).map(Found::text);
    }
    if meta.publisher.is_none() {
        let texts: Vec<&str> = ordered().collect();
        let headline = blocks
            .iter()
            .position(|b| b.kind == format::BlockKind::Title && b.set_aside.is_none());
        meta.publisher = fields_publisher(&meta.fields, &texts)
            .or_else(|| publisher::statement_publisher_under(&texts, headline))
            .or_else(|| source_site(&meta.fields))
            .map(Found::text);
    }
    let declared = Declared::of(entry, meta.lang.as_deref());
    let mut cut = Cut::new(detector, declared.forced.is_some(), blocks.len());
    let mut seen = std::collections::HashSet::new();
    let mut pieces = Vec::new();
    for block in blocks {
        let text = block.text.trim();
        if text.is_empty() {
            continue;
        }
        let role = match block.set_aside {
            Some(reason) => Role::Chrome(reason),
            None if block.kind == format::BlockKind::Title => Role::Title,
            None => Role::Content,
        };
        if role == Role::Content && !seen.insert(text.to_string()) {
            cut.duplicates += 1;
            continue;
        }
        pieces.clear();
        if role == Role::Content {
            passage::split_long_into(text, 0, text.len(), &mut pieces);
        } else {
            pieces.push((0, text.len()));
        }
        for &(a, b) in &pieces {
            // A piece of an extracted block keeps the block's place in the file: its
            // text is not the file's, so the block's lines are where a reader finds it.
            cut.push(Passage {
                text: text[a..b].to_string(),
                span: block.span,
                pages: block.pages,
                joined: format::text::joined_words(&text[a..b]),
                lang: Lang::En,
                position: 0,
                role,
            });
        }
    }
    finish(rel, cut, entry, &declared, meta, relation)
}

/// Keys of a file's own fields (Markdown front matter) that name the institution a
/// document comes from.
const ORGANISATION_FIELDS: &[&str] =
    &["organisation", "organization", "institution", "affiliation"];

/// The publisher a file's own fields name when none is declared as such: an
/// organisation's field, else the institution its `author` writes for
/// ([`publisher::author_publisher`], told by the document's `blocks`).
fn fields_publisher(fields: &[(String, String)], blocks: &[&str]) -> Option<String> {
    let field = |name: &str| {
        fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim())
    };
    ORGANISATION_FIELDS
        .iter()
        .find_map(|k| field(k).filter(|v| !v.is_empty()))
        .map(str::to_string)
        .or_else(|| field("author").and_then(|a| publisher::author_publisher(a, blocks)))
}

/// The site a web clip's `source` address names ("example.co.kr"), when neither its
/// fields nor its text name a publisher: where the page was is all the file says of
/// whose it is.
fn source_site(fields: &[(String, String)]) -> Option<String> {
    fields
        .iter()
        .filter(|(k, _)| k == "source")
        .find_map(|(_, v)| publisher::site_of_address(v))
}

/// Decides every passage's language and the document's metadata.
fn finish(
    rel: &str,
    cut: Cut,
    entry: Option<&Entry>,
    declared: &Declared,
    found: Metadata,
    relation: TextRelation,
) -> Document {
    let Cut {
        detector,
        mut passages,
        seen,
        mut set_aside,
        seen_aside,
        duplicates,
        ..
    } = cut;
    // What the rules left unclear is read in the light of the document's language:
    // declared, else that of most clearly detected letters.
    let unclear = |e: &Evidence| matches!(e, Evidence::Unclear(_));
    let context = if seen.iter().chain(&seen_aside).any(unclear) {
        let clear = |(p, e): (&Passage, &Evidence)| match *e {
            Evidence::Clear(lang) => Some((lang, p.text.len())),
            _ => None,
        };
        declared.declared.or_else(|| {
            let all = passages.iter().zip(&seen);
            majority(
                all.chain(set_aside.iter().zip(&seen_aside))
                    .filter_map(clear),
            )
        })
    } else {
        None
    };
    let detect = |list: &[Passage], seen: Vec<Evidence>| -> Vec<Option<Lang>> {
        let decide = |(p, e): (&Passage, Evidence)| detector.decide(&p.text, e, context);
        list.iter().zip(seen).map(decide).collect()
    };
    let detected = detect(&passages, seen);
    let detected_aside = detect(&set_aside, seen_aside);

    // The document's language: declared, else the language of most detected letters.
    let doc_lang = declared.forced.or(declared.declared).unwrap_or_else(|| {
        let weighed = passages.iter().zip(&detected);
        majority(weighed.filter_map(|(p, d)| d.map(|lang| (lang, p.text.len()))))
            .unwrap_or(Lang::En)
    });
    let all = passages
        .iter_mut()
        .zip(detected)
        .chain(set_aside.iter_mut().zip(detected_aside));
    for (p, detected) in all {
        p.lang = declared.forced.or(detected).unwrap_or(doc_lang);
    }

    let meta = metadata(rel, entry, found, doc_lang, passages.first());
    Document {
        meta,
        passages,
        set_aside,
        duplicates,
        relation,
        guessed_encoding: None,
    }
}

/// The document's metadata: the manifest's where it has an entry (its title and
/// publisher always, its date when it gives one), else what the file states, else what
/// its text shows; each with where it came from.
fn metadata(
    rel: &str,
    entry: Option<&Entry>,
    found: Metadata,
    lang: Lang,
    first: Option<&Passage>,
) -> DocMeta {
    let Metadata {
        title,
        date,
        publisher,
        fields,
        ..
    } = found;
    let field = |name: &str| {
        fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    };
    // A title's site suffix names the publisher: "Statement | Ministry of ...".
    let (title, suffix) = match title {
        Some(t) => {
            let (head, suffix) = publisher::split_site_suffix(&t.value);
            let suffix = suffix.map(|s| Found {
                value: s,
                from: t.from.clone(),
            });
            (
                Some(Found {
                    value: head,
                    from: t.from,
                }),
                suffix,
            )
        }
        None => (None, None),
    };
    let title = title.unwrap_or_else(|| {
        let first = first.map_or(rel, |p| p.text.lines().next().unwrap_or(rel));
        Found::text(truncate_words(first, 90))
    });
    let date = date.and_then(|d| {
        statement::normalise_date(&d.value).map(|value| Found {
            value,
            from: d.from,
        })
    });
    let publisher = publisher.or(suffix);
    let manifest = Some(Provenance::Manifest);
    match entry {
        Some(e) => {
            let (date, date_from) = match (&e.date, date) {
                (Some(d), _) => (Some(d.clone()), manifest.clone()),
                (None, Some(found)) => (Some(found.value), Some(found.from)),
                (None, None) => (None, None),
            };
            DocMeta {
                id: e.id.clone(),
                path: rel.to_string(),
                title: e.title.clone(),
                publisher: e.publisher.clone(),
                date,
                lang,
                origin: e.origin.clone(),
                event: e.event.clone(),
                inferred: false,
                sources: Sources {
                    title: manifest.clone(),
                    date: date_from,
                    publisher: manifest,
                },
            }
        }
        None => DocMeta {
            id: field("id").map_or_else(|| slug(rel), |id| slug(&format!("{id}.x"))),
            path: rel.to_string(),
            title: title.value,
            publisher: publisher
                .as_ref()
                .map_or_else(|| "unknown".to_string(), |p| p.value.clone()),
            date: date.as_ref().map(|d| d.value.clone()),
            lang,
            origin: field("origin"),
            event: field("event"),
            inferred: true,
            sources: Sources {
                title: Some(title.from),
                date: date.map(|d| d.from),
                publisher: publisher.map(|p| p.from),
            },
        },
    }
}

/// The language with the most weight among `(language, weight)` pairs, if any has weight.
fn majority(items: impl Iterator<Item = (Lang, usize)>) -> Option<Lang> {
    let mut weight = [0usize; 3];
    for (lang, w) in items {
        weight[Lang::ALL.iter().position(|&x| x == lang).unwrap_or(0)] += w;
    }
    let best = (0..3).max_by_key(|&i| (weight[i], std::cmp::Reverse(i)))?;
    (weight[best] > 0).then_some(Lang::ALL[best])
}

/// The format a file is read as: its extension's, plain text for a file without one.
pub fn format_of(rel: &str) -> Format {
    Format::of_path(rel).unwrap_or(Format::Text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matters_organisation_or_authors_institution_is_the_publisher() {
        let fields = vec![(
            "organisation".to_string(),
            "Centre for Arctic Studies".to_string(),
        )];
        assert_eq!(
            fields_publisher(&fields, &[]).as_deref(),
            Some("Centre for Arctic Studies")
        );
        let fields = vec![(
            "author".to_string(),
            "북극연구소 연구위원 홍길동".to_string(),
        )];
        assert_eq!(
            fields_publisher(&fields, &["정책브리프 12호 | 북극연구소"]).as_deref(),
            Some("북극연구소")
        );
        assert_eq!(fields_publisher(&[], &["Text."]), None);
    }

    #[test]
    fn a_web_clips_source_address_names_its_site_as_a_last_resort() {
        let fields = vec![(
            "source".to_string(),
            "https://www.harbour-news.example/story?id=9".to_string(),
        )];
        assert_eq!(
            source_site(&fields).as_deref(),
            Some("harbour-news.example")
        );
        // A web clip that names no publisher but its address.
        let md = "---\ntitle: Ferries run hourly\nsource: \"https://www.harbour-news.example/story?id=9\"\n---\n\n# Ferries run hourly\n\nThe boats will cross every hour from May, the operator said.\n";
        let e = crate::corpus::format::markdown::extract(md);
        let doc = from_extraction("clip.md", e, None, &LangDetector::default());
        assert_eq!(doc.meta.publisher, "harbour-news.example");
    }
}
