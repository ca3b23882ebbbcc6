import CNcurses
import MSSView

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Something the event loop must handle.
enum TerminalEvent: Hashable, Sendable {
  case key(Key)
  case signal(SignalEvents.Event)
  /// The terminal went away (input closed or in error): leave without drawing.
  case hangup
  /// The session driver's descriptor is readable (the live feed has news).
  case wake
}

/// Waiting for keys and signals, and following the size.
extension Terminal {
  /// Follows the kernel's terminal size; true when it changed.
  @discardableResult
  func updateSize() -> Bool {
    var rows: Int32 = 0
    var cols: Int32 = 0
    guard mss_window_size(STDOUT_FILENO, &rows, &cols) == 0 else { return false }
    guard Int(rows) != height || Int(cols) != width else { return false }
    resizeterm(rows, cols)
    // resizeterm marks the window changed; left so, the next wget_wch would refresh it with
    // stale contents before the new layout is drawn.
    wtouchln(window, 0, getmaxy(window), 0)
    width = Int(getmaxx(window))
    height = Int(getmaxy(window))
    return true
  }

  /// Blocks (zero CPU) until a key, a signal, `wake` is readable, or `timeout` milliseconds
  /// (-1: no timeout); a timeout returns no events.
  func nextEvents(timeout: Int32, wake: Int32? = nil) -> [TerminalEvent] {
    var fds = [
      pollfd(fd: signals.fileDescriptor, events: Int16(POLLIN), revents: 0),
      pollfd(fd: fileno(input), events: Int16(POLLIN), revents: 0),
    ]
    if let wake { fds.append(pollfd(fd: wake, events: Int16(POLLIN), revents: 0)) }
    let ready = poll(&fds, nfds_t(fds.count), timeout)
    if ready == 0 { return [] }
    // Anything but a signal's interruption would fail again at once: stop instead of spinning.
    if ready < 0, errno != EINTR { return [.hangup] }
    var events = signals.drain().map { TerminalEvent.signal($0) }
    if fds.count > 2, fds[2].revents != 0 { events.append(.wake) }
    let inputState = ready > 0 ? fds[1].revents : 0
    if inputState & Int16(POLLIN) != 0 {
      let (keys, readSomething) = readKeys()
      events += keys.map { .key($0) }
      emptyReads = readSomething ? 0 : emptyReads + 1
    }
    if inputState & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 || emptyReads > 20 {
      events.append(.hangup)
    }
    return events
  }

  /// Everything typed so far, without waiting (an Esc still waits ESCDELAY for a sequence).
  private func readKeys() -> (keys: [Key], readSomething: Bool) {
    var keys: [Key] = []
    var readSomething = false
    wtimeout(window, 0)
    for _ in 0..<4096 {
      var code: wint_t = 0
      let status = wget_wch(window, &code)
      if status == ERR { break }
      readSomething = true
      if status == KEY_CODE_YES, Int32(bitPattern: code) == KEY_MOUSE {
        var event = MEVENT()
        if getmouse(&event) == OK, let key = KeyDecoder.mouse(event.bstate, x: event.x, y: event.y)
        {
          keys.append(key)
        }
        continue
      }
      if let key = KeyDecoder.key(status: status, code: code) { keys.append(key) }
    }
    return (keys, readSomething)
  }
}
