import MSSCore

/// The orders the pledges panel cycles through with `s`.
public enum PledgeSort: String, CaseIterable, Sendable {
  case deployed
  case pledged
  case ratio
  case name

  public var next: PledgeSort {
    let all = PledgeSort.allCases
    let index = all.firstIndex(of: self) ?? 0
    return all[(index + 1) % all.count]
  }

  /// Largest first for figures (unknown last), alphabetical for names; ties by name so the
  /// order never flickers.
  func sorted(_ rows: [ContributorStatus]) -> [ContributorStatus] {
    rows.sorted { lhs, rhs in
      let keys: (Double?, Double?)
      switch self {
      case .deployed: keys = (lhs.deployed.value?.value, rhs.deployed.value?.value)
      case .pledged: keys = (lhs.pledged.value?.value, rhs.pledged.value?.value)
      case .ratio: keys = (lhs.ratio, rhs.ratio)
      case .name: keys = (nil, nil)
      }
      switch keys {
      case (let left?, let right?) where left != right: return left > right
      case (.some, nil): return true
      case (nil, .some): return false
      default: return lhs.name < rhs.name
      }
    }
  }
}
