//! `sitrep nlp …`: train, run and evaluate the NLP models.
use clap::Subcommand;

/// The NLP subcommands.
#[derive(Debug, Subcommand)]
pub enum NlpCommand {}

/// Runs one NLP subcommand.
pub fn run(cmd: NlpCommand) -> anyhow::Result<()> {
    match cmd {}
}
