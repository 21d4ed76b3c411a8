//! Locating the project's shared data sets (`../shared` beside the
//! checkout) for tests and benchmarks.

use std::path::PathBuf;

/// The path of `relative` inside the shared data folder, when it exists.
///
/// The folder is `$SITREP_SHARED` when set, else `../shared` beside the
/// workspace root. When the path is missing and the environment variable
/// `CI` is set (to anything but `false` or `0`), this panics with a message
/// naming the path: tests that need shared data must fail loudly in CI, and
/// may skip only on a developer's machine that lacks the data.
pub fn shared_data(relative: &str) -> Option<PathBuf> {
    let root = match std::env::var_os("SITREP_SHARED") {
        Some(p) => PathBuf::from(p),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"),
    };
    let path = root.join(relative);
    if path.exists() {
        return Some(path);
    }
    let in_ci = std::env::var("CI")
        .map(|v| !v.is_empty() && v != "false" && v != "0")
        .unwrap_or(false);
    if in_ci {
        panic!(
            "shared data {} is missing (looked in {}); CI must run with ../shared beside the checkout or SITREP_SHARED set",
            relative,
            path.display()
        );
    }
    eprintln!("skipping: shared data {} not found", path.display());
    None
}
