extension ContinuousClock.Instant {
  /// poll(2)'s timeout until this instant: 0 when it has passed, otherwise milliseconds rounded
  /// up, so a wait never ends just before the deadline and spins once more.
  public var pollTimeout: Int32 {
    let remaining = ContinuousClock.now.duration(to: self)
    guard remaining > .zero else { return 0 }
    let (seconds, attoseconds) = remaining.components
    return Int32(
      clamping: seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000)
  }
}
