/// The standard xterm 256-colour palette as RGB, for nearest-colour fallback. Terminals let
/// users redefine 0–15, so these are xterm's defaults: a guess, but the usual one.
public enum XtermPalette {
  public struct RGB: Hashable, Sendable {
    public let red: Int
    public let green: Int
    public let blue: Int

    public init(_ red: Int, _ green: Int, _ blue: Int) {
      self.red = red
      self.green = green
      self.blue = blue
    }

    /// Channels within a few steps of each other: a grey, not a faint tint.
    var isGrey: Bool { max(red, green, blue) - min(red, green, blue) <= 16 }

    /// Squared Euclidean distance: enough to rank candidates, no square root needed.
    func distance(to other: RGB) -> Int {
      let red = self.red - other.red
      let green = self.green - other.green
      let blue = self.blue - other.blue
      return red * red + green * green + blue * blue
    }
  }

  /// The 16 basic colours (xterm defaults).
  static let basic: [RGB] = [
    RGB(0, 0, 0), RGB(205, 0, 0), RGB(0, 205, 0), RGB(205, 205, 0),
    RGB(0, 0, 238), RGB(205, 0, 205), RGB(0, 205, 205), RGB(229, 229, 229),
    RGB(127, 127, 127), RGB(255, 0, 0), RGB(0, 255, 0), RGB(255, 255, 0),
    RGB(92, 92, 255), RGB(255, 0, 255), RGB(0, 255, 255), RGB(255, 255, 255),
  ]

  /// The six levels of each axis of the 6×6×6 colour cube (indexes 16–231).
  static let cubeLevels = [0, 95, 135, 175, 215, 255]

  /// All 256 entries: basic colours, the cube, then 24 greys from 8 to 238.
  public static let colors: [RGB] = {
    var colors = basic
    for red in cubeLevels {
      for green in cubeLevels {
        for blue in cubeLevels { colors.append(RGB(red, green, blue)) }
      }
    }
    for step in 0..<24 {
      let level = 8 + 10 * step
      colors.append(RGB(level, level, level))
    }
    return colors
  }()

  /// The RGB value of palette entry `index`, clamped into 0–255.
  public static func rgb(_ index: Int) -> RGB { colors[min(max(index, 0), 255)] }

  /// The palette index in `range` nearest to `color`; the lowest index wins a tie. A grey only
  /// matches greys: by distance alone mid-grey text would turn olive in the 8-colour palette.
  public static func nearest(to color: RGB, in range: Range<Int>) -> Int {
    let greys = range.filter { colors[$0].isGrey }
    let candidates = color.isGrey && !greys.isEmpty ? greys : Array(range)
    var best = range.lowerBound
    var bestDistance = Int.max
    for index in candidates {
      let distance = colors[index].distance(to: color)
      if distance < bestDistance {
        best = index
        bestDistance = distance
      }
    }
    return best
  }
}
