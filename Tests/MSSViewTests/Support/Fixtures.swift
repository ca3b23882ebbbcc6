import MSSCore

@testable import MSSView

/// Fixed inputs, so screens do not change with the calendar.
enum Fixtures {
  /// "Today" for every golden screen.
  static let today = Day(year: 2026, month: 11, day: 29) ?? Day(ordinal: 0)
  /// The seed article's date.
  static let articleDay = Day(year: 2024, month: 10, day: 11) ?? Day(ordinal: 0)

  static func dataset(_ bundled: BundledDataset) -> Dataset? {
    try? bundled.load().get().dataset
  }

  static func model(
    _ bundled: BundledDataset = .seed, asOf: Day? = articleDay, width: Int = 80, height: Int = 24
  ) -> AppModel? {
    guard let dataset = dataset(bundled) else { return nil }
    var model = AppModel(dataset: dataset, asOf: asOf, today: today)
    model.resize(width: width, height: height)
    return model
  }

  static func day(_ text: String) -> Day {
    Day.parse(text) ?? Day(ordinal: 0)
  }
}
