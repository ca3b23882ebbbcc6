import Testing

@testable import MSSView

/// The grid's four-byte cells give back every kind of cluster they were given.
@Suite struct CompactCellTests {
  static let clusters: [String] = [
    " ", "a", "~", "\u{7F}", "\u{1B}",  // ASCII, controls included (set does not sanitize)
    "é", "─", "│", "·", "…", "\u{FFFD}",  // multi-byte, one column
    "海", "😀", "\u{10FFFF}",  // wide, and the largest scalar
    "e\u{301}", "a\u{301}\u{302}\u{303}\u{304}\u{305}",  // combining marks
    "👨\u{200D}👩\u{200D}👧\u{200D}👦", "🇫🇷", "⚠\u{FE0F}", "\r\n",  // ZWJ, flag, VS16, CR LF
    "ab", "",  // several clusters in one cell; a continuation
  ]

  @Test func aCellIsFourBytes() {
    #expect(MemoryLayout<CompactCell>.stride == 4)
  }

  @Test(arguments: clusters)
  func everyClusterRoundTripsInEveryRole(_ text: String) {
    for role in Role.allCases {
      var grid = Grid(width: 3, height: 1)
      grid.set(1, 0, Cell(text, role: role))
      #expect(grid[1, 0] == Cell(text, role: role), "\(role)")
      #expect(grid.cells[1] == Cell(text, role: role))
      #expect(grid[1, 0].isContinuation == text.isEmpty)
    }
  }

  @Test func oneScalarIsInlineAndSeveralGoToTheTable() {
    var grid = Grid(width: 4, height: 1)
    grid.set(0, 0, Cell("海"))
    grid.set(1, 0, Cell("e\u{301}"))
    grid.set(2, 0, Cell("e\u{301}", role: .accent))
    #expect(grid.compactCells[0].scalar == "海")
    #expect(grid.compactCells[1].scalar == nil && !grid.compactCells[1].isContinuation)
    #expect(grid.clusters == ["e\u{301}"], "one entry for a cluster used twice")
    #expect(grid.text(of: grid.compactCells[2]) == "e\u{301}")
    #expect(grid.compactCells[2].role == .accent)
  }

  @Test func roleIndexIsThePositionInAllCases() {
    for (offset, role) in Role.allCases.enumerated() {
      #expect(role.index == offset, "\(role)")
      #expect(Role(index: offset) == role)
      #expect(CompactCell(scalar: "x", role: role).roleIndex == offset)
    }
    #expect(Role.allCases.count <= 256, "a role's index has 8 bits")
    #expect(Role(index: -1) == .text && Role(index: 999) == .text)
  }

  /// Written text: wide clusters and their continuations, clusters of several scalars (the
  /// sanitizer's own output for a joiner sequence among them), and a wide cluster cut by the
  /// clip.
  @Test func writingWideAndJoinedClusters() {
    var grid = Grid(width: 14, height: 1)
    let family = "👨\u{200D}👩\u{200D}👧"
    let text = "海" + family + "e\u{301}x😀"
    let end = grid.write(text, x: 0, y: 0, role: .title)
    var expected: [Cell] = []
    for cluster in TextSanitizer.clean(text) {
      expected.append(Cell(String(cluster), role: .title))
      if TextWidth.of(cluster) == 2 { expected.append(Cell("", role: .title)) }
    }
    #expect(end == expected.count)
    #expect(Array(grid.cells.prefix(end)) == expected)
    #expect(grid.cells.contains { $0.text == "e\u{301}" })
    #expect(grid.lines == [TextSanitizer.clean(text) + String(repeating: " ", count: 14 - end)])
    var clipped = Grid(width: 4, height: 1)
    clipped.write("ab海", x: 1, y: 0, role: .text)
    #expect(clipped.lines == [" ab "], "a wide cluster cut by the edge leaves a space")
  }

  /// Overwriting half of a wide cluster leaves a space in the other half, in its own role.
  @Test func overwritingHalfAWideClusterRepairsTheOtherHalf() {
    var grid = Grid(width: 4, height: 1)
    grid.write("海", x: 1, y: 0, role: .accent)
    grid.set(2, 0, Cell("x"))
    #expect(grid[1, 0] == Cell(" ", role: .accent) && grid[2, 0] == Cell("x"))
    grid.write("😀", x: 1, y: 0, role: .accent)
    grid.set(1, 0, Cell("y"))
    #expect(grid[2, 0] == Cell(" ", role: .accent))
  }

  @Test func paintKeepsClustersAndContinuations() {
    var grid = Grid(width: 6, height: 1)
    grid.write("e\u{301}海", x: 0, y: 0, role: .text)
    grid.paint(grid.bounds, role: .selection)
    #expect(grid[0, 0] == Cell("e\u{301}", role: .selection))
    #expect(grid[1, 0] == Cell("海", role: .selection))
    #expect(grid[2, 0] == Cell("", role: .selection))
  }

  /// Equal grids show the same cells, whatever order their clusters entered the tables in.
  @Test func equalityComparesClustersNotTableIndices() {
    var first = Grid(width: 2, height: 1)
    first.set(0, 0, Cell("e\u{301}"))
    first.set(1, 0, Cell("🇫🇷"))
    var second = Grid(width: 2, height: 1)
    second.set(1, 0, Cell("🇫🇷"))
    second.set(0, 0, Cell("e\u{301}"))
    #expect(first.clusters != second.clusters)
    #expect(first == second)
    #expect(first.hashValue == second.hashValue)
    second.set(1, 0, Cell("🇩🇪"))
    #expect(first != second)
    second.set(1, 0, Cell("🇫🇷", role: .accent))
    #expect(first != second, "same cluster, other role")
  }

  /// Grids whose tables differ hold different clusters under the same index: a cell naming
  /// index 0 in each shows different text, though the cells' bits are the same (a name that
  /// changed on a reload must not be taken for the frame already shown: the event loop skips
  /// drawing a grid equal to the one on screen).
  @Test func equalityComparesClustersAtTheSameIndex() {
    var first = Grid(width: 3, height: 1)
    first.write("e\u{301}x", x: 0, y: 0, role: .text)
    var second = Grid(width: 3, height: 1)
    second.write("a\u{301}x", x: 0, y: 0, role: .text)
    #expect(first.compactCells == second.compactCells, "index 0 in both tables")
    #expect(first != second)
    var third = Grid(width: 3, height: 1)
    third.write("e\u{301}", x: 0, y: 0, role: .text)
    third.set(0, 0, Cell("a"))
    var fourth = Grid(width: 3, height: 1)
    fourth.set(0, 0, Cell("a"))
    #expect(third.clusters != fourth.clusters, "an entry no cell names any more")
    #expect(third == fourth && third.hashValue == fourth.hashValue)
  }

  @Test func foldingToASCIIReplacesClustersAndBothHalvesOfWideOnes() {
    var grid = Grid(width: 6, height: 1)
    grid.write("é海e\u{301}—", x: 0, y: 0, role: .text)
    grid.foldToASCII()
    #expect(grid.lines == ["e??e- "])
  }
}
