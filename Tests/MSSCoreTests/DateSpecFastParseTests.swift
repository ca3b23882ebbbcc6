import Testing

@testable import MSSCore

/// `DateSpec.fastParse` reads the common notation at start; `generalParse` is the definition.
/// Wherever the fast path answers, both must give the same date.
@Suite struct DateSpecFastParseTests {
  private func agrees(_ text: String) -> Bool {
    DateSpec.fastParse(text).map { .success($0) == DateSpec.generalParse(text) } ?? true
  }

  @Test func everyBundledDateAgreesAndIsFast() throws {
    let dates = try FastPathInputs.bundledScalars(for: ["date", "published"])
    #expect(dates.count > 100)
    for text in dates {
      #expect(agrees(text), "\(text)")
      // Sources' days are read by `YAMLField.day()`; everything else here takes the fast path.
      #expect(DateSpec.fastParse(text) != nil, "\(text)")
      // Sources' days (`YAMLField.day()`) take the same fast path as `Day.parse`'s equal.
      if case .day(let day)? = DateSpec.fastPeriod(text.utf8[...]) {
        #expect(day == Day.parse(text), "\(text)")
      }
    }
  }

  /// Every precision, ranges, short ends, approximate dates, and impossible ones.
  @Test func generatedDatesAgree() {
    let periods = [
      "2024", "0001", "0000", "9999", "2024-Q1", "2024-Q4", "2024-Q0", "2024-Q5", "2024-q3",
      "2024-01", "2024-12", "2024-00", "2024-13", "2024-02-29", "2023-02-29", "1900-02-29",
      "2000-02-29", "2024-10-03", "2024-10-31", "2024-11-31", "2024-10-00", "2024-1-03",
    ]
    let ends = [
      "", "/2025", "/2024-Q3", "/2024-12", "/2024-12-31", "/06", "/11", "/13", "/00",
      "/31", "/2023", "/", "/2024-10-03/2025",
    ]
    var fast = 0
    for approximate in ["", "~"] {
      for period in periods {
        for end in ends {
          let text = approximate + period + end
          #expect(agrees(text), "\(text)")
          if DateSpec.fastParse(text) != nil { fast += 1 }
        }
      }
    }
    #expect(fast > 100)
  }

  @Test func mutatedDatesAgree() throws {
    let seeds =
      try FastPathInputs.bundledScalars(for: ["date", "published"]) + [
        "~2024-03/06", "2024-12-06/11", "2024-08/2025-02", "2024-Q3/2024-12-31", "~2024-10",
      ]
    let inputs = FastPathInputs.mutated(seeds, count: 600, seed: 9)
    var fast = 0
    for text in inputs {
      #expect(agrees(text), "\(text.debugDescription)")
      if DateSpec.fastParse(text) != nil { fast += 1 }
    }
    #expect(fast > 50)
  }

  /// Errors are the general path's, with its messages.
  @Test(arguments: [
    "2024-02-30", "2024-12-11/06", "2024/06", "2024-Q3/13", " 2024-10-03", "2024-10-03 ",
    "2024-10-03/2024-10-01", "~~2024", "2024–10",
  ])
  func leftToTheGeneralPath(text: String) {
    #expect(DateSpec.fastParse(text) == nil)
    #expect(DateSpec.parse(text) == DateSpec.generalParse(text))
  }
}
