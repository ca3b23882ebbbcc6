/// Everything a user (or the kiosk driver) can ask of the dashboard. Keys and mouse events
/// become actions in MSSTerminal; `AppModel.apply` turns actions into state changes.
public enum Action: Hashable, Sendable {
  case focusNext
  case focusPrevious
  case focus(PanelID)
  case moveUp
  case moveDown
  case pageUp
  case pageDown
  case top
  case bottom
  /// Open the citations of the selected item.
  case openDetail
  /// Close the innermost overlay, detail or filter.
  case back
  /// Step the as-of date through the dataset's change days: -1 back, +1 forward.
  case stepAsOf(Int)
  case asOfToday
  case toggleZoom
  case cycleSort
  case startFilter
  case filterInput(String)
  case filterBackspace
  case filterCommit
  case toggleHelp
  case cycleTheme
  case reload
  case quit
  case redraw
  /// A mouse click at a cell of the screen.
  case click(x: Int, y: Int)
  /// Wheel: negative scrolls up.
  case scroll(x: Int, y: Int, lines: Int)
}

/// What the front end must do after an action, beyond repainting.
public enum Effect: Hashable, Sendable {
  case none
  case quit
  case reload
  case cycleTheme
  case redrawAll
}

/// The dashboard's panels, in focus order; 1–4 select them.
public enum PanelID: Int, CaseIterable, Hashable, Sendable {
  case pledges = 1
  case humanitarian = 2
  case timeline = 3
  case detail = 4

  public var title: String {
    switch self {
    case .pledges: return "Pledges vs deployments"
    case .humanitarian: return "Humanitarian figures"
    case .timeline: return "Timeline"
    case .detail: return "Detail"
    }
  }

  public var shortTitle: String {
    switch self {
    case .pledges: return "Pledges"
    case .humanitarian: return "Humanitarian"
    case .timeline: return "Timeline"
    case .detail: return "Detail"
    }
  }
}
