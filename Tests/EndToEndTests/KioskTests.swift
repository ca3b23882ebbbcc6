import Foundation
import Testing

/// `--kiosk`: rotation through the panels at the set interval, a clock, no key hints; keys do
/// nothing but quit, and `--lock` leaves only Ctrl-C; the config file.
@Suite(.enabled(if: Tools.hasTmux, "tmux is not installed: end-to-end tests skipped"))
struct KioskTests {
  /// What a kiosk screen shows, read from the panel titles on the line under the header.
  enum Shown: Hashable {
    case overview
    case panel(Int)
  }

  static func shown(_ screen: String) -> Shown? {
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
    guard lines.count > 1 else { return nil }
    let titles = lines[1]
    let numbers = (1...4).filter { titles.contains("╭─ \($0) ") }
    if numbers.count > 1 { return .overview }
    return numbers.first.map { .panel($0) }
  }

  static let everything: Set<Shown> = [.overview, .panel(1), .panel(2), .panel(3), .panel(4)]

  @Test func rotationVisitsEveryPanelAtTheInterval() throws {
    let pane = try DashboardPane.start(
      arguments: DashboardPane.seedArguments + ["--kiosk", "--rotate", "1"])
    defer { pane.close() }
    let first = try pane.waitFor(text: "Pledges")
    #expect(!first.contains("? help"), "no key hints in kiosk mode:\n\(first)")
    let header = first.split(separator: "\n").first.map(String.init) ?? ""
    #expect(header.contains(/\d\d:\d\d/), "a clock in the header:\n\(first)")

    // Each step changes what is below the header (whose clock may tick meanwhile).
    var changes: [(at: Date, body: String, shown: Shown)] = []
    let deadline = Date().addingTimeInterval(12)
    while Date() < deadline {
      let screen = try pane.capture()
      let body = screen.split(separator: "\n").dropFirst().joined(separator: "\n")
      if let shown = Self.shown(screen), body != changes.last?.body {
        changes.append((Date(), body, shown))
      }
      if Set(changes.map(\.shown)).isSuperset(of: Self.everything), changes.count >= 8 { break }
      usleep(25_000)
    }
    #expect(
      Set(changes.map(\.shown)).isSuperset(of: Self.everything),
      "visited \(changes.map(\.shown))")
    // Every step after the first one seen lasts about the interval.
    let gaps = zip(changes.dropFirst(), changes.dropFirst(2)).map {
      $1.at.timeIntervalSince($0.at)
    }
    // The steps take the interval on average: a late capture on a busy machine (the tests run
    // in parallel, two cores) makes one step look longer and the next shorter, but does not
    // move the span of many steps.
    let shown = gaps.map { String(format: "%.2f", $0) }
    #expect(gaps.count >= 5, "steps \(shown)")
    let average = gaps.reduce(0, +) / Double(max(1, gaps.count))
    #expect((0.8...1.35).contains(average), "steps \(shown)")

    // Keys do nothing but quit.
    try pane.send("Tab")
    try pane.send("?")
    usleep(300_000)
    #expect(!(try pane.capture()).contains("Keys"), "no help overlay in kiosk mode")
    try pane.send("q")
    try DashboardPane.expectExitedCleanly(pane)
  }

  /// `--history`: the as-of date starts at the dataset's first day, steps through the days on
  /// which the picture changed, then holds on today.
  @Test func historyStepsThenHoldsOnToday() throws {
    let pane = try DashboardPane.start(
      arguments: DashboardPane.seedArguments + ["--kiosk", "--history", "--rotate", "0.3"])
    defer { pane.close() }
    var dates: [String] = []
    let deadline = Date().addingTimeInterval(15)
    while Date() < deadline {
      let header = try pane.capture().split(separator: "\n").first.map(String.init) ?? ""
      if let match = header.firstMatch(of: /as of (\d{1,2} [A-Z][a-z]{2} \d{4})( \(today\))?/) {
        let date = String(match.1) + (match.2 == nil ? "" : " (today)")
        if date != dates.last { dates.append(date) }
        if match.2 != nil { break }
      }
      usleep(20_000)
    }
    // The seed's first known day is in 2024; today is later.
    #expect(dates.first?.hasSuffix("2024") == true, "starts in the data: \(dates)")
    #expect(dates.count >= 3, "several dates: \(dates)")
    #expect(dates.last?.hasSuffix("(today)") == true, "ends on today: \(dates)")
    usleep(1_000_000)
    let held = try pane.capture().split(separator: "\n").first.map(String.init) ?? ""
    #expect(held.contains("(today)"), "holds on today: \(held)")
    try pane.send("q")
    try DashboardPane.expectExitedCleanly(pane)
  }

  /// A kiosk with a theme it cannot use comes up in the default theme and says why.
  @Test func badThemeFallsBackWithABanner() throws {
    let pane = try DashboardPane.start(
      width: 132, height: 30,
      arguments: DashboardPane.seedArguments + ["--kiosk", "--theme", "no-such-theme"])
    defer { pane.close() }
    let screen = try pane.waitFor(text: "theme not used")
    #expect(screen.contains("theme: default"), "\(screen)")
    #expect(screen.contains("~2,900"))
    try pane.send("q")
    try DashboardPane.expectExitedCleanly(pane)
  }

  @Test func lockLeavesOnlyControlC() throws {
    let pane = try DashboardPane.start(
      arguments: DashboardPane.seedArguments + ["--kiosk", "--lock"])
    defer { pane.close() }
    try pane.waitFor(text: "Pledges")
    try pane.send("q")
    usleep(500_000)
    #expect(!(try pane.captureAll()).contains("EXIT="), "q must not quit a locked kiosk")
    try pane.send("C-c")
    try DashboardPane.expectExitedCleanly(pane)
  }

  /// The config file sets kiosk mode and the data; a bad setting is named with its line and
  /// column: in the banner for a kiosk (which runs with the default instead), as an error
  /// (exit 65) otherwise.
  @Test func configFile() throws {
    let home = FileManager.default.temporaryDirectory
      .appendingPathComponent("mssdash-e2e-config-\(UUID().uuidString)")
    let directory = home.appendingPathComponent("mssdash")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: home) }
    try Data("kiosk: true\ndata: builtin:seed\nrotate: sometimes\n".utf8)
      .write(to: directory.appendingPathComponent("config.yaml"))

    let kiosk = try DashboardPane.start(
      width: 132, height: 30, arguments: [], environment: ["XDG_CONFIG_HOME": home.path])
    defer { kiosk.close() }
    let screen = try kiosk.waitFor(text: "config.yaml:3:9")
    #expect(screen.contains("~2,900"), "the seed data from the config:\n\(screen)")
    #expect(!screen.contains("? help"), "kiosk mode from the config:\n\(screen)")
    try kiosk.send("q")
    try DashboardPane.expectExitedCleanly(kiosk)

    let interactive = try DashboardPane.start(
      arguments: ["--no-kiosk"], environment: ["XDG_CONFIG_HOME": home.path])
    defer { interactive.close() }
    // Long temporary paths wrap in the pane: read it as one line.
    let refused = try interactive.waitForExit().replacingOccurrences(of: "\n", with: "")
    #expect(refused.contains("config.yaml:3:9: error: rotate: expected seconds"), "\(refused)")
    #expect(refused.contains("EXIT=65"))
  }
}
