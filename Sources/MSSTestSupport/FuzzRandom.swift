/// SplitMix64 for the fuzz tests: small, fast and the same on every platform, so a seed replays
/// the same case exactly.
public struct FuzzRandom: RandomNumberGenerator {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `0..<bound`, or 0 when `bound` is 1 or less.
  public mutating func below(_ bound: Int) -> Int {
    bound <= 1 ? 0 : Int.random(in: 0..<bound, using: &self)
  }

  /// One of `items`, which must not be empty.
  public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}
