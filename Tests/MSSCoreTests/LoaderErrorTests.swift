import MSSCore
import MSSTestSupport
import Testing

/// Every broken dataset gets one message naming the line, the column and the field path.
/// `minimalDataset` fills lines 1–9, so the YAML under test starts on line 10.
@Suite struct LoaderErrorTests {
  private func observationYAML(_ fields: String) -> String {
    minimalDataset(
      """
      totals:
        pledged:
          - \(fields.split(separator: "\n").joined(separator: "\n      "))
      """)
  }

  private func expectError(
    _ text: String, line: Int, column: Int, path: String, _ message: String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    let diagnostic = try loadError(text)
    #expect(diagnostic.severity == .error, sourceLocation: sourceLocation)
    #expect(diagnostic.file == "test.yaml", sourceLocation: sourceLocation)
    #expect(diagnostic.line == line, sourceLocation: sourceLocation)
    #expect(diagnostic.column == column, sourceLocation: sourceLocation)
    #expect(diagnostic.path == path, sourceLocation: sourceLocation)
    #expect(diagnostic.message.contains(message), "\(diagnostic)", sourceLocation: sourceLocation)
    #expect(!diagnostic.description.contains("\n"), sourceLocation: sourceLocation)
  }

  @Test func syntaxError() throws {
    try expectError(
      minimalDataset("contributors: [KE, JM"), line: 11, column: 1, path: "",
      "YAML syntax: while parsing a flow sequence did not find expected ',' or ']'")
    try expectError(
      minimalDataset("totals:\n  pledged:\n    - value: 1\n  - bad"), line: 13, column: 3,
      path: "", "YAML syntax: while parsing a block mapping did not find expected key")
    try expectError(
      "schema: 1\nid: \"unterminated\n", line: 3, column: 1, path: "",
      "YAML syntax: while scanning a quoted scalar found unexpected end of stream")
  }

  @Test func wrongType() throws {
    try expectError(
      minimalDataset("contributors:\n  - id: KE\n    name: [Kenya]"), line: 12, column: 11,
      path: "contributors[0].name", "expected text, found a list")
    try expectError(
      minimalDataset("contributors: Kenya"), line: 10, column: 15, path: "contributors",
      "expected a list, found 'Kenya'")
    try expectError(
      minimalDataset("totals: [1, 2]"), line: 10, column: 9, path: "totals",
      "expected a mapping of fields, found a list")
    try expectError(
      "- just\n- a list", line: 1, column: 1, path: "", "expected a mapping of fields")
  }

  @Test func missingField() throws {
    try expectError(
      minimalDataset("contributors:\n  - id: KE\n    pledged: []"), line: 11, column: 5,
      path: "contributors[0]", "missing required field 'name'")
    try expectError(
      observationYAML("value: 5\nsource: src\nquote: q"), line: 12, column: 7,
      path: "totals.pledged[0]", "missing required field 'date'")
    try expectError(
      observationYAML("value: 5\ndate: 2024-10-11"), line: 12, column: 7,
      path: "totals.pledged[0]", "missing required field 'source' with its 'quote'")
    try expectError(
      observationYAML("value: 5\ndate: 2024-10-11\nsource: src"), line: 12, column: 7,
      path: "totals.pledged[0]", "missing required field 'quote' (or 'summary'")
    try expectError(
      "schema: 1\nid: x\ntitle: T\nmission: M\nsources: []", line: 1, column: 1, path: "",
      "missing required field 'sources' (at least one source)")
    try expectError(
      minimalDataset().replacingOccurrences("title: Test\n", with: ""), line: 1, column: 1,
      path: "", "missing required field 'title'")
  }

  @Test func unknownQualifier() throws {
    try expectError(
      observationYAML("value: 2900\nqualifier: roughly\ndate: 2024-10-11\nsource: src\nquote: q"),
      line: 13, column: 18, path: "totals.pledged[0].qualifier",
      "unknown value 'roughly'; expected one of: exact, about, at_least, over, nearly, under, at_most"
    )
    try expectError(
      observationYAML("value: roughly 2900\ndate: 2024-10-11\nsource: src\nquote: q"),
      line: 12, column: 14, path: "totals.pledged[0].value",
      "'roughly 2900' is not a quantity; expected a number with an optional qualifier")
    try expectError(
      observationYAML(
        "value: about 2900\nqualifier: over\ndate: 2024-10-11\nsource: src\nquote: q"),
      line: 13, column: 18, path: "totals.pledged[0].qualifier",
      "contradicts the qualifier written in the value 'about 2900'")
  }

  @Test func impossibleDate() throws {
    try expectError(
      observationYAML("value: 2900\ndate: 2024-02-30\nsource: src\nquote: q"), line: 13, column: 13,
      path: "totals.pledged[0].date", "'2024-02-30' is not a real calendar day")
    try expectError(
      observationYAML("value: 2900\ndate: 2024-10\npublished: 2023-02-29\nsource: src\nquote: q"),
      line: 14, column: 18, path: "totals.pledged[0].published",
      "'2023-02-29' is not a real calendar day")
    try expectError(
      minimalDataset().replacingOccurrences("2024-10-11", with: "2024-13-01"), line: 9,
      column: 11, path: "sources[0].date", "'2024-13-01' is not a real calendar day")
    try expectError(
      minimalDataset().replacingOccurrences("2024-10-11", with: "October"), line: 9,
      column: 11, path: "sources[0].date", "expected a day as YYYY-MM-DD, found 'October'")
  }

