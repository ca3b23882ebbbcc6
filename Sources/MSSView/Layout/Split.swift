/// Divides lengths between neighbours; a small stand-in for a constraint solver.
enum Split {
  /// Widths for leading columns at `percents` of `total`, the last taking the rest.
  static func widths(_ total: Int, percents: [Int]) -> [Int] {
    var out: [Int] = []
    var used = 0
    for percent in percents {
      let width = total * percent / 100
      out.append(width)
      used += width
    }
    out.append(max(0, total - used))
    return out
  }

  /// Heights for two stacked panels: the upper one gets what it wants unless that leaves the
  /// lower one less than it wants or half the column; neither goes below `minimum`.
  static func heights(
    _ total: Int, wants upper: Int, _ lower: Int, minimum: Int
  ) -> (upper: Int, lower: Int) {
    guard total >= 2 * minimum else {
      let top = (total + 1) / 2
      return (top, total - top)
    }
    let lowerShare = min(lower, total / 2)
    let top = min(max(minimum, min(upper, total - lowerShare)), total - minimum)
    return (top, total - top)
  }
}
