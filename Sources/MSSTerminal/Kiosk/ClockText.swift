import MSSCore

/// The kiosk's clock: "Sun 29 Nov 14:05". Minutes only, so the screen changes once a minute
/// and an idle kiosk writes a few bytes a minute; the day, because a wall screen is read by
/// people who may not know what day the data is from.
enum ClockText {
  static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
  static let months = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  static func format(_ time: LocalClock.Time) -> String {
    let weekday = weekdays[time.day.weekdayIndex]
    return "\(weekday) \(time.day.day) \(month(time.day)) \(hoursAndMinutes(time))"
  }

  static func hoursAndMinutes(_ time: LocalClock.Time) -> String {
    (time.hour < 10 ? "0" : "") + "\(time.hour):" + (time.minute < 10 ? "0" : "") + "\(time.minute)"
  }

  static func month(_ day: Day) -> String { months[min(max(day.month, 1), 12) - 1] }

  /// Seconds from `time` to the start of the next minute, when the clock next changes.
  static func secondsToNextMinute(_ time: LocalClock.Time) -> Int {
    max(1, 60 - min(max(time.second, 0), 59))
  }
}
