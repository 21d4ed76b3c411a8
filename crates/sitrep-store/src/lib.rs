//! sitrep's embedded store (being written).
