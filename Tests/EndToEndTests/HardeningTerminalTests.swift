import Foundation
import Testing

/// Terminal faults the other end-to-end tests do not cover: a sweep through tiny and odd
/// sizes, a flood of SIGWINCH, the terminal vanishing under the program, stdin that is not a
/// terminal, stdout or stderr closed or full, absurd COLUMNS and LINES, a hostile TERM.
@Suite(.enabled(if: Tools.hasTmux, "tmux is not installed: end-to-end tests skipped"))
struct HardeningTerminalTests {
  /// Every width and height of a Fibonacci-like ladder (1×1, 1×2, …, 144×55), in an order that
  /// jumps between tiny and large, then the final size: the same screen as a dashboard started
  /// at that size, and the program still answers keys.
  @Test func sizeSweepFromOneByOneEndsRight() throws {
    let reference = try DashboardPane.start(width: 100, height: 30)
    defer { reference.close() }
    let pane = try DashboardPane.start()
    defer { pane.close() }
    try pane.waitFor(text: "3 Timeline ")
    let ladder = [1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144]
    var sizes: [(Int, Int)] = []
    for (index, width) in ladder.enumerated() {
      for height in ladder where height <= 55 {
        // Alternate directions so that every step changes both dimensions a lot.
        sizes.append(index % 2 == 0 ? (width, height) : (ladder[ladder.count - 1 - index], height))
      }
    }
    for (width, height) in sizes {
      try pane.resize(width: width, height: height)
      usleep(5_000)
    }
    try pane.resize(width: 1, height: 1)
    usleep(100_000)
    try pane.resize(width: 30, height: 8)
    try pane.waitFor(text: "terminal too small")
    try pane.resize(width: 100, height: 30)
    let expected = try reference.waitFor(text: "3 Timeline ")
    try pane.waitFor("the 100×30 layout after the sweep") { $0 == expected }
    #expect(!(try pane.captureAll()).contains("EXIT="), "the dashboard ended during the sweep")
    try pane.send("q")
    try DashboardPane.expectExitedCleanly(pane)
  }

  /// Hundreds of SIGWINCH with no change of size: each is a cheap no-op, none is lost track of.
  @Test func sigwinchFloodLeavesTheScreenAsItWas() throws {
    let pane = try DashboardPane.start()
    defer { pane.close() }
    let before = try pane.waitFor(text: "3 Timeline ")
    let pid = try pane.programPID()
    for _ in 0..<500 { kill(pid, SIGWINCH) }
    usleep(300_000)
    try pane.waitFor("the same screen") { $0 == before }
    // A key still works: j moves the selection bar (focus alone shows only in colour).
    try pane.send("j")
    try pane.waitFor("the selection to move") { $0 != before }
    try pane.send("q")
    try DashboardPane.expectExitedCleanly(pane)
  }

  /// The terminal disappears (an SSH connection dropped, a terminal window closed): the
  /// program's pty is gone; it must end, not linger or spin on a dead descriptor.
  @Test func terminalGoneEndsTheProgram() throws {
    let pane = try DashboardPane.start()
    let pid = try pane.programPID()
    try pane.waitFor(text: "3 Timeline ")
    pane.close()
    let deadline = ContinuousClock.now + .seconds(5)
    while ContinuousClock.now < deadline, kill(pid, 0) == 0 { usleep(20_000) }
    let alive = kill(pid, 0) == 0
    if alive { kill(pid, SIGKILL) }
    #expect(!alive, "mssdash \(pid) still running 5 s after its terminal went away")
  }

  /// Standard input not a terminal while standard output is: no full-screen dashboard (it
  /// could not read keys), the text snapshot instead, at once, and the terminal untouched.
  @Test(arguments: ["< /dev/null", "<&-", "< \"$FIFO\""])
  func stdinNotATerminalPrintsTheSnapshot(redirect: String) throws {
    let scratch = try HardeningScratch()
    let fifo = scratch.file("stdin")
    #expect(mkfifo(fifo, 0o600) == 0)
    let binary = try Tools.binaryPath()
    // The FIFO is held open for writing, so reading it would wait for ever.
    let command =
      "FIFO=\(shellQuoted(fifo)); exec 3<>\"$FIFO\"; env TERM=xterm-256color LANG=C.UTF-8 "
      + "COLUMNS=80 LINES=30 \(shellQuoted(binary)) --data builtin:seed \(redirect); echo EXIT=$?; "
      + "exec sleep 600"
    let pane = try TmuxSession(width: 100, height: 40, command: command)
    defer { pane.close() }
    let screen = try pane.waitForExit()
    #expect(screen.contains("EXIT=0"), "\(screen)")
    #expect(screen.contains("Pledges"), "the snapshot: \(screen)")
    #expect(try pane.format("#{alternate_on}") == "0")
    #expect(try pane.format("#{cursor_flag}") == "1")
  }

