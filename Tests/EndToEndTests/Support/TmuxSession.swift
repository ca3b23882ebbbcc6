import Foundation
import Testing

/// A tmux server of the test's own (`-L` socket), running one command in one pane: a real
/// terminal emulator the test can type into, resize and read. `close` kills only that server.
final class TmuxSession {
  let socket: String
  private var socketPath: String?
  private(set) var closed = false

  /// Starts `command` (run by /bin/sh) in a detached session of `width`×`height`.
  init(width: Int, height: Int, command: String) throws {
    socket = "mssdash-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
    // -u: the server treats the pane as UTF-8 whatever the test runner's locale.
    // remain-on-exit, set before the pane exists: the test reads the last words of a command
    // that ends at once (the snapshot fallbacks).
    let result = try Self.tmux(
      [
        "-u", "-L", socket, "-f", "/dev/null", "start-server", ";", "set-option", "-g",
        "remain-on-exit", "on",
        ";", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", command,
      ])
    guard result.status == 0 else {
      throw E2EFailure("tmux new-session failed: \(result.output)")
    }
    socketPath = try? run("display-message", "-p", "#{socket_path}")
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  deinit { close() }

  /// Kills this test's tmux server (and with it the program in the pane), and removes the
  /// socket file it may leave behind.
  func close() {
    guard !closed else { return }
    closed = true
    _ = try? Self.tmux(["-L", socket, "kill-server"])
    if let socketPath, !socketPath.isEmpty { unlink(socketPath) }
  }

  @discardableResult
  func run(_ arguments: String...) throws -> String {
    let result = try Self.tmux(["-L", socket] + arguments)
    guard result.status == 0 else {
      throw E2EFailure("tmux \(arguments.joined(separator: " ")) failed: \(result.output)")
    }
    return result.output
  }

  /// Keys in tmux's names: "Tab", "BTab", "Enter", "Escape", "C-l", "PPage", or literal text.
  func send(_ keys: String...) throws {
    for key in keys { try run("send-keys", "-t", "0", key) }
  }

  /// Literal text, not key names.
  func type(_ text: String) throws {
    try run("send-keys", "-t", "0", "-l", text)
  }

  func resize(width: Int, height: Int) throws {
    try run("resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)")
  }

  /// The visible screen as text.
  func capture() throws -> String {
    try run("capture-pane", "-p", "-t", "0")
  }

  /// The screen and everything that scrolled off it.
  func captureAll() throws -> String {
    try run("capture-pane", "-p", "-t", "0", "-S", "-")
  }

  /// A tmux format about the pane, e.g. `#{alternate_on}`.
  func format(_ format: String) throws -> String {
    try run("display-message", "-p", "-t", "0", format).trimmingCharacters(
      in: .whitespacesAndNewlines)
  }

  /// Polls the screen until `condition` holds and the screen has settled; returns that screen,
  /// or fails with the last one.
  ///
  /// Settled means two captures in a row are the same: tmux reads a frame in chunks, so the
  /// first capture that shows the awaited text may hold half a frame (a row not yet drawn to its
  /// border), which a test comparing whole screens would then wait on for ever.
  @discardableResult
  func waitFor(
    _ what: String, timeout: Double = 10, history: Bool = false,
    sourceLocation: SourceLocation = #_sourceLocation, _ condition: (String) -> Bool
  ) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var screen = ""
    var candidate: String?
    while Date() < deadline {
      screen = try history ? captureAll() : capture()
      if condition(screen) {
        if screen == candidate { return screen }
        candidate = screen
        usleep(60_000)
        continue
      }
      candidate = nil
      usleep(20_000)
    }
    Issue.record(
      "timed out waiting for \(what); the screen was:\n\(screen)", sourceLocation: sourceLocation)
    throw E2EFailure("timed out waiting for \(what)")
  }

  /// Waits until the screen shows `text`.
  @discardableResult
  func waitFor(
    text: String, timeout: Double = 10, history: Bool = false,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> String {
    try waitFor("\"\(text)\"", timeout: timeout, history: history, sourceLocation: sourceLocation) {
      $0.contains(text)
    }
  }

  /// Waits for the `EXIT=` line `DashboardPane` prints after the program, anywhere in the
  /// screen or its history.
  @discardableResult
  func waitForExit(timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) throws
    -> String
  {
    try waitFor("the exit status", timeout: timeout, history: true, sourceLocation: sourceLocation)
    {
      $0.contains("EXIT=")
    }
  }

  /// The process id of the command's first child: the program `sh -c '…'` is running.
  func programPID(timeout: Double = 5) throws -> Int32 {
    let shell = try format("#{pane_pid}")
    guard let shellPID = Int32(shell) else { throw E2EFailure("no pane pid: \(shell)") }
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if let child = ProcessTable.children(of: shellPID).first { return child }
      usleep(20_000)
    }
    throw E2EFailure("no program running under pane pid \(shellPID)")
  }

  static func tmux(_ arguments: [String]) throws -> (status: Int32, output: String) {
    var environment = ProcessInfo.processInfo.environment
    environment["LANG"] = "C.UTF-8"
    environment.removeValue(forKey: "TMUX")
    return try Subprocess.run(try Tools.tmuxPath(), arguments, environment: environment)
  }
}

struct E2EFailure: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}

/// Parent/child links from /proc, to find the program inside the pane's shell.
enum ProcessTable {
  static func children(of parent: Int32) -> [Int32] {
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else {
      return []
    }
    return entries.compactMap { entry -> Int32? in
      guard let pid = Int32(entry),
        let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
        let close = stat.lastIndex(of: ")")
      else { return nil }
      // Fields after "(comm)": state, ppid, …
      let fields = stat[stat.index(after: close)...].split(separator: " ")
      guard fields.count > 1, Int32(fields[1]) == parent else { return nil }
      return pid
    }.sorted()
  }

  /// Bytes the process has written with write(2) and friends (/proc/PID/io `wchar`).
  static func bytesWritten(_ pid: Int32) -> Int? {
    field("/proc/\(pid)/io", "wchar")
  }

  /// write(2)-family calls the process has made (/proc/PID/io `syscw`).
  static func writeCalls(_ pid: Int32) -> Int? {
    field("/proc/\(pid)/io", "syscw")
  }

  /// User plus system CPU time in clock ticks (/proc/PID/stat fields 14 and 15).
  static func cpuTicks(_ pid: Int32) -> Int? {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let close = stat.lastIndex(of: ")")
    else { return nil }
    let fields = stat[stat.index(after: close)...].split(separator: " ")
    guard fields.count > 13, let user = Int(fields[11]), let system = Int(fields[12]) else {
      return nil
    }
    return user + system
  }

  private static func field(_ path: String, _ name: String) -> Int? {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
    for line in text.split(separator: "\n") where line.hasPrefix(name + ":") {
      return Int(line.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces))
    }
    return nil
  }
}
