import MSSCore
import Testing

@Suite struct DateSpecParsingTests {
  private func failure(_ text: String) -> String {
    switch DateSpec.parse(text) {
    case .success(let spec):
      Issue.record("'\(text)' parsed as \(spec)")
      return ""
    case .failure(let error):
      return error.message
    }
  }

  @Test(arguments: [
    ("2024-10-03", DateSpec.Precision.day, "2024-10-03", "2024-10-03"),
    ("2024-10", .month, "2024-10-01", "2024-10-31"),
    ("2024-02", .month, "2024-02-01", "2024-02-29"),
    ("2023-02", .month, "2023-02-01", "2023-02-28"),
    ("2024-Q1", .quarter, "2024-01-01", "2024-03-31"),
    ("2024-Q3", .quarter, "2024-07-01", "2024-09-30"),
    ("2024-Q4", .quarter, "2024-10-01", "2024-12-31"),
    ("2024", .year, "2024-01-01", "2024-12-31"),
  ])
  func everyPrecision(text: String, precision: DateSpec.Precision, start: String, end: String)
    throws
  {
    let date = try spec(text)
    #expect(date.precision == precision)
    #expect(date.start.description == start)
    #expect(date.end.description == end)
    #expect(!date.isRange)
    #expect(!date.approximate)
    #expect(date.description == text)
  }

  @Test(arguments: [
    (
      "2024-12-06/2024-12-11", DateSpec.Precision.day, "2024-12-06", "2024-12-11",
      "2024-12-06/2024-12-11"
    ),
    ("2024-12-06/11", .day, "2024-12-06", "2024-12-11", "2024-12-06/2024-12-11"),
    ("2025-01-03/04", .day, "2025-01-03", "2025-01-04", "2025-01-03/2025-01-04"),
    ("2024-03/06", .month, "2024-03-01", "2024-06-30", "2024-03/2024-06"),
    ("2025-07/09", .month, "2025-07-01", "2025-09-30", "2025-07/2025-09"),
    ("2024-08/2025-02", .month, "2024-08-01", "2025-02-28", "2024-08/2025-02"),
    ("2024-Q3/2024-12-31", .quarter, "2024-07-01", "2024-12-31", "2024-Q3/2024-12-31"),
    ("2022/2024", .year, "2022-01-01", "2024-12-31", "2022/2024"),
  ])
  func ranges(
    text: String, precision: DateSpec.Precision, start: String, end: String, canonical: String
  )
    throws
  {
    let date = try spec(text)
    #expect(date.isRange)
    #expect(date.precision == precision)
    #expect(date.start.description == start)
    #expect(date.end.description == end)
    #expect(date.description == canonical)
    #expect(try spec(canonical) == date)
  }

  @Test func approximate() throws {
    let date = try spec("~2024-10")
    #expect(date.approximate)
    #expect(date.precision == .month)
    #expect(date.description == "~2024-10")
    let range = try spec("~2024-03/06")
    #expect(range.approximate)
    #expect(range.description == "~2024-03/2024-06")
    #expect(try spec(" 2024-10 ") == (try spec("2024-10")))
  }

  @Test func leapDays() throws {
    #expect(try spec("2024-02-29").start.description == "2024-02-29")
    #expect(try spec("2000-02-29").precision == .day)
    #expect(failure("2023-02-29") == "'2023-02-29' is not a real calendar day")
    #expect(failure("1900-02-29") == "'1900-02-29' is not a real calendar day")
  }

  @Test func impossibleDays() {
    #expect(failure("2024-02-30") == "'2024-02-30' is not a real calendar day")
    #expect(failure("2024-04-31") == "'2024-04-31' is not a real calendar day")
    #expect(failure("2024-12-06/2024-12-32") == "'2024-12-32' is not a real calendar day")
  }

  @Test func malformed() {
    let expected =
      "is not a date; expected YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY, a range A/B, or ~ before any"
    for text in [
      "", "24-10-03", "2024-1-3", "2024-13", "2024-00", "2024-Q5", "2024-Q0", "2024-W41",
      "October 2024", "2024/2025/2026", "2024-10-03/", "/2024", "0000", "2024-02-30T10:00",
      "2024-12-06/32", "2024-11/13",
    ] {
      #expect(failure(text).hasSuffix(expected), "\(text)")
    }
  }

  @Test func rangesMustRunForwards() {
    #expect(
      failure("2024-10-03/2024-10-01") == "range '2024-10-03/2024-10-01' ends before it starts")
    #expect(failure("2024-06/03") == "range '2024-06/03' ends before it starts")
    #expect(failure("2025/2024-Q1").contains("ends before it starts"))
  }

  @Test func containsAndOverlaps() throws {
    let week = try spec("2024-09-30/2024-10-06")
    #expect(week.contains(try day(2024, 10, 3)))
    #expect(!week.contains(try day(2024, 10, 7)))
    #expect(week.overlaps(try spec("2024-10-03")))
    #expect(week.overlaps(try spec("2024-Q3")))
    #expect(!week.overlaps(try spec("2024-10-07")))
    #expect(try spec("2024").overlaps(try spec("2024-07-01")))
  }

  @Test func precisionOrder() {
    #expect(DateSpec.Precision.day < .month)
    #expect(DateSpec.Precision.month < .quarter)
    #expect(DateSpec.Precision.quarter < .year)
  }
}