  @Test func badNumbers() throws {
    let cases: [(String, String)] = [
      ("-5", "'-5' is negative; figures count things, so ≥ 0"),
      ("2.5", "'2.5' is fractional; a count must be a whole number"),
      (".nan", "'.nan' is not a finite number"),
      (".inf", "'.inf' is not a finite number"),
      ("99999999999999999999", "'99999999999999999999' is too large (the limit is 10^15)"),
      ("50%", "'50%' is a percentage, but this field holds a count"),
      ("[5]", "expected text, found a list"),
    ]
    for (value, message) in cases {
      try expectError(
        observationYAML("value: \(value)\ndate: 2024-10-11\nsource: src\nquote: q"), line: 12,
        column: 14, path: "totals.pledged[0].value", message)
    }
  }

  @Test func duplicateKeys() throws {
    try expectError(
      minimalDataset("contributors:\n  - id: KE\n    name: Kenya\n    name: Kenya again"),
      line: 13, column: 5, path: "contributors[0].name",
      "the field 'name' appears twice in one mapping (first on line 12)")
    try expectError(
      minimalDataset("id: again"), line: 10, column: 1, path: "id",
      "the field 'id' appears twice in one mapping (first on line 2)")
  }

  @Test func anchorsAndAliases() throws {
    try expectError(
      minimalDataset("contributors:\n  - &kenya\n    id: KE\n    name: Kenya\n  - *kenya"),
      line: 11, column: 5, path: "contributors[0]",
      "anchors and aliases such as '&kenya' are not allowed in datasets")
    try expectError(
      minimalDataset("contributors:\n  - id: KE\n    name: *undefined"), line: 12, column: 11,
      path: "contributors[0].name", "anchors and aliases such as '*undefined' are not allowed")
  }

  /// Nine levels of nine aliases: a billion nodes if expanded. Used as mapping keys, it kept
  /// libyaml's duplicate-key check busy for minutes before anchors were refused up front.
  @Test(.timeLimit(.minutes(1)))
  func billionLaughs() throws {
    var lines = AliasBomb.lines
    lines.append("keys:\n  ? *i\n  : 1\n  ? *h\n  : 2")
    let start = ContinuousClock.now
    try expectError(
      minimalDataset(lines.joined(separator: "\n")), line: 10, column: 6, path: "lol",
      "anchors and aliases such as '&a' are not allowed")
    #expect(ContinuousClock.now - start < .seconds(1))
  }

  /// `&` and `*` inside quotes, comments, block text and mid-sentence are ordinary characters.
  @Test func ampersandsAndAsterisksInTextAreFine() throws {
    let text = minimalDataset(
      """
      # a comment with &anchor and *alias
      contributors:
        - id: TT
          name: "Trinidad &Tobago *quoted*"
          note: Trinidad & Tobago, *not* an alias; R&D
        - id: AG
          name: 'Antigua &Barbuda, it''s *fine*'
          note: |
            *emphasis* on a block line
            &also fine
      """)
    let loaded = try load(text).get()
    #expect(
      loaded.dataset.contributors.map(\.name) == [
        "Trinidad &Tobago *quoted*", "Antigua &Barbuda, it's *fine*",
      ])
  }

  @Test func schema() throws {
    try expectError(
      minimalDataset().replacingOccurrences("schema: 1", with: "schema: 2"), line: 1, column: 9,
      path: "schema", "unsupported schema 2; this mssdash reads schema 1")
    try expectError(
      minimalDataset().replacingOccurrences("schema: 1", with: "schema: one"), line: 1,
      column: 9, path: "schema", "expected a whole number, found 'one'")
  }

  @Test func otherDomainErrors() throws {
    try expectError(
      minimalDataset(
        "events:\n  - id: e\n    date: 2024-10-11\n    title: T\n    category: weather\n    source: src\n    quote: q"
      ), line: 14, column: 15, path: "events[0].category",
      "unknown value 'weather'; expected one of: mandate, deployment, violence, diplomacy, humanitarian, funding"
    )
    try expectError(
      minimalDataset("metrics:\n  - id: m\n    name: M\n    unit: people\n    observations: []"),
      line: 13, column: 11, path: "metrics[0].unit",
      "unknown value 'people'; expected one of: count, share, usd")
    try expectError(
      observationYAML("value: 5\nrelative: last fortnight\nsource: src\nquote: q"), line: 13,
      column: 17, path: "totals.pledged[0].relative",
      "unknown relative date 'last fortnight'; known: today, yesterday")
    try expectError(
      observationYAML("value: 5\nrelative: last week\nsource: nowhere\nquote: q"), line: 13,
      column: 17, path: "totals.pledged[0].relative",
      "a relative date needs a cited source with a 'date' to resolve against")
    try expectError(
      observationYAML("value: 5\ndate: 2024\nsource: src\nquote: q\nsummary: s"), line: 16,
      column: 16, path: "totals.pledged[0].summary", "give either 'quote' or 'summary', not both")
    try expectError(
      observationYAML("value: 5\ndate: 2024\nquote: q"), line: 14, column: 14,
      path: "totals.pledged[0].quote", "a quote needs the 'source' it comes from")
    try expectError(
      observationYAML("value: 5\ndate: 2024\nsource: src\nquote: \"  \""), line: 15, column: 14,
      path: "totals.pledged[0].quote", "must not be empty")
  }

  @Test func emptyDocument() throws {
    let diagnostic = try loadError("# nothing but a comment\n")
    #expect(diagnostic.description == "test.yaml: error: the file holds no YAML document")
  }

  @Test func messagesReadLikeACompilers() throws {
    let diagnostic = try loadError(
      minimalDataset("contributors:\n  - id: KE\n    name: [Kenya]"))
    #expect(
      diagnostic.description
        == "test.yaml:12:11: error: contributors[0].name: expected text, found a list")
  }
}

extension String {
  /// Foundation-free replacement for test fixtures.
  func replacingOccurrences(_ target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
