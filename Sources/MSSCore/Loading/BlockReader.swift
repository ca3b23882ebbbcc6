import CYaml

/// The fast path for block-style YAML (the bundled datasets, files written by hand): libyaml's
/// events go straight into a `DocumentTree`, without Yams' node tree, its tag resolution and
/// its hashed duplicate-key check, which cost more than the parsing itself. Anything unusual —
/// a syntax error, an anchor or alias, an explicit tag, a key that is not text, a duplicate
/// key, no document or more than one — returns nil, and the caller composes the text with Yams
/// as before: so the tree is the one Yams would give (`BlockReaderTests`), and every problem is
/// still reported by the careful path, with its line, column and field path.
enum BlockReader {
  static func read(_ text: String) -> DocumentTree? {
    var text = text
    text.makeContiguousUTF8()
    return text.utf8.withContiguousStorageIfAvailable { bytes -> DocumentTree? in
      guard let base = bytes.baseAddress else { return nil }
      var parser = yaml_parser_t()
      guard yaml_parser_initialize(&parser) == 1 else { return nil }
      defer { yaml_parser_delete(&parser) }
      yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
      yaml_parser_set_input_string(&parser, base, bytes.count)
      var builder = EventTreeBuilder()
      return builder.build(&parser)
    } ?? nil
  }
}

private struct EventTreeBuilder {
  var nodes: [DocumentTree.Node] = []
  var strings: [String] = []
  var entries: [DocumentTree.Entry] = []
  var items: [Int32] = []

  /// A collection being read: its node, where its children start in the pending arrays, and
  /// for a mapping the key waiting for its value.
  struct Open {
    let index: Int32
    let isMapping: Bool
    let start: Int
    var key: (text: Int32, line: Int32, column: Int32)?
  }
  var open: [Open] = []
  var pendingEntries: [DocumentTree.Entry] = []
  var pendingItems: [Int32] = []
  var documents = 0

  mutating func build(_ parser: inout yaml_parser_t) -> DocumentTree? {
    var event = yaml_event_t()
    while true {
      guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
      defer { yaml_event_delete(&event) }
      switch event.type {
      case YAML_STREAM_START_EVENT, YAML_DOCUMENT_END_EVENT:
        continue
      case YAML_STREAM_END_EVENT:
        guard documents == 1, open.isEmpty, !nodes.isEmpty else { return nil }
        return DocumentTree(nodes: nodes, strings: strings, entries: entries, items: items)
      case YAML_DOCUMENT_START_EVENT:
        documents += 1
        guard documents == 1 else { return nil }
      case YAML_SCALAR_EVENT:
        let scalar = event.data.scalar
        guard scalar.anchor == nil, scalar.tag == nil else { return nil }
        let text = String(
          decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
        guard addScalar(text, event.start_mark) else { return nil }
      case YAML_SEQUENCE_START_EVENT:
        let start = event.data.sequence_start
        guard start.anchor == nil, start.tag == nil, begin(mapping: false, event.start_mark)
        else { return nil }
      case YAML_MAPPING_START_EVENT:
        let start = event.data.mapping_start
        guard start.anchor == nil, start.tag == nil, begin(mapping: true, event.start_mark)
        else { return nil }
      case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
        guard end() else { return nil }
      default:
        // Aliases, and anything else libyaml may add.
        return nil
      }
    }
  }

  /// Where the next value goes: its parent and its place there. False when the next thing
  /// must be a mapping key, or when a second root turns up.
  mutating func nextSlot() -> (parent: Int32, slot: Int32)? {
    guard let top = open.last else { return nodes.isEmpty ? (-1, 0) : nil }
    if top.isMapping {
      guard top.key != nil else { return nil }
      return (top.index, Int32(pendingEntries.count - top.start))
    }
    return (top.index, Int32(pendingItems.count - top.start))
  }

  /// Records a value node in its parent.
  mutating func attach(_ index: Int32) {
    guard var top = open.popLast() else { return }
    if top.isMapping, let key = top.key {
      pendingEntries.append(
        DocumentTree.Entry(key: key.text, keyLine: key.line, keyColumn: key.column, value: index))
      top.key = nil
    } else {
      pendingItems.append(index)
    }
    open.append(top)
  }

  mutating func addNode(_ kind: DocumentTree.Kind, _ mark: yaml_mark_t, parent: Int32, slot: Int32)
    -> Int32
  {
    let index = Int32(nodes.count)
    nodes.append(
      DocumentTree.Node(
        kind: kind, line: Int32(clamping: mark.line + 1), column: Int32(clamping: mark.column + 1),
        parent: parent, slot: slot, first: 0, count: 0))
    return index
  }

  mutating func addScalar(_ text: String, _ mark: yaml_mark_t) -> Bool {
    if let top = open.last, top.isMapping, top.key == nil {
      // A key: text, and new in its mapping (a duplicate goes to Yams, which names both).
      for entry in pendingEntries[top.start...] where strings[Int(entry.key)] == text {
        return false
      }
      let keyIndex = Int32(strings.count)
      strings.append(text)
      open[open.count - 1].key = (
        keyIndex, Int32(clamping: mark.line + 1), Int32(clamping: mark.column + 1)
      )
      return true
    }
    guard let (parent, slot) = nextSlot() else { return false }
    let index = addNode(.scalar, mark, parent: parent, slot: slot)
    nodes[Int(index)].first = Int32(strings.count)
    strings.append(text)
    attach(index)
    return true
  }

  mutating func begin(mapping: Bool, _ mark: yaml_mark_t) -> Bool {
    // A collection as a mapping key is not text: Yams' tree and the loader say so.
    guard let (parent, slot) = nextSlot() else { return false }
    let index = addNode(mapping ? .mapping : .sequence, mark, parent: parent, slot: slot)
    open.append(
      Open(
        index: index, isMapping: mapping,
        start: mapping ? pendingEntries.count : pendingItems.count,
        key: nil))
    return true
  }

  mutating func end() -> Bool {
    guard let top = open.popLast() else { return false }
    if top.isMapping {
      guard top.key == nil else { return false }
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
    attach(top.index)
    return true
  }
}
