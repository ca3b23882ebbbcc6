import Foundation
import Testing

/// Keys and the mouse do what the help says.
@Suite(.enabled(if: Tools.hasTmux, "tmux is not installed: end-to-end tests skipped"))
struct InteractionTests {
  /// Tab moves focus, j moves the selection, Enter opens the detail on the selection, Esc
  /// goes back, ? is help.
  @Test func focusSelectionDetailAndHelp() throws {
    let pane = try DashboardPane.start()
    defer { pane.close() }
    try pane.waitFor(text: "▸Mission")
    try pane.send("Tab")
    try pane.send("j")
    let moved = try pane.waitFor(text: "▸People going hungry")
    #expect(moved.contains("4 Mission"), "the detail followed the focus or the selection")
    try pane.send("Enter")
    let opened = try pane.waitFor(text: "Esc back")
    #expect(opened.contains("4 Hungry"))
    try pane.send("Escape")
    try pane.waitFor("the detail closed") { !$0.contains("Esc back") }
    try pane.send("?")
    let help = try pane.waitFor(text: "╭─ Help")
    #expect(help.contains("Keys"))
    try pane.send("?")
    try pane.waitFor("help closed") { !$0.contains("╭─ Help") }
    try pane.send("q")
    try DashboardPane.expectExitedCleanly(pane)
  }

  /// `j` moves only the selection bar: the detail panel (and the rest of the right column)
  /// stays as it was, on its pinned subject, until Enter opens the selection.
  @Test func selectionMovesLeaveTheDetailAndEnterOpensTheSelection() throws {
    let pane = try DashboardPane.start()
    defer { pane.close() }
    let before = try pane.waitFor(text: "▸Mission")
    #expect(before.contains("4 Mission"))
    try pane.send("j")
    let moved = try pane.waitFor(text: "▸Kenya")
    #expect(rightColumn(moved) == rightColumn(before), "j changed the detail panel:\n\(moved)")
    try pane.send("Enter")
    let opened = try pane.waitFor(text: "4 Kenya")
    #expect(opened.contains("Deployed  ≲400"), "the detail does not cite Kenya:\n\(opened)")
    try pane.send("Escape")
    try pane.send("k")
    let back = try pane.waitFor(text: "▸Mission")
    #expect(rightColumn(back) == rightColumn(opened), "k changed the detail panel:\n\(back)")
    try pane.send("q")
    try DashboardPane.expectExitedCleanly(pane)
  }

  /// Columns 43 to 80 of the body (header and footer left out): the timeline and the detail
  /// panel at 80×24.
  private func rightColumn(_ screen: String) -> [String] {
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
    return lines.dropFirst().prefix(22).map { String($0.dropFirst(42)) }
  }

  /// `[` steps the as-of date back (the seed's figures are not known yet), `]` brings them back.
  @Test func asOfDateStepsBackAndForth() throws {
    let pane = try DashboardPane.start()
    defer { pane.close() }
    try pane.waitFor(text: "as of 11 Oct 2024")
    try pane.send("[")
    let earlier = try pane.waitFor("an earlier as-of date") { !$0.contains("as of 11 Oct 2024") }
    #expect(!earlier.contains("~2,900"), "figures of a later date still shown:\n\(earlier)")
    try pane.send("]")
    let back = try pane.waitFor(text: "as of 11 Oct 2024")
    #expect(back.contains("~2,900"))
    try pane.send("q")
    try DashboardPane.expectExitedCleanly(pane)
  }

  /// A click selects what is under the pointer (SGR mouse report, as xterm sends it); a
  /// second click on the selected row opens it in the detail panel.
  @Test func clickSelectsAndASecondClickOpens() throws {
    let pane = try DashboardPane.start()
    defer { pane.close() }
    try pane.waitFor(text: "▸Mission")
    // Row 5, column 50 (1-based): the third timeline entry.
    try pane.type("\u{1B}[<0;50;5M")
    try pane.type("\u{1B}[<0;50;5m")
    let selected = try pane.waitFor(text: "│▸     Sep 2024 ◇ U.S.")
    #expect(selected.contains("4 Mission"), "one click changed the detail:\n\(selected)")
    try pane.type("\u{1B}[<0;50;5M")
    try pane.type("\u{1B}[<0;50;5m")
    let opened = try pane.waitFor(text: "Esc back")
    #expect(opened.contains("4 Detail: Sep 2024 · U.S."), "not the clicked event:\n\(opened)")
    #expect(!opened.contains("4 Mission"))
    try pane.send("q")
    try DashboardPane.expectExitedCleanly(pane)
  }

  /// The wheel scrolls the list under the pointer (the history dataset's long timeline).
  @Test func wheelScrolls() throws {
    let pane = try DashboardPane.start(arguments: ["--data", "builtin:history"])
    defer { pane.close() }
    let before = try pane.waitFor(text: "3 Timeline ")
    for _ in 0..<3 { try pane.type("\u{1B}[<64;50;5M") }
    try pane.waitFor("the timeline scrolled") { $0 != before }
    try pane.send("q")
    try DashboardPane.expectExitedCleanly(pane)
  }

  /// While typing a filter, `q` is text, not quit.
  @Test func filterTakesTypedText() throws {
    let pane = try DashboardPane.start()
    defer { pane.close() }
    try pane.waitFor(text: "Gran Grif")
    try pane.send("3", "/")
    try pane.type("gran q")
    try pane.send("BSpace", "BSpace", "Enter")
    let filtered = try pane.waitFor("the timeline filtered") { !$0.contains("U.N. Security Coun") }
    #expect(filtered.contains("Gran Grif"), "the matching event stays:\n\(filtered)")
    try pane.send("q")
    try DashboardPane.expectExitedCleanly(pane)
  }

  /// Ctrl-L repaints everything; a key writes only the cells that change, and a key that
  /// changes nothing writes nothing.
  @Test func ctrlLRepaintsAndKeysWriteLittle() throws {
    let pane = try DashboardPane.start()
    defer { pane.close() }
    let before = try pane.waitFor(text: "▸Mission")
    let pid = try pane.programPID()
    let start = try #require(ProcessTable.bytesWritten(pid))
    try pane.send("C-l")
    let repainted = try waitForBytes(pid, after: start)
    #expect(try pane.capture() == before)
    #expect(repainted > 1000, "Ctrl-L wrote only \(repainted) bytes")
    try pane.send("x")  // bound to nothing
    try pane.send("Tab")
    // The focus shows only in colour: wait for the bytes of the change to stop.
    let moved = try waitForBytes(pid, after: start + repainted)
    #expect(
      moved < repainted * 2 / 3, "a focus change wrote \(moved) bytes, a full repaint \(repainted)")
    let idle = try #require(ProcessTable.bytesWritten(pid))
    try pane.send("x")
    try pane.send("x")
    usleep(300_000)
    #expect(ProcessTable.bytesWritten(pid) == idle, "an unbound key wrote to the terminal")
    try pane.send("q")
    try DashboardPane.expectExitedCleanly(pane)
  }

  /// How many bytes the process wrote past `start`, once it stops writing.
  private func waitForBytes(_ pid: Int32, after start: Int) throws -> Int {
    var last = -1
    for _ in 0..<100 {
      usleep(50_000)
      let now = try #require(ProcessTable.bytesWritten(pid))
      if now == last, now > start { return now - start }
      last = now
    }
    throw E2EFailure("the program wrote nothing")
  }
}
