extension Quantity {
  /// Whether two reports of one figure tell the same story: the same number, or one is a round
  /// statement of the other ("over 700,000" of 702,973; "over 5 million" of 5.41 million).
  /// Two different counts disagree whatever their qualifiers: "at least 70" and "115", or
  /// "at least 5,601" and 5,626, are different tallies, and a reader must see both. So do
  /// bounds on opposite sides of one number: "under 1,000" and "over 1,000".
  public func agrees(with other: Quantity) -> Bool {
    guard unit == other.unit else { return false }
    if value == other.value { return !qualifier.sides.isDisjoint(with: other.qualifier.sides) }
    return isRounding(of: other) || other.isRounding(of: self)
  }

  /// True when this is a coarser number that `precise` rounds to in the direction this
  /// qualifier allows, and within a tenth of it: "over 700,000" rounds 702,973 down, "nearly
  /// 400" rounds 395 up, but "about 2,000" is not 1,500 said loosely.
  func isRounding(of precise: Quantity) -> Bool {
    let mine = units
    let theirs = precise.units
    let step = Quantity.roundingStep(mine)
    guard qualifier != .exact, step > Quantity.roundingStep(theirs),
      (mine - theirs).magnitude * 10 <= theirs.magnitude
    else { return false }
    let down = theirs / step * step
    let up = down == theirs ? down : down + step
    switch qualifier {
    case .over: return down == mine && theirs > mine
    case .atLeast: return down == mine && theirs >= mine
    case .under: return up == mine && theirs < mine
    case .atMost, .nearly: return up == mine && theirs <= mine
    case .about: return (theirs - down >= up - theirs ? up : down) == mine
    case .exact: return false
    }
  }

  /// The value in whole units of the finest resolution a dataset writes: people, tenths of a
  /// percent, cents. Integers keep the comparison free of binary-fraction noise.
  private var units: Int {
    let resolution: Double
    switch unit {
    case .count: resolution = 1
    case .share: resolution = 1000
    case .usd: resolution = 100
    }
    guard value.isFinite else { return 0 }
    return Int(
      (min(max(value, -Quantity.maximumValue), Quantity.maximumValue) * resolution).rounded())
  }

  /// The largest power of ten that divides `units`: 1,000 for 2,000, 10 for 430, 1 for 115.
  private static func roundingStep(_ units: Int) -> Int {
    guard units != 0 else { return 1 }
    var step = 1
    while step <= units / 10, units % (step * 10) == 0 { step *= 10 }
    return step
  }
}

extension Qualifier {
  /// Where the true figure may lie relative to the number written.
  enum Side {
    case below
    case at
    case above
  }

  var sides: Set<Side> {
    switch self {
    case .exact: return [.at]
    case .about: return [.below, .at, .above]
    case .atLeast: return [.at, .above]
    case .over: return [.above]
    case .nearly, .atMost: return [.below, .at]
    case .under: return [.below]
    }
  }
}
