#if canImport(Glibc)
  import Glibc
#endif

/// What /proc says about a process: CPU time and memory.
struct ProcStats: Equatable {
  /// utime + stime from /proc/PID/stat, in clock ticks (usually 10 ms each).
  var cpuTicks: Int
  /// Time on a CPU summed over the process's threads, from /proc/PID/task/*/schedstat, in
  /// nanoseconds; nil when the kernel has no schedstat.
  var cpuNanoseconds: UInt64?
  /// Resident set size now and its peak, in KiB (VmRSS, VmHWM).
  var residentKiB: Int
  var peakResidentKiB: Int

  static func sample(pid: pid_t) -> ProcStats? {
    guard let stat = readFile("/proc/\(pid)/stat"), let ticks = ProcParsing.cpuTicks(stat: stat),
      let status = readFile("/proc/\(pid)/status")
    else { return nil }
    let memory = ProcParsing.memory(status: status)
    return ProcStats(
      cpuTicks: ticks, cpuNanoseconds: threadNanoseconds(pid: pid),
      residentKiB: memory.resident ?? 0, peakResidentKiB: memory.peak ?? 0)
  }

  /// write(2)-family calls the process has made (/proc/PID/io `syscw`); nil when the file
  /// cannot be read.
  static func writeCalls(pid: pid_t) -> Int? {
    readFile("/proc/\(pid)/io").flatMap { ProcParsing.ioField($0, "syscw") }
  }

  static var ticksPerSecond: Int { max(1, sysconf(Int32(_SC_CLK_TCK))) }

  private static func threadNanoseconds(pid: pid_t) -> UInt64? {
    guard let directory = opendir("/proc/\(pid)/task") else { return nil }
    defer { closedir(directory) }
    var total: UInt64 = 0
    var found = false
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      guard name.first?.isNumber == true,
        let text = readFile("/proc/\(pid)/task/\(name)/schedstat"),
        let value = ProcParsing.schedstatNanoseconds(text)
      else { continue }
      total += value
      found = true
    }
    return found ? total : nil
  }

  static func readFile(_ path: String) -> String? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count <= 0 { break }
      bytes.append(contentsOf: buffer[0..<count])
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}

/// Parsers for /proc files, kept pure so they can be tested.
enum ProcParsing {
  /// Fields 14 and 15 (utime, stime) of /proc/PID/stat. The command name (field 2) is in
  /// parentheses and may itself hold spaces and parentheses, so fields count from the last ')'.
  static func cpuTicks(stat: String) -> Int? {
    guard let close = stat.lastIndex(of: ")") else { return nil }
    let fields = stat[stat.index(after: close)...].split(separator: " ")
    // After ')' come field 3 (state) onwards: utime is field 14, so index 11.
    guard fields.count > 12, let user = Int(fields[11]), let system = Int(fields[12]) else {
      return nil
    }
    return user + system
  }

  /// VmRSS and VmHWM in KiB from /proc/PID/status.
  static func memory(status: String) -> (resident: Int?, peak: Int?) {
    var resident: Int?
    var peak: Int?
    for line in status.split(separator: "\n") {
      let parts = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
      guard parts.count >= 2 else { continue }
      switch parts[0] {
      case "VmRSS:": resident = Int(parts[1])
      case "VmHWM:": peak = Int(parts[1])
      default: break
      }
    }
    return (resident, peak)
  }

  /// A `name: value` line of /proc/PID/io.
  static func ioField(_ text: String, _ name: String) -> Int? {
    for line in text.split(separator: "\n") {
      let parts = line.split(separator: ":", maxSplits: 1)
      if parts.count == 2, parts[0] == name {
        return Int(parts[1].drop { $0 == " " })
      }
    }
    return nil
  }

  /// The file names of the shared objects in a /proc/PID/maps listing, each once, sorted.
  static func sharedObjects(maps: String) -> [String] {
    var names: Set<String> = []
    for line in maps.split(separator: "\n") {
      guard let slash = line.lastIndex(of: "/") else { continue }
      let name = line[line.index(after: slash)...]
      if name.hasSuffix(".so") || name.contains(".so.") { names.insert(String(name)) }
    }
    return names.sorted()
  }

  /// The first field of a schedstat line: nanoseconds spent on a CPU.
  static func schedstatNanoseconds(_ text: String) -> UInt64? {
    text.split(separator: " ").first.flatMap { UInt64($0.trimmingCharacters(in: "\n")) }
  }

  /// "80x24" → (80, 24).
  static func size(_ text: String) -> (width: Int, height: Int)? {
    let parts = text.lowercased().split(separator: "x")
    guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]), width > 0,
      height > 0
    else { return nil }
    return (width, height)
  }
}

extension Substring {
  fileprivate func trimmingCharacters(in set: Character) -> Substring {
    var text = self
    while text.last == set { text = text.dropLast() }
    return text
  }
}
