//! Laying out the article: one [`LayoutJob`] per paragraph with a section per run of equal
//! formatting (source tint, mention underline, cue italics, search hits), cached with everything
//! that affects its look, plus the paragraph heights the scroll view needs to lay out only what is
//! visible.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::Arc;

use egui::text::{LayoutJob, LayoutSection, TextFormat, TextWrapping};
use egui::{Color32, FontId, Galley, Painter, Pos2, Rect, Stroke, pos2};

use crate::model::{Document, EffectiveAttribution, Session, SourceId, Span};

use super::super::derived::LOW_CONFIDENCE;
use super::super::theme::{Palette, text_on};

/// What, besides the paragraph itself, decides how the article looks.
#[derive(Clone, Debug, PartialEq)]
pub struct Look {
    /// The session revision (edits change colours and attributions).
    pub revision: u64,
    /// Shown document.
    pub document: usize,
    /// Selected statement.
    pub selected: Option<usize>,
    /// Source filter.
    pub filter: Option<SourceId>,
    /// Search matches (shared, compared by pointer and length).
    pub matches: Arc<Vec<Span>>,
    /// Index of the current match.
    pub current_match: Option<usize>,
    /// Colours.
    pub palette: Palette,
    /// Font of the text.
    pub font: FontId,
    /// Wrap width in points.
    pub width: f32,
    /// Pixels per point (zoom).
    pub pixels_per_point: f32,
}

impl Look {
    fn line_height(&self) -> f32 {
        (self.font.size * 1.5).round()
    }

    /// A hash of what matters for paragraph `span` (the selection and the current match count only
    /// when they fall into it).
    fn key(&self, span: Span, statements: &std::ops::Range<usize>, doc: &Document) -> u64 {
        let mut h = DefaultHasher::new();
        self.revision.hash(&mut h);
        self.document.hash(&mut h);
        span.hash(&mut h);
        self.selected
            .filter(|s| statements.contains(s))
            .hash(&mut h);
        self.filter.hash(&mut h);
        let matches = matches_in(&self.matches, span);
        matches.hash(&mut h);
        self.current_match
            .and_then(|i| self.matches.get(i))
            .filter(|m| m.overlaps(span))
            .hash(&mut h);
        self.palette.dark.hash(&mut h);
        self.font.size.to_bits().hash(&mut h);
        self.width.round().to_bits().hash(&mut h);
        self.pixels_per_point.to_bits().hash(&mut h);
        doc.text.len().hash(&mut h);
        h.finish()
    }
}

/// A laid-out paragraph: the galley and, relative to the galley, the rectangles of each statement
/// (one per row it spans), of low-confidence statements and of the current search match.
#[derive(Clone, Debug)]
pub struct Laid {
    key: u64,
    last_used: u64,
    /// The text, formatted.
    pub galley: Arc<Galley>,
    /// `(statement index, row rectangles)`.
    pub statements: Vec<(usize, Vec<Rect>)>,
    /// Rows of low-confidence, unreviewed statements (dotted underline).
    pub low_confidence: Vec<Rect>,
    /// Rows of the current search match (outline).
    pub current_match: Vec<Rect>,
    /// Underlines of mentions and cues: (from, to) points and stroke.
    pub underlines: Vec<([Pos2; 2], Stroke)>,
    /// Rows of statements a reviewer confirmed (`false`) or changed (`true`): marked in the margin.
    pub reviewed: Vec<(Rect, bool)>,
}

/// Laid-out paragraphs and paragraph heights of the shown document.
#[derive(Debug, Default)]
pub struct ArticleCache {
    laid: HashMap<(usize, usize), Laid>,
    heights: Vec<f32>,
    measured: Vec<bool>,
    heights_key: Option<(usize, usize, u32, u32, u32)>,
    frame: u64,
    /// The visible part of the article last frame (content coordinates).
    pub last_viewport: Option<Rect>,
    /// Paragraphs laid out during the last frame (for tests and the benchmark).
    pub last_layouts: usize,
}

impl ArticleCache {
    /// Forgets everything (another session).
    pub fn clear(&mut self) {
        *self = ArticleCache::default();
    }

    /// Starts a frame: evicts paragraphs not drawn for a while.
    pub fn begin_frame(&mut self) {
        self.frame += 1;
        self.last_layouts = 0;
        if self.frame.is_multiple_of(120) {
            let frame = self.frame;
            self.laid.retain(|_, laid| frame - laid.last_used < 120);
        }
    }

