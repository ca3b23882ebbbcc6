#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Restores the terminal when the process crashes (segfault, abort, a Swift trap), then lets the
/// crash go on to the handler that was there before (Swift's backtracer) or the default.
///
/// `endwin` is not async-signal-safe, so the handler replays bytes captured at start-up
/// (sgr0, cnorm, rmkx, mouse off, rmcup) with write(2), puts back the saved tty modes with
/// tcsetattr(3), hands back the held stderr, and prints one line saying what happened.
enum CrashGuard {
  static let signals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

  /// Records how to restore the terminal and installs the handlers.
  @MainActor
  static func arm(terminalFD: Int32, modes: termios?, resetSequence: [UInt8]) {
    let state = CrashState.shared
    let length = min(resetSequence.count, CrashState.resetCapacity)
    resetSequence.withUnsafeBufferPointer { bytes in
      if let base = bytes.baseAddress { state.reset.update(from: base, count: length) }
    }
    state.resetLength.pointee = length
    if let modes { state.modes.pointee = modes }
    state.words[CrashState.hasModes] = modes == nil ? 0 : 1
    state.words[CrashState.terminalFD] = terminalFD
    for signal in signals {
      state.writeMessage(for: signal)
      var action = sigaction()
      action.__sigaction_handler.sa_handler = handleCrash
      sigemptyset(&action.sa_mask)
      // On the alternate stack, so a stack overflow can still restore the terminal.
      action.sa_flags = SA_ONSTACK
      sigaction(signal, &action, state.previous + Int(signal))
    }
    ensureAlternateStack()
    state.words[CrashState.armed] = 1
  }

  /// Puts back the handlers that were there before `arm`.
  @MainActor
  static func disarm() {
    let state = CrashState.shared
    guard state.words[CrashState.armed] == 1 else { return }
    state.words[CrashState.armed] = 0
    for signal in signals { sigaction(signal, state.previous + Int(signal), nil) }
  }

  /// Where stderr is held while curses owns the screen (see `StderrCapture`); -1 for none.
  @MainActor
  static func noteStderr(captureFD: Int32, originalFD: Int32) {
    CrashState.shared.words[CrashState.captureFD] = captureFD
    CrashState.shared.words[CrashState.originalStderrFD] = originalFD
  }

  /// Swift's runtime gives the main thread an alternate signal stack; make sure one exists.
  private static func ensureAlternateStack() {
    var current = stack_t()
    guard sigaltstack(nil, &current) == 0, current.ss_flags & Int32(SS_DISABLE) != 0 else { return }
    let size = 64 * 1024
    var stack = stack_t()
    stack.ss_sp = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
    stack.ss_size = size
    stack.ss_flags = 0
    sigaltstack(&stack, nil)
  }
}

/// The crash handler. Only async-signal-safe calls on memory prepared in advance.
private func handleCrash(_ signal: Int32) {
  let state = CrashState.shared
  let words = state.words
  if words[CrashState.armed] == 1 {
    words[CrashState.armed] = 0
    let terminal = words[CrashState.terminalFD]
    _ = write(terminal, state.reset, state.resetLength.pointee)
    if words[CrashState.hasModes] == 1 { tcsetattr(terminal, TCSANOW, state.modes) }
    let capture = words[CrashState.captureFD]
    let original = words[CrashState.originalStderrFD]
    if capture >= 0, original >= 0 {
      dup2(original, STDERR_FILENO)
      var offset: off_t = 0
      while offset < 1 << 20 {
        let count = pread(capture, state.scratch, CrashState.scratchCapacity, offset)
        if count <= 0 { break }
        _ = write(STDERR_FILENO, state.scratch, count)
        offset += off_t(count)
      }
    }
    if (0..<CrashState.signalSlots).contains(Int(signal)) {
      let slot = state.messages + Int(signal) * CrashState.messageCapacity
      _ = write(STDERR_FILENO, slot, strlen(slot))
    }
  }
  if (0..<CrashState.signalSlots).contains(Int(signal)) {
    sigaction(signal, state.previous + Int(signal), nil)
  }
  // Pending until this handler returns, then delivered to the previous handler (or the default).
  raise(signal)
}

/// Memory the crash handler reads: allocated once, filled on the main thread before the
/// handlers are armed, never freed, so the handler needs no allocation, lock or Swift runtime.
final class CrashState: @unchecked Sendable {
  static let shared = CrashState()

  static let resetCapacity = 256
  static let scratchCapacity = 4096
  static let signalSlots = 65
  static let messageCapacity = 96
  // Indexes into `words`.
  static let armed = 0
  static let terminalFD = 1
  static let hasModes = 2
  static let captureFD = 3
  static let originalStderrFD = 4

  let reset = UnsafeMutablePointer<UInt8>.allocate(capacity: resetCapacity)
  let resetLength = UnsafeMutablePointer<Int>.allocate(capacity: 1)
  let modes = UnsafeMutablePointer<termios>.allocate(capacity: 1)
  let words = UnsafeMutablePointer<Int32>.allocate(capacity: 5)
  let previous = UnsafeMutablePointer<sigaction>.allocate(capacity: signalSlots)
  let messages = UnsafeMutablePointer<CChar>.allocate(capacity: signalSlots * messageCapacity)
  let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: scratchCapacity)

  private init() {
    resetLength.initialize(to: 0)
    modes.initialize(to: termios())
    words.initialize(repeating: -1, count: 5)
    words[Self.armed] = 0
    words[Self.hasModes] = 0
    previous.initialize(repeating: sigaction(), count: Self.signalSlots)
    messages.initialize(repeating: 0, count: Self.signalSlots * Self.messageCapacity)
    scratch.initialize(repeating: 0, count: Self.scratchCapacity)
  }

  /// The line printed after the terminal is restored, e.g. "mssdash: crashed (SIGSEGV)".
  func writeMessage(for signal: Int32) {
    guard (0..<Self.signalSlots).contains(Int(signal)) else { return }
    let text = "\nmssdash: crashed (\(Self.name(of: signal))); the terminal was restored\n"
    let bytes = Array(text.utf8.prefix(Self.messageCapacity - 1))
    let slot = messages + Int(signal) * Self.messageCapacity
    for (index, byte) in bytes.enumerated() { slot[index] = CChar(bitPattern: byte) }
    slot[bytes.count] = 0
  }

  static func name(of signal: Int32) -> String {
    switch signal {
    case SIGSEGV: return "SIGSEGV, invalid memory access"
    case SIGBUS: return "SIGBUS, bus error"
    case SIGILL: return "SIGILL, a failed check or illegal instruction"
    case SIGTRAP: return "SIGTRAP, a failed check"
    case SIGABRT: return "SIGABRT, aborted"
    case SIGFPE: return "SIGFPE, arithmetic error"
    default: return "signal \(signal)"
    }
  }
}
