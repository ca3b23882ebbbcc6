/// The fast path for JSON and flow-style YAML (`{key: value, list: [1, 2]}`), the form a
/// generated or exported dataset takes. It reads a strict subset: flow mappings and lists,
/// JSON-style double-quoted strings with JSON's escapes, and plain values made only of letters,
/// digits, spaces and `. _ / + -`. Anything else — block style, comments, tabs, single quotes,
/// a multi-line value, a duplicate key, an empty value, a trailing comma, an unusual escape or
/// character — returns nil, and the caller parses the text with libyaml instead: so the fast
/// path yields exactly the tree libyaml would, and every error message still comes from the one
/// careful path, with its line and column.
enum FlowParser {
  /// Deeper than this is not a dataset; libyaml gets to say what it is.
  static let depthLimit = 64

  static func parse(_ text: String) -> DocumentTree? {
    var text = text
    text.makeContiguousUTF8()
    return text.utf8.withContiguousStorageIfAvailable { bytes -> DocumentTree? in
      var scanner = FlowScanner(bytes: bytes)
      return scanner.document()
    } ?? nil
  }
}

private enum ASCII {
  static let space: UInt8 = 0x20
  static let newline: UInt8 = 0x0A
  static let quote: UInt8 = 0x22
  static let backslash: UInt8 = 0x5C
  static let comma: UInt8 = 0x2C
  static let colon: UInt8 = 0x3A
  static let openBrace: UInt8 = 0x7B
  static let closeBrace: UInt8 = 0x7D
  static let openBracket: UInt8 = 0x5B
  static let closeBracket: UInt8 = 0x5D
  static let minus: UInt8 = 0x2D

  static func isAlphanumeric(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
      || (byte >= 0x61 && byte <= 0x7A)
  }

  static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  /// Letters, digits, space and `. _ / + -`: characters that mean nothing special in a plain
  /// value inside a flow collection.
  static func isPlain(_ byte: UInt8) -> Bool {
    isAlphanumeric(byte) || byte == space || byte == 0x2E || byte == 0x5F || byte == 0x2F
      || byte == 0x2B || byte == minus
  }

  static func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case 0x30...0x39: return UInt32(byte - 0x30)
    case 0x41...0x46: return UInt32(byte - 0x41 + 10)
    case 0x61...0x66: return UInt32(byte - 0x61 + 10)
    default: return nil
    }
  }
}

