#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Polls a data source on a thread of its own and hands what it finds to the screen's
/// thread: the update is queued and a byte is written to a pipe the event loop polls beside
/// the keyboard. A slow server or a large file never holds up a frame or a key.
///
/// The worker sleeps in poll(2) on a control pipe, so it costs nothing between polls, and
/// `refresh` (the `r` key) or `stop` wakes it at once.
public final class LiveFeed: @unchecked Sendable {
  // @unchecked: `queue`, `lastReported` and `running` are guarded by `lock`; `poller` is
  // touched only by the worker thread once started; the pipes are fixed at init.

  public enum Update: Sendable {
    case loaded(LoadedDataset)
    case failed(Diagnostic)
    /// The source is reachable and what is shown is current (clears a transport failure).
    case current
  }

  private let lock = Lock()
  private var queue: [Update] = []
  private var lastReported: Diagnostic??
  private var poller: SourcePoller
  private let interval: Duration?
  private let control: (read: Int32, write: Int32)
  private let wake: (read: Int32, write: Int32)
  private var thread: pthread_t?

  /// `interval`: time between polls; nil polls only on `refresh`.
  public init(poller: SourcePoller, interval: Duration?) {
    self.poller = poller
    self.interval = interval.map { max($0, .milliseconds(50)) }
    control = NonBlockingPipe.make()
    wake = NonBlockingPipe.make()
  }

  deinit {
    for fd in [control.read, control.write, wake.read, wake.write] where fd >= 0 { close(fd) }
  }

  /// Readable when updates are waiting: poll it, then call `takeUpdates`.
  public var wakeDescriptor: Int32 { wake.read }

  /// Starts the worker thread; the first poll comes one interval from now (the caller has
  /// just loaded the data itself).
  public func start() {
    guard thread == nil, control.read >= 0, wake.read >= 0 else { return }
    let context = Unmanaged.passRetained(self).toOpaque()
    var created = pthread_t()
    if pthread_create(&created, nil, liveFeedWorker, context) == 0 {
      thread = created
    } else {
      Unmanaged<LiveFeed>.fromOpaque(context).release()
    }
  }

  /// Asks for a poll now, reading the source even if it seems unchanged.
  public func refresh() { signal(UInt8(ascii: "r")) }

  /// Ends the worker after the poll it may be in. `waiting`: until it has ended; otherwise
  /// it ends by itself (a quitting dashboard must not wait out a slow server's timeout).
  public func stop(waiting: Bool = true) {
    guard let thread else { return }
    signal(UInt8(ascii: "q"))
    if waiting { pthread_join(thread, nil) } else { pthread_detach(thread) }
    self.thread = nil
  }

  /// The updates found since the last call, oldest first; empties the wake pipe.
  public func takeUpdates() -> [Update] {
    var buffer = [UInt8](repeating: 0, count: 64)
    while buffer.withUnsafeMutableBytes({ read(wake.read, $0.baseAddress, $0.count) }) > 0 {}
    return lock.run {
      defer { queue.removeAll(keepingCapacity: false) }
      return queue
    }
  }

  // MARK: Worker

  fileprivate func work() {
    var next = interval.map { ContinuousClock.now + $0 }
    var buffer = [UInt8](repeating: 0, count: 64)
    while true {
      var entry = pollfd(fd: control.read, events: Int16(POLLIN), revents: 0)
      let timeout = next.map(\.pollTimeout) ?? -1
      let ready = poll(&entry, 1, timeout)
      var forced = false
      if ready > 0 {
        let count = buffer.withUnsafeMutableBytes { read(control.read, $0.baseAddress, $0.count) }
        if count <= 0 || buffer.prefix(count).contains(UInt8(ascii: "q")) { return }
        forced = true
      } else if ready < 0 {
        if errno != EINTR { return }
        continue
      }
      if let due = next, ContinuousClock.now >= due {
        // After a stall (a suspended machine) poll once, not once per missed interval.
        next = Swift.max(due + (interval ?? .zero), ContinuousClock.now)
      } else if !forced {
        continue
      }
      report(poller.poll(force: forced), forced: forced)
    }
  }

  /// Queues what the screen needs to hear: new data always; a failure or a recovery only
  /// when it differs from what was said last (or the user asked with `r`).
  private func report(_ outcome: SourcePoller.Outcome, forced: Bool) {
    let update: Update
    let problem: Diagnostic?
    switch outcome {
    case .unchanged: return
    case .loaded(let loaded): (update, problem) = (.loaded(loaded), nil)
    case .failed(let diagnostic): (update, problem) = (.failed(diagnostic), diagnostic)
    case .current: (update, problem) = (.current, nil)
    }
    let worthSaying = lock.run { () -> Bool in
      if case .loaded = update {
      } else if !forced, case .some(let last) = lastReported, last == problem {
        return false
      }
      lastReported = .some(problem)
      queue.append(update)
      return true
    }
    if worthSaying {
      var byte: UInt8 = 1
      _ = write(wake.write, &byte, 1)
    }
  }

  private func signal(_ byte: UInt8) {
    var value = byte
    _ = write(control.write, &value, 1)
  }
}

/// The thread's entry point: takes over the reference `start` retained.
#if canImport(Glibc)
  private func liveFeedWorker(_ context: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
    guard let context else { return nil }
    Unmanaged<LiveFeed>.fromOpaque(context).takeRetainedValue().work()
    return nil
  }
#else
  private func liveFeedWorker(_ context: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer? {
    Unmanaged<LiveFeed>.fromOpaque(context).takeRetainedValue().work()
    return nil
  }
#endif

/// A pthread mutex: MSSCore does without Foundation, and Synchronization's Mutex needs
/// macOS 15.
final class Lock: @unchecked Sendable {
  // @unchecked: the mutex is the synchronisation; it is allocated once and never moves.
  private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

  init() { pthread_mutex_init(mutex, nil) }

  deinit {
    pthread_mutex_destroy(mutex)
    mutex.deallocate()
  }

  func run<T>(_ body: () throws -> T) rethrows -> T {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    return try body()
  }
}
