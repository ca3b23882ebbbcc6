#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The wall clock, in the local time zone, without Foundation.
public enum LocalClock {
  public struct Time: Sendable, Equatable {
    public let day: Day
    public let hour: Int
    public let minute: Int
    public let second: Int
  }

  public static func now() -> Time {
    var seconds = time(nil)
    var parts = tm()
    localtime_r(&seconds, &parts)
    let day =
      Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
      ?? Day(ordinal: Int(seconds) / 86_400)
    return Time(
      day: day, hour: Int(parts.tm_hour), minute: Int(parts.tm_min), second: Int(parts.tm_sec))
  }

  public static func today() -> Day { now().day }
}
