import MSSCore

/// The dashboard's whole state: the data, the as-of date and what the user is looking at.
/// Views are pure functions of it; actions change it through `apply` (bubbletea's Update).
public struct AppModel: Sendable {
  public private(set) var dataset: Dataset
  public private(set) var asOf: Day
  public private(set) var state: MissionState
  public let today: Day
  public var glyphs: Glyphs
  public var focus: PanelID = .pledges
  public var showHelp = false
  /// A line shown above the footer: a bad reload, a warning.
  public var banner: String?

  public init(dataset: Dataset, asOf: Day? = nil, today: Day, glyphs: Glyphs = .unicode) {
    self.dataset = dataset
    self.today = today
    let day = asOf ?? dataset.defaultAsOf(today: today)
    self.asOf = day
    self.state = MissionState(dataset: dataset, asOf: day)
    self.glyphs = glyphs
  }

  /// Replaces the data (a reload), keeping the as-of date and what is focused.
  public mutating func replaceDataset(_ dataset: Dataset) {
    self.dataset = dataset
    state = MissionState(dataset: dataset, asOf: asOf)
  }

  public mutating func setAsOf(_ day: Day) {
    asOf = day
    state = MissionState(dataset: dataset, asOf: day)
  }

  /// Applies one action; the returned effect is for the front end (quit, reload, …).
  public mutating func apply(_ action: Action) -> Effect {
    switch action {
    case .quit: return .quit
    case .reload: return .reload
    case .redraw: return .redrawAll
    case .cycleTheme: return .cycleTheme
    case .toggleHelp: showHelp.toggle()
    case .focusNext: focus = PanelID(rawValue: focus.rawValue % PanelID.allCases.count + 1) ?? .pledges
    case .focus(let panel): focus = panel
    default: break
    }
    return .none
  }
}
