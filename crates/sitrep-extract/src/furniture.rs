//! Portal furniture: the widget, navigation and policy lines that scrapers
//! and pages carry around an article, recognised by general patterns.
//!
//! Each rule is a pattern over one short line or block, never a whole page:
//! reading-time lines, widget error messages, "in this article" headers,
//! share/subscribe/newsletter prompts, cookie notices, comment-policy
//! footers, and related-article links. The phrase lists are small, written
//! per language (English and French first), and apply to any input; adding a
//! language is adding its phrases here.

use std::sync::LazyLock;

use regex::Regex;

/// What kind of furniture a line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Furniture {
    /// Not furniture: keep it.
    None,
    /// A related-article link: moved to `related`.
    Related,
    /// Anything else to drop.
    Drop,
}

fn re(s: &str) -> Regex {
    Regex::new(s).expect("static regex")
}

/// Lines that are furniture whole (case-insensitive, after trimming bullets).
static WHOLE: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        r"(?i)^(?:",
        // reading time — "3 min de lecture", "5 min read", "Lecture : 2 min"
        r"\d+\s*(?:min(?:utes?)?|mn)\.?\s+(?:de\s+lecture|read|reading(?:\s+time)?)",
        r"|(?:temps\s+de\s+)?lecture\s*:?\s*\d+\s*(?:min(?:utes?)?|mn)",
        r"|reading\s+time\s*:?\s*\d+\s*min(?:utes?)?",
        // "in this article" headers
        r"|dans\s+cet\s+article|in\s+this\s+(?:article|story)|sommaire|contents|table\s+of\s+contents",
        // widget errors
        r"|oops\s*!?.*(?:erreur|error|wrong).*|une\s+erreur\s+est\s+survenue.*|something\s+went\s+wrong.*",
        r"|veuillez\s+réessayer(?:\s+plus\s+tard)?|please\s+try\s+again(?:\s+later)?|réessayer|retry|try\s+again",
        // share / follow / subscribe prompts
        r"|(?:partager|partagez|share)(?:\s+(?:cet\s+article|this(?:\s+article|\s+story)?|on\s+\w+|sur\s+\w+))?",
        r"|(?:s'abonner|abonnez-vous|subscribe|sign\s+up|inscrivez-vous|je\s+m'abonne)\b.{0,60}",
        r"|(?:follow|suivez)[- ](?:us|nous)\b.{0,60}",
        r"|(?:advertisement|publicité|sponsored|sponsorisé|contenu\s+sponsorisé|annonce)",
        r"|(?:tweet|email|e-mail|print|imprimer|copier\s+le\s+lien|copy\s+link|facebook|twitter|linkedin|whatsapp)",
        r"|(?:lire\s+la\s+suite|read\s+more|continue\s+reading|voir\s+plus|see\s+more|show\s+more|load\s+more)",
        r"|(?:comments?|commentaires?|\d+\s+(?:comments?|commentaires?)|leave\s+a\s+comment|laisser\s+un\s+commentaire|réagir)",
        r"|(?:listen\s+to\s+this\s+article|écouter\s+cet\s+article|écouter)",
        r")\s*[:.!…]*$"
    ))
});

/// Copyright and rights lines.
static RIGHTS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:copyright\b|©|\(c\)\s)|all\s+rights\s+reserved|tous\s+droits\s+réservés|alle\s+rechte\s+vorbehalten|todos\s+los\s+derechos\s+reservados|tutti\s+i\s+diritti\s+riservati",
    )
});

/// Prefixes that announce a related-article link.
static RELATED: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        r"(?i)^(?:►|▶|→|»|>>)?\s*(?:",
        r"[àa]\s+lire\s+(?:aussi|également|egalement)|lire\s+(?:aussi|également|egalement)|voir\s+aussi",
        r"|sur\s+le\s+même\s+sujet|à\s+voir\s+aussi|notre\s+dossier",
        r"|read\s+(?:more|also)|see\s+also|related(?:\s+(?:articles?|stories|coverage))?|more\s+on\s+this|also\s+read|recommended",
        r")\s*[:：]"
    ))
});

/// Cookie notices: mention cookies and consent or use.
static COOKIE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\bcookies?\b.*\b(?:accept|consent|utilis|use[sd]?|using|paramètr|settings|politique|policy|navigation|browsing)|(?:accept|consent|utilis|we\s+use|nous\s+utilisons).*\bcookies?\b",
    )
});

/// Comment-policy and community footers: talk about comments together with
/// users, community, moderation or rules.
static COMMENT_POLICY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:comment(?:s|aires?|ing)?|commentaires?)\b.*\b(?:utilisateurs|users|communauté|community|modérat|moderat|charte|guidelines|policy|règles|rules|suspend)|\b(?:utilisateurs|users|communauté|community)\b.*\b(?:comment(?:s|aires?|ing)?|commentaires?)\b",
    )
});

