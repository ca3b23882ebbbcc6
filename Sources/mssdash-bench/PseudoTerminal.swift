#if canImport(Glibc)
  import Glibc
#endif

/// Nanoseconds on the monotonic clock.
func monotonicNanoseconds() -> UInt64 {
  var now = timespec()
  clock_gettime(CLOCK_MONOTONIC, &now)
  return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
}

/// Nanoseconds of CPU time this process has used (all threads).
func processCPUNanoseconds() -> UInt64 {
  var now = timespec()
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
  return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
}

/// Linux ioctl numbers that Swift cannot import (they are built with `_IOW`/`_IOR`); these
/// are the asm-generic values used by x86-64 and arm64.
private enum PtyIoctl {
  static let unlock: UInt = 0x4004_5431  // TIOCSPTLCK
  static let number: UInt = 0x8004_5430  // TIOCGPTN
  /// glibc's POSIX_SPAWN_SETSID: the child starts a session, so the pty becomes its terminal.
  static let spawnSetSID: Int16 = 0x80
}

struct BenchError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}

/// A program running in a pseudo-terminal of a fixed size. Everything it writes is read here
/// with the time it arrived, so bursts of output and quiet gaps can be measured.
final class PseudoTerminal {
  let pid: pid_t
  private let master: Int32
  private var exited = false
  /// When the program was started, on the monotonic clock.
  let startedAt: UInt64
  /// Bytes read so far.
  private(set) var totalBytes = 0
  /// Everything read so far (only the first `keptLimit` bytes, to find markers in).
  private(set) var kept: [UInt8] = []
  private let keptLimit = 4 << 20

