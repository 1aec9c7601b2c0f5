//! Every user action as a [`Command`], with its label and keyboard shortcuts.
//!
//! Menus, buttons and the keyboard all produce commands; the app applies them in one place
//! (`command/apply.rs`) after the panels have drawn. Edits of the session go through the undo
//! history (`command/history.rs`) so that each one can be undone and redone.

pub(crate) mod apply;
pub(crate) mod edit;
pub(crate) mod history;
pub(crate) mod insight;
pub(crate) mod keys;
pub(crate) mod navigate;

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};

use super::insight::{FigureFilter, InsightView};
use crate::model::{Colour, SourceId, SourceKind};
use crate::report::ReportFormat;

/// A user action. Panels push these; nothing but the app's `apply` changes the session.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    // --- Files -----------------------------------------------------------------------------
    /// Pick article files with a dialog and open them as a new session.
    OpenArticles,
    /// Pick article files with a dialog and add them to this session.
    AddArticles,
    /// Pick a session file with a dialog and open it.
    OpenSession,
    /// Open these files: `.ron` files as a session, others as articles of a new session.
    Open(Vec<PathBuf>),
    /// Ask the system for the clipboard's text; it arrives as a paste and opens as an article.
    NewFromClipboard,
    /// Open this text (pasted) as the article of a new session.
    OpenText(String),
    /// Add these article files to the current session (a `.ron` among them opens as a session).
    AddFiles(Vec<PathBuf>),
    /// Save to the session's file (asks for one the first time).
    Save,
    /// Save under a new name picked with a dialog.
    SaveAs,
    /// Save to this file.
    SaveTo(PathBuf),
    /// Export a report, picking the file with a dialog.
    Export(ReportFormat),
    /// Export a report to this file.
    ExportTo(ReportFormat, PathBuf),
    /// Show full file paths in exported reports (else file names only), a preference.
    ToggleFullPathsInReports,
    /// ascribe's own file picker: these files were chosen.
    PickerChosen(Vec<PathBuf>),
    /// ascribe's own file picker: closed without a choice.
    PickerCancel,
    /// Forget the recent-files list.
    ClearRecent,
    /// Close the window (asks first when there are unsaved changes).
    Quit,

    // --- Navigation ------------------------------------------------------------------------
    /// Select the next statement.
    SelectNext,
    /// Select the previous statement.
    SelectPrev,
    /// Select the next statement no reviewer has looked at (across documents).
    NextUnreviewed,
    /// Select the next unreviewed statement the engine was unsure about.
    NextLowConfidence,
    /// Select a statement.
    Select {
        /// Document index.
        document: usize,
        /// Statement index in the document.
        statement: usize,
    },
    /// Show a document.
    ShowDocument(usize),

    // --- Review ----------------------------------------------------------------------------
    /// Assign the selected statement to the k-th source of the legend (0-based).
    AssignLegend(usize),
    /// Assign the selected statement to a source.
    AssignSource(SourceId),
    /// Mark the selected statement as the author's own voice.
    AssignUnattributed,
    /// Create a source and assign the selected statement to it.
    AssignNewSource {
        /// Name of the new source.
        name: String,
        /// Its kind.
        kind: SourceKind,
    },
    /// Confirm the machine's attribution of the selected statement.
    Confirm,
    /// Drop the reviewer's decision on the selected statement.
    Revert,

    // --- Sources ---------------------------------------------------------------------------
    /// Show only this source's statements highlighted (`None`: all).
    FilterSource(Option<SourceId>),
    /// Rename a source (the old name becomes an alias).
    RenameSource {
        /// The source.
        id: SourceId,
        /// Its new name.
        name: String,
    },
    /// Change a source's colour.
    RecolourSource {
        /// The source.
        id: SourceId,
        /// Its new colour.
        colour: Colour,
    },
    /// Change a source's kind.
    SetSourceKind {
        /// The source.
        id: SourceId,
        /// Its new kind.
        kind: SourceKind,
    },
    /// Merge a source into another: its statements, decisions and names move over.
    MergeSource {
        /// The source that disappears.
        from: SourceId,
        /// The source that absorbs it.
        into: SourceId,
    },
    /// Add a source to the registry.
    AddSource {
        /// Its name.
        name: String,
        /// Its kind.
        kind: SourceKind,
    },
    /// Hide or show a source's highlighting.
    SetSourceHidden {
        /// The source.
        id: SourceId,
        /// Hidden or not.
        hidden: bool,
    },

    // --- Edit ------------------------------------------------------------------------------
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,

    // --- Search ----------------------------------------------------------------------------
    /// Open the search bar and focus it.
    Find,
    /// Go to the next match.
    FindNext,
    /// Go to the previous match.
    FindPrev,
    /// Close the search bar.
    CloseFind,

    // --- View ------------------------------------------------------------------------------
    /// Switch between the dark and the light theme.
    ToggleTheme,
    /// Make everything larger.
    ZoomIn,
    /// Make everything smaller.
    ZoomOut,
    /// Back to 100 %.
    ZoomReset,
    /// Show or hide the list of shortcuts.
    ToggleHelp,
    /// Open a question view below the article (close it when it is the one open).
    ToggleInsight(InsightView),
    /// Close the question view.
    CloseInsight,
    /// List the statements of this source in the quotes view (`None`: the author's).
    QuotesOf(Option<SourceId>),
    /// Copy a statement as a citation (`„…” — Name, Article title`) to the clipboard.
    CopyCitation {
        /// Document index.
        document: usize,
        /// Statement index in the document.
        statement: usize,
    },
    /// Select the next unsourced claim, in ranked order.
    NextUnsourced,
    /// Select the previous unsourced claim.
    PrevUnsourced,
    /// Show only these figures in the figures view.
    FilterFigures(FigureFilter),

    // --- Background work and dialogs -------------------------------------------------------
    /// Stop the running analysis.
    CancelWork,
    /// Restore the session found in the recovery file.
    RestoreRecovery,
    /// Delete the recovery file and keep the current session.
    DiscardRecovery,
    /// In the unsaved-changes dialog: save, then do what was asked.
    SaveAndContinue,
    /// In the unsaved-changes dialog: drop the changes and do what was asked.
    DiscardAndContinue,
    /// Close the topmost dialog without doing anything.
    CloseDialog,
}

