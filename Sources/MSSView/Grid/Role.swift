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
