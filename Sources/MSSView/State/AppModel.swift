import MSSCore

/// The dashboard's whole state: the data, the as-of date and what the user is looking at.
/// Views are pure functions of it; actions change it through `apply` (bubbletea's Update).
public struct AppModel: Sendable {
  public private(set) var dataset: Dataset {
    didSet { resolved.changeDays = ChangeDaysCache(dataset) }
  }
  public private(set) var asOf: Day
  public private(set) var state: MissionState {
    didSet {
      resolved.update(sparks: state)
      resolved.update(events: state, filter: filter)
      resolved.detailLines = DetailLinesCache()
    }
  }
  /// Per-frame reads computed once per dataset, as-of date or filter.
  private(set) var resolved = ResolvedViewData()
  /// Today's date; a kiosk that runs for weeks moves it forward.
  public var today: Day
  public var glyphs: Glyphs
  /// The focused panel. Focus and selection moves leave the detail panel's subject alone.
  public var focus: PanelID = .pledges
  /// The item whose citations the detail panel shows: pinned by Enter (or a click on the
  /// selected row, or the kiosk), not by moving a selection, so a move repaints only the bar.
  public private(set) var detailSubject: ItemID?
  /// Where `back` returns from the detail panel.
  var returnFocus: PanelID?
  public var showHelp = false {
    didSet { helpScroll = 0 }
  }
  /// The first help line shown, when the help is taller than the screen.
  public internal(set) var helpScroll = 0
  /// The focused panel fills the screen.
  public var zoomed = false
  public internal(set) var sort: PledgeSort = .deployed
  public internal(set) var filter = TimelineFilter() {
    didSet {
      if filter.text != oldValue.text { resolved.update(events: state, filter: filter) }
    }
  }
  var cursors: [PanelID: ListCursor] = [:]
  /// The screen size the last `resize` reported, for paging and mouse hit-testing.
  public private(set) var width = 80
  public private(set) var height = 24

  /// A line shown above the footer: a bad reload, a warning.
  public var banner: String?
  /// Unattended wall screen: no key hints, no selection bar.
  public var kiosk = false
  /// The time shown at the right of the header (kiosk mode), already formatted.
  public var clock: String?
  /// Shown in the header when set.
  public var themeName: String?

  public init(dataset: Dataset, asOf: Day? = nil, today: Day, glyphs: Glyphs = .unicode) {
    self.dataset = dataset
    self.today = today
    let day = asOf ?? dataset.defaultAsOf(today: today)
    self.asOf = day
    self.state = MissionState(dataset: dataset, asOf: day)
    self.glyphs = glyphs
    // Observers do not run in an initialiser.
    resolved.changeDays = ChangeDaysCache(dataset)
    resolved.update(sparks: state)
    resolved.update(events: state, filter: filter)
    selectLatestPastEvent()
    // The first screen cites what the first focused panel has selected.
    detailSubject = selectedItem(in: focus)
  }

  public func cursor(_ panel: PanelID) -> ListCursor { cursors[panel] ?? ListCursor() }

  /// Tells the model the screen size, so paging and mouse clicks match what is drawn.
  public mutating func resize(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    for panel in PanelID.allCases { keepSelectionVisible(panel) }
    if cursor(.timeline).selected == timelinePastCount - 1 { showUpcomingEvents() }
  }

  /// Replaces the data (a reload), keeping the as-of date, the focus and, where the same items
  /// still exist, the selections.
  public mutating func replaceDataset(_ dataset: Dataset) {
    preservingSelection {
      $0.dataset = dataset
      $0.state = MissionState(dataset: dataset, asOf: $0.asOf)
    }
  }

  public mutating func setAsOf(_ day: Day) {
    preservingSelection {
      $0.asOf = day
      $0.state = MissionState(dataset: $0.dataset, asOf: day)
    }
  }

  /// Selects `item` in the panel that lists it and focuses that panel (the kiosk's rotation
  /// uses this to give conflicts and recent changes their turn). False when nothing lists it.
  @discardableResult
  public mutating func select(_ item: ItemID) -> Bool {
    for panel in [PanelID.pledges, .humanitarian, .timeline] {
      if let index = items(in: panel).firstIndex(of: item) {
        focus = panel
        setSelection(panel, index)
        return true
      }
    }
    return false
  }

  /// Selects `item` where it is listed, makes it the detail panel's subject and focuses the
  /// detail panel, as Enter on that row does (the kiosk's highlights). False when nothing
  /// lists it; the detail then keeps its subject.
  @discardableResult
  public mutating func open(_ item: ItemID) -> Bool {
    guard select(item) else { return false }
    openDetail()
    return true
  }

  /// Runs a change that may reorder or remove items, then finds each selection and the
  /// detail's subject again by id.
  mutating func preservingSelection(_ change: (inout AppModel) -> Void) {
    let before = [PanelID.pledges, .humanitarian, .timeline].map { ($0, selectedItem(in: $0)) }
    change(&self)
    for (panel, item) in before {
      if let item, let index = items(in: panel).firstIndex(of: item) {
        setSelection(panel, index)
      } else if panel == .timeline {
        selectLatestPastEvent()
      } else {
        setSelection(panel, cursor(panel).selected)
      }
    }
    // A subject gone from the data (a contributor not yet there at an earlier date) gives way
    // to what its panel now has selected, so the detail never goes blank.
    if let subject = detailSubject, !exists(subject) {
      pinDetail(selectedItem(in: subject.panel))
    }
  }

  /// Makes `item` the detail panel's subject; a new subject opens at its top.
  mutating func pinDetail(_ item: ItemID?) {
    guard item != detailSubject else { return }
    detailSubject = item
    cursors[.detail] = nil
  }

  /// The timeline opens on the most recent event, scrolled so that the as-of marker and the
  /// first events still to come show below it.
  mutating func selectLatestPastEvent() {
    setSelection(.timeline, max(0, timelinePastCount - 1))
    showUpcomingEvents()
  }

  /// Scrolls the timeline down as far as up to a third of its rows of events to come, keeping
  /// the selection in view.
  mutating func showUpcomingEvents() {
    let geometry = geometry(.timeline)
    let upcoming = timelineEvents.count - timelinePastCount
    let wanted = timelinePastCount + 1 + min(upcoming, geometry.visibleRows / 3)
    var cursor = cursor(.timeline)
    cursor.scroll = max(cursor.scroll, wanted - geometry.visibleRows)
    cursors[.timeline] = cursor
    keepSelectionVisible(.timeline)
  }
}
