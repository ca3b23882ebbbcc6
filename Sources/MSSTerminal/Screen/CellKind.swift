import MSSView

/// What `RowPlan` needs to know of a cell, read from the cell's UTF-8 bytes: every cell of
/// every frame comes through here, and comparing Strings or counting scalars cost more than
/// the rest of the copy to curses.
enum CellKind {
  /// The cell's content for the plan, and whether it is a box-drawing character (U+2500–U+257F,
  /// drawn in its role's line look).
  static func of(_ text: String) -> (content: RowPlan.Content, isBoxDrawing: Bool) {
    var text = text
    return text.withUTF8 { bytes in
      switch bytes.count {
      case 0:
        return (.continuation, false)
      case 1:
        return (bytes[0] == 0x20 ? .blank : .other, false)
      case 3 where bytes[0] == 0xE2 && (bytes[1] == 0x94 || bytes[1] == 0x95):
        // U+2500 is E2 94 80; U+257F is E2 95 BF.
        let isLine = bytes[1] == 0x94 && bytes[2] == 0x80
        return (isLine ? .horizontalLine : .other, true)
      default:
        return (.other, false)
      }
    }
  }
}

extension Role {
  /// The role's position in `Role.allCases`, the index of its look in `Terminal.looks`: a
  /// switch instead of a Dictionary, whose String hashing (Role's raw value) showed per row.
  var lookIndex: Int {
    switch self {
    case .text: 0
    case .muted: 1
    case .title: 2
    case .border: 3
    case .focusBorder: 4
    case .accent: 5
    case .header: 6
    case .pledged: 7
    case .deployed: 8
    case .planned: 9
    case .warning: 10
    case .conflict: 11
    case .selection: 12
    case .banner: 13
    case .highlight: 14
    case .mandate: 15
    case .deployment: 16
    case .violence: 17
    case .diplomacy: 18
    case .humanitarian: 19
    case .funding: 20
    }
  }
}
