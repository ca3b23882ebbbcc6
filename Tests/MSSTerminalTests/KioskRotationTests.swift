import MSSCore
import MSSView
import Testing

@testable import MSSTerminal

@Suite struct KioskRotationTests {
  static func model(
    width: Int = 100, height: Int = 30, asOf: Day? = nil, data: BundledDataset = .history
  ) throws -> AppModel {
    let dataset = try data.load().get().dataset
    var model = AppModel(
      dataset: dataset, asOf: asOf, today: try #require(Day(year: 2026, month: 1, day: 15)))
    model.kiosk = true
    model.resize(width: width, height: height)
    return model
  }

  /// A cycle: the overview, each content panel zoomed, then notable figures' citations.
  @Test func cycleVisitsEveryPanelThenTheNotableFigures() throws {
    let model = try Self.model()
    var plan = RotationPlan()
    let cycle = plan.planCycle(model)
    #expect(
      Array(cycle.prefix(4)) == [
        .overview, .panel(.pledges), .panel(.humanitarian), .panel(.timeline),
      ])
    let highlights = cycle.dropFirst(4)
    #expect(!highlights.isEmpty)
    #expect(highlights.count <= RotationPlan.highlightsPerCycle)
    for step in highlights {
      guard case .highlight = step else {
        Issue.record("after the panels come highlights, got \(step)")
        continue
      }
    }
  }

  /// Conflicted figures (the Gran Grif toll: Reuters' 115 against OHCHR's 70) get a turn,
  /// and every highlight is something a panel lists.
  @Test func conflictsAreHighlighted() throws {
    let model = try Self.model()
    let items = Highlights.items(in: model)
    #expect(items.contains(.metric("gran-grif-killed")))
    for item in items {
      let listed = [PanelID.pledges, .humanitarian].contains { model.items(in: $0).contains(item) }
      #expect(listed, "\(item) is listed by a panel")
    }
  }

  /// A long list of notable figures is shown over several cycles, in turn.
  @Test func highlightsTakeTurnsAcrossCycles() throws {
    let model = try Self.model()
    let all = Highlights.items(in: model)
    var plan = RotationPlan()
    var seen: [ItemID] = []
    for _
      in 0..<((all.count + RotationPlan.highlightsPerCycle - 1) / RotationPlan.highlightsPerCycle)
    {
      for step in plan.planCycle(model) {
        if case .highlight(let item) = step { seen.append(item) }
      }
    }
    #expect(Set(seen) == Set(all))
  }

  /// Narrow screens show one panel at a time anyway: no overview step.
  @Test func noOverviewInTabs() throws {
    let model = try Self.model(width: 60, height: 20)
    var plan = RotationPlan()
    #expect(plan.planCycle(model).first == .panel(.pledges))
  }

  @Test func stepsZoomAndFocus() throws {
    var model = try Self.model()
    RotationPlan.apply(.panel(.timeline), to: &model)
    #expect(model.focus == .timeline && model.zoomed)
    RotationPlan.apply(.overview, to: &model)
    #expect(model.focus == .pledges && !model.zoomed)
    let item = try #require(Highlights.items(in: model).first)
    RotationPlan.apply(.highlight(item), to: &model)
    #expect(model.focus == .detail && model.zoomed)
    #expect(model.detailSubject == item)
  }

  /// Each highlight in a row shows its own figure's citations.
  @Test func highlightsInARowEachShowTheirFigure() throws {
    var model = try Self.model(width: 80, height: 24, data: .seed)
    let items = Highlights.items(in: model)
    #expect(items.count > 1)
    for item in items {
      RotationPlan.apply(.highlight(item), to: &model)
      #expect(model.detailSubject == item)
    }
  }

  /// `next` walks the cycle and plans a new one at its end.
  @Test func nextRepeats() throws {
    let model = try Self.model()
    var plan = RotationPlan()
    var copy = plan
    let length = copy.planCycle(model).count
    let steps = (0..<(length + 2)).map { _ in plan.next(for: model) }
    #expect(steps[0] == .overview)
    #expect(steps[length] == .overview)
    #expect(steps[length + 1] == .panel(.pledges))
  }
}