    /// Paragraph heights for `doc` at this look: measured where known, estimated elsewhere.
    pub fn heights(&mut self, painter: &Painter, doc: &Document, look: &Look) -> &[f32] {
        let key = (
            look.document,
            doc.paragraphs.len(),
            look.font.size.to_bits(),
            look.width.round().to_bits(),
            look.pixels_per_point.to_bits(),
        );
        if self.heights_key != Some(key) {
            let sample = "abcdefghijklmnopqrstuvwxyz ąęłóśż ABCDEFGHIJ 0123456789, .";
            let sample_width = painter
                .layout_no_wrap(sample.to_string(), look.font.clone(), Color32::WHITE)
                .size()
                .x;
            let char_width = (sample_width / sample.chars().count() as f32).max(1.0);
            let per_row = (look.width / char_width).max(1.0);
            self.heights = doc
                .paragraphs
                .iter()
                .map(|span| {
                    let text = doc.slice(*span);
                    let rows: f32 = text
                        .split('\n')
                        .map(|line| (line.chars().count() as f32 / per_row).ceil().max(1.0))
                        .sum();
                    rows * look.line_height()
                })
                .collect();
            self.measured = vec![false; self.heights.len()];
            self.heights_key = Some(key);
        }
        &self.heights
    }

    /// Records the real height of paragraph `index`; true when it differed from the estimate.
    pub fn set_height(&mut self, index: usize, height: f32) -> bool {
        let Some(slot) = self.heights.get_mut(index) else {
            return false;
        };
        if let Some(measured) = self.measured.get_mut(index) {
            *measured = true;
        }
        let changed = (*slot - height).abs() > 0.5;
        *slot = height;
        changed
    }

    /// The laid-out paragraph `index` of the shown document, laid out now if needed.
    pub fn paragraph(
        &mut self,
        painter: &Painter,
        session: &Session,
        effective: &[EffectiveAttribution],
        look: &Look,
        index: usize,
    ) -> Option<&Laid> {
        let doc = session.documents.get(look.document)?;
        let span = *doc.paragraphs.get(index)?;
        let statements = statements_in(doc, span);
        let key = look.key(span, &statements, doc);
        let frame = self.frame;
        let fresh = self
            .laid
            .get(&(look.document, index))
            .is_some_and(|laid| laid.key == key);
        if !fresh {
            let laid = lay_out(
                painter, session, doc, effective, look, span, statements, key,
            );
            self.last_layouts += 1;
            self.laid.insert((look.document, index), laid);
        }
        let laid = self.laid.get_mut(&(look.document, index))?;
        laid.last_used = frame;
        Some(laid)
    }
}

/// Indices of the statements that overlap `span`.
pub fn statements_in(doc: &Document, span: Span) -> std::ops::Range<usize> {
    let first = doc.statements.partition_point(|s| s.span.end <= span.start);
    let end = doc.statements.partition_point(|s| s.span.start < span.end);
    first..end.max(first)
}

fn matches_in(matches: &[Span], span: Span) -> &[Span] {
    let first = matches.partition_point(|m| m.end <= span.start);
    let end = matches.partition_point(|m| m.start < span.end);
    &matches[first..end.max(first)]
}

