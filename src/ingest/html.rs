//! HTML → article text: the title and the body's paragraphs, without page chrome or scripts.
//!
//! The article is looked for in `<article>` (the one with the most paragraph text when there are
//! several), else `<main>`, else `<body>`. Inside it, the text of `<p>`, `<h2>`–`<h6>`,
//! `<blockquote>`, `<li>`, `<pre>` and `<dd>` becomes one paragraph each; loose text outside such
//! blocks is kept only when the article has no `<p>` at all (old pages that separate paragraphs
//! with `<div>`s or `<br>`s). Scripts, styles, frames, forms, navigation, asides, figures and their
//! captions, hidden elements and footers are dropped, and so are headers when the page has no
//! `<article>` or `<main>` (an article's own `<header>` holds its title and lead, and is kept).
//! The `<h1>` that gave the title is not repeated as a paragraph.
//!
//! HTML whitespace is not content, so each paragraph's whitespace runs are collapsed to single
//! spaces. This is the only place where ingest normalises text.

use scraper::{ElementRef, Html, Node, Selector};

/// The title and paragraphs extracted from an HTML page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Extracted {
    /// The `<h1>` of the article, else the page `<title>`, else the first `<h1>` of the page.
    pub title: Option<String>,
    /// The body's paragraphs (headings included), whitespace-collapsed, in document order.
    pub paragraphs: Vec<String>,
}

impl Extracted {
    /// The article as text: the title (if any) and the paragraphs, separated by blank lines.
    pub fn text(&self) -> String {
        let mut parts: Vec<&str> = Vec::with_capacity(self.paragraphs.len() + 1);
        if let Some(title) = &self.title {
            parts.push(title);
        }
        parts.extend(self.paragraphs.iter().map(String::as_str));
        parts.join("\n\n")
    }
}

/// Elements whose whole subtree is never article text.
const DROPPED: &[&str] = &[
    "script",
    "style",
    "noscript",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "template",
    "svg",
    "math",
    "canvas",
    "video",
    "audio",
    "picture",
    "map",
    "nav",
    "aside",
    "form",
    "button",
    "select",
    "textarea",
    "input",
    "label",
    "figure",
    "figcaption",
    "dialog",
    "head",
    "title",
    "meta",
    "link",
];

/// Elements whose text is one paragraph (unless they contain other such blocks).
const CONTENT_BLOCKS: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "li",
    "pre",
    "dd",
    "dt",
];

/// Elements that end the paragraph being collected when loose text is kept.
const BREAKING: &[&str] = &[
    "div", "section", "article", "main", "header", "footer", "ul", "ol", "dl", "table", "tr", "td",
    "th", "caption", "tbody", "thead", "tfoot", "address", "center", "hr", "br", "details",
    "summary", "body", "html",
];

/// Collapses every run of whitespace (including no-break spaces) to a single space and trims.
pub fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

fn selector(css: &str) -> Selector {
    // The selectors are literals checked by the unit tests; parsing them cannot fail.
    Selector::parse(css).unwrap_or_else(|_| unreachable!("invalid selector {css}"))
}

fn is_hidden(element: &scraper::node::Element) -> bool {
    element.attr("hidden").is_some()
        || element
            .attr("aria-hidden")
            .is_some_and(|v| v.eq_ignore_ascii_case("true"))
        || element.attr("style").is_some_and(|style| {
            let style: String = style
                .chars()
                .filter(|c| !c.is_whitespace())
                .flat_map(char::to_lowercase)
                .collect();
            style.contains("display:none") || style.contains("visibility:hidden")
        })
}

/// Whether the walk skips an element's subtree.
fn is_dropped(element: &scraper::node::Element, drop_chrome: bool) -> bool {
    let name = element.name();
    DROPPED.contains(&name)
        || name == "footer"
        || (drop_chrome && name == "header")
        || is_hidden(element)
}

/// The visible text of an element, skipping dropped descendants.
fn visible_text(root: ElementRef<'_>) -> String {
    let mut out = String::new();
    let mut stack = vec![*root];
    while let Some(node) = stack.pop() {
        match node.value() {
            Node::Text(text) => out.push_str(text),
            Node::Element(element) => {
                if node.id() != root.id() && is_dropped(element, true) {
                    continue;
                }
                if element.name() == "br" {
                    out.push(' ');
                }
                let mut child = node.last_child();
                while let Some(c) = child {
                    stack.push(c);
                    child = c.prev_sibling();
                }
            }
            _ => {}
        }
    }
    out
}

/// Amount of paragraph text in an element (to choose among several `<article>`s).
fn paragraph_weight(element: ElementRef<'_>) -> usize {
    let p = selector("p");
    element
        .select(&p)
        .map(|p| visible_text(p).trim().len())
        .sum()
}

