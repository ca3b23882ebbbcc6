#if canImport(Glibc)
  import Glibc
#endif

/// What one run of a program in a pseudo-terminal gave.
struct TerminalRun {
  var firstFrameMilliseconds: Double?
  var firstFrameBytes: Int?
  /// write(2)-family calls up to the end of the first frame: over SSH each is a packet.
  var firstFrameWrites: Int?
  /// The shared objects mapped once the first frame is drawn (file names, sorted).
  var sharedObjects: [String]?
  /// Per key kind: the write calls its response took.
  var keyWrites: [String: Int] = [:]
  /// Per key kind ("selection", "focus", "as-of step"): milliseconds and bytes.
  var keys: [String: (milliseconds: Double?, bytes: Int)] = [:]
  var idleBytes: Int?
  var idleCPUTicks: Int?
  var idleCPUMilliseconds: Double?
  var residentKiB: Int?
  var peakResidentKiB: Int?
}

/// How the terminal measurements are taken; see docs/performance.md for the definitions.
struct TerminalSettings {
  /// Output quiet this long ends a frame or a key's response.
  var quietMilliseconds = 150
  /// A first frame not complete in this time counts as a failure.
  var startLimitMilliseconds = 10_000
  var keyLimitMilliseconds = 2_000
  /// A clean environment: a fresh HOME so no user configuration applies.
  var home: String
  var term = "xterm-256color"

  var environment: [String] {
    [
      "TERM=\(term)", "LANG=C.UTF-8", "HOME=\(home)", "XDG_CONFIG_HOME=\(home)/.config",
      "PATH=/usr/local/bin:/usr/bin:/bin",
    ]
  }
}

enum TerminalBench {
  /// Starts `program` at `width`×`height`, waits for its first frame, presses its keys, and
  /// when `idleMilliseconds` is set watches it idle.
  static func run(
    _ program: Program, width: Int, height: Int, settings: TerminalSettings,
    idleMilliseconds: Int?, pressKeys: Bool = true
  ) throws -> TerminalRun {
    let terminal = try PseudoTerminal(
      executable: program.executable, arguments: program.arguments,
      environment: settings.environment, width: width, height: height)
    defer { terminal.stop(quitKeys: program.quitKeys) }
    var result = TerminalRun()
    guard
      let end = terminal.waitForQuiet(
        after: program.marker.map { Array($0.utf8) }, quietMilliseconds: settings.quietMilliseconds,
        limitMilliseconds: settings.startLimitMilliseconds, since: terminal.startedAt)
    else {
      return result
    }
    result.firstFrameMilliseconds = milliseconds(end - terminal.startedAt)
    result.firstFrameBytes = terminal.totalBytes
    result.firstFrameWrites = ProcStats.writeCalls(pid: terminal.pid)
    result.sharedObjects = ProcStats.readFile("/proc/\(terminal.pid)/maps").map(
      ProcParsing.sharedObjects)

    if pressKeys {
      let keys: [(String, [UInt8]?)] = [
        ("selection", program.selectionKey), ("focus", program.focusKey),
        ("as-of step", program.stepKey),
      ]
      for case (let kind, let bytes?) in keys {
        let before = terminal.totalBytes
        let writesBefore = ProcStats.writeCalls(pid: terminal.pid)
        let sent = monotonicNanoseconds()
        terminal.send(bytes)
        let last = terminal.waitForQuiet(
          after: nil, quietMilliseconds: settings.quietMilliseconds,
          limitMilliseconds: settings.keyLimitMilliseconds, since: sent)
        result.keys[kind] = (last.map { milliseconds($0 - sent) }, terminal.totalBytes - before)
        if let writesBefore, let writesAfter = ProcStats.writeCalls(pid: terminal.pid) {
          result.keyWrites[kind] = writesAfter - writesBefore
        }
      }
    }

    if let idleMilliseconds, let before = ProcStats.sample(pid: terminal.pid) {
      let bytes = terminal.drain(milliseconds: idleMilliseconds)
      if let after = ProcStats.sample(pid: terminal.pid) {
        result.idleBytes = bytes
        result.idleCPUTicks = after.cpuTicks - before.cpuTicks
        if let start = before.cpuNanoseconds, let stop = after.cpuNanoseconds {
          result.idleCPUMilliseconds = milliseconds(stop &- start)
        }
      }
    }
    if let stats = ProcStats.sample(pid: terminal.pid) {
      result.residentKiB = stats.residentKiB
      result.peakResidentKiB = stats.peakResidentKiB
    }
    return result
  }

  static func milliseconds(_ nanoseconds: UInt64) -> Double { Double(nanoseconds) / 1e6 }
}
