/// The punctuation a report is set with: typographic by default, plain ASCII with `--ascii`
/// (a terminal or mail system without UTF-8). Dataset text is left as it is.
struct MarkdownTypography: Sendable {
  let openQuote: String
  let closeQuote: String
  /// Before a quote's source, and in an empty table cell.
  let dash: String
  let separator: String
  let divide: String
  let minus: String
  let conflict: String

  static let unicode = MarkdownTypography(
    openQuote: "\u{201C}", closeQuote: "\u{201D}", dash: "\u{2014}", separator: "\u{00B7}",
    divide: "\u{00F7}", minus: "\u{2212}", conflict: "\u{26A0}")

  static let ascii = MarkdownTypography(
    openQuote: "\"", closeQuote: "\"", dash: "-", separator: "-", divide: "/", minus: "-",
    conflict: "(!)")

  func quoted(_ text: String) -> String { openQuote + text + closeQuote }
}
