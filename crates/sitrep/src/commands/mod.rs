//! One module per subcommand or subcommand group.
pub mod code;
pub mod eval;
pub mod eval_events;
pub mod eval_extraction;
pub mod eval_petrarch;
pub mod eval_places;
pub mod events;
pub mod export;
pub mod extract;
pub mod gazetteer;
pub mod ingest;
pub mod nlp;
