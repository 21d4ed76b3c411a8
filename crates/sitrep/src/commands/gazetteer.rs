//! `sitrep gazetteer …`: build and inspect gazetteer index files.
use clap::Subcommand;

/// The gazetteer subcommands.
#[derive(Debug, Subcommand)]
pub enum GazetteerCommand {}

/// Runs one gazetteer subcommand.
pub fn run(cmd: GazetteerCommand) -> anyhow::Result<()> {
    match cmd {}
}
