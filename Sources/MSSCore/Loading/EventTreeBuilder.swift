import CLibYAML

/// Builds a `DocumentTree` from libyaml's events in one pass, without a node tree in between.
/// Nodes are appended in document order and a collection's entries and items when it ends, so
/// everything a node holds lies in one stretch of each array: an alias is a copy of that
/// stretch (`EventTreeBuilder+Aliases.swift`).
struct EventTreeBuilder {
  let anchors: YAMLComposer.Anchors
  var nodes: [DocumentTree.Node] = []
  var strings: [String] = []
  var entries: [DocumentTree.Entry] = []
  var items: [Int32] = []
  /// Nodes that carry an anchor or were copied by an alias, ascending.
  var anchored: [Int32] = []

  struct Mark {
    let line: Int32
    let column: Int32

    init(_ mark: yaml_mark_t) {
      line = Int32(clamping: mark.line + 1)
      column = Int32(clamping: mark.column + 1)
    }
  }

  /// How long each array was when a node began: with their lengths at its end, its stretch.
  struct Counts {
    var nodes: Int
    var strings: Int
    var entries: Int
    var items: Int
  }

  /// A collection being read: its node, its children so far (they wait in the pending arrays
  /// from `start`), for a mapping the key waiting for its value, and its anchor.
  struct Open {
    let index: Int32
    let isMapping: Bool
    let start: Int
    var children: Int32 = 0
    var key: (text: Int32, mark: Mark)?
    let anchor: String?
    let began: Counts
  }
  var open: [Open] = []
  var pendingEntries: [DocumentTree.Entry] = []
  var pendingItems: [Int32] = []
  var documents = 0
  /// Inside a collection used as a mapping key (which is not text, so the tree keeps only its
  /// place): how many collections deep, and where the key began.
  var skippedKey: (depth: Int, mark: Mark)?

  enum AnchorTarget {
    case node(Counts, end: Counts)
    /// An anchored mapping key: only its text is kept.
    case text(String)
  }
  var anchorTargets: [String: AnchorTarget] = [:]
  var copiedNodes = 0

  init(anchors: YAMLComposer.Anchors) { self.anchors = anchors }

  var counts: Counts {
    Counts(nodes: nodes.count, strings: strings.count, entries: entries.count, items: items.count)
  }

  mutating func build(_ parser: inout yaml_parser_t) throws(YAMLProblem) -> DocumentTree? {
    var event = yaml_event_t()
    while true {
      guard yaml_parser_parse(&parser, &event) == 1 else { throw YAMLProblem(parser: parser) }
      defer { yaml_event_delete(&event) }
      let mark = Mark(event.start_mark)
      switch event.type {
      case YAML_STREAM_END_EVENT:
        guard !nodes.isEmpty else { return nil }
        return DocumentTree(
          nodes: nodes, strings: strings, entries: entries, items: items, anchored: anchored)
      case YAML_DOCUMENT_START_EVENT:
        documents += 1
        // Yams' words for it, at the second document's start.
        guard documents == 1 else {
          throw YAMLProblem(
            .syntax(
              context: "expected a single document in the stream",
              problem: "but found another document"),
            line: Int(mark.line), column: Int(mark.column))
        }
      case YAML_SCALAR_EVENT:
        let scalar = event.data.scalar
        let text = String(
          decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
        try addScalar(text, anchor: Self.name(scalar.anchor), mark)
      case YAML_SEQUENCE_START_EVENT:
        try begin(mapping: false, anchor: Self.name(event.data.sequence_start.anchor), mark)
      case YAML_MAPPING_START_EVENT:
        try begin(mapping: true, anchor: Self.name(event.data.mapping_start.anchor), mark)
      case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
        try end()
      case YAML_ALIAS_EVENT:
        try addAlias(Self.name(event.data.alias.anchor) ?? "", mark)
      default:
        // Stream start, document end: nothing to build. Tags are ignored: every value is
        // text, as with Yams' `.basic` resolver.
        continue
      }
    }
  }

  static func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    pointer.map { String(cString: $0) }
  }

  /// True when the next event is a mapping key.
  var expectsKey: Bool {
    guard let top = open.last else { return false }
    return top.isMapping && top.key == nil
  }

