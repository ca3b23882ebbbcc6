import MSSCore
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs work on a thread with a small stack, as the live-data thread may have one: deep
/// nesting must be refused before any recursion can overflow it.
enum SmallStack {
  private final class Job: @unchecked Sendable {
    // @unchecked: written by the thread, read after pthread_join, which orders the two.
    let body: () -> String?
    var result: String?
    init(_ body: @escaping () -> String?) { self.body = body }
  }

  /// The body's result; `stack` bytes of stack. Nil when the thread could not start.
  static func run(stack: Int, _ body: @escaping () -> String?) -> String?? {
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setstacksize(&attributes, stack)
    let job = Job(body)
    let context = Unmanaged.passRetained(job).toOpaque()
    var thread = pthread_t()
    let status = pthread_create(
      &thread, &attributes,
      { raw in
        #if canImport(Glibc)
          guard let raw else { return nil }
        #endif
        let job = Unmanaged<Job>.fromOpaque(raw).takeRetainedValue()
        job.result = job.body()
        return nil
      }, context)
    guard status == 0 else {
      Unmanaged<Job>.fromOpaque(context).release()
      return nil
    }
    pthread_join(thread, nil)
    return .some(job.result)
  }
}

/// Hostile and broken content, in memory: alias bombs, deep nesting, numbers that overflow or
/// are negative, fractional or not numbers, impossible dates, text of a megabyte. Each is
/// refused quickly with its message and place; none crashes, hangs or overflows a stack.
@Suite struct HardeningBadInputTests {
  /// Refused within two seconds, with `message` in the diagnostic; returns it.
  @discardableResult
  func expectRefused(
    _ text: String, _ message: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) -> Diagnostic? {
    let start = ContinuousClock.now
    let result = load(text)
    let elapsed = ContinuousClock.now - start
    #expect(elapsed < .seconds(2), "took \(elapsed)", sourceLocation: sourceLocation)
    guard case .failure(let diagnostic) = result else {
      Issue.record("loaded; expected \(message)", sourceLocation: sourceLocation)
      return nil
    }
    #expect(
      diagnostic.description.contains(message), "\(diagnostic.description.prefix(300))",
      sourceLocation: sourceLocation)
    return diagnostic
  }

  // MARK: Alias bombs

  /// Billion laughs in block and flow style, a merge key, an anchored key, a million aliases:
  /// all refused at the first anchor, before libyaml expands or compares anything.
  @Test func aliasBombs() throws {
    var block = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    var flow = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    let names = Array("abcdefghij")
    for (previous, name) in zip(names, names.dropFirst()) {
      let aliases = Array(repeating: "*\(previous)", count: 9).joined(separator: ", ")
      block.append("\(name): &\(name) [\(aliases)]")
      flow.append("\(name): &\(name) [\(aliases)]")
    }
    let blockBomb = minimalDataset(block.joined(separator: "\n"))
    let diagnostic = expectRefused(blockBomb, "anchors and aliases such as '&a' are not allowed")
    #expect(diagnostic?.line == 10)
    #expect(diagnostic?.column == 4)
    expectRefused("{" + flow.joined(separator: ", ") + "}", "such as '&a' are not allowed")
    expectRefused(
      minimalDataset("base: &base {id: KE}\ncontributors:\n  - <<: *base\n    name: Kenya"),
      "such as '&base' are not allowed")
    expectRefused(minimalDataset("&key title2: x"), "such as '&key' are not allowed")
    expectRefused(
      "a: &a x\nb: [" + Array(repeating: "*a", count: 1_000_000).joined(separator: ",") + "]",
      "such as '&a' are not allowed")
    // An alias to nothing is refused as well, not looked up.
    expectRefused(minimalDataset("title2: *nothing"), "such as '*nothing' are not allowed")
  }

  /// Tags are not types here: a value tagged `!!binary` or with a made-up tag is text.
  @Test func tagsAreHarmless() throws {
    let loaded = try load(
      minimalDataset(
        "contributors:\n  - id: KE\n    name: !!binary SGVsbG8=\n    note: !evil/object x")
    )
    .get()
    #expect(loaded.dataset.contributors.first?.name == "SGVsbG8=")
  }

  // MARK: Deep nesting

  static let deep = 10_000

  /// Ten thousand nested lists and maps in every style, refused at libyaml's lowered limit on
  /// a thread with a 512 KiB stack (a debug build's frames are the largest).
  @Test(
    arguments: [
      ("flow lists", String(repeating: "[", count: deep) + String(repeating: "]", count: deep)),
      ("unclosed lists", String(repeating: "[", count: deep)),
      (
        "flow maps",
        String(repeating: "{a: ", count: deep) + "1" + String(repeating: "}", count: deep)
      ),
      (
        "JSON objects",
        "{\"schema\": 1, \"x\": " + String(repeating: "{\"a\": ", count: deep) + "1"
          + String(repeating: "}", count: deep) + "}"
      ),
      (
        "JSON arrays",
        "[" + String(repeating: "[1, ", count: deep) + String(repeating: "]", count: deep + 1)
      ),
      (
        "mixed",
        String(repeating: "[{a: ", count: deep / 2) + "1" + String(repeating: "}]", count: deep / 2)
      ),
      ("compact block lists", "sources:\n  " + String(repeating: "- ", count: deep) + "x\n"),
      (
        "indented block maps",
        "schema: 1\nsources:\n"
          + (1...1_000).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n")
      ),
      (
        "indented block lists",
        "sources:\n"
          + (1...1_000).map { String(repeating: " ", count: $0) + "-" }.joined(separator: "\n")
      ),
    ])
  func deepNestingIsRefused(style: String, text: String) throws {
    let outcome = SmallStack.run(stack: 512 * 1024) {
      let start = ContinuousClock.now
      let result = load(text)
      let elapsed = ContinuousClock.now - start
      guard elapsed < .seconds(2) else { return "took \(elapsed)" }
      return result.failureDescription ?? "loaded"
    }
    let message = try #require(outcome, "the thread did not start") ?? ""
    #expect(message.contains("nested more than 64 levels deep"), "\(style): \(message)")
    #expect(message.hasPrefix("test.yaml:"), "\(style): \(message)")
    #expect(!message.hasPrefix("test.yaml: "), "\(style): a line and column: \(message)")
  }

  /// The real datasets nest eight levels at most; a dozen is still fine.
  @Test func ordinaryNestingLoads() throws {
    let nested = String(repeating: "[", count: 12) + String(repeating: "]", count: 12)
    let loaded = try load(minimalDataset("extra: " + nested)).get()
    #expect(loaded.warnings.contains { $0.message.contains("extra") })
  }

  // MARK: Numbers and dates

  func observation(value: String, date: String = "2024-10-11", unit: String = "count") -> String {
    minimalDataset(
      """
      metrics:
        - id: m
          name: M
          unit: \(unit)
          observations:
            - value: \(value)
              date: \(date)
              source: src
              quote: q
      """)
  }

  @Test(
    arguments: [
      ("99999999999999999999999999", "is too large (the limit is 10^15)"),
      ("9223372036854775808", "is too large (the limit is 10^15)"),
      ("1e400", "is not a quantity"),
      ("about 1e308", "is not a quantity"),
      ("-5", "is negative; figures count things, so ≥ 0"),
      ("-0", "is negative"),
      ("'at least -3'", "is negative"),
      ("1.5", "is fractional; a count must be a whole number"),
      ("0.000000001", "is fractional"),
      (".nan", "is not a finite number"),
      ("NaN", "is not a finite number"),
      (".inf", "is not a finite number"),
      ("-.inf", "is not a finite number"),
      ("0x10", "is not a quantity"),
      ("''", "is not a quantity"),
      ("'~'", "is not a quantity"),
      ("'5%'", "is a percentage, but this field holds a count"),
    ])
  func badNumbers(value: String, message: String) throws {
    let diagnostic = expectRefused(observation(value: value), message)
    #expect(diagnostic?.path == "metrics[0].observations[0].value")
    #expect(diagnostic?.line == 15)
    #expect(diagnostic?.column == 16)
  }

  @Test(
    arguments: [
      ("2024-02-30", "'2024-02-30' is not a real calendar day"),
      ("2023-02-29", "'2023-02-29' is not a real calendar day"),
      ("2024-13-01", "is not a real calendar day"),
      ("2024-00-10", "is not a real calendar day"),
      ("2024-04-31", "is not a real calendar day"),
      ("0000-01-01", "is not a real calendar day"),
      ("2024-Q5", "is not a date"),
      ("99999-01-01", "is not a date"),
      ("2024-1-1", "is not a date"),
      ("'~~2024'", "is not a date"),
      ("2024-10-11/2024-10-01", "ends before it starts"),
      ("''", "is not a date"),
    ])
  func impossibleDates(date: String, message: String) throws {
    let diagnostic = expectRefused(observation(value: "5", date: date), message)
    #expect(diagnostic?.path == "metrics[0].observations[0].date")
    #expect(diagnostic?.line == 16)
  }

  /// 29 February of a leap year is a real day.
  @Test func leapDayLoads() throws {
    #expect((try? load(observation(value: "5", date: "2024-02-29")).get()) != nil)
  }

  // MARK: Text of a megabyte

  static let megabyte = 1 << 20

  @Test(arguments: [
    ("title: Test", "title"), ("name: M", "metrics[0].name"),
    ("quote: q", "metrics[0].observations[0].quote"),
  ])
  func aMegabyteOfTextIsRefusedQuickly(field: String, path: String) throws {
    let big = String(repeating: "x", count: Self.megabyte)
    let key = field.prefix { $0 != ":" }
    let text = observation(value: "5").replacingOccurrences(field, with: "\(key): \"\(big)\"")
    #expect(text.utf8.count > Self.megabyte, "the field was replaced")
    let diagnostic = expectRefused(text, "text of 1048576 bytes is too long")
    #expect((diagnostic?.line ?? 0) > 0)
    #expect(diagnostic?.path == path)
    // The message does not quote the megabyte back.
    #expect((diagnostic?.description.utf8.count ?? 0) < 300)
  }

  /// The fast path for JSON meets the same limit; so does wide text (three bytes a character).
  @Test func aMegabyteInJSONOrCJKIsRefused() throws {
    let json = """
      {"schema": 1, "id": "t", "title": "\(String(repeating: "y", count: Self.megabyte))",
       "mission": "M", "sources": [{"id": "s", "publisher": "P", "title": "T"}]}
      """
    expectRefused(json, "is too long")
    let wide = minimalDataset().replacingOccurrences(
      "title: Test", with: "title: \(String(repeating: "漢", count: Self.megabyte / 3))")
    expectRefused(wide, "is too long")
  }

  @Test func textUpToTheLimitLoads() throws {
    let text = String(repeating: "x", count: 10_000)
    let loaded = try load(
      minimalDataset().replacingOccurrences("title: Test", with: "title: \(text)")
    ).get()
    #expect(loaded.dataset.title == text)
    expectRefused(
      minimalDataset().replacingOccurrences("title: Test", with: "title: \(text)z"),
      "text of 10001 bytes is too long; a field holds at most 10000")
  }

  /// A key of a megabyte, a comment of a megabyte, a million short lines: quick either way.
  @Test func otherLargeShapesAreQuick() throws {
    let big = String(repeating: "k", count: Self.megabyte)
    expectRefused(minimalDataset("\(big): 1"), "test.yaml:")
    let start = ContinuousClock.now
    #expect((try? load(minimalDataset("# \(big)")).get()) != nil)
    let comments = (0..<100_000).map { "# line \($0)" }.joined(separator: "\n")
    #expect((try? load(minimalDataset(comments)).get()) != nil)
    let elapsed = ContinuousClock.now - start
    #expect(elapsed < .seconds(4), "took \(elapsed)")
  }
}