/// Chooses the element holding the article, and whether it is the whole body (then page headers
/// and footers are chrome and dropped).
fn container(document: &Html) -> (ElementRef<'_>, bool) {
    let article = selector("article");
    if let Some(best) = document
        .select(&article)
        .max_by_key(|&element| paragraph_weight(element))
    {
        // Nested <article>s (comments inside a post) are walked as part of the outer one.
        let outermost = best
            .ancestors()
            .filter_map(ElementRef::wrap)
            .filter(|a| a.value().name() == "article")
            .last()
            .unwrap_or(best);
        return (outermost, false);
    }
    if let Some(main) = document.select(&selector("main")).next() {
        return (main, false);
    }
    if let Some(body) = document.select(&selector("body")).next() {
        return (body, true);
    }
    (document.root_element(), true)
}

/// Extracts the title and paragraphs of an HTML page.
pub fn extract(html: &str) -> Extracted {
    let document = Html::parse_document(html);
    let (root, is_body) = container(&document);

    let h1 = selector("h1");
    let title = root
        .select(&h1)
        .map(|h| collapse_whitespace(&visible_text(h)))
        .find(|t| !t.is_empty())
        .or_else(|| {
            document
                .select(&selector("title"))
                .map(|t| collapse_whitespace(&t.text().collect::<String>()))
                .find(|t| !t.is_empty())
        })
        .or_else(|| {
            document
                .select(&h1)
                .map(|h| collapse_whitespace(&visible_text(h)))
                .find(|t| !t.is_empty())
        });

    let strict = root
        .select(&selector("p"))
        .any(|p| !visible_text(p).trim().is_empty());
    let mut paragraphs = walk(root, is_body, strict);
    if let Some(title) = &title {
        // The title is the text's first paragraph already; drop its first repetition (the <h1>).
        if let Some(index) = paragraphs.iter().position(|p| p == title) {
            paragraphs.remove(index);
        }
    }
    Extracted { title, paragraphs }
}

/// Walks the article element in document order and returns its paragraphs.
///
/// In `strict` mode only text inside content blocks counts; otherwise loose text is collected too,
/// split at block boundaries. Iterative, so absurdly deep markup cannot overflow the stack.
fn walk(root: ElementRef<'_>, drop_chrome: bool, strict: bool) -> Vec<String> {
    let mut paragraphs = Vec::new();
    let mut buffer = String::new();
    // Depth of content blocks we are inside.
    let mut in_block = 0usize;
    let flush = |buffer: &mut String, paragraphs: &mut Vec<String>| {
        let text = collapse_whitespace(buffer);
        buffer.clear();
        if !text.is_empty() {
            paragraphs.push(text);
        }
    };

    // (node, None) enters a node; (node, Some(is_block)) leaves a breaking element.
    let mut stack = vec![(*root, None)];
    while let Some((node, leaving)) = stack.pop() {
        if let Some(block) = leaving {
            if block {
                in_block -= 1;
            }
            if block || !strict {
                flush(&mut buffer, &mut paragraphs);
            }
            continue;
        }
        match node.value() {
            Node::Text(text) if in_block > 0 || !strict => buffer.push_str(text),
            Node::Element(element) => {
                if node.id() != root.id() && is_dropped(element, drop_chrome) {
                    continue;
                }
                let name = element.name();
                if name == "br" {
                    // A line break inside a paragraph is a space; between loose texts, a boundary.
                    if in_block > 0 || strict {
                        buffer.push(' ');
                    } else {
                        flush(&mut buffer, &mut paragraphs);
                    }
                    continue;
                }
                let block = CONTENT_BLOCKS.contains(&name);
                let breaking = block || BREAKING.contains(&name);
                if block || (breaking && !strict) {
                    flush(&mut buffer, &mut paragraphs);
                }
                if block {
                    in_block += 1;
                }
                if breaking {
                    stack.push((node, Some(block)));
                }
                let mut child = node.last_child();
                while let Some(c) = child {
                    stack.push((c, None));
                    child = c.prev_sibling();
                }
            }
            _ => {}
        }
    }
    flush(&mut buffer, &mut paragraphs);
    paragraphs
}