/// Commands that have keyboard shortcuts, in the order the help lists them.
pub fn bound_commands() -> Vec<Command> {
    let mut list = vec![
        Command::Save,
        Command::SaveAs,
        Command::OpenArticles,
        Command::OpenSession,
        Command::Quit,
        Command::SelectNext,
        Command::SelectPrev,
        Command::NextUnreviewed,
        Command::NextLowConfidence,
        Command::NextUnsourced,
        Command::PrevUnsourced,
    ];
    list.extend((0..9).map(Command::AssignLegend));
    list.extend([
        Command::AssignUnattributed,
        Command::Confirm,
        Command::Revert,
        Command::Undo,
        Command::Redo,
        Command::Find,
        Command::FindNext,
        Command::FindPrev,
        Command::CloseFind,
        Command::ZoomIn,
        Command::ZoomOut,
        Command::ZoomReset,
        Command::ToggleTheme,
        Command::ToggleHelp,
    ]);
    list.extend(InsightView::ALL.map(Command::ToggleInsight));
    list
}

const fn key(modifiers: Modifiers, key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(modifiers, key)
}

const NONE: Modifiers = Modifiers::NONE;
const CMD: Modifiers = Modifiers::COMMAND;
const SHIFT: Modifiers = Modifiers::SHIFT;
const CMD_SHIFT: Modifiers = Modifiers {
    alt: false,
    ctrl: false,
    shift: true,
    mac_cmd: false,
    command: true,
};

