import MSSCore

/// `--history`: the as-of date steps through the days on which the picture changed, oldest
/// first, then holds on today.
enum HistoryPlan {
  /// The first day shown.
  static func start(_ dataset: Dataset, today: Day) -> Day {
    dataset.changeDays.first { $0 <= today } ?? today
  }

  /// The day after `current`, or nil to hold (on today, or past the data).
  static func next(after current: Day, in dataset: Dataset, today: Day) -> Day? {
    guard current < today else { return nil }
    let later = dataset.changeDays.first { $0 > current && $0 < today }
    return later ?? today
  }
}
