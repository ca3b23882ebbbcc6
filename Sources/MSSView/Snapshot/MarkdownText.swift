/// Writing dataset text into Markdown so it reads as the words it is and nothing more.
enum MarkdownText {
  /// Characters that CommonMark or GitHub give a meaning: emphasis, code, links, tables,
  /// headings, HTML, strikethrough (`~`), maths (`$`) and entities (`&`). `>` only quotes at the
  /// start of a line, where dataset text never stands, so it is left readable.
  static let significant: Set<Character> = [
    "\\", "`", "*", "_", "[", "]", "<", "|", "~", "#", "$", "&", "!", "{", "}",
  ]

  /// `text` made safe for the terminal (TextSanitizer: no control sequences, one line) and
  /// with every Markdown-significant character escaped.
  static func escape(_ text: String) -> String {
    var out = ""
    for character in TextSanitizer.clean(text) {
      if significant.contains(character) { out.append("\\") }
      out.append(character)
    }
    return out
  }

  /// A GitHub-flavoured table. Cells must already be escaped; an empty cell shows `empty`.
  static func table(_ header: [String], _ rows: [[String]], empty: String) -> [String] {
    func line(_ cells: [String]) -> String {
      "| " + cells.map { $0.isEmpty ? empty : $0 }.joined(separator: " | ") + " |"
    }
    return [line(header), "|" + header.map { _ in " --- |" }.joined()] + rows.map(line)
  }
}