@Suite struct KioskHistoryTests {
  @Test func stepsThroughTheChangeDaysThenHoldsOnToday() throws {
    let dataset = try BundledDataset.seed.load().get().dataset
    let today = try #require(Day(year: 2026, month: 1, day: 1))
    let days = dataset.changeDays.filter { $0 < today }
    var day = HistoryPlan.start(dataset, today: today)
    #expect(day == days.first)
    var visited = [day]
    while let next = HistoryPlan.next(after: day, in: dataset, today: today) {
      visited.append(next)
      day = next
      try #require(visited.count < 1000)
    }
    #expect(visited == days + [today])
    #expect(HistoryPlan.next(after: today, in: dataset, today: today) == nil)
  }
}

@Suite struct KioskClockTests {
  static func time(_ hour: Int, _ minute: Int, _ second: Int = 0) throws -> WallTime {
    WallTime(
      day: try #require(Day(year: 2026, month: 11, day: 29)), hour: hour, minute: minute,
      second: second)
  }

  @Test func format() throws {
    #expect(ClockText.format(try Self.time(14, 5)) == "Sun 29 Nov 14:05")
    #expect(ClockText.format(try Self.time(9, 0)) == "Sun 29 Nov 09:00")
    #expect(ClockText.secondsToNextMinute(try Self.time(9, 0, 0)) == 60)
    #expect(ClockText.secondsToNextMinute(try Self.time(9, 0, 59)) == 1)
  }

  @Test func ages() {
    #expect(DataAge.age(seconds: 0) == "just now")
    #expect(DataAge.age(seconds: 59) == "just now")
    #expect(DataAge.age(seconds: 60) == "1 min ago")
    #expect(DataAge.age(seconds: 3599) == "59 min ago")
    #expect(DataAge.age(seconds: 3600) == "1 h ago")
    #expect(DataAge.age(seconds: 3600 + 300) == "1 h 5 min ago")
    #expect(DataAge.age(seconds: 86_400) == "1 day ago")
    #expect(DataAge.age(seconds: 3 * 86_400 + 5) == "3 days ago")
    #expect(DataAge.secondsToNextChange(age: 0) == 60)
    #expect(DataAge.secondsToNextChange(age: 61) == 59)
    #expect(DataAge.secondsToNextChange(age: 86_400 + 10) == 3590)
  }

  @Test func shortDiagnostics() {
    let url = Diagnostic(.error, file: "http://10.0.0.5:8080/mss/data.yaml", message: "HTTP 500")
    #expect(DataAge.short(url) == "10.0.0.5:8080/mss/data.yaml: HTTP 500")
    let field = Diagnostic(
      .error, file: "d.yaml", line: 2, column: 5, path: "metrics[0]", message: "x")
    #expect(DataAge.short(field) == "d.yaml:2:5: metrics[0]: x")
  }

  @Test func banner() throws {
    let problem = Diagnostic(.error, file: "/srv/mss/data.yaml", line: 3, column: 1, message: "bad")
    let loaded = DataAge.Loaded(seconds: 1000, time: try Self.time(14, 2))
    let today = try #require(Day(year: 2026, month: 11, day: 29))
    #expect(
      DataAge.banner(problem: problem, loaded: loaded, now: 1000 + 25 * 60, today: today)
        == "Reload failed, showing data loaded 14:02 (25 min ago): data.yaml:3:1: bad")
    #expect(
      DataAge.banner(
        problem: problem, loaded: loaded, now: 1000 + 2 * 86_400, today: today.adding(days: 2))
        == "Reload failed, showing data loaded 29 Nov 14:02 (2 days ago): data.yaml:3:1: bad"
    )
    #expect(
      DataAge.banner(problem: problem, loaded: nil, now: 0, today: today)
        == "Reload failed, showing the built-in data: data.yaml:3:1: bad")
  }
}
