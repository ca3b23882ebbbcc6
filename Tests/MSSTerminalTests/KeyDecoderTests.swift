import CNcurses
import Testing

@testable import MSSTerminal

@Suite struct KeyDecoderTests {
  @Test func controlCharacters() {
    #expect(KeyDecoder.key(status: OK, code: 9) == .tab)
    #expect(KeyDecoder.key(status: OK, code: 13) == .enter)
    #expect(KeyDecoder.key(status: OK, code: 10) == .enter)
    #expect(KeyDecoder.key(status: OK, code: 27) == .escape)
    #expect(KeyDecoder.key(status: OK, code: 127) == .backspace)
    #expect(KeyDecoder.key(status: OK, code: 8) == .backspace)
    #expect(KeyDecoder.key(status: OK, code: 12) == .redraw)
    #expect(KeyDecoder.key(status: OK, code: 1) == nil)
    #expect(KeyDecoder.key(status: OK, code: 0x9B) == nil, "C1 CSI is never text")
  }

  @Test func printableAndWideCharacters() {
    #expect(KeyDecoder.key(status: OK, code: UInt32(UInt8(ascii: "j"))) == .character("j"))
    #expect(KeyDecoder.key(status: OK, code: 0xE9) == .character("é"))
    #expect(KeyDecoder.key(status: OK, code: 0x6D77) == .character("海"))
    #expect(KeyDecoder.key(status: OK, code: 0x202E) == nil, "a bidi override is not typed text")
    #expect(KeyDecoder.key(status: OK, code: 0xD800) == nil, "a lone surrogate is not a character")
  }

  @Test func functionKeys() {
    let cases: [(Int32, Key)] = [
      (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
      (KEY_PPAGE, .pageUp),
      (KEY_NPAGE, .pageDown), (KEY_HOME, .home), (KEY_END, .end), (KEY_BTAB, .backTab),
      (KEY_ENTER, .enter), (KEY_BACKSPACE, .backspace), (KEY_RESIZE, .resize),
    ]
    for (code, key) in cases {
      #expect(KeyDecoder.key(status: KEY_CODE_YES, code: UInt32(code)) == key, "\(code)")
    }
    #expect(KeyDecoder.key(status: KEY_CODE_YES, code: UInt32(KEY_F0 + 5)) == nil)
    #expect(KeyDecoder.key(status: ERR, code: 0) == nil)
  }

  @Test func mouseReports() {
    #expect(
      KeyDecoder.mouse(mss_button1_pressed(), x: 4, y: 5) == .mouse(MouseEvent(.press, x: 4, y: 5)))
    #expect(
      KeyDecoder.mouse(mss_wheel_up(), x: 1, y: 2) == .mouse(MouseEvent(.wheelUp, x: 1, y: 2)))
    #expect(
      KeyDecoder.mouse(mss_wheel_down(), x: 1, y: 2) == .mouse(MouseEvent(.wheelDown, x: 1, y: 2)))
    #expect(KeyDecoder.mouse(mss_button1_released(), x: 4, y: 5) == nil, "a release does nothing")
    #expect(KeyDecoder.mouse(0, x: 4, y: 5) == nil)
    #expect(KeyDecoder.mouse(mss_button1_pressed(), x: -1, y: 5) == nil)
  }
}
