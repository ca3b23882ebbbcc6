import MSSCore
import Testing

@testable import MSSView

@Suite struct SnapshotMarkdownTests {
  @Test func escapesMarkdownAndControlCharacters() {
    #expect(MarkdownText.escape("a|b*c_d") == "a\\|b\\*c\\_d")
    #expect(MarkdownText.escape("<b>[x](y)") == "\\<b>\\[x\\](y)")
    #expect(MarkdownText.escape("~2,900 $5") == "\\~2,900 \\$5")
    #expect(MarkdownText.escape("\u{1B}[31m") == "\u{FFFD}\\[31m")
    #expect(MarkdownText.escape("two\nlines") == "two lines")
  }

  @Test func aHostileContributorNameStaysInItsCell() {
    let model = SnapshotFixtures.model(SnapshotFixtures.conflicting, asOf: SnapshotFixtures.seedDay)
    let report = SnapshotWriter.render(
      model, format: .markdown, width: 100, height: 30, theme: DefaultThemes.dark)
    #expect(!report.contains("\u{1B}"))
    #expect(report.contains("Evil \\| Co \u{FFFD}\\[31m\\*red\\*"))
    // Every row of a table has as many cell separators as its header.
    var columns: Int?
    for line in report.split(separator: "\n", omittingEmptySubsequences: false) {
      guard line.hasPrefix("|") else {
        columns = nil
        continue
      }
      let separators = Self.unescapedPipes(String(line))
      if let columns {
        #expect(separators == columns, "\(line)")
      } else {
        columns = separators
      }
    }
  }

  @Test func conflictsShowBothValuesAndBothSources() {
    let model = SnapshotFixtures.model(SnapshotFixtures.conflicting, asOf: SnapshotFixtures.seedDay)
    let report = SnapshotWriter.render(
      model, format: .markdown, width: 100, height: 30, theme: DefaultThemes.dark)
    let conflicts = Self.section("## Conflicts between sources", in: report)
    #expect(conflicts.contains("Kenya pledged"))
    #expect(conflicts.contains("1,000") && conflicts.contains("1,200"))
    #expect(conflicts.contains("Reuters") && conflicts.contains("Wire \\| Service"))
    #expect(conflicts.contains("700,000") && conflicts.contains("578,074"))
  }

  @Test func theSeedReportHasEverySection() throws {
    let model = SnapshotFixtures.model(
      try SnapshotFixtures.bundled(.seed), asOf: SnapshotFixtures.seedDay)
    let report = SnapshotWriter.render(
      model, format: .markdown, width: 100, height: 30, theme: DefaultThemes.dark)
    for heading in [
      "## Pledges vs deployments", "### Mission totals", "### Derived figures",
      "## Humanitarian figures", "## Conflicts between sources", "## Timeline", "## Quotes",
      "## Sources",
    ] {
      #expect(report.contains("\n\(heading)\n"), "missing \(heading)")
    }
    #expect(report.contains("11 Oct 2024"))
    // Qualifiers are never dropped: "nearly 400" and "at least 115".
    #expect(report.contains("\u{2272}400"))
    #expect(report.contains("\u{2265}115"))
  }

  @Test func aPanelKeepsOnlyItsSections() throws {
    let model = SnapshotFixtures.model(
      try SnapshotFixtures.bundled(.seed), asOf: SnapshotFixtures.seedDay)
    let report = SnapshotWriter.render(
      model, format: .markdown, width: 100, height: 30, panel: .timeline, theme: DefaultThemes.dark)
    #expect(report.contains("## Timeline"))
    #expect(report.contains("## Sources"))
    #expect(!report.contains("## Pledges vs deployments"))
    #expect(!report.contains("## Humanitarian figures"))
  }

  @Test func asciiReportsUseOnlyASCIIPunctuation() throws {
    var model = SnapshotFixtures.model(
      try SnapshotFixtures.bundled(.seed), asOf: SnapshotFixtures.seedDay)
    model.glyphs = .ascii
    let report = SnapshotWriter.render(
      model, format: .markdown, width: 100, height: 30, theme: DefaultThemes.dark)
    // The seed's own text is ASCII but for its curly apostrophes; the report adds nothing else.
    let added = report.unicodeScalars.filter { !$0.isASCII && $0 != "\u{2019}" }
    #expect(added.isEmpty, "\(String(String.UnicodeScalarView(added)))")
  }

  static func unescapedPipes(_ line: String) -> Int {
    var count = 0
    var escaped = false
    for character in line {
      if escaped {
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == "|" {
        count += 1
      }
    }
    return count
  }

  /// The text from `heading` to the next second-level heading.
  static func section(_ heading: String, in report: String) -> String {
    guard let start = report.range(of: heading) else { return "" }
    let rest = report[start.upperBound...]
    let end = rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex
    return String(rest[..<end])
  }
}
