#if canImport(Glibc)
  import Glibc
#endif

/// Every program at every size, `runs` times, interleaved so that a noisy moment hits them all.
struct TerminalSuite {
  struct Key: Hashable {
    let program: String
    let width: Int
    let height: Int
  }

  let programs: [Program]
  let sizes: [(width: Int, height: Int)]
  let keySize: (width: Int, height: Int)
  let runs: Int
  let idleRuns: Int
  let idleMilliseconds: Int
  let settings: TerminalSettings
  /// The mssdash binary when it has `--kiosk`.
  let kiosk: String?
  /// How long to watch each kiosk variant (once): past a minute, so a clock that shows
  /// minutes changes at least once.
  var kioskIdleMilliseconds = 61_000
  let log: (String) -> Void

  /// The kiosk variants measured when mssdash has `--kiosk`: the clock alone, and the
  /// default rotation.
  static let kioskVariants: [(name: String, arguments: [String])] = [
    ("mssdash --kiosk --rotate 0", ["--rotate", "0"]), ("mssdash --kiosk", []),
  ]

  func run() throws -> [Key: [TerminalRun]] {
    var results: [Key: [TerminalRun]] = [:]
    var allSizes = sizes
    if !allSizes.contains(where: { $0 == keySize }) { allSizes.append(keySize) }
    for round in 0..<max(runs, idleRuns) {
      log("terminal round \(round + 1) of \(max(runs, idleRuns))")
      for size in allSizes {
        let atKeySize = size == keySize
        guard round < runs || atKeySize else { continue }
        for program in programs {
          let idle = atKeySize && round < idleRuns ? idleMilliseconds : nil
          let result = try TerminalBench.run(
            program, width: size.width, height: size.height, settings: settings,
            idleMilliseconds: idle, pressKeys: atKeySize)
          if result.firstFrameMilliseconds == nil {
            log("\(program.name) at \(size.width)x\(size.height): no complete first frame")
          }
          results[Key(program: program.name, width: size.width, height: size.height), default: []]
            .append(result)
        }
        if atKeySize, round == 0, let kiosk {
          for variant in Self.kioskVariants {
            let program = Program.kiosk(kiosk, arguments: variant.arguments, name: variant.name)
            let result = try TerminalBench.run(
              program, width: size.width, height: size.height, settings: settings,
              idleMilliseconds: kioskIdleMilliseconds, pressKeys: false)
            results[
              Key(program: program.name, width: size.width, height: size.height), default: []
            ].append(result)
          }
        }
      }
    }
    return results
  }
}

/// Runs a command and returns what it printed (stdout and stderr).
enum Capture {
  static func output(_ executable: String, _ arguments: [String]) -> String {
    var pipeEnds: [Int32] = [0, 0]
    guard pipe(&pipeEnds) == 0 else { return "" }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
    posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 2)
    posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let status = posix_spawn(&pid, executable, &actions, nil, argv, environ)
    close(pipeEnds[1])
    defer { close(pipeEnds[0]) }
    guard status == 0 else { return "" }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(pipeEnds[0], $0.baseAddress, $0.count) }
      if count <= 0 { break }
      bytes.append(contentsOf: buffer[0..<count])
    }
    var exitStatus: Int32 = 0
    waitpid(pid, &exitStatus, 0)
    return String(decoding: bytes, as: UTF8.self)
  }
}

/// The machine the figures come from.
enum Machine {
  static func describe() -> [String] {
    let cpuinfo = ProcStats.readFile("/proc/cpuinfo") ?? ""
    let model =
      cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
      .flatMap { $0.split(separator: ":", maxSplits: 1).last }
      .map { String($0.drop { $0 == " " }) } ?? "unknown CPU"
    let kernel =
      ProcStats.readFile("/proc/sys/kernel/osrelease")?.split(separator: "\n").first
      .map(String.init) ?? "unknown kernel"
    let load =
      ProcStats.readFile("/proc/loadavg")?.split(separator: " ").prefix(3)
      .joined(separator: " ") ?? "?"
    let cores = sysconf(Int32(_SC_NPROCESSORS_ONLN))
    let htop = Program.which("htop").map { Capture.output($0, ["--version"]) }
    let btop = Program.which("btop").map { Capture.output($0, ["--version"]) }
    func firstLine(_ text: String?) -> String {
      text.flatMap { $0.split(separator: "\n").first.map(String.init) } ?? "not installed"
    }
    return [
      "CPU: \(model), \(cores) cores online", "Kernel: Linux \(kernel)",
      "Load average at start: \(load)", "htop: \(firstLine(htop))", "btop: \(firstLine(btop))",
    ]
  }
}

extension ProcStats {
  static func readLink(_ path: String) -> String? {
    var buffer = [CChar](repeating: 0, count: 4096)
    let count = readlink(path, &buffer, buffer.count - 1)
    guard count > 0 else { return nil }
    return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