const DIGITS: [Key; 9] = [
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
    Key::Num6,
    Key::Num7,
    Key::Num8,
    Key::Num9,
];

impl Command {
    /// The keyboard shortcuts of this command (the first is shown in menus).
    pub fn shortcuts(&self) -> Vec<KeyboardShortcut> {
        match self {
            Command::Save => vec![key(CMD, Key::S)],
            Command::SaveAs => vec![key(CMD_SHIFT, Key::S)],
            Command::OpenArticles => vec![key(CMD, Key::O)],
            Command::OpenSession => vec![key(CMD_SHIFT, Key::O)],
            Command::Quit => vec![key(CMD, Key::Q)],
            Command::SelectNext => vec![key(NONE, Key::ArrowDown), key(NONE, Key::J)],
            Command::SelectPrev => vec![key(NONE, Key::ArrowUp), key(NONE, Key::K)],
            Command::NextUnreviewed => vec![key(NONE, Key::N)],
            Command::NextLowConfidence => vec![key(SHIFT, Key::N)],
            Command::AssignLegend(k) => DIGITS.get(*k).map(|d| key(NONE, *d)).into_iter().collect(),
            Command::AssignUnattributed => vec![key(NONE, Key::Num0)],
            Command::Confirm => vec![key(NONE, Key::Enter)],
            Command::Revert => vec![key(NONE, Key::Backspace)],
            Command::Undo => vec![key(CMD, Key::Z)],
            Command::Redo => vec![key(CMD_SHIFT, Key::Z), key(CMD, Key::Y)],
            Command::Find => vec![key(CMD, Key::F)],
            Command::FindNext => vec![key(NONE, Key::F3)],
            Command::FindPrev => vec![key(SHIFT, Key::F3)],
            Command::CloseFind => vec![key(NONE, Key::Escape)],
            Command::ZoomIn => vec![key(CMD, Key::Plus), key(CMD, Key::Equals)],
            Command::ZoomOut => vec![key(CMD, Key::Minus)],
            Command::ZoomReset => vec![key(CMD, Key::Num0)],
            Command::ToggleTheme => vec![key(CMD, Key::T)],
            Command::ToggleHelp => vec![key(NONE, Key::F1)],
            Command::NextUnsourced => vec![key(NONE, Key::U)],
            Command::PrevUnsourced => vec![key(SHIFT, Key::U)],
            Command::ToggleInsight(view) => vec![key(
                CMD_SHIFT,
                match view {
                    InsightView::Quotes => Key::Q,
                    InsightView::Unsourced => Key::U,
                    InsightView::Figures => Key::F,
                    InsightView::Compare => Key::M,
                },
            )],
            _ => Vec::new(),
        }
    }

