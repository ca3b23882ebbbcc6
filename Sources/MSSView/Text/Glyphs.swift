/// The characters panels draw with: Unicode box drawing and block elements, or plain ASCII when
/// the locale is not UTF-8 or `--ascii` is given.
public struct Glyphs: Hashable, Sendable {
  public let horizontal: String
  public let vertical: String
  public let topLeft: String
  public let topRight: String
  public let bottomLeft: String
  public let bottomRight: String
  /// Bar fill by eighths: index 0 is empty, 8 is a full cell.
  public let eighths: [String]
  /// Sparkline levels, lowest first.
  public let sparks: [String]
  public let track: String
  public let plannedFill: String
  public let ellipsis: String
  public let conflict: String
  public let marker: String
  public let bullet: String
  public let selected: String
  public let arrowUp: String
  public let arrowDown: String
  public let dash: String
  /// Marks the lead nation.
  public let lead: String
  /// Upcoming (planned) events on the timeline.
  public let hollowBullet: String
  /// The separator between items of a status line.
  public let dot: String
  /// The multiplication sign of "80×24".
  public let times: String
  public let ascii: Bool

  public static let unicode = Glyphs(
    horizontal: "\u{2500}", vertical: "\u{2502}", topLeft: "\u{256D}", topRight: "\u{256E}",
    bottomLeft: "\u{2570}", bottomRight: "\u{256F}",
    eighths: [
      " ", "\u{258F}", "\u{258E}", "\u{258D}", "\u{258C}", "\u{258B}", "\u{258A}", "\u{2589}",
      "\u{2588}",
    ],
    sparks: [
      "\u{2581}", "\u{2582}", "\u{2583}", "\u{2584}", "\u{2585}", "\u{2586}", "\u{2587}",
      "\u{2588}",
    ],
    track: "\u{2591}", plannedFill: "\u{2592}", ellipsis: "\u{2026}", conflict: "\u{26A0}",
    marker: "\u{25B6}", bullet: "\u{2022}", selected: "\u{25B8}", arrowUp: "\u{2191}",
    arrowDown: "\u{2193}", dash: "\u{2013}", lead: "\u{2605}", hollowBullet: "\u{25CB}",
    dot: "\u{00B7}", times: "\u{00D7}", ascii: false)

  public static let ascii = Glyphs(
    horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
    eighths: [" ", " ", " ", " ", "#", "#", "#", "#", "#"],
    sparks: ["_", ".", "-", "~", "=", "+", "*", "#"],
    track: ".", plannedFill: "+", ellipsis: "...", conflict: "!", marker: ">", bullet: "*",
    selected: ">", arrowUp: "^", arrowDown: "v", dash: "-", lead: "*", hollowBullet: "o", dot: "|",
    times: "x", ascii: true)
}
