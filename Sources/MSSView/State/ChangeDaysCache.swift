import MSSCore
import Synchronization

/// The days on which the picture changed (`Dataset.changeDays`), for `[` and `]`, worked out
/// at the first step rather than at start: the first frame never needs them.
final class ChangeDaysCache: Sendable {
  // Models are Sendable values, and copies of one share this cache: the days are behind a
  // mutex, worked out once per dataset.
  private let dataset: Dataset?
  private let days = Mutex<[Day]?>(nil)

  init(_ dataset: Dataset? = nil) {
    self.dataset = dataset
  }

  var value: [Day] {
    days.withLock { days in
      if let days { return days }
      let found = dataset?.changeDays ?? []
      days = found
      return found
    }
  }
}
