/// Medians and the formatting of figures.
enum Statistics {
  /// The median; the mean of the middle two for an even count. nil for no values.
  static func median(_ values: [Double]) -> Double? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }

  static func median(_ values: [Int]) -> Double? { median(values.map(Double.init)) }

  /// Runs `body` `count` times and returns the median of the seconds each took; a slow body
  /// stops after at least 3 runs once `budget` seconds have gone by.
  static func medianSeconds(runs count: Int, budget: Double = 5, _ body: () -> Void) -> Double {
    var samples: [Double] = []
    var spent = 0.0
    for index in 0..<max(1, count) {
      if index >= 3, spent > budget { break }
      let start = monotonicNanoseconds()
      body()
      let seconds = Double(monotonicNanoseconds() - start) / 1e9
      samples.append(seconds)
      spent += seconds
    }
    return median(samples) ?? 0
  }
}

enum Format {
  /// "12.3 ms", "1.24 s", "–" for nothing.
  static func time(milliseconds value: Double?) -> String {
    guard let value else { return "–" }
    if value >= 1000 { return "\(fixed(value / 1000, 2)) s" }
    if value >= 100 { return "\(fixed(value, 0)) ms" }
    if value >= 10 { return "\(fixed(value, 1)) ms" }
    return "\(fixed(value, 2)) ms"
  }

  /// "5 312 B" below 10 KB, "23.9 KB" above.
  static func bytes(_ value: Double?) -> String {
    guard let value else { return "–" }
    if value >= 10_000 { return "\(fixed(value / 1000, 1)) KB" }
    return "\(fixed(value, 0)) B"
  }

  /// A count, rounded: "62", "–" for nothing.
  static func count(_ value: Double?) -> String {
    guard let value else { return "–" }
    return fixed(value, 0)
  }

  static func mebibytes(kib value: Double?) -> String {
    guard let value else { return "–" }
    return "\(fixed(value / 1024, 1)) MiB"
  }

  static func ratio(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "–" }
    return "\(fixed(value, 2))×"
  }

  /// A number with `digits` decimals, without Foundation.
  static func fixed(_ value: Double, _ digits: Int) -> String {
    guard value.isFinite else { return "\(value)" }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    let whole = Int(scaled / scale)
    let sign = value < 0 && scaled > 0 ? "-" : ""
    guard digits > 0 else { return "\(sign)\(whole)" }
    let fraction = Int(scaled - Double(whole) * scale)
    let padded = String(repeating: "0", count: max(0, digits - "\(fraction)".count)) + "\(fraction)"
    return "\(sign)\(whole).\(padded)"
  }

  /// Pads `text` to `width` columns (on the left for numbers).
  static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
    let fill = String(repeating: " ", count: max(0, width - text.count))
    return right ? fill + text : text + fill
  }
}
