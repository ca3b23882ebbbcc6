import Foundation
import Testing

/// Every way out leaves the shell's terminal as it was: `q`, SIGTERM, SIGHUP (a dropped SSH
/// session), SIGINT, and even a crash.
@Suite(.enabled(if: Tools.hasTmux, "tmux is not installed: end-to-end tests skipped"))
struct ExitTests {
  @Test func quitsWithQ() throws {
    let pane = try DashboardPane.start()
    defer { pane.close() }
    try pane.waitFor(text: "Pledges")
    try pane.send("q")
    try DashboardPane.expectExitedCleanly(pane)
  }

  @Test(arguments: [("TERM", SIGTERM), ("HUP", SIGHUP), ("INT", SIGINT)])
  func signalEndsCleanly(name: String, signal: Int32) throws {
    let pane = try DashboardPane.start()
    defer { pane.close() }
    try pane.waitFor(text: "Pledges")
    let pid = try pane.programPID()
    #expect(kill(pid, signal) == 0, "kill -\(name)")
    try DashboardPane.expectExitedCleanly(pane)
  }

  /// A segfault: the terminal is restored first, then the message is readable on stderr.
  @Test func crashRestoresTheTerminal() throws {
    let pane = try DashboardPane.start(environment: ["SWIFT_BACKTRACE": "enable=no"])
    defer { pane.close() }
    try pane.waitFor(text: "Pledges")
    let pid = try pane.programPID()
    #expect(kill(pid, SIGSEGV) == 0)
    let screen = try pane.waitForExit()
    #expect(
      screen.contains("mssdash: crashed (SIGSEGV"), "crash message; the screen was:\n\(screen)")
    #expect(screen.contains("EXIT=139"), "killed by SIGSEGV; the screen was:\n\(screen)")
    #expect(try pane.format("#{alternate_on}") == "0")
    #expect(try pane.format("#{cursor_flag}") == "1")
    #expect(try pane.format("#{mouse_any_flag}") == "0")
  }

  /// Whatever reaches stderr while the dashboard is up is held back, not scribbled over the
  /// screen, and printed once the terminal is restored.
  /// With TMPDIR pointing nowhere too: stderr is held in memory, not in a temporary file.
  @Test(arguments: [nil, "/nonexistent/mssdash-e2e"])
  func strayStderrIsShownAfterExit(tmpdir: String?) throws {
    let pane = try DashboardPane.start(environment: ["TMPDIR": tmpdir])
    defer { pane.close() }
    let before = try pane.waitFor(text: "Pledges")
    let pid = try pane.programPID()
    try "a stray warning\n".write(toFile: "/proc/\(pid)/fd/2", atomically: false, encoding: .utf8)
    usleep(200_000)
    #expect(try pane.capture() == before, "stderr reached the screen")
    try pane.send("q")
    try DashboardPane.expectExitedCleanly(pane)
    let after = try pane.captureAll()
    #expect(after.contains("a stray warning\nEXIT=0"), "held stderr, then the status:\n\(after)")
  }
}
