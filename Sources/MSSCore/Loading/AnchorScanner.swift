/// Finds YAML anchors (`&name`) and aliases (`*name`) before the text is composed. Aliases let
/// a few lines expand into an exponential tree ("billion laughs"), and libyaml's composer
/// hashes mapping keys, so an aliased key would hang the loader before any check could run.
/// Datasets never need them. The scan follows just enough YAML to skip quoted text, comments
/// and block scalars, where `&` and `*` are ordinary characters.
enum AnchorScanner {
  struct Found: Equatable {
    let line: Int
    let column: Int
    let text: String
  }

  static func firstAnchorOrAlias(in text: String) -> Found? {
    var scanner = State()
    var index = 0
    // Everything the scan looks at is ASCII, so it reads bytes; only a find is turned back
    // into characters, for its column.
    for lineBytes in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
      index += 1
      if let offset = scanner.scan(Array(lineBytes)) {
        let line = Substring(lineBytes)
        let start = line.utf8.index(line.startIndex, offsetBy: offset)
        let column = line.distance(from: line.startIndex, to: start)
        let token = line[start...].prefix { isAnchorCharacter($0) || $0 == "&" || $0 == "*" }
        return Found(line: index, column: column + 1, text: String(token))
      }
    }
    return nil
  }

  /// Anchor names run to the next blank or flow indicator.
  static func isAnchorCharacter(_ byte: UInt8) -> Bool {
    byte >= 0x80 || isAnchorCharacter(Character(Unicode.Scalar(byte)))
  }

  static func isAnchorCharacter(_ character: Character) -> Bool {
    !(character == " " || character == "\t" || character == "," || character == "["
      || character == "]" || character == "{" || character == "}" || character == "\r")
  }

  private enum Quote {
    case none
    case single
    case double
  }

  /// What carries over from one line to the next.
  private struct State {
    var quote = Quote.none
    /// How many flow collections (`[`, `{`) are open; only inside them do `,` and `]` matter.
    var flowDepth = 0
    /// Inside a block scalar (`|` or `>`): lines indented deeper than this are its content.
    var blockIndent: Int?

    /// The byte offset of an anchor or alias on this line, if any.
    mutating func scan(_ line: [UInt8]) -> Int? {
      let indent = line.prefix { $0 == UInt8(ascii: " ") }.count
      if let block = blockIndent {
        if indent >= line.count || indent > block { return nil }
        blockIndent = nil
      }
      var index = quote == .none ? indent : 0
      var atNodeStart = quote == .none
      if quote == .none, line.starts(with: [UInt8(ascii: "%")]) { return nil }
      if quote == .none,
        line.starts(with: [UInt8(ascii: "-"), UInt8(ascii: "-"), UInt8(ascii: "-")])
          || line.starts(with: [UInt8(ascii: "."), UInt8(ascii: "."), UInt8(ascii: ".")])
      {
        index = 3
      }
      while index < line.count {
        let character = line[index]
        switch quote {
        case .double:
          if character == UInt8(ascii: "\\") {
            index += 2
            continue
          }
          if character == UInt8(ascii: "\"") { quote = .none }
          index += 1
          continue
        case .single:
          if character == UInt8(ascii: "'") {
            if index + 1 < line.count, line[index + 1] == UInt8(ascii: "'") {
              index += 2
              continue
            }
            quote = .none
          }
          index += 1
          continue
        case .none:
          break
        }
        if character == UInt8(ascii: " ") || character == UInt8(ascii: "\t") {
          index += 1
          continue
        }
        if character == UInt8(ascii: "#"),
          index == 0 || line[index - 1] == UInt8(ascii: " ")
            || line[index - 1] == UInt8(ascii: "\t")
        {
          return nil
        }
        if atNodeStart {
          switch character {
          case UInt8(ascii: "&"), UInt8(ascii: "*"):
            if index + 1 < line.count, isAnchorCharacter(line[index + 1]) { return index }
            atNodeStart = false
          case UInt8(ascii: "\""):
            quote = .double
            atNodeStart = false
          case UInt8(ascii: "'"):
            quote = .single
            atNodeStart = false
          case UInt8(ascii: "|"), UInt8(ascii: ">"):
            blockIndent = indent
            return nil
          case UInt8(ascii: "!"):
            // A tag; the node itself follows it.
            while index < line.count, line[index] != UInt8(ascii: " ") { index += 1 }
            continue
          case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"):
            let next = index + 1 < line.count ? line[index + 1] : UInt8(ascii: " ")
            atNodeStart = next == UInt8(ascii: " ") || next == UInt8(ascii: "\t")
          case UInt8(ascii: "["), UInt8(ascii: "{"):
            flowDepth += 1
            atNodeStart = true
          case UInt8(ascii: ","):
            atNodeStart = flowDepth > 0
          case UInt8(ascii: "]"), UInt8(ascii: "}"):
            flowDepth = max(0, flowDepth - 1)
            atNodeStart = false
          default:
            atNodeStart = false
          }
          index += 1
          continue
        }
        // Inside a plain scalar or after a quoted one: watch for what starts the next node.
        let next = index + 1 < line.count ? line[index + 1] : UInt8(ascii: " ")
        switch character {
        case UInt8(ascii: ":")
        where next == UInt8(ascii: " ") || next == UInt8(ascii: "\t")
          || (flowDepth > 0 && next == UInt8(ascii: ",")):
          atNodeStart = true
        case UInt8(ascii: ",") where flowDepth > 0:
          atNodeStart = true
        case UInt8(ascii: "]"), UInt8(ascii: "}"):
          if flowDepth > 0 { flowDepth -= 1 }
        default:
          break
        }
        index += 1
      }
      return nil
    }
  }
}
