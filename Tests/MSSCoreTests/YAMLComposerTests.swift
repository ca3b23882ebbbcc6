import MSSTestSupport
import Testing

@testable import MSSCore

/// The composer on libyaml's events: the tree it builds, aliases and their bound, duplicate
/// keys, refused anchors and libyaml's own errors, each with its place.
@Suite struct YAMLComposerTests {
  private func tree(_ text: String, anchors: YAMLComposer.Anchors = .expand) throws
    -> DocumentTree
  {
    try #require(try YAMLComposer.tree(text, anchors: anchors))
  }

  private func problem(_ text: String, anchors: YAMLComposer.Anchors = .expand) -> YAMLProblem? {
    do {
      _ = try YAMLComposer.tree(text, anchors: anchors)
      return nil
    } catch {
      return error
    }
  }

  /// The tree without places: kinds, texts and structure.
  private func structure(_ tree: DocumentTree) -> [String] {
    shapeOf(tree).map { String($0.drop { $0 != " " }.dropFirst()) }
  }

  /// The bundled datasets (block style) give the tree the flow parser gives for the same
  /// document written as JSON: two parsers that share no code agree.
  @Test(arguments: BundledDataset.allCases)
  func bundledDatasetsMatchTheFlowParser(dataset: BundledDataset) throws {
    let composed = try tree(dataset.text, anchors: .refuse)
    let json = FlowForms.json(composed, plain: false)
    let flow = try #require(FlowParser.parse(json))
    #expect(structure(composed) == structure(flow))
    #expect(shapeOf(composed).count > 100)
  }

