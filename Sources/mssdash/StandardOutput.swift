import MSSCommandLine

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Standard output, written with write(2) so that a failure is noticed where it happens:
/// `mssdash snapshot > report.txt` on a full disk, or with stdout closed, must not end with
/// status 0 and a short file a cron job cannot tell from a good one. `mssdash | head -1` (the
/// reader stopped early: EPIPE, since SIGPIPE is ignored) is not a failure and ends quietly.
enum StandardOutput {
  /// EX_IOERR (sysexits.h): an error writing the output.
  static let ioErrorCode: Int32 = 74

  static func write(_ text: String) throws {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { writeToStandardOutput($0) }
      if written < 0 {
        if errno == EINTR { continue }
        try fail(errno)
      }
      bytes = bytes.dropFirst(written)
    }
  }

  static func writeLine(_ text: String) throws { try write(text + "\n") }

  private static func fail(_ failure: Int32) throws -> Never {
    if failure == EPIPE { throw ExitStatus.success }
    printError(
      "mssdash: cannot write the output: \(String(cString: strerror(failure)).lowercased())")
    throw ExitStatus(ioErrorCode)
  }
}

/// write(2) on standard output (at file scope, where `write` is the C function, not ours).
private func writeToStandardOutput(_ bytes: UnsafeRawBufferPointer) -> Int {
  write(STDOUT_FILENO, bytes.baseAddress, bytes.count)
}