  init(
    executable: String, arguments: [String], environment: [String], width: Int, height: Int
  ) throws {
    let master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC | O_NONBLOCK)
    guard master >= 0 else { throw BenchError("cannot open /dev/ptmx: errno \(errno)") }
    var unlock: Int32 = 0
    var number: UInt32 = 0
    guard ioctl(master, PtyIoctl.unlock, &unlock) == 0, ioctl(master, PtyIoctl.number, &number) == 0
    else {
      close(master)
      throw BenchError("cannot set up the pseudo-terminal: errno \(errno)")
    }
    var size = winsize(
      ws_row: UInt16(clamping: height), ws_col: UInt16(clamping: width), ws_xpixel: 0, ws_ypixel: 0)
    guard ioctl(master, UInt(TIOCSWINSZ), &size) == 0 else {
      close(master)
      throw BenchError("cannot set the window size: errno \(errno)")
    }
    let slavePath = "/dev/pts/\(number)"

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var defaults = sigset_t()
    sigfillset(&defaults)
    var empty = sigset_t()
    sigemptyset(&empty)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setsigmask(&attributes, &empty)
    posix_spawnattr_setflags(
      &attributes,
      PtyIoctl.spawnSetSID | Int16(POSIX_SPAWN_SETSIGDEF) | Int16(POSIX_SPAWN_SETSIGMASK))

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    // Opened after setsid, without O_NOCTTY: it becomes the child's controlling terminal.
    posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&actions, 0, 1)
    posix_spawn_file_actions_adddup2(&actions, 0, 2)

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup($0) } + [nil]
    defer {
      for pointer in argv { free(pointer) }
      for pointer in envp { free(pointer) }
    }
    var child: pid_t = 0
    startedAt = monotonicNanoseconds()
    let status = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
    guard status == 0 else {
      close(master)
      throw BenchError("cannot start \(executable): \(String(cString: strerror(status)))")
    }
    self.pid = child
    self.master = master
  }

  deinit {
    stop()
    close(master)
  }

  /// Reads whatever is available, waiting at most `timeoutMilliseconds` for the first byte.
  /// Returns the number of bytes read (0 on timeout) and the time they arrived.
  @discardableResult
  func pump(timeoutMilliseconds: Int32) -> (bytes: Int, at: UInt64) {
    var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    let ready = poll(&descriptor, 1, timeoutMilliseconds)
    guard ready > 0 else { return (0, monotonicNanoseconds()) }
    var buffer = [UInt8](repeating: 0, count: 65_536)
    var count = 0
    while true {
      let got = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
      if got <= 0 { break }
      count += got
      if kept.count < keptLimit { kept.append(contentsOf: buffer[0..<got]) }
    }
    totalBytes += count
    // An exited child leaves the master readable with EIO: do not spin on it.
    if count == 0, descriptor.revents & Int16(POLLHUP | POLLERR) != 0 { usleep(1000) }
    return (count, monotonicNanoseconds())
  }

  /// Reads until `marker` has appeared (searching from byte `from`) and then nothing has
  /// arrived for `quietMilliseconds`. Returns the time of the last byte before the quiet gap,
  /// or nil when `limitMilliseconds` passed first.
  func waitForQuiet(
    after marker: [UInt8]?, from: Int = 0, quietMilliseconds: Int, limitMilliseconds: Int,
    since start: UInt64
  ) -> UInt64? {
    var lastByte: UInt64?
    var seen = marker == nil
    let limit = start + UInt64(limitMilliseconds) * 1_000_000
    let quiet = UInt64(quietMilliseconds) * 1_000_000
    while true {
      let now = monotonicNanoseconds()
      if now > limit { return nil }
      if seen, let last = lastByte, now >= last + quiet { return last }
      let wait: UInt64 = seen && lastByte != nil ? (lastByte ?? now) + quiet - now : limit - now
      let (bytes, at) = pump(timeoutMilliseconds: Int32(clamping: wait / 1_000_000 + 1))
      if bytes > 0 {
        lastByte = at
        if !seen, let marker { seen = Bytes.contains(kept, marker, from: from) }
      }
    }
  }

  /// Counts the bytes written during `milliseconds`.
  func drain(milliseconds: Int) -> Int {
    let before = totalBytes
    let end = monotonicNanoseconds() + UInt64(milliseconds) * 1_000_000
    while true {
      let now = monotonicNanoseconds()
      if now >= end { break }
      pump(timeoutMilliseconds: Int32(clamping: (end - now) / 1_000_000 + 1))
    }
    return totalBytes - before
  }

  func send(_ bytes: [UInt8]) {
    var offset = 0
    while offset < bytes.count {
      let wrote = bytes[offset...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
      if wrote < 0 {
        if errno == EAGAIN || errno == EINTR {
          usleep(100)
          continue
        }
        return
      }
      offset += wrote
    }
  }

  /// Asks the program to quit with `quitKeys`, then SIGTERM, then SIGKILL; always reaps it.
  func stop(quitKeys: [UInt8] = []) {
    guard !exited else { return }
    if !quitKeys.isEmpty {
      send(quitKeys)
      if waitForExit(milliseconds: 1000) { return }
    }
    kill(pid, SIGTERM)
    if waitForExit(milliseconds: 1000) { return }
    kill(pid, SIGKILL)
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    exited = true
  }

  private func waitForExit(milliseconds: Int) -> Bool {
    let end = monotonicNanoseconds() + UInt64(milliseconds) * 1_000_000
    while monotonicNanoseconds() < end {
      var status: Int32 = 0
      if waitpid(pid, &status, WNOHANG) == pid {
        exited = true
        return true
      }
      pump(timeoutMilliseconds: 10)
    }
    return false
  }
}

/// Byte-string helpers.
enum Bytes {
  static func contains(_ haystack: [UInt8], _ needle: [UInt8], from: Int = 0) -> Bool {
    guard !needle.isEmpty else { return true }
    guard haystack.count >= needle.count else { return false }
    var index = max(0, from)
    let first = needle[0]
    while index + needle.count <= haystack.count {
      if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) {
        return true
      }
      index += 1
    }
    return false
  }
}