    /// What the command is called in menus, buttons and the help.
    pub fn label(&self) -> String {
        let text = match self {
            Command::OpenArticles => "Open articles…",
            Command::AddArticles => "Add articles to session…",
            Command::OpenSession => "Open session…",
            Command::Open(_) => "Open files",
            Command::AddFiles(_) => "Add files",
            Command::Save => "Save",
            Command::SaveAs => "Save as…",
            Command::SaveTo(_) => "Save to file",
            Command::Export(format) | Command::ExportTo(format, _) => {
                return format!("Export {} report…", format_name(*format));
            }
            Command::ToggleFullPathsInReports => "Full file paths in reports",
            Command::ClearRecent => "Clear recent files",
            Command::PickerChosen(_) => "Choose",
            Command::PickerCancel => "Cancel",
            Command::NewFromClipboard => "New from clipboard",
            Command::OpenText(_) => "Open pasted text",
            Command::Quit => "Quit",
            Command::SelectNext => "Next statement",
            Command::SelectPrev => "Previous statement",
            Command::NextUnreviewed => "Next unreviewed statement",
            Command::NextLowConfidence => "Next unreviewed low-confidence statement",
            Command::Select { .. } => "Select statement",
            Command::ShowDocument(_) => "Show document",
            Command::AssignLegend(k) => return format!("Assign legend source {}", k + 1),
            Command::AssignSource(_) => "Assign source",
            Command::AssignUnattributed => "Assign to author (unattributed)",
            Command::AssignNewSource { .. } => "Create source and assign",
            Command::Confirm => "Confirm attribution",
            Command::Revert => "Revert to machine attribution",
            Command::FilterSource(_) => "Filter by source",
            Command::RenameSource { .. } => "Rename source",
            Command::RecolourSource { .. } => "Recolour source",
            Command::SetSourceKind { .. } => "Change source kind",
            Command::MergeSource { .. } => "Merge sources",
            Command::AddSource { .. } => "Add source",
            Command::SetSourceHidden { hidden: true, .. } => "Hide source",
            Command::SetSourceHidden { hidden: false, .. } => "Show source",
            Command::Undo => "Undo",
            Command::Redo => "Redo",
            Command::Find => "Find…",
            Command::FindNext => "Find next",
            Command::FindPrev => "Find previous",
            Command::CloseFind => "Close search",
            Command::ToggleTheme => "Toggle dark / light theme",
            Command::ZoomIn => "Zoom in",
            Command::ZoomOut => "Zoom out",
            Command::ZoomReset => "Reset zoom",
            Command::ToggleHelp => "Keyboard shortcuts",
            Command::ToggleInsight(view) => view.title(),
            Command::CloseInsight => "Close view",
            Command::QuotesOf(_) => "Quotes of source",
            Command::CopyCitation { .. } => "Copy as citation",
            Command::NextUnsourced => "Next unsourced claim",
            Command::PrevUnsourced => "Previous unsourced claim",
            Command::FilterFigures(_) => "Filter figures",
            Command::CancelWork => "Cancel",
            Command::RestoreRecovery => "Restore",
            Command::DiscardRecovery => "Discard",
            Command::SaveAndContinue => "Save",
            Command::DiscardAndContinue => "Discard changes",
            Command::CloseDialog => "Close",
        };
        text.to_string()
    }

    /// True for commands that change the session (and can be undone).
    pub fn is_edit(&self) -> bool {
        matches!(
            self,
            Command::AssignLegend(_)
                | Command::AssignSource(_)
                | Command::AssignUnattributed
                | Command::AssignNewSource { .. }
                | Command::Confirm
                | Command::Revert
                | Command::RenameSource { .. }
                | Command::RecolourSource { .. }
                | Command::SetSourceKind { .. }
                | Command::MergeSource { .. }
                | Command::AddSource { .. }
                | Command::SetSourceHidden { .. }
        )
    }
}

/// The human name of a report format.
pub fn format_name(format: ReportFormat) -> &'static str {
    match format {
        ReportFormat::Json => "JSON",
        ReportFormat::Csv => "CSV",
        ReportFormat::Markdown => "Markdown",
        ReportFormat::Html => "HTML",
    }
}

/// Every report format, in menu order.
pub const REPORT_FORMATS: [ReportFormat; 4] = [
    ReportFormat::Html,
    ReportFormat::Csv,
    ReportFormat::Json,
    ReportFormat::Markdown,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_commands_share_a_shortcut() {
        let mut seen: Vec<(KeyboardShortcut, Command)> = Vec::new();
        for command in bound_commands() {
            assert!(
                !command.shortcuts().is_empty(),
                "{command:?} has no shortcut"
            );
            for shortcut in command.shortcuts() {
                if let Some((_, other)) = seen.iter().find(|(s, _)| *s == shortcut) {
                    panic!("{command:?} and {other:?} share {shortcut:?}");
                }
                seen.push((shortcut, command.clone()));
            }
        }
    }

    #[test]
    fn every_bound_command_has_a_label() {
        for command in bound_commands() {
            assert!(!command.label().is_empty());
        }
    }
}

#[cfg(test)]
mod apply_tests;
