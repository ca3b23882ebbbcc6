import Foundation
import Testing

/// Nothing written and no CPU used while nothing changes; a key writes a little, not a screen.
@Suite(.enabled(if: Tools.hasTmux, "tmux is not installed: end-to-end tests skipped"))
struct IdleTests {
  @Test func idleWritesNothing() throws {
    let pane = try DashboardPane.start()
    defer { pane.close() }
    try pane.waitFor(text: "Pledges")
    let pid = try pane.programPID()
    usleep(300_000)  // let the first frame settle
    let bytesBefore = try #require(ProcessTable.bytesWritten(pid))
    let cpuBefore = try #require(ProcessTable.cpuTicks(pid))
    usleep(1_500_000)
    let bytesAfter = try #require(ProcessTable.bytesWritten(pid))
    let cpuAfter = try #require(ProcessTable.cpuTicks(pid))
    #expect(bytesAfter == bytesBefore, "wrote \(bytesAfter - bytesBefore) bytes while idle")
    #expect(cpuAfter - cpuBefore <= 1, "used \(cpuAfter - cpuBefore) ticks of CPU while idle")
    try pane.send("q")
    try DashboardPane.expectExitedCleanly(pane)
  }
}