#[allow(clippy::too_many_arguments)]
fn lay_out(
    painter: &Painter,
    session: &Session,
    doc: &Document,
    effective: &[EffectiveAttribution],
    look: &Look,
    span: Span,
    statements: std::ops::Range<usize>,
    key: u64,
) -> Laid {
    let text = doc.slice(span);
    // Offsets relative to the paragraph, inside it even for spans that are not.
    let clamp = |offset: usize| {
        offset
            .max(span.start)
            .min(span.end)
            .saturating_sub(span.start)
            .min(text.len())
    };

    // Where the formatting may change, relative to the paragraph.
    let mut cuts: Vec<usize> = vec![0, text.len()];
    let mut marks: Vec<(Span, Mark)> = Vec::new();
    for index in statements.clone() {
        let statement = &doc.statements[index];
        let local = Span::new(clamp(statement.span.start), clamp(statement.span.end));
        marks.push((local, Mark::Statement(index)));
        for (evidence, mark) in [
            (statement.attribution.mention, Mark::Mention(index)),
            (statement.attribution.cue, Mark::Cue),
        ] {
            if let Some(evidence) = evidence.filter(|e| e.overlaps(span)) {
                marks.push((Span::new(clamp(evidence.start), clamp(evidence.end)), mark));
            }
        }
    }
    let current = look
        .current_match
        .and_then(|i| look.matches.get(i))
        .copied();
    for hit in matches_in(&look.matches, span) {
        let mark = if Some(*hit) == current {
            Mark::CurrentMatch
        } else {
            Mark::Match
        };
        marks.push((Span::new(clamp(hit.start), clamp(hit.end)), mark));
    }
    for (mark_span, _) in &marks {
        cuts.push(mark_span.start);
        cuts.push(mark_span.end);
    }
    cuts.retain(|c| text.is_char_boundary(*c));
    cuts.sort_unstable();
    cuts.dedup();

    let mut job = LayoutJob {
        text: text.to_string(),
        wrap: TextWrapping::wrap_at_width(look.width),
        ..LayoutJob::default()
    };
    let mut underlined: Vec<(usize, usize, Stroke)> = Vec::new();
    for pair in cuts.windows(2) {
        let (start, end) = (pair[0], pair[1]);
        if start >= end {
            continue;
        }
        let active: Vec<Mark> = marks
            .iter()
            .filter(|(s, _)| s.start <= start && end <= s.end && s.start < s.end)
            .map(|(_, m)| *m)
            .collect();
        let (format, underline) = format_for(&active, session, doc, effective, look);
        if underline != Stroke::NONE {
            underlined.push((start, end, underline));
        }
        job.sections.push(LayoutSection {
            leading_space: 0.0,
            byte_range: egui::text::ByteIndex(start)..egui::text::ByteIndex(end),
            format,
        });
    }
    if job.sections.is_empty() {
        job.sections.push(LayoutSection {
            leading_space: 0.0,
            byte_range: egui::text::ByteIndex(0)..egui::text::ByteIndex(text.len()),
            format: plain(look, look.palette.text),
        });
    }
    let galley = painter.layout_job(job);

    // Rectangles, by character ranges.
    let char_at = |byte: usize| text.get(..byte).map_or(0, |t| t.chars().count());
    let mut laid = Laid {
        key,
        last_used: 0,
        galley: Arc::clone(&galley),
        statements: Vec::new(),
        low_confidence: Vec::new(),
        current_match: Vec::new(),
        underlines: Vec::new(),
        reviewed: Vec::new(),
    };
    let below_baseline = (look.font.size * 0.2).round();
    for (start, end, stroke) in underlined {
        for segment in baseline_segments(&galley, char_at(start), char_at(end), below_baseline) {
            laid.underlines.push((segment, stroke));
        }
    }
    for index in statements {
        let statement = &doc.statements[index];
        let from = char_at(clamp(statement.span.start));
        let to = char_at(clamp(statement.span.end));
        let rects = row_rects(&galley, from, to);
        let review = effective.get(index).filter(|e| e.reviewed);
        if let Some(review) = review {
            laid.reviewed
                .extend(rects.iter().map(|&row| (row, review.changed)));
        } else if statement.attribution.confidence < LOW_CONFIDENCE {
            laid.low_confidence.extend(rects.iter().copied());
        }
        laid.statements.push((index, rects));
    }
    if let Some(hit) = current.filter(|m| m.overlaps(span)) {
        let from = char_at(clamp(hit.start));
        let to = char_at(clamp(hit.end));
        laid.current_match = row_rects(&galley, from, to);
    }
    laid
}

/// What covers a piece of text.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Mark {
    Statement(usize),
    Mention(usize),
    Cue,
    Match,
    CurrentMatch,
}

fn plain(look: &Look, color: Color32) -> TextFormat {
    TextFormat {
        font_id: look.font.clone(),
        color,
        line_height: Some(look.line_height()),
        valign: egui::Align::Center,
        ..TextFormat::default()
    }
}

