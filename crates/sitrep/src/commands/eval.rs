//! `sitrep eval …`: benchmarks that print quality and speed on public data.
use clap::Subcommand;

/// The benchmarks.
#[derive(Debug, Subcommand)]
pub enum EvalCommand {
    /// Article extraction on the Scrapinghub article-extraction benchmark.
    Extraction(super::eval_extraction::Args),
    /// Event coding on PETRARCH validation records.
    Petrarch(super::eval_petrarch::Args),
    /// The whole pipeline on hand-coded news sentences (event P/R/F1).
    Events(super::eval_events::Args),
    /// Toponym and date resolution on sitrep's annotated test sets.
    Places(super::eval_places::Args),
}

/// Runs one benchmark.
pub fn run(cmd: EvalCommand) -> anyhow::Result<()> {
    match cmd {
        EvalCommand::Extraction(a) => super::eval_extraction::run(a),
        EvalCommand::Petrarch(a) => super::eval_petrarch::run(a),
        EvalCommand::Places(a) => super::eval_places::run(a),
        EvalCommand::Events(a) => super::eval_events::run(a),
    }
}
