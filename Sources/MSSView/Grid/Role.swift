import MSSCore

/// What a cell means, not what colour it is: a theme maps each role to colours and attributes
/// (htop's ColorElements).
public enum Role: String, CaseIterable, Sendable, Codable {
  case text
  case muted
  case title
  case border
  case focusBorder = "focus_border"
  case accent
  case header
  case pledged
  case deployed
  case planned
  case warning
  case conflict
  case selection
  case banner
  /// A quoted sentence marked inside an article, or the text a filter matched.
  case highlight
  case mandate
  case deployment
  case violence
  case diplomacy
  case humanitarian
  case funding

  /// The role that colours an event of `category`.
  public static func event(_ category: EventCategory) -> Role {
    switch category {
    case .mandate: return .mandate
    case .deployment: return .deployment
    case .violence: return .violence
    case .diplomacy: return .diplomacy
    case .humanitarian: return .humanitarian
    case .funding: return .funding
    }
  }
}

extension Role {
  /// The role's position in `allCases`: how a `CompactCell` stores it and how the terminal
  /// finds its look. A switch, not a Dictionary or `firstIndex`, which showed on every cell.
  public var index: Int {
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

  /// The role at `index` in `allCases`; `.text` for an index out of range.
  public init(index: Int) {
    self = index >= 0 && index < Self.byIndex.count ? Self.byIndex[index] : .text
  }

  /// `allCases`, built once: the synthesized property builds a new array on every call.
  private static let byIndex = allCases
}
