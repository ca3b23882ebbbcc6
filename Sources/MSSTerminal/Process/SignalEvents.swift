import MSSCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Signals as events: the handlers only write the signal's number into a pipe, and the event
/// loop, which polls the pipe beside the keyboard, acts on it. No curses call happens in a
/// handler (htop's `CRT_handleSIGTERM` calls `CRT_done` there; we do not).
@MainActor
final class SignalEvents {
  enum Event: Hashable, Sendable {
    /// SIGINT, SIGTERM, SIGHUP (a dropped SSH session) or SIGQUIT: leave cleanly.
    case terminate(Int32)
    /// SIGWINCH: installed before `newterm`, so ncurses leaves the size to us.
    case resize
    /// SIGCONT: back from Ctrl-Z; the size may have changed meanwhile.
    case resumed
  }

  static let terminating: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
  static let watched: [Int32] = terminating + [SIGWINCH, SIGCONT]

  private var previous: [Int32: sigaction] = [:]

  /// The end the event loop polls.
  var fileDescriptor: Int32 { SignalPipe.ends.read }

  /// Installs the handlers. Must run before `newterm`: ncurses only catches SIGINT, SIGTERM and
  /// SIGWINCH itself when they are still at their defaults, and its SIGINT handler exits 1.
  func install() {
    // Without the pipe a handler could not report anything: leave the defaults in place.
    guard SignalPipe.ends.read >= 0 else { return }
    var unblock = sigset_t()
    sigemptyset(&unblock)
    for signal in Self.watched {
      var action = sigaction()
      action.__sigaction_handler.sa_handler = forwardSignal
      sigemptyset(&action.sa_mask)
      action.sa_flags = SA_RESTART
      var old = sigaction()
      if sigaction(signal, &action, &old) == 0 { previous[signal] = old }
      sigaddset(&unblock, signal)
    }
    // A blocked mask is inherited across exec: a parent that blocked SIGINT or SIGTERM would
    // otherwise leave the dashboard deaf to them.
    sigprocmask(SIG_UNBLOCK, &unblock, nil)
  }

  /// Puts back whatever handlers were there before `install` (htop's CRT_resetSignalHandlers).
  func restore() {
    for (signal, old) in previous {
      var action = old
      sigaction(signal, &action, nil)
    }
    previous = [:]
  }

  /// The signals received since the last call, oldest first.
  func drain() -> [Event] {
    var events: [Event] = []
    var buffer = [UInt8](repeating: 0, count: 64)
    while true {
      let count = buffer.withUnsafeMutableBytes {
        read(SignalPipe.ends.read, $0.baseAddress, $0.count)
      }
      guard count > 0 else { break }
      for byte in buffer.prefix(count) {
        let signal = Int32(byte)
        switch signal {
        case SIGWINCH: events.append(.resize)
        case SIGCONT: events.append(.resumed)
        default: events.append(.terminate(signal))
        }
      }
    }
    return events
  }
}

/// The self-pipe, both ends non-blocking: a flood of signals can never block a handler.
enum SignalPipe {
  static let ends = NonBlockingPipe.make()
}

/// The handler: async-signal-safe (one write(2)), errno preserved for the code it interrupted.
private func forwardSignal(_ signal: Int32) {
  let savedErrno = errno
  var byte = UInt8(truncatingIfNeeded: signal)
  _ = write(SignalPipe.ends.write, &byte, 1)
  errno = savedErrno
}