/// Bullets and arrows that widgets and link lists put before a line.
pub fn strip_bullet(line: &str) -> (&str, bool) {
    let t = line.trim_start();
    let mut chars = t.char_indices();
    if let Some((_, c)) = chars.next() {
        if matches!(
            c,
            '•' | '·'
                | '►'
                | '▶'
                | '→'
                | '»'
                | '▪'
                | '■'
                | '●'
                | '◆'
                | '◾'
                | '‣'
                | '*'
                | '-'
                | '–'
                | '—'
        ) {
            let rest = &t[c.len_utf8()..];
            // A dash or star only counts as a bullet when followed by a space.
            if matches!(c, '*' | '-' | '–' | '—') && !rest.starts_with(char::is_whitespace) {
                return (t, false);
            }
            return (rest.trim_start(), true);
        }
    }
    (t, false)
}

/// Classifies one line or block of text (already whitespace-normalised).
pub fn classify(text: &str) -> Furniture {
    let (body, _) = strip_bullet(text);
    let body = body.trim();
    if body.is_empty() {
        return Furniture::Drop;
    }
    if RELATED.is_match(text.trim_start()) || RELATED.is_match(body) {
        return Furniture::Related;
    }
    let words = body.split_whitespace().count();
    if words <= 12 && WHOLE.is_match(body) {
        return Furniture::Drop;
    }
    if words <= 40 && RIGHTS.is_match(body) {
        return Furniture::Drop;
    }
    if words <= 80 && COOKIE.is_match(body) {
        return Furniture::Drop;
    }
    Furniture::None
}

/// True for a comment-policy or community footer (checked only on the last
/// blocks of a text, where such footers sit).
pub fn is_comment_policy(text: &str) -> bool {
    text.split_whitespace().count() <= 80 && COMMENT_POLICY.is_match(text)
}

static COMMENTS_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        r"(?i)^[\[(]?\s*(?:\d+\s+)?(?:top[- ]rated\s+|reader\s+|readers'?\s+|recent\s+|latest\s+|show\s+|view\s+|all\s+)?",
        r"(?:comments?|commentaires?|réactions?|responses?|replies|discussion|conversation)",
        r"(?:\s*\(\d+\)|\s+\d+)?\s*[\])]?\s*:?$",
        r"|^(?:leave|post|add|write)\s+(?:a\s+)?(?:comment|reply|response)|^join\s+the\s+(?:discussion|conversation)",
        r"|^(?:laisser|laissez|écrire|ajouter)\s+un\s+commentaire|^réagir\s+à\s+cet\s+article",
        r"|^\d+\s+(?:thoughts?|responses?|replies)\s+(?:on|to)\b.*"
    ))
});

/// True for the header that opens a reader-comments section ("Comments",
/// "Top Rated Comments", "[ 167 comments ]", "Leave a Reply",
/// "Laisser un commentaire", "12 thoughts on …").
pub fn is_comments_header(text: &str) -> bool {
    text.split_whitespace().count() <= 12 && COMMENTS_HEADER.is_match(text.trim())
}

/// The text of a related link, without its announcing prefix.
pub fn related_target(text: &str) -> &str {
    let t = text.trim();
    match t.find([':', '：']) {
        Some(i) => t[i..].trim_start_matches([':', '：']).trim(),
        None => t,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_and_french_furniture() {
        for s in [
            "·3 min de lecture",
            "5 min read",
            "Dans cet article:",
            "In this article:",
            "Oops ! Une erreur est survenue.",
            "Veuillez réessayer plus tard.",
            "Something went wrong. Please try again later.",
            "Share this article",
            "Partager",
            "Abonnez-vous à notre newsletter",
            "Sign up for our daily newsletter",
            "Advertisement",
            "We use cookies to improve your experience. By continuing you accept our use of cookies.",
            "Ce site utilise des cookies pour améliorer votre navigation.",
        ] {
            assert_eq!(classify(s), Furniture::Drop, "{s}");
        }
        for s in [
            "► À lire aussi : Vladimir Poutine reçoit Bachar el-Assad",
            "Read more: How the summit unfolded",
            "Lire aussi : la Turquie et l'Otan",
            "Related: Markets fall",
        ] {
            assert_eq!(classify(s), Furniture::Related, "{s}");
        }
        for s in [
            "Empêcher une escalade",
            "The minister said he would share the report with parliament on Monday.",
            "Le président a lu l'article avant de partager ses conclusions.",
            "Sign language interpreters were present.",
            "Comments from the minister were not available.",
        ] {
            assert_eq!(classify(s), Furniture::None, "{s}");
        }
    }

    #[test]
    fn comments_headers() {
        for s in [
            "Comments",
            "Top Rated Comments",
            "[ 167 comments ]",
            "Leave a Reply",
            "Laisser un commentaire",
            "12 thoughts on “Giving now”",
            "Commentaires (4)",
        ] {
            assert!(is_comments_header(s), "{s}");
        }
        assert!(!is_comments_header(
            "Comments from the minister were not available."
        ));
    }

    #[test]
    fn comment_policy_footers() {
        assert!(is_comment_policy("Our goal is to create a safe and engaging place for users to connect over interests and passions. In order to improve our community experience, we are temporarily suspending article commenting"));
        assert!(!is_comment_policy(
            "The users of the bridge complained about the toll."
        ));
    }
}
