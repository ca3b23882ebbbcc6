import MSSView

/// Which keys mean something right now.
public enum KeyMode: Hashable, Sendable {
  case browsing
  /// Typing the timeline filter after `/`: characters are text until Enter or Esc.
  case filtering
  /// A wall screen: only `q` (unless locked) and Ctrl-L do anything.
  case kiosk(locked: Bool)
}

/// Keys and mouse events to actions: the whole key binding of the dashboard in one switch.
public enum KeyMap {
  /// Lines one wheel notch scrolls.
  static let wheelLines = 3

  public static func action(for key: Key, mode: KeyMode) -> Action? {
    switch (mode, key) {
    case (_, .resize):
      return nil
    case (_, .redraw):
      return .redraw

    case (.kiosk(let locked), .character("q")):
      return locked ? nil : .quit
    case (.kiosk, _):
      return nil

    case (.filtering, .character(let character)):
      return .filterInput(String(character))
    case (.filtering, .backspace):
      return .filterBackspace
    case (.filtering, .enter):
      return .filterCommit
    case (.filtering, .escape):
      return .back

    case (_, .tab): return .focusNext
    case (_, .backTab): return .focusPrevious
    case (_, .up), (_, .character("k")): return .moveUp
    case (_, .down), (_, .character("j")): return .moveDown
    case (_, .pageUp): return .pageUp
    case (_, .pageDown): return .pageDown
    case (_, .home), (_, .character("g")): return .top
    case (_, .end), (_, .character("G")): return .bottom
    case (_, .enter): return .openDetail
    case (_, .escape): return .back
    case (_, .character("[")): return .stepAsOf(-1)
    case (_, .character("]")): return .stepAsOf(1)
    case (_, .character("0")): return .asOfToday
    case (_, .character("z")): return .toggleZoom
    case (_, .character("s")): return .cycleSort
    case (_, .character("/")): return .startFilter
    case (_, .character("r")): return .reload
    case (_, .character("t")): return .cycleTheme
    case (_, .character("?")): return .toggleHelp
    case (_, .character("q")): return .quit
    case (_, .character(let digit)):
      guard digit.isASCII, let number = digit.wholeNumberValue,
        let panel = PanelID(rawValue: number)
      else { return nil }
      return .focus(panel)
    case (_, .mouse(let event)):
      switch event.kind {
      case .press: return .click(x: event.x, y: event.y)
      case .wheelUp: return .scroll(x: event.x, y: event.y, lines: -wheelLines)
      case .wheelDown: return .scroll(x: event.x, y: event.y, lines: wheelLines)
      }
    case (_, .left), (_, .right), (_, .backspace):
      return nil
    }
  }
}
