import MSSCore
import Testing

@testable import MSSView

/// A frame must cost little enough to redraw on every key press and resize, even in a debug
/// build on a slow machine; the bound is generous, the measured figure is printed.
@Suite struct RenderSpeedTests {
  @Test func aLargeFrameRendersQuickly() throws {
    let model = try #require(Fixtures.model(.history, asOf: Fixtures.today, width: 132, height: 43))
    let clock = ContinuousClock()
    let frames = 50
    let elapsed = clock.measure {
      for _ in 0..<frames { _ = Dashboard.render(model, width: 132, height: 43) }
    }
    let perFrame = elapsed / frames
    print("render 132x43 history: \(perFrame) per frame")
    #expect(perFrame < .milliseconds(100))
  }
}
