import Testing

@testable import MSSView

/// A failing golden must read like two screens: only the lines that differ, numbered.
@Suite struct GoldenFileTests {
  @Test func diffShowsOnlyChangedLinesWithNumbers() {
    let diff = GoldenFile.diff("a\nb\nc", "a\nB\nc\nd")
    #expect(
      diff == """
        line 2 expected |b|
        line 2 actual   |B|
        line 4 expected |<none>|
        line 4 actual   |d|
        """)
  }

  @Test func identicalScreensHaveNoDiff() {
    #expect(GoldenFile.diff("same\nscreen", "same\nscreen").isEmpty)
  }
}
