import MSSCore

/// When the next tick is due, on the monotonic clock (a wall-clock jump does not matter).
struct TickSchedule {
  let interval: Duration
  private(set) var next: ContinuousClock.Instant

  init(milliseconds: Int) {
    interval = .milliseconds(max(10, milliseconds))
    next = ContinuousClock.now + interval
  }

  /// For poll: 0 when due, rounded up so a wait never ends just before the tick.
  func millisecondsToNext() -> Int32 {
    next.pollTimeout
  }

  /// True once per interval; after a long stall (a suspended process) it does not catch up
  /// with a burst of ticks.
  mutating func isDue() -> Bool {
    let now = ContinuousClock.now
    guard now >= next else { return false }
    next += interval
    if next <= now { next = now + interval }
    return true
  }
}

extension TickSchedule {
  /// The instant of the next tick, for a driver's `nextDeadline`.
  var deadline: ContinuousClock.Instant { next }

  /// Starts counting the interval again from now (a panel a user just saw should not leave
  /// at once).
  mutating func restart() {
    self = TickSchedule(interval: interval)
  }

  init(interval: Duration) {
    let (seconds, attoseconds) = interval.components
    self.init(milliseconds: Int(seconds * 1000 + attoseconds / 1_000_000_000_000_000))
  }
}
