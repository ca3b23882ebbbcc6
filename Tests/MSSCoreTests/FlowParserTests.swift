import Testing

@testable import MSSCore

/// The fast path for JSON and flow-style files gives the tree libyaml gives, and leaves
/// everything it is unsure of to libyaml.
@Suite struct FlowParserTests {
  private func libyaml(_ text: String) throws -> DocumentTree {
    try #require(try YAMLComposer.tree(text, anchors: .expand))
  }

  @Test(arguments: [
    #"{"a": 1, "b": [true, null, -2.5e+3], "c": {"d": "x\"y\\z\n\t\u00e9"}}"#,
    "{schema: 1, id: large, title: Synthetic large dataset,\nsources: [\n{id: s0, url: \"https://example.org/0\"},\n{id: s1}\n],\nlist: [], map: {}}",
    "[\n  {value: about 1200, date: 2024-10-03, source: s7, quote: q},\n  {value: 15 ,date: 2024-Q3/2024-12}\n]",
    "  \n{\"héllo wörld\": \"naïve – “quoted” ✓\", \"k\": \"😀\", next: 2}\n\n",
    "{\"a\":1,\"b\":\"2\"}",
    "{a: 2024-12-06/2024-12-11, b: x.y_z+w, c: -5}",
    "{first name: a - b, span: 2024 - 2025, two  spaces: x  y , path: a / b., n: 1_000}",
    "{2024: x, -1: y, list: [a b, 1.5e-3, -0]}",
  ])
  func sameTreeAsLibyaml(text: String) throws {
    let fast = try #require(FlowParser.parse(text))
    #expect(shapeOf(fast) == shapeOf(try libyaml(text)))
  }

  @Test(arguments: [
    "schema: 1\nid: x",  // block style
    "{a: 1} # comment",
    "{a: 1, a: 2}",  // duplicate key: libyaml names both places
    "{a: 1,}",  // trailing comma
    "[1, 2,]",
    "{a: }",  // empty value
    "{a}",
    "{a:1}",  // a plain key needs a space after ':'
    "{a: b: c}",
    "{a: 'single'}",
    "{a: \"multi\nline\"}",
    "{a: plain\n  continued}",
    "{a: \"\\/\"}",  // escapes beyond JSON's common ones
    "{a: \"\\ud83d\\ude00\"}",  // surrogates
    "{a: \"tab\there\"}",
    "{a:\t1}",
    "{a: &anchor 1}",
    "{a: *alias}",
    "{a: [1, 2]} extra",
    "--- {a: 1}",
    "{a: \"\u{85}\"}",  // NEL is a line break to libyaml
    "{a: \"\u{2028}\"}",
    "{a: \"\u{FEFF}\"}",
    "{a: 1",
    "",
    String(repeating: "[", count: 100) + String(repeating: "]", count: 100),
  ])
  func leavesTheRestToLibyaml(text: String) {
    #expect(FlowParser.parse(text) == nil)
  }

  /// A JSON dataset loads through the fast path to the same dataset as its block YAML twin,
  /// and an error in it is still reported with its line and column (by libyaml).
  @Test func jsonDatasetMatchesYAML() throws {
    let yaml = minimalDataset(
      "contributors:\n  - id: KE\n    name: Kenya\n    deployed:\n      - value: at least 400\n"
        + "        date: 2024-10\n        source: src\n        quote: q")
    let json = """
      {"schema": 1, "id": "test", "title": "Test", "mission": "Test mission",
       "sources": [{"id": "src", "publisher": "Pub", "title": "Title", "date": "2024-10-11"}],
       "contributors": [{"id": "KE", "name": "Kenya", "deployed": [
         {"value": "at least 400", "date": "2024-10", "source": "src", "quote": "q"}]}]}
      """
    let loader = DatasetLoader(file: "t") { _ in nil }
    let fromYAML = try loader.load(text: yaml, origin: "t").get().dataset
    let fromJSON = try loader.load(text: json, origin: "t").get().dataset
    #expect(fromJSON.contributors.first?.deployed.first?.value == Quantity(400, .atLeast))
    #expect(
      fromJSON.contributors.map(\.deployed.count) == fromYAML.contributors.map(\.deployed.count))
    #expect(fromJSON.contributors.first?.deployed.first?.location?.line == 4)

    let broken = json.replacingAll(#""date": "2024-10","#, with: #""date": "2024-13","#)
    guard case .failure(let diagnostic) = loader.load(text: broken, origin: "t") else {
      Issue.record("a bad month loads")
      return
    }
    #expect(diagnostic.line == 4)
    #expect(diagnostic.path == "contributors[0].deployed[0].date")
    let unterminated = String(json.dropLast())
    guard case .failure(let syntax) = loader.load(text: unterminated, origin: "t") else {
      Issue.record("an unterminated document loads")
      return
    }
    #expect(syntax.line > 0)
    #expect(syntax.message.hasPrefix("YAML syntax"))
  }
}
