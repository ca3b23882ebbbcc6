import MSSView
import Testing

@testable import MSSTerminal

@Suite struct KeyMapTests {
  @Test(arguments: [
    (Key.tab, Action.focusNext), (.backTab, .focusPrevious),
    (.character("1"), .focus(.pledges)), (.character("2"), .focus(.humanitarian)),
    (.character("3"), .focus(.timeline)), (.character("4"), .focus(.detail)),
    (.up, .moveUp), (.character("k"), .moveUp), (.down, .moveDown), (.character("j"), .moveDown),
    (.pageUp, .pageUp), (.pageDown, .pageDown), (.character("g"), .top), (.home, .top),
    (.character("G"), .bottom), (.end, .bottom), (.enter, .openDetail), (.escape, .back),
    (.character("["), .stepAsOf(-1)), (.character("]"), .stepAsOf(1)),
    (.character("0"), .asOfToday),
    (.character("z"), .toggleZoom), (.character("s"), .cycleSort), (.character("/"), .startFilter),
    (.character("r"), .reload), (.character("t"), .cycleTheme), (.character("?"), .toggleHelp),
    (.character("q"), .quit), (.redraw, .redraw),
  ])
  func browsingKeys(key: Key, action: Action) {
    #expect(KeyMap.action(for: key, mode: .browsing) == action)
  }

  @Test func unboundKeysDoNothing() {
    for key in [
      Key.character("5"), .character("x"), .character("٣"), .left, .right, .backspace, .resize,
    ] {
      #expect(KeyMap.action(for: key, mode: .browsing) == nil, "\(key)")
    }
  }

  @Test func mouseClicksAndWheel() {
    #expect(
      KeyMap.action(for: .mouse(MouseEvent(.press, x: 3, y: 7)), mode: .browsing)
        == .click(x: 3, y: 7))
    #expect(
      KeyMap.action(for: .mouse(MouseEvent(.wheelUp, x: 1, y: 2)), mode: .browsing)
        == .scroll(x: 1, y: 2, lines: -3))
    #expect(
      KeyMap.action(for: .mouse(MouseEvent(.wheelDown, x: 1, y: 2)), mode: .browsing)
        == .scroll(x: 1, y: 2, lines: 3))
  }

  /// After `/`, letters that are commands elsewhere are text until Enter or Esc.
  @Test func filteringTakesText() {
    #expect(KeyMap.action(for: .character("q"), mode: .filtering) == .filterInput("q"))
    #expect(KeyMap.action(for: .character("é"), mode: .filtering) == .filterInput("é"))
    #expect(KeyMap.action(for: .character(" "), mode: .filtering) == .filterInput(" "))
    #expect(KeyMap.action(for: .backspace, mode: .filtering) == .filterBackspace)
    #expect(KeyMap.action(for: .enter, mode: .filtering) == .filterCommit)
    #expect(KeyMap.action(for: .escape, mode: .filtering) == .back)
    #expect(KeyMap.action(for: .down, mode: .filtering) == .moveDown)
    #expect(KeyMap.action(for: .redraw, mode: .filtering) == .redraw)
  }

  @Test func kioskOnlyQuits() {
    #expect(KeyMap.action(for: .character("q"), mode: .kiosk(locked: false)) == .quit)
    #expect(KeyMap.action(for: .character("q"), mode: .kiosk(locked: true)) == nil)
    #expect(KeyMap.action(for: .redraw, mode: .kiosk(locked: true)) == .redraw)
    for key in [
      Key.tab, .enter, .character("["), .character("r"), .mouse(MouseEvent(.press, x: 0, y: 0)),
    ] {
      #expect(KeyMap.action(for: key, mode: .kiosk(locked: false)) == nil, "\(key)")
    }
  }
}
