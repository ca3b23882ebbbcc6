/// Help text broken into lines at spaces, for a terminal `width` columns wide.
enum TextWrapping {
  /// `text` (one paragraph) as lines of at most `width` characters, except a single word that
  /// is longer; `indent` spaces start every line but the first.
  static func lines(_ text: String, width: Int, indent: Int = 0) -> [String] {
    lines(words: text.split(separator: " ").map(String.init), width: width, indent: indent)
  }

  /// Words (which may hold spaces of their own, such as `[--width <width>]`) joined by spaces
  /// into lines as `lines(_:width:indent:)` makes them.
  static func lines(words: [String], width: Int, indent: Int = 0) -> [String] {
    let limit = max(width, indent + 10)
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    for word in words {
      let wordWidth = word.count
      if lineWidth > 0, lineWidth + 1 + wordWidth > limit - (lines.isEmpty ? 0 : indent) {
        lines.append(line)
        line = ""
        lineWidth = 0
      }
      if lineWidth > 0 {
        line += " "
        lineWidth += 1
      }
      line += word
      lineWidth += wordWidth
    }
    if lineWidth > 0 || lines.isEmpty { lines.append(line) }
    let padding = String(repeating: " ", count: indent)
    return lines.enumerated().map { $0.offset == 0 ? $0.element : padding + $0.element }
  }

  /// Paragraphs separated by blank lines, each wrapped.
  static func paragraphs(_ text: String, width: Int) -> [String] {
    var result: [String] = []
    for (number, paragraph) in paragraphList(text).enumerated() {
      if number > 0 { result.append("") }
      result += lines(paragraph, width: width)
    }
    return result
  }

  /// The paragraphs of `text`, each on one line: lines up to a blank one, joined.
  static func paragraphList(_ text: String) -> [String] {
    var paragraphs: [String] = []
    var current: [Substring] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.allSatisfy({ $0 == " " }) {
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        current = []
      } else {
        current.append(line)
      }
    }
    if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
    return paragraphs
  }
}