  /// Where the next value goes: its parent (-1 for the root) and its place there.
  var nextSlot: (parent: Int32, slot: Int32) {
    guard let top = open.last else { return (-1, 0) }
    return (top.index, top.children)
  }

  /// Records a finished value node in its parent.
  mutating func attach(_ index: Int32) {
    guard var top = open.popLast() else { return }
    if top.isMapping, let key = top.key {
      pendingEntries.append(
        DocumentTree.Entry(
          key: key.text, keyLine: key.mark.line, keyColumn: key.mark.column, value: index))
      top.key = nil
    } else {
      pendingItems.append(index)
    }
    top.children += 1
    open.append(top)
  }

  mutating func addNode(_ kind: DocumentTree.Kind, _ mark: Mark) -> Int32 {
    let index = Int32(nodes.count)
    let (parent, slot) = nextSlot
    nodes.append(
      DocumentTree.Node(
        kind: kind, line: mark.line, column: mark.column, parent: parent, slot: slot, first: 0,
        count: 0))
    return index
  }

  mutating func addScalar(_ text: String, anchor: String?, _ mark: Mark) throws(YAMLProblem) {
    if let anchor { try allow("&" + anchor, mark, key: expectsKey ? text : nil) }
    guard skippedKey == nil else { return }
    if expectsKey {
      open[open.count - 1].key = (Int32(strings.count), mark)
      strings.append(text)
      if let anchor { anchorTargets[anchor] = .text(text) }
      return
    }
    let began = counts
    let index = addNode(.scalar, mark)
    nodes[Int(index)].first = Int32(strings.count)
    strings.append(text)
    if let anchor {
      anchored.append(index)
      anchorTargets[anchor] = .node(began, end: counts)
    }
    attach(index)
  }

  mutating func begin(mapping: Bool, anchor: String?, _ mark: Mark) throws(YAMLProblem) {
    if let anchor { try allow("&" + anchor, mark, key: nil) }
    if let skipped = skippedKey {
      skippedKey = (skipped.depth + 1, skipped.mark)
      return
    }
    if expectsKey {
      skippedKey = (1, mark)
      return
    }
    let began = counts
    let index = addNode(mapping ? .mapping : .sequence, mark)
    if anchor != nil { anchored.append(index) }
    open.append(
      Open(
        index: index, isMapping: mapping,
        start: mapping ? pendingEntries.count : pendingItems.count, anchor: anchor, began: began))
  }

  mutating func end() throws(YAMLProblem) {
    if let skipped = skippedKey {
      if skipped.depth > 1 {
        skippedKey = (skipped.depth - 1, skipped.mark)
      } else {
        skippedKey = nil
        open[open.count - 1].key = (-1, skipped.mark)
      }
      return
    }
    guard let top = open.last else { return }
    if top.isMapping { try checkDuplicateKeys(top) }
    open.removeLast()
    if top.isMapping {
      nodes[Int(top.index)].first = Int32(entries.count)
      nodes[Int(top.index)].count = Int32(pendingEntries.count - top.start)
      entries.append(contentsOf: pendingEntries[top.start...])
      pendingEntries.removeSubrange(top.start...)
    } else {
      nodes[Int(top.index)].first = Int32(items.count)
      nodes[Int(top.index)].count = Int32(pendingItems.count - top.start)
      items.append(contentsOf: pendingItems[top.start...])
      pendingItems.removeSubrange(top.start...)
    }
    // Registered once complete, as Yams did: an alias inside its own anchor is undefined.
    if let anchor = top.anchor { anchorTargets[anchor] = .node(top.began, end: counts) }
    attach(top.index)
  }

  /// The field path of the open collections' current places: mapping keys and list indices,
  /// up to the first mapping still waiting for a key.
  func path(of levels: ArraySlice<Open>) -> String {
    var path = ""
    for level in levels {
      if level.isMapping {
        guard let key = level.key else { break }
        let name = key.text >= 0 ? strings[Int(key.text)] : "?"
        path = path.isEmpty ? name : "\(path).\(name)"
      } else {
        path += "[\(level.children)]"
      }
    }
    return path
  }
}
