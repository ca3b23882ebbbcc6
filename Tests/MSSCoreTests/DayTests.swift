import MSSCore
import Testing

@Suite struct DayTests {
  @Test func leapYears() {
    #expect(Day.isLeap(2024))
    #expect(!Day.isLeap(2023))
    #expect(!Day.isLeap(1900))
    #expect(Day.isLeap(2000))
    #expect(!Day.isLeap(2100))
    #expect(Day.daysIn(month: 2, year: 2024) == 29)
    #expect(Day.daysIn(month: 2, year: 2025) == 28)
    #expect(Day.daysIn(month: 4, year: 2024) == 30)
    #expect(Day.daysIn(month: 12, year: 2024) == 31)
  }

  @Test func impossibleDaysAreRejected() {
    #expect(Day(year: 2024, month: 2, day: 30) == nil)
    #expect(Day(year: 2023, month: 2, day: 29) == nil)
    #expect(Day(year: 1900, month: 2, day: 29) == nil)
    #expect(Day(year: 2024, month: 4, day: 31) == nil)
    #expect(Day(year: 2024, month: 13, day: 1) == nil)
    #expect(Day(year: 2024, month: 0, day: 1) == nil)
    #expect(Day(year: 2024, month: 1, day: 0) == nil)
    #expect(Day(year: 0, month: 1, day: 1) == nil)
    #expect(Day(year: 10_000, month: 1, day: 1) == nil)
    #expect(Day(year: 2024, month: 2, day: 29) != nil)
    #expect(Day(year: 2000, month: 2, day: 29) != nil)
  }

  @Test func parsingIsStrict() throws {
    #expect(Day.parse("2024-10-11") == (try day(2024, 10, 11)))
    #expect(Day.parse("2024-02-30") == nil)
    #expect(Day.parse("2024-1-03") == nil)
    #expect(Day.parse("24-10-11") == nil)
    #expect(Day.parse("2024-10") == nil)
    #expect(Day.parse("2024/10/11") == nil)
    #expect(Day.parse("2024-10-11T00:00") == nil)
  }

  @Test func ordinalsCountFromTheEpoch() throws {
    #expect(try day(1970, 1, 1).ordinal == 0)
    #expect(try day(1969, 12, 31).ordinal == -1)
    #expect(try day(2024, 10, 11).ordinal == 20_007)
    for ordinal in stride(from: -800_000, through: 2_900_000, by: 997) {
      #expect(Day(ordinal: ordinal).ordinal == ordinal)
    }
  }

  @Test func arithmeticCrossesMonthsLeapDaysAndYears() throws {
    #expect(try day(2024, 2, 28).adding(days: 1) == (try day(2024, 2, 29)))
    #expect(try day(2024, 2, 28).adding(days: 2) == (try day(2024, 3, 1)))
    #expect(try day(2023, 2, 28).adding(days: 1) == (try day(2023, 3, 1)))
    #expect(try day(2024, 12, 31).adding(days: 1) == (try day(2025, 1, 1)))
    #expect(try day(2024, 10, 11).adding(days: -11) == (try day(2024, 9, 30)))
  }

  @Test func weekdays() throws {
    #expect(try day(2024, 10, 11).weekdayIndex == 4, "a Friday")
    #expect(try day(2024, 10, 7).weekdayIndex == 0, "a Monday")
    #expect(try day(2024, 10, 13).weekdayIndex == 6, "a Sunday")
    #expect(try day(1969, 12, 31).weekdayIndex == 2, "a Wednesday, before the epoch")
    #expect(try day(2025, 1, 3).weekdayIndex == 4, "Guatemalans arrived on a Friday")
  }

  @Test func ordering() throws {
    #expect(try day(2024, 9, 30) < (try day(2024, 10, 1)))
    #expect(try day(2023, 12, 31) < (try day(2024, 1, 1)))
    #expect(try !(day(2024, 10, 11) < day(2024, 10, 11)))
  }

  @Test func textForms() throws {
    #expect(try day(2024, 10, 11).description == "2024-10-11")
    #expect(try day(5, 3, 7).description == "0005-03-07")
    #expect(try day(2024, 10, 11).display == "11 Oct 2024")
    #expect(try day(2025, 1, 3).display == "3 Jan 2025")
  }
}
