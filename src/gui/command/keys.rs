//! Keyboard to commands, from the same list the menus and the help use.

use egui::{InputState, Key, KeyboardShortcut};

use super::{Command, bound_commands};

/// True for shortcuts that still work while a text field has focus (they use Ctrl/Cmd/Alt, a
/// function key or Escape), so typing "j" in a field never moves the selection.
pub fn works_in_text_fields(shortcut: &KeyboardShortcut) -> bool {
    let m = shortcut.modifiers;
    m.command
        || m.ctrl
        || m.alt
        || m.mac_cmd
        || matches!(
            shortcut.logical_key,
            Key::Escape
                | Key::F1
                | Key::F2
                | Key::F3
                | Key::F4
                | Key::F5
                | Key::F6
                | Key::F7
                | Key::F8
                | Key::F9
                | Key::F10
                | Key::F11
                | Key::F12
        )
}

/// Every (shortcut, command) pair, the most specific shortcuts first, so that Ctrl+Shift+Z is
/// matched before Ctrl+Z consumes it.
pub fn keymap() -> Vec<(KeyboardShortcut, Command)> {
    let mut map: Vec<(KeyboardShortcut, Command)> = bound_commands()
        .into_iter()
        .flat_map(|command| {
            command
                .shortcuts()
                .into_iter()
                .map(move |shortcut| (shortcut, command.clone()))
        })
        .collect();
    let specificity = |s: &KeyboardShortcut| {
        let m = s.modifiers;
        u8::from(m.command || m.ctrl || m.mac_cmd) + u8::from(m.shift) + u8::from(m.alt)
    };
    map.sort_by_key(|(shortcut, _)| std::cmp::Reverse(specificity(shortcut)));
    map
}

/// Consumes the key presses that are shortcuts and returns their commands, in keymap order
/// (a key held down repeats its command). With `text_field_focused`, only shortcuts that
/// [`works_in_text_fields`] fire.
pub fn commands_from_keys(input: &mut InputState, text_field_focused: bool) -> Vec<Command> {
    let mut commands = Vec::new();
    for (shortcut, command) in keymap() {
        if text_field_focused && !works_in_text_fields(&shortcut) {
            continue;
        }
        let count = input.count_and_consume_key(shortcut.modifiers, shortcut.logical_key);
        for _ in 0..count {
            commands.push(command.clone());
        }
    }
    commands
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::{Event, Modifiers, RawInput};

    fn press(modifiers: Modifiers, key: Key) -> Event {
        Event::Key {
            key,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers,
        }
    }

    fn run(events: Vec<Event>, focused: bool) -> Vec<Command> {
        let ctx = egui::Context::default();
        let mut out = Vec::new();
        let raw = RawInput {
            events,
            ..RawInput::default()
        };
        let mut output = ctx.run_ui(raw, |ui| {
            out = ui.ctx().input_mut(|i| commands_from_keys(i, focused));
        });
        output.textures_delta.clear();
        out
    }

    #[test]
    fn redo_is_not_mistaken_for_undo() {
        let shift_cmd = Modifiers::COMMAND | Modifiers::SHIFT;
        assert_eq!(
            run(vec![press(shift_cmd, Key::Z)], false),
            vec![Command::Redo]
        );
        assert_eq!(
            run(vec![press(Modifiers::COMMAND, Key::Z)], false),
            vec![Command::Undo]
        );
        assert_eq!(
            run(vec![press(Modifiers::COMMAND, Key::Y)], false),
            vec![Command::Redo]
        );
    }

    #[test]
    fn letters_do_nothing_in_text_fields() {
        assert_eq!(
            run(vec![press(Modifiers::NONE, Key::J)], false),
            vec![Command::SelectNext]
        );
        assert!(run(vec![press(Modifiers::NONE, Key::J)], true).is_empty());
        assert_eq!(
            run(vec![press(Modifiers::COMMAND, Key::S)], true),
            vec![Command::Save]
        );
    }

    #[test]
    fn digits_assign_legend_sources() {
        assert_eq!(
            run(vec![press(Modifiers::NONE, Key::Num3)], false),
            vec![Command::AssignLegend(2)]
        );
        assert_eq!(
            run(vec![press(Modifiers::NONE, Key::Num0)], false),
            vec![Command::AssignUnattributed]
        );
        assert_eq!(
            run(vec![press(Modifiers::COMMAND, Key::Num0)], false),
            vec![Command::ZoomReset]
        );
    }
}
