import Testing

/// KEY_RESIZE re-lays out at once: narrow tabs, the too-small message, and back.
@Suite(.enabled(if: Tools.hasTmux, "tmux is not installed: end-to-end tests skipped"))
struct ResizeTests {
  @Test func narrowTooSmallAndBack() throws {
    let pane = try DashboardPane.start()
    defer { pane.close() }
    try pane.waitFor(text: "3 Timeline ")
    try pane.resize(width: 60, height: 20)
    let narrow = try pane.waitFor(text: "1 Pledges  2 Humanitarian  3 Timeline  4 Detail")
    ScreenCheck.expectBordersLineUp(narrow, width: 60, height: 20)
    try pane.resize(width: 30, height: 8)
    try pane.waitFor(text: "terminal too small")
    try pane.resize(width: 80, height: 24)
    let back = try pane.waitFor("the two-column layout") { screen in
      FirstScreenTests.panels.allSatisfy { screen.contains($0) } && !screen.contains("too small")
    }
    ScreenCheck.expectBordersLineUp(back, width: 80, height: 24)
    try pane.send("q")
    try DashboardPane.expectExitedCleanly(pane)
  }

  /// A storm of resizes ends on the layout of the final size: the same screen as a dashboard
  /// started at that size.
  @Test func resizeStormEndsOnTheFinalLayout() throws {
    let reference = try DashboardPane.start(width: 100, height: 30)
    defer { reference.close() }
    let pane = try DashboardPane.start()
    defer { pane.close() }
    try pane.waitFor(text: "3 Timeline ")
    for (width, height) in [
      (61, 19), (140, 50), (33, 9), (20, 5), (90, 28), (45, 15), (120, 40), (70, 22),
    ] {
      try pane.resize(width: width, height: height)
    }
    try pane.resize(width: 100, height: 30)
    let expected = try reference.waitFor(text: "3 Timeline ")
    try pane.waitFor("the 100×30 layout") { $0 == expected }
    try pane.send("q")
    try DashboardPane.expectExitedCleanly(pane)
  }

  /// A LINES/COLUMNS left exported by a shell does not override the window's real size.
  @Test func staleLinesAndColumnsAreIgnored() throws {
    let pane = try DashboardPane.start(
      width: 90, height: 26, environment: ["COLUMNS": "40", "LINES": "10"])
    defer { pane.close() }
    let screen = try pane.waitFor(text: "3 Timeline ")
    let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(rows.count >= 26 && rows[1].count == 90, "not drawn at 90×26:\n\(screen)")
    ScreenCheck.expectBordersLineUp(screen, width: 90, height: 26)
    try pane.send("q")
    try DashboardPane.expectExitedCleanly(pane)
  }
}
