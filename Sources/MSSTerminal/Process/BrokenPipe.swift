#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Process-wide signal set-up that is not about the screen.
public enum ProcessSignals {
  /// `mssdash snapshot | head -1`: without this, SIGPIPE kills the process in the middle of a
  /// write. Ignored, the write fails with EPIPE instead and the output ends where the reader
  /// stopped, with a clean exit.
  public static func ignoreBrokenPipe() {
    signal(SIGPIPE, SIG_IGN)
  }
}
