import Testing

@testable import MSSTerminal

@Suite struct RowPlanTests {
  /// Looks 0–3 show nothing on a blank (the terminal's background); look 9 has a background.
  static func blankIsPlain(_ look: Int) -> Bool { look != 9 }

  /// A row written as one character per cell: letters are text in the look of the digit under
  /// them, "_" a blank, "-" a `─`, "=" the right half of a wide character.
  func cells(_ text: String, looks: String) -> [RowPlan.Cell] {
    zip(text, looks).map { character, look in
      let content: RowPlan.Content =
        switch character {
        case "_": .blank
        case "-": .horizontalLine
        case "=": .continuation
        default: .other
        }
      return RowPlan.Cell(content: content, look: look.wholeNumberValue ?? 0)
    }
  }

  func plan(_ text: String, looks: String, lines: Bool = true) -> [RowPlan.Segment] {
    RowPlan(cells(text, looks: looks), blankIsPlain: Self.blankIsPlain, lines: lines).segments
  }

  func segment(_ start: Int, _ end: Int, look: Int, _ kind: RowPlan.Kind = .text)
    -> RowPlan.Segment
  {
    RowPlan.Segment(start: start, end: end, look: look, kind: kind)
  }

  /// "ab__cd" with the blanks in look 2 between text in look 1: one run, one change of look.
  /// Between two looks the gap goes with the word after it.
  @Test func shortGapTakesANeighboursLook() {
    #expect(plan("ab__cd", looks: "112211") == [segment(0, 6, look: 1)])
    #expect(plan("ab__cd", looks: "112233") == [segment(0, 2, look: 1), segment(2, 6, look: 3)])
  }

  /// Before a `─` the gap keeps the look before it: the line starts with an `sgr` anyway.
  @Test func gapBeforeALineTakesTheLookBefore() {
    #expect(
      plan("a_-b", looks: "1022", lines: false) == [segment(0, 2, look: 1), segment(2, 4, look: 2)])
  }

  /// A gap before a look with a background keeps the look before it.
  @Test func gapBeforeABackgroundTakesTheLookBefore() {
    #expect(plan("a__b", looks: "1009") == [segment(0, 3, look: 1), segment(3, 4, look: 9)])
  }

  /// A gap after a look with a background takes the next look instead of a change to plain.
  @Test func gapAfterABackgroundTakesTheLookAfter() {
    #expect(plan("ab__cd", looks: "990022") == [segment(0, 2, look: 9), segment(2, 6, look: 2)])
  }

  /// A gap longer than a cursor move, and blanks at either end of the row, stay plain.
  @Test func longGapsAndEdgesStayPlain() {
    let gap = String(repeating: "_", count: RowPlan.longestBridgedGap + 1)
    let text = "__a" + gap + "b__"
    let looks = "111" + String(repeating: "1", count: gap.count) + "111"
    #expect(
      plan(text, looks: looks) == [
        segment(2, 3, look: 1), segment(text.count - 3, text.count - 2, look: 1),
      ])
  }

  /// Blanks with a background of their own (a selection bar) are drawn as they are.
  @Test func visibleBlanksKeepTheirLook() {
    #expect(
      plan("a__b", looks: "1991") == [
        segment(0, 1, look: 1), segment(1, 3, look: 9), segment(3, 4, look: 1),
      ])
  }

  /// The right half of a wide character goes with its left half.
  @Test func continuationFollowsItsCharacter() {
    #expect(plan("a=b", looks: "202") == [segment(0, 3, look: 2)])
    #expect(plan("=a", looks: "11") == [segment(1, 2, look: 1)])
  }

  /// A long `─` run becomes a line; a short one stays text; without line drawing none does.
  @Test func longHorizontalRunsBecomeLines() {
    let long = String(repeating: "-", count: RowPlan.shortestLine)
    let short = String(repeating: "-", count: RowPlan.shortestLine - 1)
    let ones = { (count: Int) in String(repeating: "1", count: count) }
    #expect(
      plan("a" + long + "b", looks: ones(long.count + 2)) == [
        segment(0, 1, look: 1), segment(1, 1 + long.count, look: 1, .line),
        segment(1 + long.count, 2 + long.count, look: 1),
      ])
    #expect(
      plan("a" + short + "b", looks: ones(short.count + 2)) == [
        segment(0, short.count + 2, look: 1)
      ])
    #expect(
      plan("a" + long + "b", looks: ones(long.count + 2), lines: false) == [
        segment(0, long.count + 2, look: 1)
      ])
  }

  /// After a line the gap takes the next look: leaving the line-drawing set sets it anyway.
  @Test func gapAfterALineTakesTheNextLook() {
    let long = String(repeating: "-", count: RowPlan.shortestLine)
    let looks = String(repeating: "1", count: long.count) + "22"
    #expect(
      plan(long + "_a", looks: looks) == [
        segment(0, long.count, look: 1, .line), segment(long.count, long.count + 2, look: 2),
      ])
  }
}