  @Test func blockStyleTreeWithPlaces() throws {
    let text = "a: 1\nb:\n  - x\n  - {c: d}\n  -\n    f: \"q\\tv\"\nt: |\n  block\n  text\nn:\n"
    #expect(
      shapeOf(try tree(text)) == [
        "1:1 mapping 4", "1:1 key a", "1:4 scalar \"1\"", "2:1 key b", "3:3 sequence 3",
        "3:5 scalar \"x\"", "4:5 mapping 1", "4:6 key c", "4:9 scalar \"d\"", "6:5 mapping 1",
        "6:5 key f", "6:8 scalar \"q\\tv\"", "7:1 key t", "7:4 scalar \"block\\ntext\\n\"",
        "10:1 key n", "10:3 scalar \"\"",
      ])
  }

  @Test func emptyDocuments() throws {
    #expect(try YAMLComposer.tree("", anchors: .expand) == nil)
    #expect(try YAMLComposer.tree("# only a comment\n\n", anchors: .expand) == nil)
    #expect(structure(try tree("---\n")) == ["scalar \"\""])
    #expect(
      structure(try tree("plain scalar at the root")) == ["scalar \"plain scalar at the root\""])
    #expect(structure(try tree("--- a\n...\n")) == ["scalar \"a\""])
  }

  /// As with Yams' `.basic` resolver, tags change nothing: every value is its text.
  @Test func tagsAreIgnored() throws {
    #expect(
      structure(try tree("a: !!int 1\nb: !evil/object {c: !!binary SGk=}\n")) == [
        "mapping 2", "key a", "scalar \"1\"", "key b", "mapping 1", "key c", "scalar \"SGk=\"",
      ])
  }

  @Test func aliasesAreCopiesOfTheirAnchor() throws {
    let composed = try tree("a: &x [1, {k: v}]\nb: *x\nc: &s text\nd: *s\n")
    #expect(
      shapeOf(composed) == [
        "1:1 mapping 4", "1:1 key a", "1:4 sequence 2", "1:8 scalar \"1\"", "1:11 mapping 1",
        "1:12 key k", "1:15 scalar \"v\"", "2:1 key b", "2:4 sequence 2", "1:8 scalar \"1\"",
        "1:11 mapping 1", "1:12 key k", "1:15 scalar \"v\"", "3:1 key c", "3:4 scalar \"text\"",
        "4:1 key d", "4:4 scalar \"text\"",
      ])
    let root = YAMLNode(tree: composed, index: 0)
    #expect(root.entries.map(\.value.isAnchored) == [true, true, true, true])
    #expect(root.entries[0].value.items.map(\.isAnchored) == [false, false])
    #expect(composed.path(of: root.entries[1].value.items[1].entries[0].value.index) == "b[1].k")
  }

  /// An anchored key can be used as a value and as a key; a collection as a key is no text.
  @Test func keysWithAnchorsAndCollections() throws {
    let composed = try tree("&k name: 1\nother: *k\nmap: {*k : 2}\n? [a, b]\n: 3\n")
    let root = YAMLNode(tree: composed, index: 0)
    #expect(root.entries.map(\.key) == ["name", "other", "map", nil])
    #expect(root.entries.map(\.value.text) == ["1", "name", nil, "3"])
    #expect(root.entries[2].value.entries.map(\.key) == ["name"])
    #expect(problem("&k name: 1\n*k : 2\n")?.kind == .duplicateKey(key: "name", firstLine: 1))
  }

  @Test func anAliasBeforeItsAnchorEndsIsUndefined() {
    let undefined = problem("a: &x [*x]\n")
    #expect(undefined?.kind == .syntax(context: nil, problem: "found undefined alias"))
    #expect(undefined?.line == 1)
    #expect(undefined?.column == 8)
    #expect(undefined?.message == "YAML syntax: found undefined alias")
  }

  /// Nine levels of nine aliases would be a billion nodes: refused at the alias that passes
  /// the bound, quickly.
  @Test(.timeLimit(.minutes(1)))
  func billionLaughsIsRefused() throws {
    let lines = AliasBomb.lines
    let start = ContinuousClock.now
    let refused = try #require(problem(lines.joined(separator: "\n")))
    #expect(ContinuousClock.now - start < .seconds(1))
    #expect(refused.kind == .aliasExpansion(limit: YAMLComposer.aliasExpansionLimit))
    #expect(refused.line == 6)
    #expect(refused.path.hasPrefix("lf["))
    #expect(refused.message.contains("aliases would expand this file past 100000 values"))
    // A few aliases of a small anchor are fine.
    #expect(structure(try tree(lines.prefix(3).joined(separator: "\n"))).count > 100)
  }

  @Test func anchorsRefused() throws {
    let anchored = try #require(problem("a:\n  - x\n  - &n {b: 1}\n", anchors: .refuse))
    #expect(anchored.kind == .anchorRefused(token: "&n"))
    #expect((anchored.line, anchored.column, anchored.path) == (3, 5, "a[1]"))
    let alias = try #require(problem("b:\n  c: *n\n", anchors: .refuse))
    #expect(alias.kind == .anchorRefused(token: "*n"))
    #expect((alias.line, alias.column, alias.path) == (2, 6, "b.c"))
    let key = try #require(problem("x: 1\n&k name: 2\n", anchors: .refuse))
    #expect((key.line, key.column, key.path) == (2, 1, "name"))
  }

  /// Reported at the second place with the first's line, the smallest repeated key first,
  /// in block and flow style, nested or not.
  @Test func duplicateKeys() throws {
    let nested = try #require(problem("top:\n  list:\n    - id: 1\n      z: 2\n      id: 3\n"))
    #expect(nested.kind == .duplicateKey(key: "id", firstLine: 3))
    #expect((nested.line, nested.column, nested.path) == (5, 7, "top.list[0].id"))
    #expect(nested.message == "the field 'id' appears twice in one mapping (first on line 3)")
    let flow = try #require(problem("{b: 1, a: 2, b: 3, a: 4}"))
    #expect(flow.kind == .duplicateKey(key: "a", firstLine: 1))
    #expect((flow.line, flow.column, flow.path) == (1, 20, "a"))
    // A large mapping is checked by hashing: the same answer.
    let many = (0..<40).map { "k\($0): v" } + ["k7: again"]
    let large = try #require(problem(many.joined(separator: "\n")))
    #expect((large.line, large.column, large.path) == (41, 1, "k7"))
    // Quoted and plain spellings are the same key.
    #expect(problem("a: 1\n'a': 2\n")?.kind == .duplicateKey(key: "a", firstLine: 1))
  }

  /// libyaml's problem and context texts and its marks, 1-based.
  @Test(arguments: [
    (
      "a: [1, 2\nb: 3\n",
      "YAML syntax: while parsing a flow sequence did not find expected ',' or ']'", 2, 2
    ),
    (
      "a: 1\n---\nb: 2\n",
      "YAML syntax: expected a single document in the stream but found another document", 2, 1
    ),
    ("a: b\u{7}c\n", "YAML reader: control characters are not allowed at byte 4", 0, 0),
  ])
  func libyamlErrorsKeepTheirWordsAndPlaces(
    text: String, message: String, line: Int, column: Int
  ) throws {
    let refused = try #require(problem(text))
    #expect(refused.message == message)
    #expect((refused.line, refused.column) == (line, column))
  }

  @Test func tabsAndDeepNesting() throws {
    let tab = try #require(problem("a:\n\t- 1\n"))
    #expect(tab.message.hasPrefix("YAML syntax: while scanning"))
    #expect(tab.line == 2)
    let deep = try #require(problem(String(repeating: "[", count: 100)))
    #expect(deep.kind == .nesting)
    #expect(deep.line == 1)
  }
}
