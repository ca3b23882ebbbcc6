import MSSCore

/// The kiosk's clock: "Sun 29 Nov 14:05". Minutes only, so the screen changes once a minute
/// and an idle kiosk writes a few bytes a minute; the day, because a wall screen is read by
/// people who may not know what day the data is from.
enum ClockText {
  static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
  static let months = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  static func format(_ time: WallTime) -> String {
    let weekday = weekdays[time.day.weekdayIndex]
    return "\(weekday) \(time.day.day) \(month(time.day)) \(hoursAndMinutes(time))"
  }

  static func hoursAndMinutes(_ time: WallTime) -> String {
    (time.hour < 10 ? "0" : "") + "\(time.hour):" + (time.minute < 10 ? "0" : "") + "\(time.minute)"
  }

  static func month(_ day: Day) -> String { months[min(max(day.month, 1), 12) - 1] }

  /// Seconds from `time` to the start of the next minute, when the clock next changes.
  static func secondsToNextMinute(_ time: WallTime) -> Int {
    max(1, 60 - min(max(time.second, 0), 59))
  }
}

/// A local time of day on a day: LocalClock's reading, in a form tests can write.
struct WallTime: Equatable {
  let day: Day
  let hour: Int
  let minute: Int
  let second: Int

  init(day: Day, hour: Int, minute: Int, second: Int = 0) {
    self.day = day
    self.hour = hour
    self.minute = minute
    self.second = second
  }

  init(_ time: LocalClock.Time) {
    self.init(day: time.day, hour: time.hour, minute: time.minute, second: time.second)
  }

  static func now() -> WallTime { WallTime(LocalClock.now()) }
}