  /// A TERM holding escape sequences is quoted in the one-line note, made safe.
  @Test func hostileTermIsQuotedSafely() throws {
    let pane = try DashboardPane.start(
      width: 140, height: 40,
      environment: ["TERM": "x\u{1B}]2;PWNED-TITLE\u{07}y", "COLUMNS": "80", "LINES": "20"])
    defer { pane.close() }
    let titleBefore = try pane.format("#{pane_title}")
    let screen = try pane.waitForExit()
    #expect(screen.contains("EXIT=0"), "\(screen)")
    // MSSTerminal shows each unprintable character of a TERM as "?".
    #expect(screen.contains("TERM=x?]2;PWNED-TITLE?y is not a terminal type"), "\(screen)")
    #expect(try pane.format("#{pane_title}") == titleBefore)
  }
}

/// Output faults without a terminal: stdout or stderr closed, a full disk, a reader that stops
/// early, absurd COLUMNS and LINES. Never a crash (a status of 128 or more, a trace); a status
/// of 0, or non-zero with a message.
@Suite struct HardeningOutputTests {
  static func expectNoCrash(
    _ result: (status: Int32, output: String), _ context: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let status = result.output.split(separator: "\n").last.flatMap { line in
      line.hasPrefix("status=") ? Int(line.dropFirst("status=".count)) : nil
    }
    #expect(status != nil, "\(context): \(result.output)", sourceLocation: sourceLocation)
    #expect((status ?? 255) < 128, "\(context): \(result.output)", sourceLocation: sourceLocation)
    for word in ["Fatal error", "Backtrac", "crashed", "Segmentation", "Aborted"] {
      #expect(
        !result.output.contains(word), "\(context): \(result.output)",
        sourceLocation: sourceLocation)
    }
  }

  @Test(arguments: [
    "snapshot >&-", "snapshot --format json >&-", "snapshot --format ansi --color always >&-",
    "--data builtin:seed >&- </dev/null", "validate >&-", "themes >&-",
    "--data /nonexistent.yaml snapshot >&- 2>&-", "--data /nonexistent.yaml snapshot 2>&-",
    "snapshot --format markdown > /dev/full", "--data builtin:seed > /dev/full </dev/null",
    "validate > /dev/full", "--data /nonexistent.yaml snapshot 2> /dev/full",
  ])
  func closedOrFullOutputDoesNotCrash(arguments: String) throws {
    // fd 3 is the test's output, for the status line when the command's stdout is closed.
    let result = try Run.shell("exec 3>&1; \"$MSSDASH\" \(arguments); echo status=$? >&3")
    Self.expectNoCrash(result, arguments)
  }

  /// A failed write is reported, so a cron job's `mssdash snapshot > report.txt` on a full
  /// disk does not leave a short report behind a status of 0; a reader that stops early is
  /// not a failure (`earlyClosedPipeIsQuiet`).
  @Test(arguments: [
    ("snapshot > /dev/full", "no space left on device"),
    ("snapshot --format json > /dev/full", "no space left on device"),
    ("--data builtin:seed > /dev/full </dev/null", "no space left on device"),
    ("validate > /dev/full", "no space left on device"), ("themes > /dev/full", "no space"),
    ("snapshot >&-", "bad file descriptor"),
  ])
  func failedWritesExitWithAnIOError(arguments: String, reason: String) throws {
    let result = try Run.shell("exec 3>&1; \"$MSSDASH\" \(arguments) 2>&3; echo status=$? >&3")
    #expect(result.output.hasSuffix("status=74\n"), "\(arguments): \(result.output)")
    #expect(
      result.output.contains("mssdash: cannot write the output: \(reason)"),
      "\(arguments): \(result.output)")
  }

  @Test(arguments: [
    "snapshot --format json --width 1000 --height 1000", "snapshot --format ansi --height 1000",
    "snapshot --format text --width 1000 --height 1000", "themes --color always",
  ])
  func earlyClosedPipeIsQuiet(arguments: String) throws {
    let result = try Run.shell(
      "\"$MSSDASH\" \(arguments) 2>&1 | head -c 1 >/dev/null; echo status=${PIPESTATUS[0]}",
      shell: "/bin/bash")
    #expect(result.output == "status=0\n", "\(arguments): \(result.output)")
  }

  /// `mssdash | less` takes its size from COLUMNS and LINES: absurd values are capped at 1000
  /// as `snapshot --width/--height` are (100000×100000 aborted allocating the grid).
  @Test(arguments: [
    ("100000", "100000"), ("99999999999999999999", "5"), ("-5", "abc"), ("0", "0"),
  ])
  func absurdColumnsAndLinesAreCapped(columns: String, lines: String) throws {
    let result = try Run.shell(
      "COLUMNS=\(columns) LINES=\(lines) \"$MSSDASH\" --data builtin:seed </dev/null | wc -l; "
        + "echo status=$?")
    Self.expectNoCrash(result, "COLUMNS=\(columns) LINES=\(lines)")
    let count = result.output.split(separator: "\n").first.flatMap {
      Int($0.trimmingCharacters(in: .whitespaces))
    }
    #expect((count ?? 0) >= 1 && (count ?? 0) <= 1000, "\(result.output)")
  }
}