/// True when bytes look like an HTML document (`<!doctype html` or `<html` first, after
/// whitespace, a BOM or comments are skipped).
pub fn sniff_html(text: &str) -> bool {
    let mut rest = text.trim_start_matches('\u{feff}').trim_start();
    loop {
        if let Some(after) = rest.strip_prefix("<!--") {
            match after.find("-->") {
                Some(end) => rest = after[end + 3..].trim_start(),
                None => return false,
            }
        } else if rest.starts_with("<?xml") {
            match rest.find("?>") {
                Some(end) => rest = rest[end + 2..].trim_start(),
                None => return false,
            }
        } else {
            break;
        }
    }
    let head: String = rest.chars().take(14).flat_map(char::to_lowercase).collect();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_with_chrome() {
        let page = r#"<!DOCTYPE html>
<html><head><title>Site | Headline</title><style>p { color: red }</style>
<script>var x = "<p>not text</p>";</script></head>
<body>
<header><nav><a href="/">Home</a></nav><p>Site slogan</p></header>
<article>
  <header><h1>  NATO
     confirms   troops </h1><p class="lead">The lead paragraph.</p></header>
  <p>First   paragraph,
     with a line break.</p>
  <figure><img src="x.jpg"><figcaption>Photo: PAP</figcaption></figure>
  <h2>A heading</h2>
  <blockquote><p>A quoted paragraph.</p><p>And another.</p></blockquote>
  <ul><li>Item one</li><li>Item <b>two</b></li></ul>
  <p>Tom &amp; Jerry said &quot;hi&quot; &#261;&#x119; &nbsp;end.</p>
  <script>alert(1)</script>
  <iframe src="ad.html">frame text</iframe>
  <aside><p>Read also: something else</p></aside>
  <footer><p>Tags: war</p></footer>
</article>
<footer><p>Copyright</p></footer>
</body></html>"#;
        let extracted = extract(page);
        assert_eq!(extracted.title.as_deref(), Some("NATO confirms troops"));
        assert_eq!(
            extracted.paragraphs,
            [
                "The lead paragraph.",
                "First paragraph, with a line break.",
                "A heading",
                "A quoted paragraph.",
                "And another.",
                "Item one",
                "Item two",
                "Tom & Jerry said \"hi\" ąę end.",
            ]
        );
        let text = extracted.text();
        assert!(text.starts_with("NATO confirms troops\n\nThe lead paragraph.\n\n"));
        for absent in [
            "alert",
            "not text",
            "Photo",
            "Read also",
            "Tags",
            "Copyright",
            "slogan",
            "frame text",
            "color",
        ] {
            assert!(!text.contains(absent), "{absent} leaked into {text:?}");
        }
    }

    #[test]
    fn title_falls_back_to_title_element() {
        let extracted = extract(
            "<html><head><title>Only a title</title></head><body><p>Body.</p></body></html>",
        );
        assert_eq!(extracted.title.as_deref(), Some("Only a title"));
        assert_eq!(extracted.paragraphs, ["Body."]);
        assert_eq!(extracted.text(), "Only a title\n\nBody.");
    }

    #[test]
    fn no_title() {
        let extracted = extract("<p>One.</p><p>Two.</p>");
        assert_eq!(extracted.title, None);
        assert_eq!(extracted.text(), "One.\n\nTwo.");
    }

    #[test]
    fn main_is_used_without_article() {
        let extracted = extract(
            "<body><div class=menu>Menu junk</div><main><h1>T</h1><p>Kept.</p></main><p>Outside.</p></body>",
        );
        assert_eq!(extracted.title.as_deref(), Some("T"));
        assert_eq!(extracted.paragraphs, ["Kept."]);
    }

    #[test]
    fn longest_article_wins() {
        let extracted = extract(
            "<article><p>Teaser.</p></article><article><h1>Main</h1><p>The real story is long.</p></article>",
        );
        assert_eq!(extracted.title.as_deref(), Some("Main"));
        assert_eq!(extracted.paragraphs, ["The real story is long."]);
    }

    #[test]
    fn loose_text_without_paragraph_elements() {
        let extracted = extract(
            "<html><body><div>First block\n of text.</div><div>Second<br><br>Third</div></body></html>",
        );
        assert_eq!(
            extracted.paragraphs,
            ["First block of text.", "Second", "Third"]
        );
    }

    #[test]
    fn broken_markup() {
        let extracted = extract(
            "<html><body><article><p>Unclosed <b>bold <i>both</b> text<p>Second <script>evil()</p></article>",
        );
        assert_eq!(extracted.paragraphs[0], "Unclosed bold both text");
        assert!(extracted.text().contains("Second"));
        assert!(!extracted.text().contains("evil"));
    }

    #[test]
    fn hidden_elements_are_dropped() {
        let extracted = extract(
            r#"<p>Seen.</p><p hidden>Hidden.</p><p style="display: none">Styled away.</p><p aria-hidden="true">Aria.</p>"#,
        );
        assert_eq!(extracted.paragraphs, ["Seen."]);
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let page = format!("{}<p>Deep.</p>", "<div>".repeat(5_000));
        assert!(extract(&page).paragraphs.contains(&"Deep.".to_string()));
    }

    #[test]
    fn sniffing() {
        assert!(sniff_html("<!DOCTYPE html><html>"));
        assert!(sniff_html("\u{feff}  \n<HTML lang=pl>"));
        assert!(sniff_html("<!-- saved page --><html>"));
        assert!(!sniff_html("Plain text mentioning <html> later."));
        assert!(!sniff_html("<p>fragment</p>"));
    }

    #[test]
    fn whitespace_collapsing() {
        assert_eq!(collapse_whitespace("  a \t b\n\n c\u{a0}d  "), "a b c d");
        assert_eq!(collapse_whitespace(" \n "), "");
    }
}
