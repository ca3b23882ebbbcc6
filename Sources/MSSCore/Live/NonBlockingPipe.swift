#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A pipe whose ends never block and are not inherited by child processes (curl): the wake-up
/// pipes of the live feed and the terminal's signal self-pipe, where a writer must never stall
/// (a signal handler, a flood of updates) and a reader drains what is there.
public enum NonBlockingPipe {
  /// Both ends, or (-1, -1) when the process has no descriptors left.
  public static func make() -> (read: Int32, write: Int32) {
    var fds: [Int32] = [-1, -1]
    guard pipe(&fds) == 0 else { return (-1, -1) }
    for fd in fds {
      _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
      _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
    }
    return (fds[0], fds[1])
  }
}
