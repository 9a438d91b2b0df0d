//! How the binary words errors for someone at a shell: the library says what is wrong
//! and names the kind of fix ([`accord::Remedy`]); here the fix becomes the command or
//! flag that does it.

use accord::{Error, Remedy};

/// The fix as a command or flag.
fn cli_advice(remedy: Remedy) -> &'static str {
    match remedy {
        Remedy::ChooseCorpus => "pass --corpus DIR or set ACCORD_CORPUS",
        Remedy::ChooseIndexFolder => "choose an empty or new folder with --index DIR",
        Remedy::BuildIndex => "build it with `accord index`",
        Remedy::RebuildIndex => "rebuild it with `accord index --rebuild`",
        Remedy::UpdateIndex => "update the index with `accord index`",
        Remedy::WaitForWriter => "wait for it to finish, or stop that process",
        Remedy::ListDocuments => "`accord docs` lists them",
        Remedy::NameTwoDocuments => "name two with --docs A,B",
        Remedy::FreeSpace => "free space or choose another --index folder",
        other => other.advice(),
    }
}

/// The message for `err`, with the fix worded for the command line.
pub fn message(err: &Error) -> String {
    let problem = match err {
        // Only accord's indexer takes the writer lock.
        Error::Locked { path, holder } => format!(
            "another `accord index` is writing to {} ({holder})",
            path.display()
        ),
        other => other.problem(),
    };
    match err.remedy() {
        Some(remedy) => format!("{problem}; {}", cli_advice(remedy)),
        None => problem,
    }
}

/// Prints `err` as `accord: error: ...`, then each cause not already said.
pub fn print(err: &anyhow::Error) {
    let text = |cause: &(dyn std::error::Error + 'static)| match cause.downcast_ref::<Error>() {
        Some(e) => message(e),
        None => cause.to_string(),
    };
    let mut said = text(err.as_ref());
    eprintln!("accord: error: {said}");
    for cause in err.chain().skip(1) {
        let line = text(cause);
        // An I/O error's message already ends with its cause.
        if said.contains(&line) {
            continue;
        }
        eprintln!("  caused by: {line}");
        said = line;
    }
}

/// Ends the program on an argument error from clap: help and version go to stdout with
/// success; a usage error reads like accord's own (`accord: error: ...`, exit 2), with
/// clap's usage line and hint kept.
pub fn usage_error(err: &clap::Error) -> std::process::ExitCode {
    use clap::error::ErrorKind;
    match err.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = err.print();
            std::process::ExitCode::SUCCESS
        }
        // `accord` alone: the help, on stderr, as a usage error.
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = err.print();
            std::process::ExitCode::from(2)
        }
        _ => {
            let text = err.render().to_string();
            let text = text.strip_prefix("error: ").unwrap_or(&text);
            eprint!("accord: error: {text}");
            std::process::ExitCode::from(2)
        }
    }
}
