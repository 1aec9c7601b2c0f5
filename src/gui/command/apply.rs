//! The one place where commands take effect.

use std::path::PathBuf;

use crate::model::{Session, SourceId, Verdict};

use super::super::app::AscribeApp;
use super::super::files::{self, Picked, Purpose};
use super::super::picker::FilePicker;
use super::super::prefs::ZOOM_RANGE;
use super::super::state::{Dialog, Pending, SourceEditor};
use super::super::theme;
use super::super::worker::{Job, Loaded, Outcome, Target};
use super::super::workspace::Selection;
use super::Command;
use super::edit::Edit;
use super::navigate;

const ZOOM_STEP: f32 = 1.1;

impl AscribeApp {
    /// Applies one command.
    pub(crate) fn apply(&mut self, ctx: &egui::Context, command: Command) {
        let changes_session = command.is_edit() || matches!(command, Command::Undo | Command::Redo);
        if changes_session && self.worker.is_busy() {
            // The files being opened may replace this session: no edits until they are in.
            self.view.status = "Opening files… (edits wait until they are open)".to_string();
            return;
        }
        match command {
            Command::OpenArticles => self.guard(ctx, Pending::OpenArticlesDialog),
            Command::OpenSession => self.guard(ctx, Pending::OpenSessionDialog),
            Command::Open(paths) => self.guard(ctx, Pending::Open(paths)),
            Command::NewFromClipboard => {
                self.view.paste_requested = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::RequestPaste);
                self.view.status = "Waiting for the clipboard… (or press Ctrl+V)".to_string();
            }
            Command::OpenText(text) => {
                self.view.paste_requested = false;
                self.guard(ctx, Pending::OpenText(text));
            }
            Command::AddArticles => self.choose(ctx, Purpose::AddArticles),
            Command::AddFiles(paths) => {
                let job = Job::from_paths(paths, Target::AddToSession);
                if let Some(session) = job.session.clone() {
                    self.guard(ctx, Pending::Open(vec![session]));
                } else if !job.articles.is_empty() {
                    self.start_job(ctx, job);
                }
            }
            Command::Save => {
                self.save(ctx);
            }
            Command::SaveAs => self.choose(ctx, Purpose::SaveSession),
            Command::SaveTo(path) => {
                self.save_to(path);
            }
            Command::Export(format) => self.choose(ctx, Purpose::Export(format)),
            Command::PickerChosen(paths) => {
                if let Some(picker) = self.view.picker.take() {
                    self.chosen(ctx, picker.purpose, paths);
                }
            }
            Command::PickerCancel => self.view.picker = None,
            Command::ExportTo(format, path) => {
                let options = crate::report::ReportOptions {
                    full_paths: self.prefs.full_paths_in_reports,
                };
                match files::export(self.ws.session(), format, options, &path) {
                    Ok(()) => self.view.status = format!("Exported {}", path.display()),
                    Err(message) => self.error("Could not export the report", message),
                }
            }
            Command::ToggleFullPathsInReports => {
                self.prefs.full_paths_in_reports = !self.prefs.full_paths_in_reports;
                self.view.status = if self.prefs.full_paths_in_reports {
                    "Reports will show full file paths".to_string()
                } else {
                    "Reports will show file names only".to_string()
                };
            }
            Command::ClearRecent => self.prefs.recent.clear(),
            Command::Quit => self.guard(ctx, Pending::Quit),

            Command::SelectNext | Command::SelectPrev => {
                let forward = command == Command::SelectNext;
                let next = navigate::step(
                    &self.derived.effective,
                    self.view.selection,
                    forward,
                    self.view.filter.as_ref(),
                );
                if let Some(statement) = next {
                    self.select(self.view.selection.document, statement);
                }
            }
            Command::NextUnreviewed | Command::NextLowConfidence => {
                let low_only = command == Command::NextLowConfidence;
                match navigate::next_unreviewed(self.ws.session(), self.view.selection, low_only) {
                    Some(selection) => {
                        self.select(selection.document, selection.statement.unwrap_or(0));
                    }
                    None => {
                        self.view.status = if low_only {
                            "No unreviewed low-confidence statements left".to_string()
                        } else {
                            "Every statement is reviewed".to_string()
                        };
                    }
                }
            }
            Command::Select {
                document,
                statement,
            } => self.select(document, statement),
            Command::ShowDocument(document) => {
                if document < self.ws.session().documents.len() {
                    self.view.selection = Selection {
                        document,
                        statement: None,
                    };
                    self.view.search.invalidate();
                }
            }

            Command::AssignLegend(k) => {
                let index = self.derived.legend.get(k).copied();
                match index
                    .and_then(|i| self.ws.session().sources.sources.get(i))
                    .map(|s| s.id.clone())
                {
                    Some(id) => self.assign(Some(id)),
                    None => self.view.status = format!("The legend has no source {}", k + 1),
                }
            }
            Command::AssignSource(id) => self.assign(Some(id)),
            Command::AssignUnattributed => self.assign(None),
            Command::AssignNewSource { name, kind } => {
                if let Some((document, statement)) = self.selected() {
                    let edit = Edit::Add {
                        name,
                        kind,
                        assign: Some((document, statement)),
                    };
                    if self.edit(&edit, None) {
                        self.view.new_source_name.clear();
                    }
                }
            }
            Command::Confirm => {
                if let Some((document, statement)) = self.selected() {
                    let reviewed = self.ws.session().decision(document, statement).is_some();
                    if !reviewed {
                        self.edit(
                            &Edit::Decide {
                                document,
                                statement,
                                verdict: Some(Verdict::Confirmed),
                            },
                            None,
                        );
                    }
                }
            }
            Command::Revert => {
                if let Some((document, statement)) = self.selected() {
                    self.edit(
                        &Edit::Decide {
                            document,
                            statement,
                            verdict: None,
                        },
                        None,
                    );
                }
            }

            Command::FilterSource(filter) => self.set_filter(filter),
            Command::RenameSource { id, name } => {
                self.edit(&Edit::Rename { id, name }, None);
            }
            Command::RecolourSource { id, colour } => {
                let key = format!("recolour {id}");
                self.edit(&Edit::Recolour { id, colour }, Some(key));
            }
            Command::SetSourceKind { id, kind } => {
                self.edit(&Edit::SetKind { id, kind }, None);
            }
            Command::MergeSource { from, into } => {
                if self.edit(
                    &Edit::Merge {
                        from: from.clone(),
                        into: into.clone(),
                    },
                    None,
                ) && self.view.filter.as_ref() == Some(&from)
                {
                    self.set_filter(Some(into));
                }
            }
            Command::AddSource { name, kind } => {
                let edit = Edit::Add {
                    name,
                    kind,
                    assign: None,
                };
                if self.edit(&edit, None) {
                    self.view.add_source_name.clear();
                }
            }
            Command::SetSourceHidden { id, hidden } => {
                self.edit(&Edit::SetHidden { id, hidden }, None);
            }

            Command::Undo | Command::Redo => {
                let label = if command == Command::Undo {
                    self.ws.undo_label()
                } else {
                    self.ws.redo_label()
                }
                .map(str::to_string);
                let restored = if command == Command::Undo {
                    self.ws.undo(self.view.selection)
                } else {
                    self.ws.redo(self.view.selection)
                };
                match (restored, label) {
                    (Some(selection), Some(label)) => {
                        self.view.selection = selection;
                        self.view.scroll_to_selection = true;
                        self.after_change();
                        let verb = if command == Command::Undo {
                            "Undid"
                        } else {
                            "Redid"
                        };
                        self.view.status = format!("{verb}: {label}");
                    }
                    _ => self.view.status = "Nothing to undo or redo".to_string(),
                }
            }

            Command::Find => {
                self.view.search.open = true;
                self.view.search.focus = true;
            }
            Command::FindNext | Command::FindPrev => {
                if !self.view.search.open {
                    self.view.search.open = true;
                    self.view.search.focus = true;
                    return;
                }
                let from = self.selected_span_start();
                let forward = command == Command::FindNext;
                if let Some(found) = self.view.search.step(forward, from) {
                    let document = self.view.selection.document;
                    let statement = self
                        .ws
                        .session()
                        .documents
                        .get(document)
                        .and_then(|d| d.statement_at(found.start));
                    if let Some(statement) = statement {
                        self.select(document, statement);
                    } else {
                        self.view.scroll_to_selection = true;
                    }
                }
            }
            Command::CloseFind => {
                if self.view.search.open {
                    self.view.search.open = false;
                    self.view.search.invalidate();
                } else if self.view.filter.is_some() {
                    self.set_filter(None);
                }
            }

            Command::ToggleTheme => {
                self.prefs.dark = !self.prefs.dark;
                theme::apply(ctx, self.prefs.dark);
            }
            Command::ZoomIn | Command::ZoomOut | Command::ZoomReset => {
                let zoom = match command {
                    Command::ZoomIn => self.prefs.zoom * ZOOM_STEP,
                    Command::ZoomOut => self.prefs.zoom / ZOOM_STEP,
                    _ => 1.0,
                };
                self.prefs.zoom = zoom.clamp(ZOOM_RANGE.0, ZOOM_RANGE.1);
                ctx.set_zoom_factor(self.prefs.zoom);
                self.view.status = format!("Zoom {:.0} %", self.prefs.zoom * 100.0);
            }
            Command::ToggleHelp => self.view.help_open = !self.view.help_open,
            Command::ToggleInsight(_)
            | Command::CloseInsight
            | Command::QuotesOf(_)
            | Command::FilterFigures(_)
            | Command::CopyCitation { .. }
            | Command::NextUnsourced
            | Command::PrevUnsourced => self.apply_insight(ctx, command),

            Command::CancelWork => {
                self.worker.cancel();
                self.view.status = "Cancelling…".to_string();
            }
            Command::RestoreRecovery => {
                if let Some(Dialog::Recovery { session, path }) = self.take_dialog() {
                    self.install(*session, path, true);
                    self.view.status = "Restored unsaved work from the recovery file".to_string();
                }
            }
            Command::DiscardRecovery => {
                if let Some(Dialog::Recovery { path, .. }) = self.take_dialog() {
                    self.recovery.clear(path.as_deref());
                }
            }
            Command::SaveAndContinue => {
                if let Some(Dialog::Unsaved(pending)) = self.take_dialog()
                    && self.save(ctx)
                {
                    self.proceed(ctx, pending);
                }
            }
            Command::DiscardAndContinue => {
                if let Some(Dialog::Unsaved(pending)) = self.take_dialog() {
                    self.recovery.clear(self.ws.path().map(PathBuf::as_path));
                    self.proceed(ctx, pending);
                }
            }
            Command::CloseDialog => {
                self.take_dialog();
            }
        }
    }

    /// Applies what a background job produced.
    pub(crate) fn apply_outcome(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Cancelled => self.view.status = "Cancelled; nothing changed".to_string(),
            Outcome::Finished(loaded) => self.apply_loaded(*loaded),
        }
    }

    fn apply_loaded(&mut self, loaded: Loaded) {
        let Loaded {
            target,
            session,
            analyses,
            failures,
        } = loaded;
        let (session, session_path) = match session {
            Some((path, Ok(session))) => (Some(session), Some(path)),
            Some((_, Err(error))) => {
                let line = error
                    .line
                    .map_or_else(|| "unknown".to_string(), |l| l.to_string());
                self.error(
                    "Could not open the session",
                    format!(
                        "File: {}\nLine: {line}\nProblem: {}\n\nNothing was changed.",
                        error.path, error.problem
                    ),
                );
                return;
            }
            None => (None, None),
        };
        if !failures.is_empty() {
            self.error("Some files could not be opened", failures.join("\n"));
        }
        if let Some(path) = &session_path {
            self.prefs.remember(path);
        }
        for analysis in &analyses {
            if let Some(path) = &analysis.document.path {
                self.prefs.remember(std::path::Path::new(path));
            }
        }
        match (target, session) {
            (Target::AddToSession, None) => {
                if analyses.is_empty() {
                    return;
                }
                let count = analyses.len();
                let first = self.ws.add_documents(analyses, self.view.selection);
                self.view.selection = Selection {
                    document: first,
                    statement: None,
                };
                self.after_change();
                self.view.status = format!("Added {count} document(s)");
            }
            (_, loaded_session) => {
                if loaded_session.is_none() && analyses.is_empty() {
                    return;
                }
                let dirty = loaded_session.is_some() && !analyses.is_empty();
                let mut session = loaded_session.unwrap_or_else(|| {
                    let paths: Vec<PathBuf> = analyses
                        .iter()
                        .filter_map(|a| a.document.path.as_ref().map(PathBuf::from))
                        .collect();
                    Session::named(&files::session_name_for(&paths))
                });
                for analysis in analyses {
                    session.add_document(analysis.document, &analysis.sources);
                }
                let recovered = session_path
                    .as_deref()
                    .and_then(|path| self.recovery.read(Some(path)))
                    .filter(|recovered| *recovered != session);
                self.install(session, session_path.clone(), dirty);
                self.view.status = "Opened".to_string();
                if let Some(recovered) = recovered {
                    self.dialogs.push(Dialog::Recovery {
                        session: Box::new(recovered),
                        path: session_path,
                    });
                }
            }
        }
    }

    /// Makes `session` the current one (view reset).
    pub(crate) fn install(&mut self, session: Session, path: Option<PathBuf>, dirty: bool) {
        self.ws.replace(session, path, dirty);
        let status = std::mem::take(&mut self.view.status);
        let dark_help = self.view.help_open;
        self.view = Default::default();
        self.view.status = status;
        self.view.help_open = dark_help;
        self.article.clear();
        self.after_change();
    }

    fn after_change(&mut self) {
        self.view.clamp(self.ws.session());
        self.view.search.invalidate();
        if let Some(id) = &self.view.editor.id
            && let Some(source) = self.ws.session().sources.get(id)
        {
            self.view.editor.name = source.name.clone();
        }
    }

    /// Runs `pending` now, or asks first when there are unsaved changes.
    fn guard(&mut self, ctx: &egui::Context, pending: Pending) {
        if self.ws.is_dirty() {
            self.dialogs.push(Dialog::Unsaved(pending));
        } else {
            self.proceed(ctx, pending);
        }
    }

    fn proceed(&mut self, ctx: &egui::Context, pending: Pending) {
        match pending {
            Pending::OpenArticlesDialog => self.choose(ctx, Purpose::OpenArticles),
            Pending::OpenSessionDialog => self.choose(ctx, Purpose::OpenSession),
            Pending::Open(paths) => {
                if !paths.is_empty() {
                    self.start_job(ctx, Job::from_paths(paths, Target::NewSession));
                }
            }
            Pending::OpenText(text) => {
                if text.trim().is_empty() {
                    self.view.status = "The clipboard holds no text".to_string();
                } else {
                    self.start_job(ctx, Job::from_text(text, Target::NewSession));
                }
            }
            Pending::Quit => {
                self.recovery.clear(self.ws.path().map(PathBuf::as_path));
                self.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    /// Asks for files for `purpose`: with the native dialog where this desktop has one, else
    /// (or when it turns out it cannot show one, which is said once) with ascribe's own picker.
    fn choose(&mut self, ctx: &egui::Context, purpose: Purpose) {
        if self.native_dialogs {
            let picked = if self.native_dialogs_fail {
                Picked::Unavailable
            } else {
                files::pick_native(&purpose, self.ws.session())
            };
            match picked {
                Picked::Chosen(paths) => return self.chosen(ctx, purpose, paths),
                Picked::Cancelled => return,
                Picked::Unavailable => {
                    self.native_dialogs = false;
                    self.view.status =
                        "No system file dialog can be shown here; using ascribe's own file picker"
                            .to_string();
                }
            }
        }
        let name = purpose.suggested_name(self.ws.session());
        let name = if purpose.saves() { name } else { String::new() };
        self.view.picker = Some(FilePicker::new(purpose, files::start_folder(), name));
    }

    /// Does what the files were chosen for.
    fn chosen(&mut self, ctx: &egui::Context, purpose: Purpose, mut paths: Vec<PathBuf>) {
        if paths.is_empty() {
            return;
        }
        match purpose {
            Purpose::OpenArticles | Purpose::OpenSession => {
                self.start_job(ctx, Job::from_paths(paths, Target::NewSession));
            }
            Purpose::AddArticles => {
                self.start_job(ctx, Job::from_paths(paths, Target::AddToSession))
            }
            Purpose::SaveSession => {
                self.save_to(paths.swap_remove(0));
            }
            Purpose::Export(format) => {
                self.apply(ctx, Command::ExportTo(format, paths.swap_remove(0)))
            }
        }
    }

    /// Starts a background job (one at a time).
    pub(crate) fn start_job(&mut self, ctx: &egui::Context, job: Job) {
        let wake_ctx = ctx.clone();
        if !self.worker.start(job, move || wake_ctx.request_repaint()) {
            self.view.status = "Still busy with the previous files".to_string();
        }
    }

    /// Saves to the session's file, or asks for one. True when saved.
    fn save(&mut self, ctx: &egui::Context) -> bool {
        let path = self
            .ws
            .path()
            .filter(|p| p.extension().is_some_and(|e| e == "ron"))
            .cloned();
        match path {
            Some(path) => self.save_to(path),
            None => {
                self.choose(ctx, Purpose::SaveSession);
                false
            }
        }
    }

    fn save_to(&mut self, path: PathBuf) -> bool {
        match crate::session::save(&path, self.ws.session()) {
            Ok(()) => {
                self.prefs.remember(&path);
                self.view.status = format!("Saved {}", path.display());
                self.recovery.clear(self.ws.path().map(PathBuf::as_path));
                self.recovery.clear(Some(&path));
                self.ws.mark_saved(path);
                true
            }
            Err(error) => {
                self.error("Could not save the session", error.to_string());
                false
            }
        }
    }

    pub(super) fn select(&mut self, document: usize, statement: usize) {
        let exists = self
            .ws
            .session()
            .documents
            .get(document)
            .is_some_and(|d| statement < d.statements.len());
        if !exists {
            return;
        }
        if document != self.view.selection.document {
            self.view.search.invalidate();
        }
        self.view.selection = Selection {
            document,
            statement: Some(statement),
        };
        self.view.scroll_to_selection = true;
    }

    fn selected(&mut self) -> Option<(usize, usize)> {
        let selection = self.view.selection;
        match selection.statement {
            Some(statement) => Some((selection.document, statement)),
            None => {
                self.view.status = "Select a statement first (J or Down)".to_string();
                None
            }
        }
    }

    fn selected_span_start(&self) -> Option<usize> {
        let selection = self.view.selection;
        let document = self.ws.session().documents.get(selection.document)?;
        Some(document.statements.get(selection.statement?)?.span.start)
    }

    fn assign(&mut self, source: Option<SourceId>) {
        let Some((document, statement)) = self.selected() else {
            return;
        };
        let Some(machine) = self
            .ws
            .session()
            .documents
            .get(document)
            .and_then(|d| d.statements.get(statement))
            .map(|s| s.attribution.clone())
        else {
            return;
        };
        let via = if source == machine.source {
            machine.via
        } else {
            Vec::new()
        };
        self.edit(
            &Edit::Decide {
                document,
                statement,
                verdict: Some(Verdict::Assigned { source, via }),
            },
            None,
        );
    }

    /// Applies an edit as an undoable step; reports problems in the status bar. True if applied.
    /// Applies an edit through the undo history; the status bar says what was done ("Renamed
    /// …", "Merged …"), or why nothing was.
    fn edit(&mut self, edit: &Edit, coalesce: Option<String>) -> bool {
        let done = edit.describe(self.ws.session());
        match self.ws.edit(edit, self.view.selection, coalesce) {
            Ok(_) => {
                self.after_change();
                self.view.status = format!("Done: {done}");
                true
            }
            Err(problem) => {
                self.view.status = problem;
                false
            }
        }
    }

    fn set_filter(&mut self, filter: Option<SourceId>) {
        self.view.editor = match &filter {
            Some(id) => SourceEditor {
                id: Some(id.clone()),
                name: self
                    .ws
                    .session()
                    .sources
                    .get(id)
                    .map(|s| s.name.clone())
                    .unwrap_or_default(),
                merge_into: None,
            },
            None => SourceEditor::default(),
        };
        self.view.filter = filter;
    }

    fn error(&mut self, title: &str, message: String) {
        self.dialogs.push(Dialog::Error {
            title: title.to_string(),
            message,
        });
    }

    fn take_dialog(&mut self) -> Option<Dialog> {
        if self.dialogs.is_empty() {
            None
        } else {
            Some(self.dialogs.remove(0))
        }
    }
}
