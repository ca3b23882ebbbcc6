#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// WCAG 2.x contrast between two colours: the ratio of their relative luminances (plus 0.05
/// each for flare), from 1:1 to 21:1. Body text wants 4.5:1, high contrast 7:1.
public enum Contrast {
  /// Relative luminance of an sRGB colour, 0 (black) to 1 (white).
  public static func luminance(_ color: XtermPalette.RGB) -> Double {
    func linear(_ channel: Int) -> Double {
      let value = Double(min(max(channel, 0), 255)) / 255
      return value <= 0.040_45 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * linear(color.red) + 0.7152 * linear(color.green) + 0.0722 * linear(color.blue)
  }

  public static func ratio(_ first: XtermPalette.RGB, _ second: XtermPalette.RGB) -> Double {
    let (a, b) = (luminance(first), luminance(second))
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)
  }
}
