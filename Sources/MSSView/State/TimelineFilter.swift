import MSSCore

/// The timeline's `/` filter: a case-insensitive match on an event's title and category.
public struct TimelineFilter: Hashable, Sendable {
  /// The text in force (while editing, as typed so far).
  public internal(set) var text = ""
  /// True while the user is typing it.
  public internal(set) var editing = false
  /// The text before editing began, restored by Esc.
  var previous = ""

  public var isActive: Bool { !text.isEmpty }

  func matches(_ event: Event) -> Bool {
    let needle = text.lowercased()
    return event.title.lowercased().contains(needle) || event.category.rawValue.contains(needle)
  }
}
