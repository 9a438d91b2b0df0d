//! How a search's explanation (`translate::explain::Explanation`) is shown: lines for
//! people, one JSON object for scripts (`{"explanation": {...}}`, a line of its own
//! before the hits, so hit lines keep their shape).

use std::io::{self, Write};

use serde::Serialize;

use super::{clean, palette, Style};
use crate::translate::explain::Explanation;
use crate::translate::{Role, Source};

/// Writes the explanation as one JSON line: `{"explanation": {...}}`.
pub fn json(w: &mut dyn Write, e: &Explanation) -> io::Result<()> {
    #[derive(Serialize)]
    struct Line<'a> {
        explanation: &'a Explanation,
    }
    serde_json::to_writer(&mut *w, &Line { explanation: e }).map_err(io::Error::other)?;
    writeln!(w)
}

/// Writes the explanation for a terminal: the query's language and why, the words and
/// phrases searched, each translation with its source, senses and weights, and the
/// senses dropped and why; then a blank line.
pub fn text(w: &mut dyn Write, e: &Explanation, style: Style) -> io::Result<()> {
    let head = |s: &str| style.paint(palette::BOLD, s);
    writeln!(w, "{} {}", head("query:"), clean(&e.query))?;
    writeln!(
        w,
        "{} {} ({})",
        head("language:"),
        e.lang.as_deref().unwrap_or("-"),
        e.lang_reason.label()
    )?;
    let units: Vec<String> = e.units.iter().map(|u| format!("{:?}", clean(u))).collect();
    writeln!(w, "{} {}", head("searched as typed:"), units.join(", "))?;
    if e.translations.is_empty() {
        writeln!(w, "{} none", head("translations:"))?;
    }
    for t in &e.translations {
        let role = match &t.role {
            Role::Whole => String::new(),
            Role::WordOfPhrase(p) => format!(", a word of the phrase {:?}", clean(p)),
            Role::PartOfCompound(word) => format!(", a part of {:?}", clean(word)),
        };
        let via = if t.via.is_empty() || t.via == [t.from.clone()] {
            String::new()
        } else if t.source == Source::Pivot {
            format!(": {}", clean(&t.via.join(", ")))
        } else {
            format!(" via {}", clean(&t.via.join(", ")))
        };
        writeln!(
            w,
            "{:?} -> {} ({}{via}{role})",
            clean(&t.from),
            style.paint(palette::LANG, &t.to),
            t.source.label()
        )?;
        for s in &t.senses {
            let found = s
                .doc_freq
                .map(|n| format!(", in {}", passages(n)))
                .unwrap_or_default();
            writeln!(
                w,
                "    {:<30} weight {:.2}{found}",
                clean(&s.text),
                s.weight
            )?;
        }
        for d in &t.dropped {
            let found = d
                .doc_freq
                .filter(|&n| n > 0)
                .map(|n| format!(" ({})", passages(n)))
                .unwrap_or_default();
            let text = format!("{:<30}", clean(&d.text));
            writeln!(
                w,
                "    {} dropped: {}{found}",
                style.paint(palette::DIM, &text),
                d.reason.label()
            )?;
        }
    }
    writeln!(w)
}

fn passages(n: u64) -> String {
    if n == 1 {
        "1 passage".into()
    } else {
        format!("{n} passages")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::translate::explain::LangReason;
    use crate::translate::{translate, NoEvidence};

    #[test]
    fn text_and_json_say_the_same() {
        let translations = translate(&["submarine", "cables"], Lang::En, true, &NoEvidence);
        let e = Explanation::new(
            "submarine cables",
            Some(Lang::En),
            LangReason::Given,
            vec!["submarine".into(), "cables".into()],
            &translations,
        );
        let mut out = Vec::new();
        text(&mut out, &e, Style { color: false }).unwrap();
        let shown = String::from_utf8(out).unwrap();
        assert!(
            shown.starts_with("query: submarine cables\nlanguage: en (given)\n"),
            "{shown}"
        );
        assert!(
            shown.contains("\"submarine cables\" -> pl (glossary)"),
            "{shown}"
        );
        assert!(shown.contains("    kabel podmorski"), "{shown}");
        assert!(shown.ends_with("\n\n"));
        let mut out = Vec::new();
        json(&mut out, &e).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["explanation"]["lang"], "en");
        assert_eq!(v["explanation"]["translations"][0]["to"], "pl");
    }
}
