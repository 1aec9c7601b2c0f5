//! The desktop reviewer (egui/eframe). The only module that imports egui.
