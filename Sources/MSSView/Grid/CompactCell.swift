/// A cell as `Grid` stores it: four bytes instead of `Cell`'s 24 (a String and a role). A
/// 200×60 grid is 12,000 of them, built anew for every frame and copied to curses cell by cell,
/// so the size and the String's reference counting showed in the first frame's time (page
/// faults for a fresh 288 KB array, retains and releases on every read).
///
/// Nearly every cluster on screen is one scalar and is held inline. A cluster of several
/// scalars (a letter with combining marks, an emoji with a joiner or a variation selector) is
/// held in its grid's cluster table and named here by index; only that grid can spell it out
/// (`Grid.text(of:)`).
public struct CompactCell: Hashable, Sendable {
  /// Bits 0–20: the scalar's value, or the cluster's index in the grid's table. Bits 21–22:
  /// the kind. Bits 24–31: the role's index (`Role.index`).
  @usableFromInline let bits: UInt32

  @usableFromInline enum Kind: UInt32 {
    case scalar = 0
    /// The right half of a wide character.
    case continuation = 1
    case cluster = 2
  }

  @usableFromInline static let payloadMask: UInt32 = 0x1F_FFFF
  @usableFromInline static let kindShift: UInt32 = 21
  @usableFromInline static let roleShift: UInt32 = 24
  /// Indices that fit beside the kind and the role.
  static let clusterLimit = Int(payloadMask) + 1

  private init(kind: Kind, payload: UInt32, role: Role) {
    bits = payload | kind.rawValue << Self.kindShift | UInt32(role.index) << Self.roleShift
  }

  public init(scalar: Unicode.Scalar, role: Role) {
    self.init(kind: .scalar, payload: scalar.value, role: role)
  }

  static func continuation(_ role: Role) -> CompactCell {
    CompactCell(kind: .continuation, payload: 0, role: role)
  }

  /// A cluster kept in a grid's table at `index` (below `clusterLimit`).
  static func cluster(_ index: Int, role: Role) -> CompactCell {
    CompactCell(kind: .cluster, payload: UInt32(index), role: role)
  }

  public static let blank = CompactCell(scalar: " ", role: .text)

  // Inlinable, as the accessors below: the terminal reads every cell of every frame through
  // them, from another module.
  @inlinable var kind: Kind { Kind(rawValue: bits >> Self.kindShift & 0x3) ?? .scalar }

  public var role: Role { Role(index: roleIndex) }

  /// `role.index`, without making the Role.
  @inlinable public var roleIndex: Int { Int(bits >> Self.roleShift) }

  /// The same content in another role.
  func with(role: Role) -> CompactCell {
    CompactCell(bits: bits & ~(0xFF << Self.roleShift) | UInt32(role.index) << Self.roleShift)
  }

  private init(bits: UInt32) { self.bits = bits }

  @inlinable public var isContinuation: Bool { kind == .continuation }

  /// The cell's one scalar; nil for a continuation or a cluster of several scalars.
  @inlinable public var scalar: Unicode.Scalar? {
    kind == .scalar ? Unicode.Scalar(bits & Self.payloadMask) : nil
  }

  /// The index of the cell's cluster in its grid's table; nil unless it is one.
  var clusterIndex: Int? { kind == .cluster ? Int(bits & Self.payloadMask) : nil }
}
