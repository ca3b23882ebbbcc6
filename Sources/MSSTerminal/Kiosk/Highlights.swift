import MSSCore
import MSSView

/// The figures that get a turn of their own in the kiosk's rotation: those where sources
/// disagree (a conflict) and those that changed recently, in the order the panels list them.
enum Highlights {
  /// A figure known within this many days before the as-of date counts as a recent change.
  static let recentDays = 30

  static func items(in model: AppModel) -> [ItemID] {
    let state = model.state
    let chronology = Chronology(dataset: model.dataset)
    let since = state.asOf.adding(days: -recentDays)
    func recent(_ figure: ResolvedFigure) -> Bool {
      guard let current = figure.current else { return false }
      let known = chronology.knownDate(current)
      return known >= since && known <= state.asOf
    }
    func notable(_ figures: [ResolvedFigure]) -> Bool {
      figures.contains { $0.isConflicted || recent($0) }
    }
    var items: [ItemID] = []
    for item in model.items(in: .pledges) {
      switch item {
      case .missionTotals:
        if notable([state.pledged.figure, state.deployed.figure, state.countries]) {
          items.append(item)
        }
      case .contributor(let id):
        guard let status = state.contributors.first(where: { $0.id == id }) else { continue }
        if status.isConflicted || notable([status.pledged, status.deployed]) { items.append(item) }
      case .metric, .event:
        continue
      }
    }
    for status in state.metrics where notable([status.figure]) {
      items.append(.metric(status.id))
    }
    return items
  }
}