fn format_for(
    active: &[Mark],
    session: &Session,
    doc: &Document,
    effective: &[EffectiveAttribution],
    look: &Look,
) -> (TextFormat, Stroke) {
    let palette = &look.palette;
    let statement = active.iter().find_map(|m| match m {
        Mark::Statement(i) => Some(*i),
        _ => None,
    });
    let source = statement
        .and_then(|i| effective.get(i))
        .and_then(|e| e.source.as_ref())
        .and_then(|id| session.sources.get(id));
    let selected = statement.is_some() && statement == look.selected;
    let passes_filter = match &look.filter {
        None => true,
        Some(filter) => source.is_some_and(|s| &s.id == filter),
    };
    let mut format = plain(look, palette.text);
    let mut mention = None;
    let mut cue = false;
    match source {
        Some(source) if passes_filter && !source.hidden => {
            format.background = palette.tint(source.colour, selected);
            format.color = text_on(format.background);
        }
        _ => {
            format.color = if !passes_filter {
                palette.dimmed_text
            } else {
                palette.author_text
            };
            if selected {
                format.background = palette.chart_track;
                format.color = text_on(format.background);
            }
        }
    }
    for mark in active {
        match mark {
            Mark::Mention(index) => {
                let colour = doc
                    .statements
                    .get(*index)
                    .and_then(|s| s.attribution.source.as_ref())
                    .and_then(|id| session.sources.get(id))
                    .map_or(format.color, |s| palette.mention_line(s.colour));
                mention = Some(colour);
            }
            Mark::Cue => {
                format.italics = true;
                cue = true;
            }
            Mark::Match | Mark::CurrentMatch => {
                format.background = if *mark == Mark::CurrentMatch {
                    palette.search_current
                } else {
                    palette.search
                };
                format.color = text_on(format.background);
            }
            Mark::Statement(_) => {}
        }
    }
    // Underlines are painted by the view at the baseline: egui draws them at the bottom of the
    // line box, where the next row's background would cover them.
    let underline = match (mention, cue) {
        (Some(colour), _) => {
            let colour = if format.background == Color32::TRANSPARENT {
                colour
            } else {
                format.color
            };
            Stroke::new(2.0, colour)
        }
        (None, true) => Stroke::new(1.0, format.color.gamma_multiply(0.7)),
        (None, false) => Stroke::NONE,
    };
    (format, underline)
}

/// Walks the rows of a galley that hold characters `from..to`, calling `visit(row, first, last)`
/// with the row and the first and last of its glyphs inside the range.
fn for_each_row_in(
    galley: &Galley,
    from: usize,
    to: usize,
    mut visit: impl FnMut(
        &egui::epaint::text::PlacedRow,
        &egui::epaint::text::Glyph,
        &egui::epaint::text::Glyph,
    ),
) {
    if from >= to {
        return;
    }
    let mut row_start = 0;
    for row in &galley.rows {
        let glyphs = row.row.glyphs.len();
        let lo = from.max(row_start);
        let hi = to.min(row_start + glyphs);
        if lo < hi {
            visit(
                row,
                &row.row.glyphs[lo - row_start],
                &row.row.glyphs[hi - 1 - row_start],
            );
        }
        row_start += row.char_count_including_newline().0;
        if row_start >= to {
            break;
        }
    }
}

/// One rectangle per row for the characters `from..to` of a galley (galley coordinates).
pub fn row_rects(galley: &Galley, from: usize, to: usize) -> Vec<Rect> {
    let mut rects = Vec::new();
    for_each_row_in(galley, from, to, |row, first, last| {
        rects.push(Rect::from_min_max(
            pos2(row.pos.x + first.pos.x, row.min_y()),
            pos2(row.pos.x + last.max_x(), row.max_y()),
        ));
    });
    rects
}

/// One line per row under the characters `from..to`, `below` points under the baseline
/// (galley coordinates).
pub fn baseline_segments(galley: &Galley, from: usize, to: usize, below: f32) -> Vec<[Pos2; 2]> {
    let mut segments = Vec::new();
    for_each_row_in(galley, from, to, |row, first, last| {
        let y = row.pos.y + first.pos.y + below;
        segments.push([
            pos2(row.pos.x + first.pos.x, y),
            pos2(row.pos.x + last.max_x(), y),
        ]);
    });
    segments
}

/// The statement whose rectangles contain `point` (galley coordinates).
pub fn statement_at(laid: &Laid, point: Pos2) -> Option<usize> {
    laid.statements
        .iter()
        .find(|(_, rects)| rects.iter().any(|r| r.expand(1.0).contains(point)))
        .map(|(index, _)| *index)
}
