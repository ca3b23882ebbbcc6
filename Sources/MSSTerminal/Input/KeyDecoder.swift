import CNcurses

/// Turns what `wget_wch` returned into a `Key`. Pure: no curses state, so tests can feed codes.
enum KeyDecoder {
  /// `status` is wget_wch's result (OK for a character, KEY_CODE_YES for a function key).
  /// Mouse events need `getmouse` and are decoded by `mouse(_:x:y:)` instead; nil means ignore.
  static func key(status: Int32, code: UInt32) -> Key? {
    if status == KEY_CODE_YES { return functionKey(Int32(truncatingIfNeeded: code)) }
    guard status == OK else { return nil }
    return character(code)
  }

  static func functionKey(_ code: Int32) -> Key? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_HOME, KEY_BEG: return .home
    case KEY_END, KEY_LL: return .end
    case KEY_BTAB: return .backTab
    case KEY_ENTER: return .enter
    case KEY_BACKSPACE, KEY_DC: return .backspace
    case KEY_RESIZE: return .resize
    default: return nil
    }
  }

  static func character(_ code: UInt32) -> Key? {
    switch code {
    case 9: return .tab
    case 10, 13: return .enter
    case 27: return .escape
    case 8, 127: return .backspace
    case 12: return .redraw
    case 0..<32, 0x80..<0xA0: return nil
    default:
      guard let scalar = Unicode.Scalar(code) else { return nil }
      // Invisible format characters (bidi overrides, zero-width joiners) are never typed text.
      if scalar.properties.generalCategory == .format { return nil }
      return .character(Character(scalar))
    }
  }

  /// A mouse report: button 1 press, or a wheel notch; releases and motion are ignored.
  static func mouse(_ state: mmask_t, x: Int32, y: Int32) -> Key? {
    guard x >= 0, y >= 0 else { return nil }
    let (column, row) = (Int(x), Int(y))
    if mss_is_wheel_up(state) != 0 { return .mouse(MouseEvent(.wheelUp, x: column, y: row)) }
    if mss_is_wheel_down(state) != 0 { return .mouse(MouseEvent(.wheelDown, x: column, y: row)) }
    if mss_is_button1(state) != 0 { return .mouse(MouseEvent(.press, x: column, y: row)) }
    return nil
  }
}
