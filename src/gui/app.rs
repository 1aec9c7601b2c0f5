//! The eframe application: the frame loop.
//!
//! Each frame: take finished background work, turn keys and dropped files into commands, draw the
//! panels (which only read the session and push commands), then apply the queued commands, update
//! the title and autosave.

use std::path::PathBuf;

use egui::{Panel, Ui};

use crate::analysis::{AnalysisInput, Engine};
use crate::model::Session;

use super::command::{Command, keys};
use super::derived::Derived;
use super::insight::InsightCache;
use super::prefs::Prefs;
use super::recovery::Recovery;
use super::state::{Dialog, Pending, ViewState};
use super::theme::{self, Palette};
use super::views::{self, Shared, article_layout::ArticleCache};
use super::worker::{Job, Target, Worker};
use super::workspace::Workspace;

/// What the window shows first.
#[derive(Debug)]
pub enum Startup {
    /// The bundled sample article, analysed.
    Sample,
    /// These files: `.ron` as a session, others as articles (analysed in the background).
    Files(Vec<PathBuf>),
    /// This session.
    Session(Box<Session>),
}

/// How to start the app.
#[derive(Debug)]
pub struct AppOptions {
    /// What to show first.
    pub startup: Startup,
    /// Where unsaved work is autosaved (and looked for at start).
    pub recovery: Recovery,
}

/// The ascribe reviewer window.
pub struct AscribeApp {
    pub(crate) ws: Workspace,
    pub(crate) view: ViewState,
    pub(crate) derived: Derived,
    pub(crate) insights: InsightCache,
    pub(crate) article: ArticleCache,
    pub(crate) prefs: Prefs,
    pub(crate) dialogs: Vec<Dialog>,
    pub(crate) worker: Worker,
    pub(crate) recovery: Recovery,
    pub(crate) allow_close: bool,
    /// Native file dialogs are tried (else ascribe's own picker opens).
    pub(crate) native_dialogs: bool,
    /// Tests: native dialogs behave as on a desktop that cannot show them.
    pub(crate) native_dialogs_fail: bool,
    queue: Vec<Command>,
    configured: bool,
    shown_title: String,
}

/// The bundled sample article, analysed, as a session (document path "seed_pl.txt").
pub fn sample_session(engine: &Engine) -> Session {
    let text = crate::SAMPLE_ARTICLE.to_string();
    let analysis = engine.analyze(&AnalysisInput {
        path: Some(crate::SAMPLE_NAME.to_string()),
        language: crate::ingest::detect_language(&text),
        text,
        title: None,
    });
    let mut session = Session::named("seed_pl");
    session.add_document(analysis.document, &analysis.sources);
    session
}

impl AscribeApp {
    /// The app as eframe creates it: preferences from storage, the startup content, and the
    /// recovery dialog when unsaved work was left behind.
    pub fn new(cc: &eframe::CreationContext<'_>, options: AppOptions) -> AscribeApp {
        let prefs = Prefs::load(cc.storage);
        let (session, job, engine) = match options.startup {
            Startup::Sample => {
                let engine = Engine::builtin();
                (sample_session(&engine), None, Some(engine))
            }
            Startup::Session(session) => (*session, None, None),
            Startup::Files(paths) => (
                Session::named("untitled"),
                Some(Job::from_paths(paths, Target::NewSession)),
                None,
            ),
        };
        let mut app = AscribeApp::build(session, prefs, engine, options.recovery);
        app.configure(&cc.egui_ctx);
        if let Some(job) = job {
            app.start_job(&cc.egui_ctx, job);
        }
        if let Some(found) = app.recovery.read(None) {
            app.dialogs.push(Dialog::Recovery {
                session: Box::new(found),
                path: None,
            });
        }
        app
    }

    /// The app on `session`, without storage, recovery file or startup work (for tests).
    pub fn new_for_test(session: Session) -> AscribeApp {
        AscribeApp::build(session, Prefs::default(), None, Recovery::disabled())
    }