private struct FlowScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  var position = 0
  var line: Int32 = 1
  var lineStart = 0
  /// UTF-8 continuation bytes between `lineStart` and `position`: libyaml counts columns in
  /// characters, not bytes.
  var continuations = 0
  // The tree's arrays, kept here while it is built: a class's stored arrays would be checked
  // for exclusive access on every append.
  var nodes: [DocumentTree.Node] = []
  var strings: [String] = []
  var entries: [DocumentTree.Entry] = []
  var items: [Int32] = []
  /// Entries and items of the collections being read, innermost last; each collection moves
  /// its own into the tree when it closes, so they end up contiguous.
  var pendingEntries: [DocumentTree.Entry] = []
  var pendingItems: [Int32] = []
  var depth = 0

  /// Each distinct key is stored once; a large file repeats a few dozen keys millions of times.
  var internedKeys: [String: Int32] = [:]

  init(bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    // Room for everything at once, from a count of the punctuation: every value follows a
    // ':', a ',' or an opening bracket. Growing arrays of millions would copy them over and
    // over again.
    var colons = 0
    var commas = 0
    var opens = 0
    for byte in bytes {
      switch byte {
      case ASCII.colon: colons += 1
      case ASCII.comma: commas += 1
      case ASCII.openBrace, ASCII.openBracket: opens += 1
      default: break
      }
    }
    nodes.reserveCapacity(colons + commas + opens + 1)
    strings.reserveCapacity(colons + commas + 1)
    entries.reserveCapacity(colons)
    items.reserveCapacity(commas + opens)
  }

  var column: Int32 { Int32(clamping: position - lineStart - continuations + 1) }
  var atEnd: Bool { position >= bytes.count }
  var current: UInt8 { bytes[position] }

  mutating func document() -> DocumentTree? {
    guard skipSpace(), !atEnd, current == ASCII.openBrace || current == ASCII.openBracket,
      value(parent: -1, slot: 0) != nil, skipSpace(), atEnd
    else { return nil }
    return DocumentTree(nodes: nodes, strings: strings, entries: entries, items: items)
  }

  /// Skips spaces and line breaks. False at a tab, a carriage return or a comment: those
  /// have rules of their own in YAML.
  mutating func skipSpace() -> Bool {
    while !atEnd {
      switch current {
      case ASCII.space:
        position += 1
      case ASCII.newline:
        position += 1
        line += 1
        lineStart = position
        continuations = 0
      case 0x09, 0x0D, 0x23:
        return false
      default:
        return true
      }
    }
    return true
  }

  /// Skips spaces on this line only.
  mutating func skipBlanks() {
    while !atEnd, current == ASCII.space { position += 1 }
  }

  mutating func addNode(_ kind: DocumentTree.Kind, parent: Int32, slot: Int32) -> Int32 {
    let index = Int32(nodes.count)
    nodes.append(
      DocumentTree.Node(
        kind: kind, line: line, column: column, parent: parent, slot: slot, first: 0, count: 0))
    return index
  }

  mutating func value(parent: Int32, slot: Int32) -> Int32? {
    guard !atEnd else { return nil }
    switch current {
    case ASCII.openBrace: return mapping(parent: parent, slot: slot)
    case ASCII.openBracket: return sequence(parent: parent, slot: slot)
    case ASCII.quote:
      let index = addNode(.scalar, parent: parent, slot: slot)
      guard let text = quoted() else { return nil }
      nodes[Int(index)].first = Int32(strings.count)
      strings.append(text)
      return index
    default:
      let index = addNode(.scalar, parent: parent, slot: slot)
      // A plain value may not be followed by ':' (that would make it a key).
      guard let text = plain(), atEnd || current != ASCII.colon else { return nil }
      nodes[Int(index)].first = Int32(strings.count)
      strings.append(text)
      return index
    }
  }

  mutating func mapping(parent: Int32, slot: Int32) -> Int32? {
    let index = addNode(.mapping, parent: parent, slot: slot)
    position += 1
    depth += 1
    guard depth <= FlowParser.depthLimit, skipSpace(), !atEnd else { return nil }
    let start = pendingEntries.count
    if current == ASCII.closeBrace {
      position += 1
    } else {
      while true {
        let keyLine = line
        let keyColumn = column
        let key: String
        let quotedKey = current == ASCII.quote
        if quotedKey {
          guard let text = quoted() else { return nil }
          key = text
          skipBlanks()
        } else {
          guard let text = plain() else { return nil }
          key = text
        }
        // The ':' on the key's line; after a plain key it needs a space or line break.
        guard !atEnd, current == ASCII.colon, key.utf8.count <= 1000 else { return nil }
        position += 1
        if !quotedKey, !atEnd, current != ASCII.space, current != ASCII.newline { return nil }
        guard isNewKey(key, since: start), skipSpace(), !atEnd, current != ASCII.comma,
          current != ASCII.closeBrace
        else { return nil }
        let keyIndex = intern(key, slot: pendingEntries.count - start)
        let slot = Int32(pendingEntries.count - start)
        guard let child = value(parent: index, slot: slot) else { return nil }
        pendingEntries.append(
          DocumentTree.Entry(key: keyIndex, keyLine: keyLine, keyColumn: keyColumn, value: child))
        guard skipSpace(), !atEnd else { return nil }
        if current == ASCII.closeBrace {
          position += 1
          break
        }
        guard current == ASCII.comma else { return nil }
        position += 1
        guard skipSpace(), !atEnd, current != ASCII.closeBrace, current != ASCII.comma else {
          return nil
        }
      }
    }
    nodes[Int(index)].first = Int32(entries.count)
    nodes[Int(index)].count = Int32(pendingEntries.count - start)
    entries.append(contentsOf: pendingEntries[start...])
    pendingEntries.removeSubrange(start...)
    depth -= 1
    return index
  }

  /// The key last seen at each position of a mapping: mappings of one kind repeat their keys
  /// in the same order, so this usually answers without hashing.
  var keyAtSlot: [Int32] = []

  mutating func intern(_ key: String, slot: Int) -> Int32 {
    if slot < keyAtSlot.count, strings[Int(keyAtSlot[slot])] == key { return keyAtSlot[slot] }
    let index: Int32
    if let known = internedKeys[key] {
      index = known
    } else {
      index = Int32(strings.count)
      strings.append(key)
      internedKeys[key] = index
    }
    if slot < keyAtSlot.count {
      keyAtSlot[slot] = index
    } else if slot == keyAtSlot.count {
      keyAtSlot.append(index)
    }
    return index
  }

  /// Duplicate keys go to libyaml, which names both places.
  func isNewKey(_ key: String, since start: Int) -> Bool {
    for entry in pendingEntries[start...] where strings[Int(entry.key)] == key {
      return false
    }
    return true
  }

  mutating func sequence(parent: Int32, slot: Int32) -> Int32? {
    let index = addNode(.sequence, parent: parent, slot: slot)
    position += 1
    depth += 1
    guard depth <= FlowParser.depthLimit, skipSpace(), !atEnd else { return nil }
    let start = pendingItems.count
    if current == ASCII.closeBracket {
      position += 1
    } else {
      while true {
        guard current != ASCII.comma,
          let child = value(parent: index, slot: Int32(pendingItems.count - start))
        else { return nil }
        pendingItems.append(child)
        guard skipSpace(), !atEnd else { return nil }
        if current == ASCII.closeBracket {
          position += 1
          break
        }
        guard current == ASCII.comma else { return nil }
        position += 1
        guard skipSpace(), !atEnd, current != ASCII.closeBracket else { return nil }
      }
    }
    nodes[Int(index)].first = Int32(items.count)
    nodes[Int(index)].count = Int32(pendingItems.count - start)
    items.append(contentsOf: pendingItems[start...])
    pendingItems.removeSubrange(start...)
    depth -= 1
    return index
  }

  /// A plain value: starts with a letter or digit (or '-' and a digit); trailing spaces are
  /// not part of it. What follows must end it: ',', ']', '}', ':', a line break or the end.
  mutating func plain() -> String? {
    let start = position
    guard
      ASCII.isAlphanumeric(current)
        || (current == ASCII.minus && position + 1 < bytes.count
          && ASCII.isDigit(bytes[position + 1]))
    else { return nil }
    position += 1
    while !atEnd, ASCII.isPlain(current) { position += 1 }
    var end = position
    while end > start, bytes[end - 1] == ASCII.space { end -= 1 }
    if !atEnd {
      switch current {
      case ASCII.comma, ASCII.closeBrace, ASCII.closeBracket, ASCII.colon, ASCII.newline: break
      default: return nil
      }
    }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
  }

  /// A double-quoted string on one line with JSON's escapes (but `\/`).
  mutating func quoted() -> String? {
    position += 1
    let start = position
    var escaped = false
    while true {
      guard !atEnd else { return nil }
      let byte = current
      if byte == ASCII.quote { break }
      if byte == ASCII.backslash {
        escaped = true
        position += 2
        continue
      }
      if byte < 0x20 || byte == 0x7F { return nil }
      if byte >= 0x80 {
        guard isPrintable(at: position) else { return nil }
        if byte & 0xC0 == 0x80 { continuations += 1 }
      }
      position += 1
    }
    let end = position
    position += 1
    let raw = UnsafeBufferPointer(rebasing: bytes[start..<end])
    return escaped ? unescape(raw) : String(decoding: raw, as: UTF8.self)
  }

  /// libyaml refuses C1 controls, U+FFFE and U+FFFF, and treats U+0085, U+2028 and U+2029
  /// as line breaks; a byte-order mark inside the text is left to it too.
  func isPrintable(at index: Int) -> Bool {
    let byte = bytes[index]
    let next = index + 1 < bytes.count ? bytes[index + 1] : 0
    let third = index + 2 < bytes.count ? bytes[index + 2] : 0
    switch byte {
    case 0xC2: return next >= 0xA0
    case 0xE2: return !(next == 0x80 && (third == 0xA8 || third == 0xA9))
    case 0xEF: return !(next == 0xBB && third == 0xBF) && !(next == 0xBF && third >= 0xBE)
    default: return true
    }
  }

  func unescape(_ raw: UnsafeBufferPointer<UInt8>) -> String? {
    var out: [UInt8] = []
    out.reserveCapacity(raw.count)
    var index = 0
    while index < raw.count {
      let byte = raw[index]
      guard byte == ASCII.backslash else {
        out.append(byte)
        index += 1
        continue
      }
      guard index + 1 < raw.count else { return nil }
      switch raw[index + 1] {
      case ASCII.quote: out.append(ASCII.quote)
      case ASCII.backslash: out.append(ASCII.backslash)
      case 0x6E: out.append(0x0A)  // n
      case 0x74: out.append(0x09)  // t
      case 0x72: out.append(0x0D)  // r
      case 0x62: out.append(0x08)  // b
      case 0x66: out.append(0x0C)  // f
      case 0x75:  // u: four hex digits, no surrogates
        guard index + 5 < raw.count else { return nil }
        var value: UInt32 = 0
        for offset in 2...5 {
          guard let digit = ASCII.hexValue(raw[index + offset]) else { return nil }
          value = value * 16 + digit
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        out.append(contentsOf: Array(String(Character(scalar)).utf8))
        index += 6
        continue
      default:
        return nil
      }
      index += 2
    }
    return String(decoding: out, as: UTF8.self)
  }
}
