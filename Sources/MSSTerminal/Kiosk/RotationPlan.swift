import MSSView

/// One turn of the kiosk's rotation.
enum KioskStep: Hashable, Sendable {
  /// Every panel at once, where the screen is wide enough for columns.
  case overview
  /// One panel filling the screen.
  case panel(PanelID)
  /// A figure's citations (a conflict or a recent change), in the detail panel.
  case highlight(ItemID)
}

/// The order of the turns. A cycle shows the overview, then each content panel zoomed, then
/// the detail of up to `highlightsPerCycle` notable figures (later cycles take the next ones,
/// so a long list is shown in full over several cycles); with none, the detail panel as is.
struct RotationPlan {
  static let highlightsPerCycle = 6

  private var steps: [KioskStep] = []
  private var index = 0
  /// Where the next cycle's highlights start.
  private var highlightOffset = 0

  /// The next step; a new cycle is planned from the model as it is then, so new data and a
  /// new as-of date are picked up.
  mutating func next(for model: AppModel) -> KioskStep {
    if index >= steps.count {
      steps = planCycle(model)
      index = 0
    }
    defer { index += 1 }
    return steps[index]
  }

  mutating func planCycle(_ model: AppModel) -> [KioskStep] {
    var cycle: [KioskStep] = []
    if LayoutMode.of(width: model.width, height: model.height) != .tabs { cycle.append(.overview) }
    cycle += [PanelID.pledges, .humanitarian, .timeline].map { .panel($0) }
    let notable = Highlights.items(in: model)
    if notable.isEmpty {
      cycle.append(.panel(.detail))
      highlightOffset = 0
    } else {
      let start = highlightOffset % notable.count
      let count = min(Self.highlightsPerCycle, notable.count)
      cycle += (0..<count).map { .highlight(notable[(start + $0) % notable.count]) }
      highlightOffset = (start + count) % notable.count
    }
    return cycle
  }

  /// Shows `step` on the model.
  static func apply(_ step: KioskStep, to model: inout AppModel) {
    switch step {
    case .overview:
      model.focus = .pledges
      model.zoomed = false
    case .panel(let panel):
      model.focus = panel
      model.zoomed = true
    case .highlight(let item):
      // Pin it as the detail's subject, as Enter on its row would (a selection alone no longer
      // changes what the detail shows); an item gone with new data leaves the detail on its
      // previous subject, still focused.
      model.open(item)
      model.focus = .detail
      model.zoomed = true
    }
  }
}