    fn build(
        session: Session,
        prefs: Prefs,
        engine: Option<Engine>,
        recovery: Recovery,
    ) -> AscribeApp {
        AscribeApp {
            ws: Workspace::new(session, None),
            view: ViewState::default(),
            derived: Derived::default(),
            insights: InsightCache::default(),
            article: ArticleCache::default(),
            prefs,
            dialogs: Vec::new(),
            worker: Worker::new(engine),
            recovery,
            allow_close: false,
            native_dialogs: super::files::native_dialogs_possible(),
            native_dialogs_fail: false,
            queue: Vec::new(),
            configured: false,
            shown_title: String::new(),
        }
    }

    /// Makes every native file dialog fail as on a desktop without a dialog provider (for tests
    /// of the fallback to ascribe's own picker).
    pub fn fail_native_dialogs(&mut self) {
        self.native_dialogs = true;
        self.native_dialogs_fail = true;
    }

    /// The session being reviewed.
    pub fn session(&self) -> &Session {
        self.ws.session()
    }

    /// The session's file, if it has one.
    pub fn session_path(&self) -> Option<&PathBuf> {
        self.ws.path()
    }

    /// True when there are unsaved changes.
    pub fn is_dirty(&self) -> bool {
        self.ws.is_dirty()
    }

    /// The shown document and the selected statement.
    pub fn selection(&self) -> (usize, Option<usize>) {
        (self.view.selection.document, self.view.selection.statement)
    }

    /// The title and message of the dialog on screen, if any.
    pub fn dialog_text(&self) -> Option<(String, String)> {
        match self.dialogs.first()? {
            Dialog::Error { title, message } => Some((title.clone(), message.clone())),
            Dialog::Unsaved(_) => Some(("Unsaved changes".into(), String::new())),
            Dialog::Recovery { .. } => Some(("Restore unsaved work?".into(), String::new())),
        }
    }

    /// The window title (session name, "•" when unsaved).
    pub fn title(&self) -> String {
        let marker = if self.ws.is_dirty() { " •" } else { "" };
        format!("{}{marker} — ascribe", self.ws.session().name)
    }

    /// Queues a command, applied at the end of the next frame.
    pub fn queue(&mut self, command: Command) {
        self.queue.push(command);
    }

    /// Number of paragraphs laid out in the last frame (0 in steady state).
    pub fn paragraphs_laid_out_last_frame(&self) -> usize {
        self.article.last_layouts
    }

    /// Blocks until the background job (if any) is done and applies its result.
    pub fn wait_for_background_work(&mut self) {
        if let Some(outcome) = self.worker.wait() {
            self.apply_outcome(outcome);
        }
    }

    /// One-time context setup: theme, zoom, and our own handling of zoom and quit keys.
    fn configure(&mut self, ctx: &egui::Context) {
        if self.configured {
            return;
        }
        self.configured = true;
        ctx.options_mut(|o| {
            o.zoom_with_keyboard = false;
            o.quit_shortcuts.clear();
        });
        theme::apply(ctx, self.prefs.dark);
        ctx.set_zoom_factor(self.prefs.zoom);
    }

    fn collect_input(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        if !dropped.is_empty() {
            self.queue.push(Command::AddFiles(dropped));
        }
        if !self.dialogs.is_empty() || self.view.help_open || self.view.picker.is_some() {
            return;
        }
        let text_field = ctx.text_edit_focused();
        // Pasted text opens as an article: when asked for (File → New from clipboard) or on an
        // empty window; never while a text field takes the paste.
        if !text_field && (self.view.paste_requested || self.ws.session().documents.is_empty()) {
            let pasted = ctx.input(|i| {
                i.events.iter().find_map(|e| match e {
                    egui::Event::Paste(text) => Some(text.clone()),
                    _ => None,
                })
            });
            if let Some(text) = pasted {
                self.queue.push(Command::OpenText(text));
            }
        }
        let commands = ctx.input_mut(|i| keys::commands_from_keys(i, text_field));
        self.queue.extend(commands);
    }

