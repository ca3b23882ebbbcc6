/// Writes a `JSONTree` the way the snapshot's JSON has always looked (Foundation's
/// `JSONEncoder` with pretty printing, sorted keys, unescaped slashes and snake_case keys), so
/// tools and diffs see the same bytes without Foundation in the process.
enum JSONText {
  struct NotFinite: Error {}

  static func pretty(_ tree: JSONTree) throws -> String {
    var out = ""
    try write(tree, indent: 0, into: &out)
    return out
  }

  private static func write(_ tree: JSONTree, indent: Int, into out: inout String) throws {
    switch tree {
    case .null: out += "null"
    case .bool(let value): out += value ? "true" : "false"
    case .integer(let value): out += String(value)
    case .unsigned(let value): out += String(value)
    case .number(let value): out += try number(value)
    case .string(let value): quote(value, into: &out)
    case .array(let items):
      try block("[", "]", items, indent: indent, into: &out) { item, out in
        try write(item, indent: indent + 1, into: &out)
      }
    case .object(let fields):
      let sorted = fields.map { (key: $0.key, value: $0.value) }.sorted { $0.key < $1.key }
      try block("{", "}", sorted, indent: indent, into: &out) { field, out in
        quote(field.key, into: &out)
        out += " : "
        try write(field.value, indent: indent + 1, into: &out)
      }
    }
  }

  /// One item a line, two spaces deeper; an empty one as an open line, as JSONEncoder does.
  private static func block<Item>(
    _ open: String, _ close: String, _ items: [Item], indent: Int, into out: inout String,
    _ each: (Item, inout String) throws -> Void
  ) throws {
    let inner = String(repeating: "  ", count: indent + 1)
    out += open + "\n"
    if items.isEmpty { out += "\n" }
    for (index, item) in items.enumerated() {
      out += inner
      try each(item, &out)
      out += index < items.count - 1 ? ",\n" : "\n"
    }
    out += String(repeating: "  ", count: indent) + close
  }

  /// The shortest text that reads back as the same number, without a trailing ".0".
  static func number(_ value: Double) throws -> String {
    guard value.isFinite else { throw NotFinite() }
    let text = value.description
    return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
  }

  static func quote(_ text: String, into out: inout String) {
    out += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{8}": out += "\\b"
      case "\u{C}": out += "\\f"
      case "\u{0}"..."\u{1F}":
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    out += "\""
  }

  /// `periodText` → `period_text`, by JSONEncoder's `convertToSnakeCase` rules: a word starts
  /// at each capital after the first character, and a run of capitals is a word of its own
  /// except for its last letter, which starts the next word (`myURLValue` → `my_url_value`).
  static func snakeCase(_ key: String) -> String {
    let characters = Array(key)
    guard characters.count > 1 else { return key.lowercased() }
    var words: [Range<Int>] = []
    var wordStart = 0
    var searchStart = 1
    while let upper = characters[searchStart...].firstIndex(where: \.isUppercase) {
      words.append(wordStart..<upper)
      guard let lower = characters[upper...].firstIndex(where: \.isLowercase) else {
        wordStart = upper
        searchStart = characters.count
        break
      }
      if lower == upper + 1 {
        wordStart = upper
      } else {
        words.append(upper..<(lower - 1))
        wordStart = lower - 1
      }
      searchStart = lower + 1
    }
    words.append(wordStart..<characters.count)
    return words.map { String(characters[$0]).lowercased() }.joined(separator: "_")
  }
}
