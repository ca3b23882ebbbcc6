import MSSCommandLine

#if canImport(Glibc)
  import Glibc
#endif

/// `swift run -c release mssdash-bench`: the performance figures of docs/performance.md.
@main
struct Bench {
  var binary: String?
  var runs = 5
  var idleRuns = 3
  var idle = 10.0
  var kioskIdle = 61.0
  var quiet = 150
  var sizes = "80x24,100x30,200x60"
  var keySize = "100x30"
  var scale = 1.0
  var dataDirectory: String?
  var noOthers = false
  var skipTerminal = false
  var skipData = false
  var quick = false
  var noBuild = false
  var keepData = false
  var writeLarge: String?
  var loadOnly: String?

  static func main() {
    let program = CommandLineProgram(root: command, version: nil)
    let columns = getenv("COLUMNS").flatMap { Int(String(cString: $0)) } ?? 80
    let ending = program.run(Array(CommandLine.arguments.dropFirst()), columns: columns) {
      invocation in
      var bench = Bench(invocation.arguments)
      try bench.run()
    }
    print(ending.standardOutput, terminator: "")
    _ = ending.standardError.withCString { write(STDERR_FILENO, $0, strlen($0)) }
    exit(ending.code)
  }

  mutating func run() throws {
    if quick {
      runs = min(runs, 2)
      idleRuns = 1
      idle = min(idle, 2)
      kioskIdle = min(kioskIdle, 2)
      scale = min(scale, 0.05)
    }
    if let writeLarge {
      let bytes = try LargeDataset().scaled(scale).write(to: writeLarge)
      print("\(writeLarge): \(bytes) bytes")
      return
    }
    if let loadOnly {
      print(try DataBench.loadOnce(loadOnly))
      return
    }
    guard let keySize = ProcParsing.size(keySize) else {
      throw UsageError("--key-size: expected WIDTHxHEIGHT")
    }
    let sizes = try self.sizes.split(separator: ",").map { text in
      guard let size = ProcParsing.size(String(text)) else {
        throw UsageError("--sizes: '\(text)' is not WIDTHxHEIGHT")
      }
      return size
    }
    let directory = try dataDirectory ?? makeTemporaryDirectory()
    defer {
      if !keepData && dataDirectory == nil { removeTree(directory) }
    }
    var report = Report()
    var mssdashPath: String?
    report.header(
      machine: Machine.describe(), command: CommandLine.arguments.joined(separator: " "))

    if !skipTerminal {
      let mssdash = try binary ?? siblingBinary()
      mssdashPath = mssdash
      var programs = [Program.mssdash(mssdash)]
      if !noOthers {
        if let path = Program.which("htop") { programs.append(.htop(path)) }
        if let path = Program.which("btop") { programs.append(.btop(path)) }
      }
      let kiosk = Capture.output(mssdash, ["--help"]).contains("--kiosk")
      var settings = TerminalSettings(quietMilliseconds: quiet, home: directory + "/home")
      mkdir(settings.home, 0o755)
      settings.keyLimitMilliseconds = max(2000, quiet * 4)
      var suite = TerminalSuite(
        programs: programs, sizes: sizes, keySize: keySize, runs: runs, idleRuns: idleRuns,
        idleMilliseconds: Int(idle * 1000), settings: settings, kiosk: kiosk ? mssdash : nil,
        log: progress)
      suite.kioskIdleMilliseconds = Int(kioskIdle * 1000)
      let results = try suite.run()
      report.terminal(
        results, kioskAvailable: kiosk, others: programs.map(\.name), idleSeconds: idle,
        kioskIdleSeconds: kioskIdle)
    }

    if !skipData {
      let figures = try DataBench.run(
        DataBench.Settings(
          scale: scale, directory: directory, loadRuns: quick ? 1 : 3,
          renderRuns: quick ? 10 : 30, comparisonScale: quick ? 0.005 : 0.02, log: progress))
      report.data(figures)
      if !skipTerminal, let binary = mssdashPath {
        progress("starting mssdash on the large dataset")
        var settings = TerminalSettings(quietMilliseconds: quiet, home: directory + "/home")
        // An as-of step on a million observations takes seconds: wait for it.
        settings.keyLimitMilliseconds = 20_000
        settings.startLimitMilliseconds = 30_000
        var samples: [TerminalRun] = []
        for _ in 0..<(quick ? 1 : 3) {
          samples.append(
            try TerminalBench.run(
              .mssdash(
                binary, arguments: ["--data", figures.largePath, "--as-of", LargeDataset.asOf]),
              width: 100, height: 30, settings: settings, idleMilliseconds: nil, pressKeys: true))
        }
        report.largeStart(samples)
      }
    }
    report.budget()
    print(report.text, terminator: "")
  }

  private func progress(_ line: String) {
    let text = "… \(line)\n"
    _ = text.withCString { write(STDERR_FILENO, $0, strlen($0)) }
  }

  /// The mssdash built next to this executable: `swift run -c release mssdash-bench` builds
  /// only the benchmark, so mssdash is brought up to date first (same configuration and
  /// scratch path) unless `--no-build`.
  private func siblingBinary() throws -> String {
    let own = ProcStats.readLink("/proc/self/exe") ?? CommandLine.arguments[0]
    let parts = own.split(separator: "/", omittingEmptySubsequences: false)
    let directory = parts.dropLast().joined(separator: "/")
    let candidate = "\(directory)/mssdash"
    // <scratch>/<triple>/<configuration>/mssdash-bench
    if !noBuild, access("Package.swift", R_OK) == 0, parts.count > 3,
      let swift = Program.which("swift")
    {
      let scratch = parts.dropLast(3).joined(separator: "/")
      let configuration = String(parts[parts.count - 2])
      progress("swift build -c \(configuration) --product mssdash --scratch-path \(scratch)")
      let output = Capture.output(
        swift,
        ["build", "-c", configuration, "--product", "mssdash", "--scratch-path", scratch])
      if !output.contains("Compiling") && !output.contains("Build") {
        progress(output)
      }
    }
    if access(candidate, X_OK) != 0 {
      throw BenchError(
        "no mssdash beside the benchmark at \(candidate); build it with "
          + "`swift build -c release --product mssdash` (same --scratch-path), or pass --binary")
    }
    return candidate
  }

  private func makeTemporaryDirectory() throws -> String {
    var template = Array("/tmp/mssdash-bench-XXXXXX".utf8CString)
    guard let made = mkdtemp(&template) else {
      throw BenchError("cannot create a directory in /tmp")
    }
    return String(cString: made)
  }

  private func removeTree(_ path: String) {
    // Only what the benchmark itself created: a directory under /tmp named by mkdtemp.
    guard path.hasPrefix("/tmp/mssdash-bench-") else { return }
    _ = Capture.output("/bin/rm", ["-rf", path])
  }
}