    fn handle_close_request(&mut self, ctx: &egui::Context) {
        if !ctx.input(|i| i.viewport().close_requested()) || self.allow_close {
            return;
        }
        if self.ws.is_dirty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            let asked = self
                .dialogs
                .iter()
                .any(|d| matches!(d, Dialog::Unsaved(Pending::Quit)));
            if !asked {
                self.dialogs.push(Dialog::Unsaved(Pending::Quit));
            }
        } else if self.worker.is_busy() {
            self.worker.cancel();
        }
    }

    fn draw(&mut self, ui: &mut Ui) {
        let AscribeApp {
            ws,
            view,
            derived,
            insights,
            article,
            prefs,
            dialogs,
            worker,
            queue,
            ..
        } = self;
        let shared = Shared {
            session: ws.session(),
            derived,
            insights,
            revision: ws.revision(),
            workspace: ws,
            prefs,
            palette: Palette::of(prefs.dark),
            busy: worker.progress(),
        };
        Panel::top("menu").show(ui, |ui| views::menu::show(ui, &shared, queue));
        if view.search.open {
            Panel::top("search").show(ui, |ui| views::search::show(ui, view, queue));
        }
        Panel::bottom("status").show(ui, |ui| views::status::show(ui, &shared, view, queue));
        if let Some(insight) = view.insight {
            Panel::bottom("insight")
                .resizable(true)
                .default_size(330.0)
                .size_range(160.0..=640.0)
                .show(ui, |ui| {
                    views::insight::show(ui, insight, &shared, view, queue)
                });
        }
        Panel::left("sources")
            .default_size(280.0)
            .size_range(200.0..=480.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("left")
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        views::documents::show(ui, &shared, view, queue);
                        ui.separator();
                        views::sources::show(ui, &shared, view, queue);
                        ui.separator();
                        views::stats::show(ui, &shared);
                    });
            });
        Panel::right("inspector")
            .default_size(320.0)
            .size_range(220.0..=560.0)
            .show(ui, |ui| views::inspector::show(ui, &shared, view, queue));
        egui::CentralPanel::default()
            .frame(egui::Frame::central_panel(ui.style()).fill(shared.palette.page))
            .show(ui, |ui| {
                views::article::show(ui, &shared, view, article, queue)
            });
        let ctx = ui.ctx().clone();
        if let Some(dialog) = dialogs.first() {
            views::dialogs::show(&ctx, dialog, shared.palette, queue);
        } else if let Some(picker) = view.picker.as_mut() {
            views::file_picker::show(&ctx, picker, queue);
        } else if view.help_open {
            views::help::show(&ctx, queue);
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = self.title();
        if title != self.shown_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
    }

    /// Runs one frame of the app inside `ui` (what [`eframe::App::ui`] calls).
    pub fn frame(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        self.configure(&ctx);
        if let Some(outcome) = self.worker.poll() {
            self.apply_outcome(outcome);
        }
        self.handle_close_request(&ctx);
        self.collect_input(&ctx);
        self.prepare();
        self.draw(ui);
        let commands = std::mem::take(&mut self.queue);
        let applied = !commands.is_empty();
        for command in commands {
            self.apply(&ctx, command);
        }
        if applied {
            self.prepare();
            ctx.request_repaint();
        }
        self.update_title(&ctx);
        let path = self.ws.path().map(PathBuf::as_path);
        if let Some(problem) = self.recovery.tick(
            self.ws.session(),
            path,
            self.ws.revision(),
            self.ws.is_dirty(),
        ) {
            self.view.status = format!("Autosave failed: {problem}");
        }
        if self.worker.is_busy() {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        } else if let Some(due) = self.recovery.due_in() {
            ctx.request_repaint_after(due);
        }
    }

    /// Brings derived figures and search matches up to date with the session and the view.
    pub(crate) fn prepare(&mut self) {
        self.view.clamp(self.ws.session());
        let document = self.view.selection.document;
        self.derived
            .refresh(self.ws.session(), self.ws.revision(), document);
        let text = self
            .ws
            .session()
            .documents
            .get(document)
            .map_or("", |d| d.text.as_str());
        self.view.search.refresh(document, text);
        if let Some(view) = self.view.insight {
            let session = self.ws.session();
            self.insights.refresh(session, self.ws.revision());
            if view == super::insight::InsightView::Quotes {
                self.insights.refresh_quotes(
                    session,
                    self.ws.revision(),
                    self.view.quotes_source.as_ref(),
                );
            }
        }
    }
}

impl eframe::App for AscribeApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.frame(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.prefs.save(storage);
    }
}
