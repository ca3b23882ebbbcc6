import CNcurses

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Holds back stderr while curses owns the screen (htop's redirectStderr): a stray message
/// would scribble over the dashboard, then vanish with the alternate screen. What was held is
/// printed once the terminal is restored, by `stop` or by the crash handler.
@MainActor
final class StderrCapture {
  private var captureFD: Int32 = -1
  private var originalFD: Int32 = -1

  /// Only when stderr is the terminal: a redirected stderr (`2>log`) is left alone.
  func start() {
    guard captureFD < 0, isatty(STDERR_FILENO) == 1 else { return }
    let capture = Self.namelessFile()
    guard capture >= 0 else { return }
    let original = dup(STDERR_FILENO)
    guard original >= 0, dup2(capture, STDERR_FILENO) >= 0 else {
      close(capture)
      if original >= 0 { close(original) }
      return
    }
    _ = fcntl(capture, F_SETFD, FD_CLOEXEC)
    _ = fcntl(original, F_SETFD, FD_CLOEXEC)
    captureFD = capture
    originalFD = original
    CrashGuard.noteStderr(captureFD: capture, originalFD: original)
  }

  /// A file in memory where Linux has them (no file system touched, a read-only /tmp does not
  /// matter), else a temporary file unlinked at once: nothing is left behind, even on a crash.
  private static func namelessFile() -> Int32 {
    let inMemory = mss_memfd_cloexec("mssdash-stderr")
    if inMemory >= 0 { return inMemory }
    let directory = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
    var template = Array("\(directory)/mssdash-stderr-XXXXXX".utf8CString)
    return template.withUnsafeMutableBufferPointer { buffer -> Int32 in
      guard let base = buffer.baseAddress else { return -1 }
      let fd = mkstemp(base)
      if fd >= 0 { unlink(base) }
      return fd
    }
  }

  /// Gives stderr back and prints what was written to it meanwhile.
  func stop() {
    guard captureFD >= 0 else { return }
    CrashGuard.noteStderr(captureFD: -1, originalFD: -1)
    dup2(originalFD, STDERR_FILENO)
    var buffer = [UInt8](repeating: 0, count: 4096)
    var offset: off_t = 0
    while offset < 1 << 20 {
      let count = buffer.withUnsafeMutableBytes {
        pread(captureFD, $0.baseAddress, $0.count, offset)
      }
      guard count > 0 else { break }
      _ = buffer.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, count) }
      offset += off_t(count)
    }
    close(captureFD)
    close(originalFD)
    captureFD = -1
    originalFD = -1
  }
}
