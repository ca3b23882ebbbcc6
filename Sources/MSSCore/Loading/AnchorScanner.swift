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
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    {
      if let column = scanner.scan(Array(line)) {
        let token = line.dropFirst(column).prefix {
          isAnchorCharacter($0) || $0 == "&" || $0 == "*"
        }
        return Found(line: index + 1, column: column + 1, text: String(token))
      }
    }
    return nil
  }

  /// Anchor names run to the next blank or flow indicator.
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

    /// The 0-based column of an anchor or alias on this line, if any.
    mutating func scan(_ line: [Character]) -> Int? {
      let indent = line.prefix { $0 == " " }.count
      if let block = blockIndent {
        if indent >= line.count || indent > block { return nil }
        blockIndent = nil
      }
      var index = quote == .none ? indent : 0
      var atNodeStart = quote == .none
      if quote == .none, line.starts(with: ["%"]) { return nil }
      if quote == .none, line.starts(with: ["-", "-", "-"]) || line.starts(with: [".", ".", "."]) {
        index = 3
      }
      while index < line.count {
        let character = line[index]
        switch quote {
        case .double:
          if character == "\\" {
            index += 2
            continue
          }
          if character == "\"" { quote = .none }
          index += 1
          continue
        case .single:
          if character == "'" {
            if index + 1 < line.count, line[index + 1] == "'" {
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
        if character == " " || character == "\t" {
          index += 1
          continue
        }
        if character == "#", index == 0 || line[index - 1] == " " || line[index - 1] == "\t" {
          return nil
        }
        if atNodeStart {
          switch character {
          case "&", "*":
            if index + 1 < line.count, isAnchorCharacter(line[index + 1]) { return index }
            atNodeStart = false
          case "\"":
            quote = .double
            atNodeStart = false
          case "'":
            quote = .single
            atNodeStart = false
          case "|", ">":
            blockIndent = indent
            return nil
          case "!":
            // A tag; the node itself follows it.
            while index < line.count, line[index] != " " { index += 1 }
            continue
          case "-", "?", ":":
            let next = index + 1 < line.count ? line[index + 1] : " "
            atNodeStart = next == " " || next == "\t"
          case "[", "{":
            flowDepth += 1
            atNodeStart = true
          case ",":
            atNodeStart = flowDepth > 0
          case "]", "}":
            flowDepth = max(0, flowDepth - 1)
            atNodeStart = false
          default:
            atNodeStart = false
          }
          index += 1
          continue
        }
        // Inside a plain scalar or after a quoted one: watch for what starts the next node.
        let next = index + 1 < line.count ? line[index + 1] : " "
        switch character {
        case ":" where next == " " || next == "\t" || (flowDepth > 0 && next == ","):
          atNodeStart = true
        case "," where flowDepth > 0:
          atNodeStart = true
        case "]", "}":
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
