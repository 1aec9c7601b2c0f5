//! View state: what the reviewer is looking at and the contents of input fields. None of it is
//! part of the work; panels may change it directly (typing in a field), everything else goes
//! through commands.

use std::path::PathBuf;

use crate::model::{Session, SourceId, SourceKind};

use super::insight::{FigureFilter, InsightView};
use super::search::Search;
use super::workspace::Selection;

/// The fields of the source editor (below the legend), for the source being filtered.
#[derive(Clone, Debug, Default)]
pub struct SourceEditor {
    /// The source the buffers belong to.
    pub id: Option<SourceId>,
    /// The name field.
    pub name: String,
    /// The source picked to merge into.
    pub merge_into: Option<SourceId>,
}

/// Everything about the view that is not the session.
#[derive(Clone, Debug)]
pub struct ViewState {
    /// The shown document and the selected statement.
    pub selection: Selection,
    /// Only this source's statements are highlighted.
    pub filter: Option<SourceId>,
    /// The search bar.
    pub search: Search,
    /// The filter field of the inspector's source picker.
    pub picker_query: String,
    /// The "new source" name field of the inspector.
    pub new_source_name: String,
    /// The kind for a new source.
    pub new_source_kind: SourceKind,
    /// The source editor's fields.
    pub editor: SourceEditor,
    /// The "add source" name field of the legend.
    pub add_source_name: String,
    /// The kind for a source added from the legend.
    pub add_source_kind: SourceKind,
    /// The shortcut overlay is shown.
    pub help_open: bool,
    /// Scroll the article so the selected statement is visible (set by keyboard navigation).
    pub scroll_to_selection: bool,
    /// The last message for the status bar.
    pub status: String,
    /// The reviewer asked for the clipboard (File → New from clipboard): the next paste opens.
    pub paste_requested: bool,
    /// ascribe's own file picker, when open (no native dialog on this desktop).
    pub picker: Option<super::picker::FilePicker>,
    /// The question view shown below the article, if any.
    pub insight: Option<InsightView>,
    /// The source the quotes view lists (`None`: the author's own voice).
    pub quotes_source: Option<SourceId>,
    /// Which figures the figures view lists.
    pub figure_filter: FigureFilter,
    /// Position in the ranked unsourced claims (U / Shift+U).
    pub unsourced_cursor: Option<usize>,
}

impl Default for ViewState {
    fn default() -> Self {
        ViewState {
            selection: Selection::default(),
            filter: None,
            search: Search::default(),
            picker_query: String::new(),
            new_source_name: String::new(),
            new_source_kind: SourceKind::Person,
            editor: SourceEditor::default(),
            add_source_name: String::new(),
            add_source_kind: SourceKind::Person,
            help_open: false,
            scroll_to_selection: false,
            status: String::new(),
            paste_requested: false,
            picker: None,
            insight: None,
            quotes_source: None,
            figure_filter: FigureFilter::All,
            unsourced_cursor: None,
        }
    }
}

impl ViewState {
    /// Brings the selection and filter back inside the session (after undo, loads, merges).
    pub fn clamp(&mut self, session: &Session) {
        let documents = session.documents.len();
        if documents == 0 {
            self.selection = Selection::default();
        } else {
            self.selection.document = self.selection.document.min(documents - 1);
            let statements = session.documents[self.selection.document].statements.len();
            if self.selection.statement.is_some_and(|s| s >= statements) {
                self.selection.statement = None;
            }
        }
        if let Some(id) = &self.filter
            && session.sources.get(id).is_none()
        {
            self.filter = None;
        }
        if let Some(id) = &self.quotes_source
            && session.sources.get(id).is_none()
        {
            self.quotes_source = None;
        }
        if let FigureFilter::Source(id) = &self.figure_filter
            && session.sources.get(id).is_none()
        {
            self.figure_filter = FigureFilter::All;
        }
        if let Some(id) = &self.editor.id
            && session.sources.get(id).is_none()
        {
            self.editor = SourceEditor::default();
        }
    }
}

/// What to do once unsaved changes are dealt with.
#[derive(Clone, Debug, PartialEq)]
pub enum Pending {
    /// Open these files as a new session.
    Open(Vec<PathBuf>),
    /// Open pasted text as the article of a new session.
    OpenText(String),
    /// Ask for articles, then open them.
    OpenArticlesDialog,
    /// Ask for a session, then open it.
    OpenSessionDialog,
    /// Close the window.
    Quit,
}

/// A modal dialog.
#[derive(Clone, Debug)]
pub enum Dialog {
    /// Something went wrong; nothing changed.
    Error {
        /// What failed ("Could not open the session").
        title: String,
        /// The details (file, line, problem).
        message: String,
    },
    /// There are unsaved changes; what now?
    Unsaved(Pending),
    /// A recovery file was found (at start, or for a session just opened).
    Recovery {
        /// The session in the recovery file.
        session: Box<Session>,
        /// The session file it belongs to (`None`: an unsaved session).
        path: Option<PathBuf>,
    },
}
